// A project that lints Markdown, JSON and CSS with ESLint's language plugins beside its code.
import css from '@eslint/css';
import json from '@eslint/json';
import markdown from '@eslint/markdown';
import tsParser from '@typescript-eslint/parser';
import b2b from 'eslint-plugin-b2b-tracking';

export default [
  ...markdown.configs.recommended,
  { files: ['**/*.json'], plugins: { json }, language: 'json/json', rules: json.configs.recommended.rules },
  { files: ['**/*.css'], plugins: { css }, language: 'css/css', rules: css.configs.recommended.rules },
  { files: ['**/*.{ts,tsx,mts,cts}'], languageOptions: { parser: tsParser } },
  b2b.configs.recommended,
];
