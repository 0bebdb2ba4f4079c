// The fuzz test lints its TypeScript programs with type information as the content of this file.
export {};
