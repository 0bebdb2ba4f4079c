// eslint.config.cts: the plugin from require() has the same types.
import type { ESLint, Linter } from 'eslint';
import b2b = require('eslint-plugin-b2b-tracking');

const plugin: ESLint.Plugin = b2b;
const configs: Linter.Config[] = [
  b2b.configs.recommended,
  b2b.configs.strict,
  b2b.configs.accoil,
  { plugins: { 'b2b-tracking': plugin }, rules: { 'b2b-tracking/no-track-properties': 'error' } },
  { settings: { 'b2b-tracking': { plan: b2b.readPlan('./tracking-plan.yaml') } } },
];
export = configs;
