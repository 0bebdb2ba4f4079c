// Written by scripts/build.mjs from package.json.
export const packageName = "eslint-plugin-b2b-tracking";
export const packageVersion = "0.1.0";
