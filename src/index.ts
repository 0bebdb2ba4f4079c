import type { TSESLint } from '@typescript-eslint/utils';
import type { ESLint, Linter } from 'eslint';
import { packageName, packageVersion } from './package-meta.js';
import eventNameFormat from './rules/event-name-format.js';
import hashInviteeEmail from './rules/hash-invitee-email.js';
import noActivationEvent from './rules/no-activation-event.js';
import noTrackProperties from './rules/no-track-properties.js';
import requireEventProperties from './rules/require-event-properties.js';
import requireGroupAfterIdentify from './rules/require-group-after-identify.js';
import requireGroupContext from './rules/require-group-context.js';
import requireParentGroup from './rules/require-parent-group.js';
import requireStableIds from './rules/require-stable-ids.js';
import resetAfterSignOut from './rules/reset-after-sign-out.js';
import traitPlacement from './rules/trait-placement.js';

const rules = {
  'event-name-format': eventNameFormat,
  'require-event-properties': requireEventProperties,
  'require-group-context': requireGroupContext,
  'hash-invitee-email': hashInviteeEmail,
  'require-group-after-identify': requireGroupAfterIdentify,
  'trait-placement': traitPlacement,
  'require-parent-group': requireParentGroup,
  'reset-after-sign-out': resetAfterSignOut,
  'no-activation-event': noActivationEvent,
  'no-track-properties': noTrackProperties,
  'require-stable-ids': requireStableIds,
} satisfies Record<string, TSESLint.RuleModule<string, readonly unknown[]>>;

type RuleId = keyof typeof rules;
type Severity = 'error' | 'warn' | 'off';
type RuleLevels = Record<RuleId, Severity | [Severity, ...unknown[]]>;

/** Severities per config, as in the spec's rules table. */
const recommendedRules: RuleLevels = {
  'event-name-format': 'error',
  'require-event-properties': 'error',
  'require-group-context': 'error',
  'hash-invitee-email': 'error',
  'require-group-after-identify': 'error',
  'trait-placement': 'error',
  'require-parent-group': 'error',
  'reset-after-sign-out': 'warn',
  'no-activation-event': 'warn',
  'no-track-properties': 'off',
  'require-stable-ids': 'error',
};
const strictRules: RuleLevels = {
  'event-name-format': 'error',
  'require-event-properties': ['error', { requireRecommended: true }],
  'require-group-context': 'error',
  'hash-invitee-email': 'error',
  'require-group-after-identify': 'error',
  'trait-placement': ['error', { requireTraits: true }],
  'require-parent-group': 'error',
  'reset-after-sign-out': 'error',
  'no-activation-event': 'error',
  'no-track-properties': 'off',
  'require-stable-ids': 'error',
};
const accoilRules: RuleLevels = {
  'event-name-format': 'error',
  'require-event-properties': 'off',
  'require-group-context': 'error',
  'hash-invitee-email': 'error',
  'require-group-after-identify': 'error',
  'trait-placement': 'error',
  'require-parent-group': 'error',
  'reset-after-sign-out': 'warn',
  'no-activation-event': 'warn',
  'no-track-properties': 'error',
  'require-stable-ids': 'error',
};

const namespace = 'b2b-tracking';
/** The config's rules, prefixed; "off" stays explicit, as in the spec's table. */
const prefixed = (levels: RuleLevels) =>
  Object.fromEntries(Object.entries(levels).map(([id, level]) => [`${namespace}/${id}`, level])) as Linter.RulesRecord;

/** A rule as the installed ESLint's plugin type has it (ESLint 9's `Rule.RuleModule` does not fit its own `ESLint.Plugin`). */
type PluginRule = NonNullable<ESLint.Plugin['rules']>[string];

/**
 * The plugin as users see it, in the installed ESLint's own types, so that
 * `defineConfig([b2b.configs.recommended])` and `plugins: { 'b2b-tracking': b2b }`
 * type-check in an `eslint.config.ts` under ESLint 9 and 10. (The rules are
 * typescript-eslint's rule modules, which ESLint runs as its own.)
 */
export interface B2bTrackingPlugin extends ESLint.Plugin {
  meta: { name: string; version: string };
  rules: Record<RuleId, PluginRule>;
  configs: {
    recommended: Linter.Config;
    strict: Linter.Config;
    accoil: Linter.Config;
  };
}

const plugin: B2bTrackingPlugin = {
  meta: { name: packageName, version: packageVersion },
  rules: rules as unknown as B2bTrackingPlugin['rules'],
  configs: {} as B2bTrackingPlugin['configs'],
};

// Each config registers the plugin itself, so `[b2b.configs.recommended]` is a whole config.
const registered = { [namespace]: plugin };
/**
 * The JavaScript family the rules lint (`.vue` for its scripts). A config
 * without `files` would turn the rules on for every language in the user's
 * config too (Markdown, JSON, CSS), where ESLint 10 refuses them by their
 * `meta.languages`.
 */
const files = ['**/*.{js,mjs,cjs,jsx,ts,mts,cts,tsx,vue}'];
plugin.configs.recommended = { name: `${namespace}/recommended`, files, plugins: registered, rules: prefixed(recommendedRules) };
plugin.configs.strict = { name: `${namespace}/strict`, files, plugins: registered, rules: prefixed(strictRules) };
plugin.configs.accoil = {
  name: `${namespace}/accoil`,
  files,
  plugins: registered,
  rules: prefixed(accoilRules),
  settings: { [namespace]: { naming: 'Object_Action' } },
};

export default plugin;
export { rules };
export { readPlan } from './plan.js';
