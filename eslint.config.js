// Lints the plugin's own source with the rules ESLint plugin authors use.
import js from '@eslint/js';
import eslintPlugin from 'eslint-plugin-eslint-plugin';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'coverage/', '.bench/', '.scratch/', 'examples/', 'tests/fixtures/', 'tests/e2e/projects/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['src/rules/*.ts'],
    ...eslintPlugin.configs.recommended,
    rules: {
      ...eslintPlugin.configs.recommended.rules,
      'eslint-plugin/require-meta-docs-description': ['error', { pattern: '^(Enforce|Require|Disallow)' }],
      'eslint-plugin/require-meta-docs-url': 'off',
      'eslint-plugin/require-meta-schema-description': 'error',
      'eslint-plugin/require-meta-default-options': 'error',
      'eslint-plugin/require-meta-languages': 'error',
      'eslint-plugin/no-property-in-node': 'off',
    },
  },
  {
    files: ['tests/**/*.test.ts'],
    ...eslintPlugin.configs.tests,
  },
  {
    files: ['src/rules/*.ts'],
    rules: {
      // Options arrive merged with meta.defaultOptions as create's second argument.
      'no-restricted-syntax': [
        'error',
        { selector: "MemberExpression[object.name='context'][property.name='options']", message: "Use create's second argument: options merged with meta.defaultOptions." },
      ],
    },
  },
  {
    // A user's eslint.config.cts, for the package's type test: `import x = require()` is how it loads the plugin.
    files: ['tests/package-types/*.cts'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['scripts/**/*.mjs', '**/*.cjs'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly', require: 'readonly', module: 'writable', __dirname: 'readonly' } },
  },
);
