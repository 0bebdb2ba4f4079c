// With --cache, ESLint reuses a file's results until the file or the config
// changes. The plan is read here, so a change to the plan is a change to the
// config and invalidates the cached results.
import { readFileSync } from 'node:fs';
import b2b from 'eslint-plugin-b2b-tracking';

const plan = JSON.parse(readFileSync(new URL('./tracking-plan.json', import.meta.url), 'utf8'));

export default [b2b.configs.recommended, { settings: { 'b2b-tracking': { plan } } }];
