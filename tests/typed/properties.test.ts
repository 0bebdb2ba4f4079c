/**
 * Properties and traits typed in another module: an object type's required
 * keys are present, optional keys may be, and the types of values are checked
 * against the plan where they are literals or primitives. Without type
 * information the same objects are unknown and nothing is reported.
 */
import path from 'node:path';
import requireEventProperties, { type MessageIds, type Options } from '../../src/rules/require-event-properties.js';
import requireParentGroup from '../../src/rules/require-parent-group.js';
import traitPlacement from '../../src/rules/trait-placement.js';
import { at } from '../positions.js';
import { type PairedCase, runPaired } from './paired.js';
import { fixturesDir } from './typed-rule-tester.js';

// An absolute path: the rule tester lints a file given by its absolute path with the file system root as the working directory.
const acme = { plan: path.join(fixturesDir, '../../fixtures/plan-loading/acme.json') };
const dotted = { plan: 'dotted' };

/** `export function send(properties: <type>) { <call> }`, with the type imported from types.ts. */
function withTyped(type: string, call: string, parameter = `properties: ${type}`): string {
  return `import type { ${type} } from './types.js';\nexport function send(${parameter}) {\n  ${call}\n}`;
}

const missing = withTyped('AccountProperties', `analytics.track('Account Created', properties);`);
const optionalParameter = withTyped('AccountProperties', `analytics.track('Account Created', properties);`, 'properties?: AccountProperties');
const spread = withTyped('AccountProperties', `analytics.track('Account Created', { ...properties, created_by: 'u1' });`);
const declared = `import { trialProperties } from './types.js';\nanalytics.track('Trial Started', trialProperties);`;
const enumValue = `import { exportProperties } from './types.js';\nanalytics.track('Report Exported', exportProperties());`;
const wrongTypeKey = withTyped('DottedTrialProperties', `analytics.track('trial.started', properties);`);
const wrongTypeValue = `export function send(days: string) {\n  analytics.track('trial.started', { trial_days: days, plan_trialing: 'pro' });\n}`;
const booleanUnion = `export function send(converted: 'yes' | 'no') {\n  analytics.track('trial.ended', { converted, plan_selected: 'pro' });\n}`;
const numberForString = `export function send(format: number) {\n  analytics.track('Report Exported', { format });\n}`;
const notIso = `export function send(when: '08/28/2018') {\n  analytics.track('Report Exported', { format: 'csv', exported_at: when });\n}`;
const importedLiteral = `import type { ExportProperties } from './types.js';\nexport function send(format: ExportProperties['format']) {\n  analytics.track('Report Exported', { format });\n}`;

/** One report with type information, at the last `text` in the code (the value or the properties argument); none without. */
function typedReport(
  code: string,
  messageId: MessageIds,
  data: Record<string, string>,
  text: string,
  settings?: Record<string, unknown>,
): PairedCase<MessageIds, Options> {
  return { code, ...(settings ? { settings } : {}), typed: [{ messageId, data, ...at(code, text, -1) }] };
}

const accountName = { event: 'Account Created', names: '`account_name`' };
const formatNotInEnum = { key: 'format', event: 'Report Exported', value: 'xls', allowed: '`csv` or `pdf`' };
const trialDaysString = { key: 'trial_days', event: 'trial.started', actual: 'a string', expected: 'number' };

