// A user's ESM flat config: the recommended config, TypeScript files through typescript-eslint's parser.
import tsParser from '@typescript-eslint/parser';
import b2b from 'eslint-plugin-b2b-tracking';

export default [
  { files: ['**/*.ts'], languageOptions: { parser: tsParser } },
  b2b.configs.recommended,
];
