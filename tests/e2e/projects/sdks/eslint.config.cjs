// The same config in CommonJS, loading the plugin with require().
const tsParser = require('@typescript-eslint/parser');
const b2b = require('eslint-plugin-b2b-tracking');

module.exports = [
  { files: ['**/*.ts'], languageOptions: { parser: tsParser } },
  b2b.configs.recommended,
];
