// The fuzz test lints its TSX programs with type information as the content of this file.
export {};
