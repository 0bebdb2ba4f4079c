// A TypeScript app whose calls all go through the team's wrapper in another module,
// with event names from an `as const` map in a third module, read with type information.
import { fileURLToPath } from 'node:url';
import tsParser from '@typescript-eslint/parser';
import b2b from 'eslint-plugin-b2b-tracking';

export default [
  {
    files: ['**/*.ts'],
    languageOptions: {
      parser: tsParser,
      parserOptions: { projectService: true, tsconfigRootDir: fileURLToPath(new URL('.', import.meta.url)) },
    },
  },
  b2b.configs.recommended,
  {
    settings: {
      'b2b-tracking': {
        plan: './tracking-plan.yaml',
        callees: { track: [{ callee: 'sendEvent', event: '0', properties: '1', groupContext: '2' }] },
      },
    },
  },
];
