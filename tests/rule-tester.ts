/**
 * Rule testers for the three kinds of source the rules must handle: plain
 * JavaScript under ESLint's own parser (espree), TypeScript, and JSX/TSX.
 */
import { RuleTester } from '@typescript-eslint/rule-tester';
import * as espree from 'espree';
import vueParser from 'vue-eslint-parser';

/** JavaScript (ESM, latest syntax, JSX on) parsed by espree, as in a plain ESLint setup. */
export const jsRuleTester = new RuleTester({
  languageOptions: {
    parser: espree as never,
    parserOptions: { ecmaVersion: 'latest', sourceType: 'module', ecmaFeatures: { jsx: true } },
  },
});

/** TypeScript parsed by typescript-eslint, without type information. */
export const tsRuleTester = new RuleTester();

/** TSX: TypeScript with JSX. */
export const tsxRuleTester = new RuleTester({
  languageOptions: { parserOptions: { ecmaFeatures: { jsx: true } } },
});

/** `.vue` single-file components: vue-eslint-parser, with TypeScript in `<script lang="ts">`. */
export const vueRuleTester = new RuleTester({
  languageOptions: {
    parser: vueParser as never,
    parserOptions: { parser: '@typescript-eslint/parser', sourceType: 'module' },
  },
});
