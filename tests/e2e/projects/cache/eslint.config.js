// With --cache, ESLint reuses a file's results until the file or the config
// changes. readPlan puts the plan's content in the config, so a change to the
// plan is a change to the config and invalidates the cached results.
import b2b, { readPlan } from 'eslint-plugin-b2b-tracking';

export default [b2b.configs.recommended, { settings: { 'b2b-tracking': { plan: readPlan('./tracking-plan.yaml') } } }];
