/**
 * A rule tester with type information: typescript-eslint's project service
 * over the fixture project in `fixtures/` (its own modules, and fake SDK
 * packages in `fixtures/node_modules`). Test code is linted as the content of
 * `fixtures/file.ts`, so it can import `./events.js`, `./types.js`, `posthog-node`, ….
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { RuleTester } from '@typescript-eslint/rule-tester';

export const fixturesDir = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures');

/** The file whose content the test code stands for. */
export const fixtureFile = path.join(fixturesDir, 'file.ts');

export const typedRuleTester = new RuleTester({
  languageOptions: {
    parserOptions: { projectService: true, tsconfigRootDir: fixturesDir },
  },
});
