import type { TSESLint } from '@typescript-eslint/utils';
import { packageName, packageVersion } from './package-meta.js';
import eventNameFormat from './rules/event-name-format.js';
import hashInviteeEmail from './rules/hash-invitee-email.js';
import noActivationEvent from './rules/no-activation-event.js';
import requireEventProperties from './rules/require-event-properties.js';
import requireGroupContext from './rules/require-group-context.js';

const rules = {
  'event-name-format': eventNameFormat,
  'hash-invitee-email': hashInviteeEmail,
  'no-activation-event': noActivationEvent,
  'require-event-properties': requireEventProperties,
  'require-group-context': requireGroupContext,
} satisfies Record<string, TSESLint.RuleModule<string, readonly unknown[]>>;

type RuleId = keyof typeof rules;
type Severity = 'error' | 'warn' | 'off';
type RuleLevels = Partial<Record<RuleId, Severity | [Severity, ...unknown[]]>>;

/** Severities per config, as in the spec's rules table. Rules not yet built are added here as they land. */
const recommendedRules: RuleLevels = {
  'event-name-format': 'error',
  'hash-invitee-email': 'error',
  'require-event-properties': 'error',
  'require-group-context': 'error',
  'no-activation-event': 'warn',
};
const strictRules: RuleLevels = {
  'event-name-format': 'error',
  'hash-invitee-email': 'error',
  'require-event-properties': ['error', { requireRecommended: true }],
  'require-group-context': 'error',
  'no-activation-event': 'error',
};
const accoilRules: RuleLevels = {
  'event-name-format': 'error',
  'hash-invitee-email': 'error',
  'require-group-context': 'error',
  'no-activation-event': 'warn',
};

const namespace = 'b2b-tracking';
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
