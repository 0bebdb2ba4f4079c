// Single-file components: vue-eslint-parser parses the file; the plugin lints its scripts.
import b2b from 'eslint-plugin-b2b-tracking';
import vueParser from 'vue-eslint-parser';

export default [
  { files: ['**/*.vue'], languageOptions: { parser: vueParser, sourceType: 'module' } },
  b2b.configs.recommended,
];
