import type { TSESLint } from '@typescript-eslint/utils';
import { packageName, packageVersion } from './package-meta.js';
import eventNameFormat from './rules/event-name-format.js';
import hashInviteeEmail from './rules/hash-invitee-email.js';
import noActivationEvent from './rules/no-activation-event.js';
import noTrackProperties from './rules/no-track-properties.js';
import requireEventProperties from './rules/require-event-properties.js';
import requireGroupAfterIdentify from './rules/require-group-after-identify.js';
import requireGroupContext from './rules/require-group-context.js';
import requireParentGroup from './rules/require-parent-group.js';
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
};

const namespace = 'b2b-tracking';
/** The config's rules, prefixed; "off" stays explicit, as in the spec's table. */
const prefixed = (levels: RuleLevels) =>
  Object.fromEntries(Object.entries(levels).map(([id, level]) => [`${namespace}/${id}`, level])) as TSESLint.FlatConfig.Rules;

interface Plugin {
  meta: { name: string; version: string };
  rules: typeof rules;
  configs: {
    recommended: TSESLint.FlatConfig.Config;
    strict: TSESLint.FlatConfig.Config;
    accoil: TSESLint.FlatConfig.Config;
  };
}

const plugin: Plugin = {
  meta: { name: packageName, version: packageVersion },
  rules,
  configs: {} as Plugin['configs'],
};

// Each config registers the plugin itself, so `[b2b.configs.recommended]` is a whole config.
const registered = { [namespace]: plugin as unknown as TSESLint.FlatConfig.Plugin };
plugin.configs.recommended = { name: `${namespace}/recommended`, plugins: registered, rules: prefixed(recommendedRules) };
plugin.configs.strict = { name: `${namespace}/strict`, plugins: registered, rules: prefixed(strictRules) };
plugin.configs.accoil = {
  name: `${namespace}/accoil`,
  plugins: registered,
  rules: prefixed(accoilRules),
  settings: { [namespace]: { naming: 'Object_Action' } },
};

export default plugin;
export { rules };
