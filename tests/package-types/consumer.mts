// What a user writes in eslint.config.ts / eslint.config.mts: it must type-check against ESLint's own types.
import type { ESLint, Linter } from 'eslint';
import { defineConfig } from 'eslint/config';
import b2b, { readPlan } from 'eslint-plugin-b2b-tracking';

export const withDefineConfig = defineConfig([b2b.configs.recommended, b2b.configs.strict, b2b.configs.accoil]);

export const asArray: Linter.Config[] = [
  b2b.configs.recommended,
  {
    plugins: { 'b2b-tracking': b2b },
    rules: { 'b2b-tracking/event-name-format': ['error', { affixes: ['^App: '] }] },
    settings: { 'b2b-tracking': { plan: 'dotted', stickyGroups: true } },
  },
];

// A plan file's content in the config, for --cache.
export const withPlan = defineConfig([b2b.configs.recommended, { settings: { 'b2b-tracking': { plan: readPlan('./tracking-plan.yaml') } } }]);

export const plugin: ESLint.Plugin = b2b;
export const version: string = b2b.meta.version;