runPaired('require-event-properties', requireEventProperties, [
  // A typed object from another module without the required key.
  typedReport(missing, 'missingRequired', accountName, 'properties'),
  // `AccountProperties | undefined`: when there are properties, they lack `account_name`; when there are none, too.
  typedReport(optionalParameter, 'missingRequired', accountName, 'properties'),
  // A spread of a typed object: its keys, and nothing more.
  typedReport(spread, 'missingRequired', accountName, `{ ...properties, created_by: 'u1' }`),
  // A typed constant exported by another module.
  typedReport(declared, 'missingRequired', { event: 'Trial Started', names: '`trial_plan_name`' }, 'trialProperties'),
  // Present in the type: required, optional (may be present), an index signature (may hold anything), a union whose members disagree.
  { code: withTyped('AccountCreatedProperties', `analytics.track('Account Created', properties);`) },
  { code: withTyped('MaybeAccountProperties', `analytics.track('Account Created', properties);`) },
  { code: withTyped('IndexedProperties', `analytics.track('Account Created', properties);`) },
  {
    code: `import type { AccountCreatedProperties, AccountProperties } from './types.js';\nexport function send(properties: AccountCreatedProperties | AccountProperties) {\n  analytics.track('Account Created', properties);\n}`,
  },
  { code: withTyped('TrialProperties', `analytics.track('Trial Started', { ...properties, trial_plan_name: 'Pro' });`) },
  // `unknown`, `any`, and a non-object say nothing.
  { code: `export function send(properties: unknown) {\n  analytics.track('Account Created', properties as never);\n}` },
  { code: `export function send(properties: any) {\n  analytics.track('Account Created', properties);\n}` },
  // The value of a key in a typed object: `format` is `'csv' | 'xls'`, and the plan allows csv or pdf.
  // `row_count: number` may be an integer: not reported.
  typedReport(enumValue, 'notInEnum', formatNotInEnum, 'exportProperties()', acme),
  typedReport(importedLiteral, 'notInEnum', formatNotInEnum, 'format', acme),
  // `trial_days: string` where the plan says number; `plan_trialing: 'pro' | 'team'` is a string, as the plan says.
  typedReport(wrongTypeKey, 'wrongType', trialDaysString, 'properties', dotted),
  // A value written as a variable whose type is a primitive.
  typedReport(wrongTypeValue, 'wrongType', trialDaysString, 'days', dotted),
  // Two string literals for a boolean: one report.
  typedReport(booleanUnion, 'wrongType', { key: 'converted', event: 'trial.ended', actual: 'a string', expected: 'boolean' }, 'converted', dotted),
  typedReport(numberForString, 'wrongType', { key: 'format', event: 'Report Exported', actual: 'a number', expected: 'string' }, 'format', acme),
  typedReport(notIso, 'notIsoDate', { key: 'exported_at', value: '08/28/2018' }, 'when', acme),
  // The right types: `number` for a number, a `string` that may be ISO-8601, `boolean` for a boolean.
  { code: `export function send(days: number) {\n  analytics.track('trial.started', { trial_days: days, plan_trialing: 'pro' });\n}`, settings: dotted },
  { code: `export function send(when: string) {\n  analytics.track('Report Exported', { format: 'csv', exported_at: when });\n}`, settings: acme },
  { code: `export function send(converted: boolean) {\n  analytics.track('trial.ended', { converted, plan_selected: 'pro' });\n}`, settings: dotted },
]);

const groupTraits = withTyped('AccountProperties', `analytics.group('acc_1', traits);`, 'traits: AccountProperties');
const identifyTraits = withTyped('AccountProperties', `analytics.identify('u1', traits);`, 'traits: AccountProperties');
runPaired('trait-placement', traitPlacement, [
  {
    // An account-level group (no `group_type` in the type) with a typed traits object that has `plan` but no `name`.
    code: groupTraits,
    options: [{ requireTraits: true }],
    typed: [{ messageId: 'missingTraits', data: { call: 'group', names: '`name`' }, ...at(groupTraits, 'traits', -1) }],
  },
  {
    code: identifyTraits,
    options: [{ requireTraits: true }],
    typed: [{ messageId: 'missingTraits', data: { call: 'identify', names: '`email` and `role`' }, ...at(identifyTraits, 'traits', -1) }],
  },
  // `email` required and `role` optional: both may be there.
  { code: withTyped('UserTraits', `analytics.identify('u1', traits);`, 'traits: UserTraits'), options: [{ requireTraits: true }] },
  // `group_type: 'workspace'` in the type: not the account, so no name and plan asked for.
  { code: withTyped('WorkspaceTraits', `analytics.group('ws_1', traits);`, 'traits: WorkspaceTraits'), options: [{ requireTraits: true }] },
]);

const workspace = withTyped('WorkspaceTraits', `analytics.group('ws_1', traits);`, 'traits: WorkspaceTraits');
const workspaceType = `import type { WorkspaceTraits } from './types.js';\nexport function join(type: WorkspaceTraits['group_type']) {\n  posthog.group(type, 'ws_1', { name: 'Docs' });\n}`;
runPaired('require-parent-group', requireParentGroup, [
  {
    // The group type is known from the traits' type.
    code: workspace,
    typed: [{ messageId: 'missingParentGroup', data: { type: 'workspace' }, ...at(workspace, `analytics.group('ws_1', traits)`) }],
  },
  {
    // PostHog's group-type argument, typed.
    code: workspaceType,
    typed: [{ messageId: 'missingParentGroup', data: { type: 'workspace' }, ...at(workspaceType, `posthog.group(type, 'ws_1', { name: 'Docs' })`) }],
  },
  { code: withTyped('WorkspaceTraits', `analytics.group('ws_1', { ...traits, parent_group_id: 'acc_1' });`, 'traits: WorkspaceTraits') },
]);
