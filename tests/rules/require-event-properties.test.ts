import type { InvalidTestCase, ValidTestCase } from '@typescript-eslint/rule-tester';
import rule, { type MessageIds, type Options } from '../../src/rules/require-event-properties.js';
import { at } from '../positions.js';
import { jsRuleTester, tsRuleTester, tsxRuleTester } from '../rule-tester.js';

type Invalid = InvalidTestCase<MessageIds, Options>;
type Valid = ValidTestCase<Options>;

/**
 * The spec's tables, written out here by hand: event → required properties
 * and a valid value for each (recommended ones separately).
 */
const segmentEvents: Record<string, { required: Record<string, string>; recommended?: string[] }> = {
  'Account Created': { required: { account_name: `'Initech'` } },
  'Account Deleted': { required: { account_name: `'Initech'` } },
  'Signed Up': { required: { type: `'organic'` }, recommended: ['first_name', 'last_name', 'email', 'username'] },
  'Signed In': { required: {}, recommended: ['username'] },
  'Signed Out': { required: {}, recommended: ['username'] },
  'Invite Sent': { required: { invitee_email: 'sha256(email)', invitee_role: `'admin'` }, recommended: ['invitee_first_name', 'invitee_last_name'] },
  'Account Added User': { required: { role: `'member'` } },
  'Account Removed User': { required: {} },
  'Trial Started': { required: { trial_start_date: `'2018-08-28T04:09:47Z'`, trial_end_date: `'2018-09-28T04:09:47Z'`, trial_plan_name: `'Pro'` } },
  'Trial Ended': { required: { trial_start_date: `'2018-08-28T04:09:47Z'`, trial_end_date: `'2018-09-28T04:09:47Z'`, trial_plan_name: `'Pro'` } },
};
const dottedEvents: Record<string, { required: Record<string, string>; recommended?: string[] }> = {
  'account.created': { required: { account_name: `'Initech'` }, recommended: ['created_by'] },
  'account.switched': { required: {} },
  'user.signed_up': { required: { signup_source: `'google'` } },
  'user.signed_in': { required: { method: `'sso'` } },
  'user.signed_out': { required: {} },
  'user.invited': { required: { invitee_email: 'sha256(email)', invitee_role: `'admin'` } },
  'user.joined': { required: { invitation_id: `'inv_1'`, role: `'member'` } },
  'trial.started': { required: { trial_days: '14', plan_trialing: `'pro'` } },
  'trial.ended': { required: { converted: 'true', plan_selected: `'pro'` } },
  'plan.upgraded': { required: { from_plan: `'starter'`, to_plan: `'pro'` } },
  'plan.downgraded': { required: { from_plan: `'pro'`, to_plan: `'starter'` }, recommended: ['reason'] },
};

function list(names: string[]): string {
  const quoted = names.map((name) => `\`${name}\``);
  return quoted.length === 1 ? quoted[0]! : `${quoted.slice(0, -1).join(', ')} and ${quoted.at(-1)}`;
}
const objectText = (entries: Record<string, string>) =>
  Object.keys(entries).length === 0 ? '{}' : `{ ${Object.entries(entries).map(([key, value]) => `${key}: ${value}`).join(', ')} }`;

function planCases(events: typeof segmentEvents, plan: string) {
  const valid: Valid[] = [];
  const invalid: Invalid[] = [];
  for (const [event, { required }] of Object.entries(events)) {
    valid.push({ code: `analytics.track('${event}', ${objectText(required)});`, settings: { 'b2b-tracking': { plan } } });
    const names = Object.keys(required);
    if (names.length === 0) continue;
    const code = `analytics.track('${event}');`;
    invalid.push({
      code,
      settings: { 'b2b-tracking': { plan } },
      errors: [{ messageId: 'missingRequired', data: { event, names: list(names) }, ...at(code, code.slice(0, -1)) }],
    });
    // One missing at a time, reported at the properties object.
    const [first, ...rest] = names;
    const partial = Object.fromEntries(rest.map((name) => [name, required[name]!]));
    const partialCode = `analytics.track('${event}', ${objectText(partial)});`;
    invalid.push({
      code: partialCode,
      settings: { 'b2b-tracking': { plan } },
      errors: [{ messageId: 'missingRequired', data: { event, names: `\`${first}\`` }, ...at(partialCode, objectText(partial)) }],
    });
  }
  return { valid, invalid };
}

const segment = planCases(segmentEvents, 'segment');
const dotted = planCases(dottedEvents, 'dotted');

/** A plan with `object` and `array` properties, inline. */
const sharingPlan = {
  'b2b-tracking': {
    plan: {
      name: 'sharing',
      extends: 'segment',
      events: { 'Report Shared': { required: ['recipients'], properties: { recipients: { type: 'array' }, filters: { type: 'object' } } } },
    },
  },
};

/** A trial event whose two dates are ISO-8601 in form, not in range: each reported at its literal. */
function outOfRangeDates(event: string, start: string, end: string): Invalid {
  const code = `analytics.track('${event}', { trial_start_date: '${start}', trial_end_date: '${end}', trial_plan_name: 'Pro' });`;
  return {
    code,
    errors: [
      { messageId: 'notIsoDate', data: { key: 'trial_start_date', value: start }, ...at(code, `'${start}'`) },
      { messageId: 'notIsoDate', data: { key: 'trial_end_date', value: end }, ...at(code, `'${end}'`) },
    ],
  };
}

const trialCode = `analytics.track('Trial Started', { trial_start_date: new Date(start), trial_end_date: '08/28/2018', trial_plan_name: 'Pro' });`;

jsRuleTester.run('require-event-properties (JavaScript)', rule, {
  valid: [
    ...segment.valid,
    ...dotted.valid,
    // Events outside the plan only have their keys checked.
    `analytics.track('Report Exported', { format: 'csv', row_count: 3 });`,
    // A leading underscore before a name in the style is a team's convention (`_organization`), also as the group key.
    `analytics.track('Report Exported', { _organization: org, __typename: 'Report' });`,
    { code: `analytics.track('Report Exported', { _organization: org });`, settings: { 'b2b-tracking': { groupProperties: ['_organization'] } } },
    // The keys the team names as group keys, and the keys the plan names, are never reported for their style.
    { code: `analytics.track('Report Exported', { accountID: a });`, settings: { 'b2b-tracking': { groupProperties: ['accountID'] } } },
    {
      code: `analytics.track('Report Exported', { rowCount: 3 });`,
      settings: { 'b2b-tracking': { plan: { extends: 'segment', events: { 'Report Exported': { properties: { rowCount: { type: 'integer' } } } } } } },
    },
    // propertyNaming: camelCase keys for a camelCase team; the plan's snake_case keys and the group key stay as they are.
    {
      code: `analytics.track('Report Exported', { rowCount: 3, fileFormat: 'csv', _workspaceId: w, account_id: a });`,
      settings: { 'b2b-tracking': { propertyNaming: 'camelCase' } },
    },
    {
      code: `analytics.track('Trial Started', { trial_start_date: s, trial_end_date: e, trial_plan_name: p, trialSource: 'pricing' });`,
      settings: { 'b2b-tracking': { propertyNaming: 'camelCase' } },
    },
    // Under camelCase, the plan's `account_name` sent as `accountName` is the same property (a camelCase team, a snake_case plan).
    {
      code: `analytics.track('Account Created', { accountName: account.name }, { context: { groupId: account.id } });`,
      settings: { 'b2b-tracking': { propertyNaming: 'camelCase' } },
    },
    {
      code: `analytics.track('Trial Started', { trialStartDate: s, trialEndDate: e, trialPlanName: 'Pro' });`,
      settings: { 'b2b-tracking': { propertyNaming: 'camelCase' } },
    },
    // propertyNaming: false checks no key's style.
    { code: `analytics.track('Report Exported', { 'File Format': 'csv', rowCount: 3 });`, settings: { 'b2b-tracking': { propertyNaming: false } } },
    // A date sent as an ISO string, or as a number the team chose, is fine.
    `analytics.track('Report Exported', { exported_at: new Date().toISOString(), took_ms: Date.now() - start });`,
    // The plan event by its words, any style.
    `analytics.track('trial_started', { trial_start_date: '2018-08-28', trial_end_date: '2018-09-28T00:00:00+02:00', trial_plan_name: 'Pro' });`,
    `analytics.track('User Signed Up', { type: 'invited' });`,
    // A spread of an unknown object, or properties that cannot be seen, may hold anything.
    `analytics.track('Account Created', { ...account });`,
    `analytics.track('Account Created', props);`,
    `analytics.track('Trial Started', { ...trial, trial_plan_name: 'Pro' });`,
    // A const object in scope, and a spread of a known one.
    `const base = { account_name: 'Initech' };\nanalytics.track('Account Created', { ...base });`,
    `const props = { role: 'member' };\nanalytics.track('Account Added User', props);`,
    // Non-literal values are not type-checked.
    `analytics.track('Account Created', { account_name: account.name });`,
    `analytics.track('Trial Started', { trial_start_date: start.toISOString(), trial_end_date: end, trial_plan_name: plan });`,
    // PostHog's $-keys and events.
    `posthog.capture('Report Exported', { $groups: { company: 'c1' }, $set: { plan: 'pro' } });`,
    `posthog.capture('$pageview', { $current_url: url });`,
    // Recommended properties only under the option.
    `analytics.track('Signed Up', { type: 'organic' });`,
    { code: `analytics.track('Signed Up', { type: 'organic', first_name: f, last_name: l, email: e, username: u });`, options: [{ requireRecommended: true }] },
    // Not tracking calls.
    `router.track('Account Created');`,
    // Accoil's track takes the event name only (no-track-properties reports properties sent to it).
    `accoil.track('Account Created');`,
    `window.accoil.track('Trial Started');`,
    `accoil.track('Account Created', { accountName: 'Initech' });`,
    // \`object\` and \`array\` properties: literals of the type, and values that cannot be seen.
    { code: `analytics.track('Report Shared', { recipients: ['u1', 'u2'], filters: { format: 'csv' } });`, settings: sharingPlan },
    { code: `analytics.track('Report Shared', { recipients: list, filters: null });`, settings: sharingPlan },
    // A wrapper entry that names no properties place: what it sends cannot be seen, so nothing is missing from it.
    { code: `myTrack(user, 'Signed Up', { type: 'organic' });`, settings: { 'b2b-tracking': { callees: { track: [{ callee: 'myTrack', event: '1' }] } } } },
    { code: `myTrack(user, 'Account Created');`, settings: { 'b2b-tracking': { callees: { track: [{ callee: 'myTrack', event: '1' }] } } } },
    { code: `myTrack({ name: 'Signed Up', type: 'organic' });`, settings: { 'b2b-tracking': { callees: { track: [{ callee: 'myTrack', event: '0.name' }] } } } },
    // A key inside an argument (`1.account`) leaves that argument the properties, where `type` is.
    { code: `myTrack('Signed Up', { type: 'organic', account: 1 });`, settings: { 'b2b-tracking': { callees: { track: [{ callee: 'myTrack', groupContext: '1.account' }] } } } },
    // ISO-8601 dates with every field in range: a leap day, fractions of a second, an offset with and without its colon.
    `analytics.track('Trial Started', { trial_start_date: '2020-02-29T23:59:59Z', trial_end_date: '2018-08-28T04:09:47.123+05:30', trial_plan_name: 'Pro' });`,
    `analytics.track('Trial Ended', { trial_start_date: '2000-02-29', trial_end_date: '2018-12-31 00:00-0800', trial_plan_name: 'Pro' });`,
    // User plans, JSON and YAML, with extends.
    { code: `analytics.track('Report Exported', { format: 'pdf' });`, settings: { 'b2b-tracking': { plan: 'tests/fixtures/plan-loading/acme.json' } } },
    { code: `analytics.track('Signed Up', { plan: 'pro' });`, settings: { 'b2b-tracking': { plan: 'tests/fixtures/plan-loading/acme.json' } } },
    { code: `analytics.track('report.exported', { format: 'csv' });`, settings: { 'b2b-tracking': { plan: 'tests/fixtures/plan-loading/acme.yaml' } } },
  ],
  invalid: [
    ...segment.invalid,
    ...dotted.invalid,
    // Dates: a Date object gets .toISOString(), a non-ISO literal is reported.
    {
      code: trialCode,
      output: trialCode.replace('new Date(start)', 'new Date(start).toISOString()'),
      errors: [
        { messageId: 'dateObject', ...at(trialCode, 'new Date(start)') },
        { messageId: 'notIsoDate', data: { key: 'trial_end_date', value: '08/28/2018' }, ...at(trialCode, `'08/28/2018'`) },
      ],
    },
    // `new Date` without parentheses: `new Date.toISOString()` would be `new (Date.toISOString)()`.
    {
      code: `analytics.track('Trial Ended', { trial_start_date: new Date, trial_end_date: end, trial_plan_name: 'Pro' });`,
      output: `analytics.track('Trial Ended', { trial_start_date: new Date().toISOString(), trial_end_date: end, trial_plan_name: 'Pro' });`,
      errors: [
        {
          messageId: 'dateObject',
          data: { key: 'trial_start_date' },
          ...at(`analytics.track('Trial Ended', { trial_start_date: new Date, trial_end_date: end, trial_plan_name: 'Pro' });`, 'new Date'),
        },
      ],
    },
    // A Date object as any property's value, not only a plan's date property.
    {
      code: `analytics.track('Report Exported', { format: 'csv', exported_at: new Date() });`,
      output: `analytics.track('Report Exported', { format: 'csv', exported_at: new Date().toISOString() });`,
      errors: [
        {
          messageId: 'dateObject',
          data: { key: 'exported_at' },
          ...at(`analytics.track('Report Exported', { format: 'csv', exported_at: new Date() });`, 'new Date()'),
        },
      ],
    },
    {
      code: `const due = new Date(invoice.dueAt);\nanalytics.track('Invoice Sent', { due_at: paid ? null : due });`,
      // The constant is rewritten where it is made, as for a plan's date property.
      output: `const due = new Date(invoice.dueAt).toISOString();\nanalytics.track('Invoice Sent', { due_at: paid ? null : due });`,
      errors: [{ messageId: 'dateObject', data: { key: 'due_at' }, ...at(`const due = new Date(invoice.dueAt);\nanalytics.track('Invoice Sent', { due_at: paid ? null : due });`, 'paid ? null : due') }],
    },
    // An SDK's reserved key keeps the plan's spelling under camelCase: `$current_url` is asked for as it is, not as `currentUrl`.
    {
      code: `posthog.capture('Page Shared', { shareTarget: 'slack' });`,
      settings: { 'b2b-tracking': { propertyNaming: 'camelCase', plan: 'tests/fixtures/plan-loading/reserved-keys.json' } },
      output: null,
      errors: [
        {
          messageId: 'missingRequired',
          data: { event: 'Page Shared', names: '`$current_url`' },
          ...at(`posthog.capture('Page Shared', { shareTarget: 'slack' });`, `{ shareTarget: 'slack' }`),
          suggestions: [],
        },
      ],
    },
    // A camelCase team is asked for the plan's property in its own spelling, and the value is checked under that key.
    {
      code: `analytics.track('Account Created', { accountId: a });`,
      settings: { 'b2b-tracking': { propertyNaming: 'camelCase' } },
      output: null,
      errors: [
        {
          messageId: 'missingRequired',
          data: { event: 'Account Created', names: '`accountName`' },
          ...at(`analytics.track('Account Created', { accountId: a });`, '{ accountId: a }'),
          suggestions: [],
        },
      ],
    },
    {
      code: `analytics.track('Signed Up', { type: 'viral' });`,
      settings: { 'b2b-tracking': { propertyNaming: 'camelCase' } },
      output: null,
      errors: [
        {
          messageId: 'notInEnum',
          data: { key: 'type', event: 'Signed Up', value: 'viral', allowed: '`invited` or `organic`' },
          ...at(`analytics.track('Signed Up', { type: 'viral' });`, `'viral'`),
          suggestions: [],
        },
      ],
    },
    {
      code: `analytics.track('Trial Started', { trialStartDate: 'June 1', trialEndDate: e, trialPlanName: 3 });`,
      settings: { 'b2b-tracking': { propertyNaming: 'camelCase' } },
      output: null,
      errors: [
        {
          messageId: 'notIsoDate',
          data: { key: 'trialStartDate', value: 'June 1' },
          ...at(`analytics.track('Trial Started', { trialStartDate: 'June 1', trialEndDate: e, trialPlanName: 3 });`, `'June 1'`),
          suggestions: [],
        },
        {
          messageId: 'wrongType',
          data: { key: 'trialPlanName', event: 'Trial Started', actual: 'a number', expected: 'string' },
          ...at(`analytics.track('Trial Started', { trialStartDate: 'June 1', trialEndDate: e, trialPlanName: 3 });`, '3'),
          suggestions: [],
        },
      ],
    },
    // Under propertyNaming: camelCase, a snake_case key the plan does not name is reported, with its camelCase name.
    {
      code: `analytics.track('Report Exported', { row_count: 3, fileFormat: 'csv' });`,
      settings: { 'b2b-tracking': { propertyNaming: 'camelCase' } },
      errors: [
        {
          messageId: 'keyNotSnakeCase',
          data: { key: 'row_count', expected: 'rowCount', style: 'camelCase' },
          ...at(`analytics.track('Report Exported', { row_count: 3, fileFormat: 'csv' });`, 'row_count'),
          suggestions: [{ messageId: 'renameKey', output: `analytics.track('Report Exported', { rowCount: 3, fileFormat: 'csv' });` }],
        },
      ],
    },
    // An underscore before a name out of the style is no convention.
    {
      code: `analytics.track('Report Exported', { _rowCount: 3 });`,
      errors: [
        {
          messageId: 'keyNotSnakeCase',
          data: { key: '_rowCount', expected: 'row_count', style: 'snake_case' },
          ...at(`analytics.track('Report Exported', { _rowCount: 3 });`, '_rowCount'),
          suggestions: [{ messageId: 'renameKey', output: `analytics.track('Report Exported', { row_count: 3 });` }],
        },
      ],
    },
    // Types and enums.
    {
      code: `analytics.track('Signed Up', { type: 'viral' });`,
      errors: [{ messageId: 'notInEnum', data: { key: 'type', event: 'Signed Up', value: 'viral', allowed: '`invited` or `organic`' }, ...at(`analytics.track('Signed Up', { type: 'viral' });`, `'viral'`) }],
    },
    {
      code: `analytics.track('Account Created', { account_name: 42 });`,
      errors: [{ messageId: 'wrongType', data: { key: 'account_name', event: 'Account Created', actual: 'a number', expected: 'string' }, ...at(`analytics.track('Account Created', { account_name: 42 });`, '42') }],
    },
    {
      code: `analytics.track('trial.started', { trial_days: '14', plan_trialing: 'pro' });`,
      settings: { 'b2b-tracking': { plan: 'dotted' } },
      errors: [{ messageId: 'wrongType', data: { key: 'trial_days', event: 'trial.started', actual: 'a string', expected: 'number' }, ...at(`analytics.track('trial.started', { trial_days: '14', plan_trialing: 'pro' });`, `'14'`) }],
    },
    {
      code: `analytics.track('trial.ended', { converted: 'yes', plan_selected: 'pro' });`,
      settings: { 'b2b-tracking': { plan: 'dotted' } },
      errors: [{ messageId: 'wrongType', data: { key: 'converted', event: 'trial.ended', actual: 'a string', expected: 'boolean' }, ...at(`analytics.track('trial.ended', { converted: 'yes', plan_selected: 'pro' });`, `'yes'`) }],
    },
    // Recommended properties under requireRecommended (the strict config).
    {
      code: `analytics.track('Signed Up', { type: 'organic', email: e });`,
      options: [{ requireRecommended: true }],
      errors: [
        {
          messageId: 'missingRecommended',
          data: { event: 'Signed Up', names: '`first_name`, `last_name` and `username`' },
          ...at(`analytics.track('Signed Up', { type: 'organic', email: e });`, `{ type: 'organic', email: e }`),
        },
      ],
    },
    // Keys of every tracked event in snake_case, with a suggestion.
    {
      code: `analytics.track('Report Exported', { rowCount: 3, 'File Format': 'csv', userName });`,
      errors: [
        {
          messageId: 'keyNotSnakeCase',
          ...at(`analytics.track('Report Exported', { rowCount: 3, 'File Format': 'csv', userName });`, 'rowCount'),
          suggestions: [{ messageId: 'renameKey', output: `analytics.track('Report Exported', { row_count: 3, 'File Format': 'csv', userName });` }],
        },
        {
          messageId: 'keyNotSnakeCase',
          ...at(`analytics.track('Report Exported', { rowCount: 3, 'File Format': 'csv', userName });`, `'File Format'`),
          suggestions: [{ messageId: 'renameKey', output: `analytics.track('Report Exported', { rowCount: 3, 'file_format': 'csv', userName });` }],
        },
        {
          messageId: 'keyNotSnakeCase',
          ...at(`analytics.track('Report Exported', { rowCount: 3, 'File Format': 'csv', userName });`, 'userName'),
          suggestions: [{ messageId: 'renameKey', output: `analytics.track('Report Exported', { rowCount: 3, 'File Format': 'csv', user_name: userName });` }],
        },
      ],
    },
    // Found by the fuzz test: a number key (`.5` is the key "0.5") or a computed one becomes a plain key; `[row_count]` would read a variable.
    {
      code: `analytics.track('Report Exported', { .5: 1, [\`rowCount\`]: 2, [KEY]: 3 });\nconst KEY = 'userName';`,
      errors: [
        {
          messageId: 'keyNotSnakeCase',
          data: { key: '0.5', expected: '0_5', style: 'snake_case' },
          ...at(`analytics.track('Report Exported', { .5: 1, [\`rowCount\`]: 2, [KEY]: 3 });`, '.5'),
          suggestions: [{ messageId: 'renameKey', output: `analytics.track('Report Exported', { '0_5': 1, [\`rowCount\`]: 2, [KEY]: 3 });\nconst KEY = 'userName';` }],
        },
        {
          messageId: 'keyNotSnakeCase',
          data: { key: 'rowCount', expected: 'row_count', style: 'snake_case' },
          ...at(`analytics.track('Report Exported', { .5: 1, [\`rowCount\`]: 2, [KEY]: 3 });`, '`rowCount`'),
          suggestions: [{ messageId: 'renameKey', output: `analytics.track('Report Exported', { .5: 1, row_count: 2, [KEY]: 3 });\nconst KEY = 'userName';` }],
        },
        {
          messageId: 'keyNotSnakeCase',
          data: { key: 'userName', expected: 'user_name', style: 'snake_case' },
          ...at(`analytics.track('Report Exported', { .5: 1, [\`rowCount\`]: 2, [KEY]: 3 });`, 'KEY'),
          suggestions: [{ messageId: 'renameKey', output: `analytics.track('Report Exported', { .5: 1, [\`rowCount\`]: 2, user_name: 3 });\nconst KEY = 'userName';` }],
        },
      ],
    },
    {
      code: `analytics.track('Report Exported', { 1.5: 1 });`,
      errors: [
        {
          messageId: 'keyNotSnakeCase',
          ...at(`analytics.track('Report Exported', { 1.5: 1 });`, '1.5'),
          suggestions: [{ messageId: 'renameKey', output: `analytics.track('Report Exported', { '1_5': 1 });` }],
        },
      ],
    },
    // A const object in scope: reported once, at its literal.
    {
      code: `const props = { accountName: 'Initech' };\nanalytics.track('Account Created', props);\nanalytics.track('Account Created', props);`,
      errors: [
        {
          messageId: 'keyNotSnakeCase',
          line: 1,
          column: 17,
          endLine: 1,
          endColumn: 28,
          suggestions: [{ messageId: 'renameKey', output: `const props = { account_name: 'Initech' };\nanalytics.track('Account Created', props);\nanalytics.track('Account Created', props);` }],
        },
        { messageId: 'missingRequired', line: 2, column: 36, endLine: 2, endColumn: 41 },
        { messageId: 'missingRequired', line: 3, column: 36, endLine: 3, endColumn: 41 },
      ],
    },
    // Every SDK form.
    {
      code: `analytics.track({ userId, event: 'Account Created', properties: {} });`,
      errors: [{ messageId: 'missingRequired', ...at(`analytics.track({ userId, event: 'Account Created', properties: {} });`, '{}') }],
    },
    {
      code: `analytics.track({ userId, event: 'Account Created' });`,
      errors: [{ messageId: 'missingRequired', ...at(`analytics.track({ userId, event: 'Account Created' });`, `analytics.track({ userId, event: 'Account Created' })`) }],
    },
    {
      code: `rudderanalytics.track('Account Added User', {});`,
      errors: [{ messageId: 'missingRequired', data: { event: 'Account Added User', names: '`role`' }, ...at(`rudderanalytics.track('Account Added User', {});`, '{}') }],
    },
    {
      code: `amplitude.track('Account Created', { account_name: 7 });`,
      errors: [{ messageId: 'wrongType', ...at(`amplitude.track('Account Created', { account_name: 7 });`, '7') }],
    },
    {
      code: `amplitude.track({ event_type: 'Account Created', event_properties: {} });`,
      errors: [{ messageId: 'missingRequired', ...at(`amplitude.track({ event_type: 'Account Created', event_properties: {} });`, '{}') }],
    },
    {
      code: `mixpanel.track('Account Created', { distinct_id: u });`,
      errors: [{ messageId: 'missingRequired', ...at(`mixpanel.track('Account Created', { distinct_id: u });`, '{ distinct_id: u }') }],
    },
    {
      code: `posthog.capture('Account Created', { $groups: { company: c } });`,
      errors: [{ messageId: 'missingRequired', ...at(`posthog.capture('Account Created', { $groups: { company: c } });`, '{ $groups: { company: c } }') }],
    },
    {
      code: `posthog.capture({ distinctId, event: 'Trial Ended', properties: { trial_start_date: new Date(s), trial_end_date: e, trial_plan_name: p } });`,
      output: `posthog.capture({ distinctId, event: 'Trial Ended', properties: { trial_start_date: new Date(s).toISOString(), trial_end_date: e, trial_plan_name: p } });`,
      errors: [{ messageId: 'dateObject', ...at(`posthog.capture({ distinctId, event: 'Trial Ended', properties: { trial_start_date: new Date(s), trial_end_date: e, trial_plan_name: p } });`, 'new Date(s)') }],
    },
    {
      code: `capturePostHogEvent(client, 'Account Created', {});`,
      settings: { 'b2b-tracking': { callees: { track: [{ callee: 'capturePostHogEvent', event: '1', properties: '2' }] } } },
      errors: [{ messageId: 'missingRequired', ...at(`capturePostHogEvent(client, 'Account Created', {});`, '{}') }],
    },
    {
      code: `captureSuccess({ eventName: 'Account Created', payload: { accountName: n } });`,
      settings: { 'b2b-tracking': { callees: { track: [{ callee: 'captureSuccess', event: '0.eventName', properties: '0.payload' }] } } },
      errors: [
        { messageId: 'missingRequired', ...at(`captureSuccess({ eventName: 'Account Created', payload: { accountName: n } });`, '{ accountName: n }') },
        {
          messageId: 'keyNotSnakeCase',
          ...at(`captureSuccess({ eventName: 'Account Created', payload: { accountName: n } });`, 'accountName'),
          suggestions: [{ messageId: 'renameKey', output: `captureSuccess({ eventName: 'Account Created', payload: { account_name: n } });` }],
        },
      ],
    },
    // A wrapper entry that names only its group context keeps the event at 0 and the properties at 1.
    {
      code: `myTrack('Account Created', { accountName: n }, acct);`,
      settings: { 'b2b-tracking': { callees: { track: [{ callee: 'myTrack', groupContext: '2' }] } } },
      errors: [
        { messageId: 'missingRequired', data: { event: 'Account Created', names: '`account_name`' }, ...at(`myTrack('Account Created', { accountName: n }, acct);`, '{ accountName: n }') },
        {
          messageId: 'keyNotSnakeCase',
          ...at(`myTrack('Account Created', { accountName: n }, acct);`, 'accountName'),
          suggestions: [{ messageId: 'renameKey', output: `myTrack('Account Created', { account_name: n }, acct);` }],
        },
      ],
    },
    // Each branch of a conditional name.
    {
      code: `analytics.track(invited ? 'Signed Up' : 'Account Created', { type: 'invited' });`,
      errors: [{ messageId: 'missingRequired', data: { event: 'Account Created', names: '`account_name`' }, ...at(`analytics.track(invited ? 'Signed Up' : 'Account Created', { type: 'invited' });`, `{ type: 'invited' }`) }],
    },
    // User plans with extends: their own events and the shipped ones.
    {
      code: `analytics.track('Report Exported', { format: 'xls' });`,
      settings: { 'b2b-tracking': { plan: 'tests/fixtures/plan-loading/acme.json' } },
      errors: [{ messageId: 'notInEnum', data: { key: 'format', event: 'Report Exported', value: 'xls', allowed: '`csv` or `pdf`' }, ...at(`analytics.track('Report Exported', { format: 'xls' });`, `'xls'`) }],
    },
    {
      code: `analytics.track('Report Exported', { format: 'csv', row_count: 2.5 });`,
      settings: { 'b2b-tracking': { plan: 'tests/fixtures/plan-loading/acme.json' } },
      errors: [{ messageId: 'wrongType', data: { key: 'row_count', event: 'Report Exported', actual: 'a number', expected: 'integer' }, ...at(`analytics.track('Report Exported', { format: 'csv', row_count: 2.5 });`, '2.5') }],
    },
    {
      code: `analytics.track('Trial Ended', {});`,
      settings: { 'b2b-tracking': { plan: 'tests/fixtures/plan-loading/acme.json' } },
      errors: [{ messageId: 'missingRequired', data: { event: 'Trial Ended', names: '`trial_start_date`, `trial_end_date` and `trial_plan_name`' }, ...at(`analytics.track('Trial Ended', {});`, '{}') }],
    },
    {
      code: `analytics.track('report.exported', {});`,
      settings: { 'b2b-tracking': { plan: 'tests/fixtures/plan-loading/acme.yaml' } },
      errors: [{ messageId: 'missingRequired', data: { event: 'report.exported', names: '`format`' }, ...at(`analytics.track('report.exported', {});`, '{}') }],
    },
    {
      code: `analytics.track('user.joined', { role: 'member' });`,
      settings: { 'b2b-tracking': { plan: 'tests/fixtures/plan-loading/acme.yaml' } },
      errors: [{ messageId: 'missingRequired', data: { event: 'user.joined', names: '`invitation_id`' }, ...at(`analytics.track('user.joined', { role: 'member' });`, `{ role: 'member' }`) }],
    },
    // \`object\` and \`array\` properties: a literal of another type is reported, and an object or array literal where the plan wants a string.
    {
      code: `analytics.track('Report Shared', { recipients: 'u1', filters: [] });`,
      settings: sharingPlan,
      errors: [
        { messageId: 'wrongType', data: { key: 'recipients', event: 'Report Shared', actual: 'a string', expected: 'array' }, ...at(`analytics.track('Report Shared', { recipients: 'u1', filters: [] });`, `'u1'`) },
        { messageId: 'wrongType', data: { key: 'filters', event: 'Report Shared', actual: 'an array', expected: 'object' }, ...at(`analytics.track('Report Shared', { recipients: 'u1', filters: [] });`, '[]') },
      ],
    },
    {
      code: `analytics.track('Report Shared', { recipients: { id: 'u1' }, filters: true });`,
      settings: sharingPlan,
      errors: [
        { messageId: 'wrongType', data: { key: 'recipients', event: 'Report Shared', actual: 'an object', expected: 'array' }, ...at(`analytics.track('Report Shared', { recipients: { id: 'u1' }, filters: true });`, `{ id: 'u1' }`) },
        { messageId: 'wrongType', data: { key: 'filters', event: 'Report Shared', actual: 'a boolean', expected: 'object' }, ...at(`analytics.track('Report Shared', { recipients: { id: 'u1' }, filters: true });`, 'true') },
      ],
    },
    {
      code: `analytics.track('Account Created', { account_name: ['Initech'] });`,
      errors: [{ messageId: 'wrongType', data: { key: 'account_name', event: 'Account Created', actual: 'an array', expected: 'string' }, ...at(`analytics.track('Account Created', { account_name: ['Initech'] });`, `['Initech']`) }],
    },
    // A Date held in a constant: reported where it is sent; the fix rewrites the `new Date` when nothing else reads the constant.
    {
      code: `const started = new Date();\nanalytics.track('Trial Started', { trial_start_date: started, trial_end_date: '2018-09-28', trial_plan_name: 'Pro' });`,
      output: `const started = new Date().toISOString();\nanalytics.track('Trial Started', { trial_start_date: started, trial_end_date: '2018-09-28', trial_plan_name: 'Pro' });`,
      errors: [{ messageId: 'dateObject', data: { key: 'trial_start_date' }, line: 2, column: 54, endLine: 2, endColumn: 61 }],
    },
    // Read again (`addDays(started, 14)` needs the Date), or exported: reported without a fix.
    {
      code: `const started = new Date();\nanalytics.track('Trial Started', { trial_start_date: started, trial_end_date: addDays(started, 14).toISOString(), trial_plan_name: 'Pro' });`,
      output: null,
      errors: [{ messageId: 'dateObject', data: { key: 'trial_start_date' }, line: 2, column: 54, endLine: 2, endColumn: 61 }],
    },
    {
      code: `export const started = new Date();\nanalytics.track('Trial Started', { trial_start_date: started, trial_end_date: '2018-09-28', trial_plan_name: 'Pro' });`,
      output: null,
      errors: [{ messageId: 'dateObject', data: { key: 'trial_start_date' }, line: 2, column: 54, endLine: 2, endColumn: 61 }],
    },
    // Each branch: the conditional is reported, the `new Date` in it fixed.
    {
      code: `analytics.track('Trial Ended', { trial_start_date: s, trial_end_date: ended ? new Date() : undefined, trial_plan_name: 'Pro' });`,
      output: `analytics.track('Trial Ended', { trial_start_date: s, trial_end_date: ended ? new Date().toISOString() : undefined, trial_plan_name: 'Pro' });`,
      errors: [
        {
          messageId: 'dateObject',
          data: { key: 'trial_end_date' },
          ...at(`analytics.track('Trial Ended', { trial_start_date: s, trial_end_date: ended ? new Date() : undefined, trial_plan_name: 'Pro' });`, 'ended ? new Date() : undefined'),
        },
      ],
    },
    {
      code: `const ends = trial ? new Date(a) : new Date(b);\nanalytics.track('Trial Ended', { trial_start_date: s, trial_end_date: ends, trial_plan_name: 'Pro' });`,
      output: `const ends = trial ? new Date(a).toISOString() : new Date(b).toISOString();\nanalytics.track('Trial Ended', { trial_start_date: s, trial_end_date: ends, trial_plan_name: 'Pro' });`,
      errors: [{ messageId: 'dateObject', data: { key: 'trial_end_date' }, line: 2, column: 71, endLine: 2, endColumn: 75 }],
    },
    // ISO-8601 in form but not in range (month 13, day 45, 99:99:99; the 29th of February 2019; a +24:00 offset; the 31st of September).
    outOfRangeDates('Trial Started', '2018-13-45T99:99:99Z', '2019-02-29'),
    outOfRangeDates('Trial Ended', '2018-08-28T04:09:47+24:00', '2018-09-31'),
    // A key that sends `undefined` or `null` sends nothing: the property is missing.
    {
      code: `analytics.track('Signed Up', { type: undefined });`,
      errors: [{ messageId: 'missingRequired', data: { event: 'Signed Up', names: '`type`' }, ...at(`analytics.track('Signed Up', { type: undefined });`, '{ type: undefined }') }],
    },
    {
      code: `analytics.track('Signed Up', { type: null, first_name: f });`,
      errors: [{ messageId: 'missingRequired', data: { event: 'Signed Up', names: '`type`' }, ...at(`analytics.track('Signed Up', { type: null, first_name: f });`, '{ type: null, first_name: f }') }],
    },
    // A key inside an argument (`1.account`) leaves that argument the properties, and they are checked.
    {
      code: `myTrack('Signed Up', { account: 1 });`,
      settings: { 'b2b-tracking': { callees: { track: [{ callee: 'myTrack', groupContext: '1.account' }] } } },
      errors: [{ messageId: 'missingRequired', data: { event: 'Signed Up', names: '`type`' }, ...at(`myTrack('Signed Up', { account: 1 });`, '{ account: 1 }') }],
    },
    // `window.analytics` named by an entry is the team's wrapper (not Segment's `track(event, …)`), as `analytics` would be.
    {
      code: `window.analytics.track(user, 'Account Created', {});`,
      settings: { 'b2b-tracking': { callees: { track: [{ callee: 'window.analytics.track', event: '1', properties: '2' }] } } },
      errors: [{ messageId: 'missingRequired', data: { event: 'Account Created', names: '`account_name`' }, ...at(`window.analytics.track(user, 'Account Created', {});`, '{}') }],
    },
    // A method named as a string, and a hook's method taken under another name.
    {
      code: `analytics['track']('Account Created', {});`,
      errors: [{ messageId: 'missingRequired', data: { event: 'Account Created', names: '`account_name`' }, ...at(`analytics['track']('Account Created', {});`, '{}') }],
    },
    {
      code: `class Accounts { created(user) { this.analyticsService['track']('Account Created', user, {}); } }`,
      settings: { 'b2b-tracking': { callees: { track: [{ callee: 'this.analyticsService.track', event: '0', properties: '2' }] } } },
      errors: [{ messageId: 'missingRequired', data: { event: 'Account Created', names: '`account_name`' }, ...at(`class Accounts { created(user) { this.analyticsService['track']('Account Created', user, {}); } }`, '{}') }],
    },
    {
      code: `const { track: send } = useAnalytics();\nsend('Account Created', {});`,
      settings: { 'b2b-tracking': { callees: { track: ['useAnalytics().track'] } } },
      errors: [{ messageId: 'missingRequired', data: { event: 'Account Created', names: '`account_name`' }, line: 2, column: 25, endLine: 2, endColumn: 27 }],
    },
    // Renaming onto a key the object already has would drop one value: reported, without a suggestion.
    {
      code: `analytics.track('Report Exported', { rowCount: 1, row_count: 2 });`,
      errors: [
        {
          messageId: 'keyNotSnakeCaseTaken',
          data: { key: 'rowCount', expected: 'row_count', style: 'snake_case' },
          ...at(`analytics.track('Report Exported', { rowCount: 1, row_count: 2 });`, 'rowCount'),
          suggestions: [],
        },
      ],
    },
    {
      code: `const base = { row_count: 1 };\nanalytics.track('Report Exported', { ...base, rowCount: 2 });`,
      errors: [{ messageId: 'keyNotSnakeCaseTaken', data: { key: 'rowCount', expected: 'row_count', style: 'snake_case' }, line: 2, column: 47, endLine: 2, endColumn: 55, suggestions: [] }],
    },
    // \`null\` properties send nothing, like \`undefined\`: reported where the properties would be.
    {
      code: `analytics.track('Account Created', null);`,
      errors: [{ messageId: 'missingRequired', data: { event: 'Account Created', names: '`account_name`' }, ...at(`analytics.track('Account Created', null);`, 'null') }],
    },
    {
      code: `analytics.track({ userId, event: 'Account Created', properties: null });`,
      errors: [{ messageId: 'missingRequired', data: { event: 'Account Created', names: '`account_name`' }, ...at(`analytics.track({ userId, event: 'Account Created', properties: null });`, 'null') }],
    },
    // `undefined` properties send nothing: reported where the properties would be, like `null`.
    {
      code: `analytics.track('Account Created', undefined, { context: { groupId } });`,
      errors: [{ messageId: 'missingRequired', ...at(`analytics.track('Account Created', undefined, { context: { groupId } });`, `undefined`) }],
    },
  ],
});

tsRuleTester.run('require-event-properties (TypeScript)', rule, {
  valid: [
    `const props = { account_name: 'Initech' } as const satisfies Record<string, string>;\nanalytics.track('Account Created', props);`,
    // A constant object changed after it is declared is not what its initialiser says: nothing is reported missing from it.
    `const props = {};\nprops.type = 'organic';\nanalytics.track('Signed Up', props);`,
    `const props = { first_name: 'a' };\nObject.assign(props, { type: 'organic' });\nanalytics.track('Signed Up', props);`,
    // Snake case in any script.
    `analytics.track('Report Exported', { état_du_compte: 1, 名前: 2 });`,
  ],
  invalid: [
    {
      code: `analytics.track('Trial Started', { trial_start_date: new Date(s) as Date, trial_end_date: e, trial_plan_name: p });`,
      // The assertion goes inside the parentheses: `new Date(s).toISOString() as Date` asserts a string is a Date (TS2352).
      output: `analytics.track('Trial Started', { trial_start_date: (new Date(s) as Date).toISOString(), trial_end_date: e, trial_plan_name: p });`,
      errors: [
        {
          messageId: 'dateObject',
          ...at(`analytics.track('Trial Started', { trial_start_date: new Date(s) as Date, trial_end_date: e, trial_plan_name: p });`, 'new Date(s) as Date'),
        },
      ],
    },
    // Where a type says the value is a Date (an annotation, `satisfies`, `as Props`), a string would not compile: reported, not fixed.
    {
      code: `analytics.track('Trial Started', { trial_start_date: new Date(s), trial_end_date: e, trial_plan_name: p } as TrialProps);`,
      output: null,
      errors: [{ messageId: 'dateObject', ...at(`analytics.track('Trial Started', { trial_start_date: new Date(s), trial_end_date: e, trial_plan_name: p } as TrialProps);`, 'new Date(s)') }],
    },
    {
      code: `const props = { trial_start_date: new Date(), trial_end_date: e, trial_plan_name: p } satisfies TrialProps;\nanalytics.track('Trial Started', props);`,
      output: null,
      errors: [{ messageId: 'dateObject', ...at(`const props = { trial_start_date: new Date(), trial_end_date: e, trial_plan_name: p } satisfies TrialProps;\nanalytics.track('Trial Started', props);`, 'new Date()') }],
    },
    {
      code: `const start: Date = new Date();\nanalytics.track('Trial Started', { trial_start_date: start, trial_end_date: e, trial_plan_name: p });`,
      output: null,
      errors: [{ messageId: 'dateObject', ...at(`const start: Date = new Date();\nanalytics.track('Trial Started', { trial_start_date: start, trial_end_date: e, trial_plan_name: p });`, 'start', 2) }],
    },
    {
      code: `const props: TrialProps = { trial_start_date: new Date(), trial_end_date: e, trial_plan_name: p };\nanalytics.track('Trial Started', props);`,
      output: null,
      errors: [{ messageId: 'dateObject', ...at(`const props: TrialProps = { trial_start_date: new Date(), trial_end_date: e, trial_plan_name: p };\nanalytics.track('Trial Started', props);`, 'new Date()') }],
    },
    // `as const` says nothing of the value's type: the fix stays.
    {
      code: `const props = { trial_start_date: new Date(), trial_end_date: e, trial_plan_name: p } as const;\nanalytics.track('Trial Started', props);`,
      output: `const props = { trial_start_date: new Date().toISOString(), trial_end_date: e, trial_plan_name: p } as const;\nanalytics.track('Trial Started', props);`,
      errors: [{ messageId: 'dateObject', ...at(`const props = { trial_start_date: new Date(), trial_end_date: e, trial_plan_name: p } as const;\nanalytics.track('Trial Started', props);`, 'new Date()') }],
    },
    // Values through constants and branches are checked as if written in place (no type information needed).
    {
      code: `const kind = 'viral';\nanalytics.track('Signed Up', { type: kind }, { context: { groupId } });`,
      errors: [{ messageId: 'notInEnum', ...at(`const kind = 'viral';\nanalytics.track('Signed Up', { type: kind }, { context: { groupId } });`, 'kind', 1) }],
    },
    // The wrong branch of a constant is found whichever branch comes first.
    {
      code: `const signupType = invitation ? 'invited' : 'partner_referral';\nanalytics.track('Signed Up', { type: signupType });`,
      errors: [
        {
          messageId: 'notInEnum',
          data: { key: 'type', event: 'Signed Up', value: 'partner_referral', allowed: '`invited` or `organic`' },
          ...at(`const signupType = invitation ? 'invited' : 'partner_referral';\nanalytics.track('Signed Up', { type: signupType });`, 'signupType', 1),
        },
      ],
    },
    {
      code: `analytics.track('Signed Up', { type: invited ? 'invite' : 'organic' });`,
      errors: [{ messageId: 'notInEnum', ...at(`analytics.track('Signed Up', { type: invited ? 'invite' : 'organic' });`, "'invite'") }],
    },
    {
      code: `const SIGNUP = { organic: 'organic', viral: 'viral' } as const;\nanalytics.track('Signed Up', { type: SIGNUP.viral });`,
      errors: [{ messageId: 'notInEnum', ...at(`const SIGNUP = { organic: 'organic', viral: 'viral' } as const;\nanalytics.track('Signed Up', { type: SIGNUP.viral });`, 'SIGNUP.viral') }],
    },
    {
      code: `const start = '08/28/2018';\nanalytics.track('Trial Started', { trial_start_date: start, trial_end_date: e, trial_plan_name: p });`,
      errors: [{ messageId: 'notIsoDate', ...at(`const start = '08/28/2018';\nanalytics.track('Trial Started', { trial_start_date: start, trial_end_date: e, trial_plan_name: p });`, 'start', 2) }],
    },
    {
      code: `analytics.track('Trial Started', { trial_start_date: Date.now(), trial_end_date: e, trial_plan_name: p });`,
      errors: [
        {
          messageId: 'notIsoDate',
          data: { key: 'trial_start_date', value: 'Date.now()' },
          ...at(`analytics.track('Trial Started', { trial_start_date: Date.now(), trial_end_date: e, trial_plan_name: p });`, 'Date.now()'),
        },
      ],
    },
    {
      code: `analytics.track('Trial Started', { trial_start_date: s, trial_end_date: e, trial_plan_name: p ?? 12 });`,
      errors: [{ messageId: 'wrongType', data: { key: 'trial_plan_name', event: 'Trial Started', actual: 'a number', expected: 'string' }, ...at(`analytics.track('Trial Started', { trial_start_date: s, trial_end_date: e, trial_plan_name: p ?? 12 });`, '12') }],
    },
  ],
});

tsxRuleTester.run('require-event-properties (TSX)', rule, {
  valid: [
    {
      code: `const S = () => <form onSubmit={() => posthog.capture('Signed Up', { type: 'organic', firstName, _organization: org })} />;`,
      filename: 's.tsx',
      settings: { 'b2b-tracking': { propertyNaming: 'camelCase', groupProperties: ['_organization'] } },
    },
  ],
  invalid: [
    {
      code: `const S = () => <form onSubmit={() => posthog.capture('Form Submitted', { submitted_at: new Date() as Date })} />;`,
      filename: 's.tsx',
      output: `const S = () => <form onSubmit={() => posthog.capture('Form Submitted', { submitted_at: (new Date() as Date).toISOString() })} />;`,
      errors: [
        {
          messageId: 'dateObject',
          ...at(`const S = () => <form onSubmit={() => posthog.capture('Form Submitted', { submitted_at: new Date() as Date })} />;`, 'new Date() as Date'),
        },
      ],
    },
    {
      code: `const S = () => <form onSubmit={() => posthog.capture('Signed Up', { type: 'organic', firstName })} />;`,
      filename: 's.tsx',
      errors: [
        {
          messageId: 'keyNotSnakeCase',
          ...at(`const S = () => <form onSubmit={() => posthog.capture('Signed Up', { type: 'organic', firstName })} />;`, 'firstName'),
          suggestions: [{ messageId: 'renameKey', output: `const S = () => <form onSubmit={() => posthog.capture('Signed Up', { type: 'organic', first_name: firstName })} />;` }],
        },
      ],
    },
  ],
});

/**
 * Every property of the two shipped plans that the plan gives a type, an
 * enum or a format, written out by hand from the spec's tables: its event,
 * its type, and a value of that type. Each is checked alone: the event's
 * other required properties are sent with good values (from the tables at the
 * top) and the call carries its account, so the value is all that is wrong.
 */
interface TypedProperty {
  event: string;
  key: string;
  type: 'string' | 'number' | 'boolean';
  good: string;
  /** The plan's enum: a value outside it, and the message's list of allowed ones. */
  outsideEnum?: { value: string; allowed: string };
  dateTime?: true;
}
const segmentTyped: TypedProperty[] = [
  { event: 'Account Created', key: 'account_name', type: 'string', good: `'Initech'` },
  { event: 'Account Deleted', key: 'account_name', type: 'string', good: `'Initech'` },
  { event: 'Signed Up', key: 'type', type: 'string', good: `'invited'`, outsideEnum: { value: 'viral', allowed: '`invited` or `organic`' } },
  { event: 'Signed Up', key: 'first_name', type: 'string', good: `'Peter'` },
  { event: 'Signed Up', key: 'last_name', type: 'string', good: `'Gibbons'` },
  { event: 'Signed Up', key: 'email', type: 'string', good: `'peter@initech.com'` },
  { event: 'Signed Up', key: 'phone', type: 'string', good: `'+1 555 0100'` },
  { event: 'Signed Up', key: 'username', type: 'string', good: `'pgibbons'` },
  { event: 'Signed Up', key: 'title', type: 'string', good: `'Programmer'` },
  { event: 'Signed In', key: 'username', type: 'string', good: `'pgibbons'` },
  { event: 'Signed Out', key: 'username', type: 'string', good: `'pgibbons'` },
  { event: 'Invite Sent', key: 'invitee_email', type: 'string', good: 'sha256(invitee.email)' },
  { event: 'Invite Sent', key: 'invitee_role', type: 'string', good: `'member'` },
  { event: 'Invite Sent', key: 'invitee_first_name', type: 'string', good: `'Milton'` },
  { event: 'Invite Sent', key: 'invitee_last_name', type: 'string', good: `'Waddams'` },
  { event: 'Account Added User', key: 'role', type: 'string', good: `'admin'` },
  { event: 'Trial Started', key: 'trial_start_date', type: 'string', good: `'2018-08-28T04:09:47Z'`, dateTime: true },
  { event: 'Trial Started', key: 'trial_end_date', type: 'string', good: `'2018-09-28'`, dateTime: true },
  { event: 'Trial Started', key: 'trial_plan_name', type: 'string', good: `'Enterprise'` },
  { event: 'Trial Ended', key: 'trial_start_date', type: 'string', good: `'2018-08-28T04:09:47+02:00'`, dateTime: true },
  { event: 'Trial Ended', key: 'trial_end_date', type: 'string', good: `'2018-09-28T04:09:47.000Z'`, dateTime: true },
  { event: 'Trial Ended', key: 'trial_plan_name', type: 'string', good: `'Enterprise'` },
];
const dottedTyped: TypedProperty[] = [
  { event: 'account.created', key: 'account_name', type: 'string', good: `'Initech'` },
  { event: 'account.created', key: 'created_by', type: 'string', good: `'usr_1'` },
  { event: 'user.signed_up', key: 'signup_source', type: 'string', good: `'invite'` },
  { event: 'user.signed_in', key: 'method', type: 'string', good: `'password'` },
  { event: 'user.invited', key: 'invitee_email', type: 'string', good: 'sha256(invitee.email)' },
  { event: 'user.invited', key: 'invitee_role', type: 'string', good: `'member'` },
  { event: 'user.joined', key: 'invitation_id', type: 'string', good: `'inv_42'` },
  { event: 'user.joined', key: 'role', type: 'string', good: `'admin'` },
  { event: 'trial.started', key: 'trial_days', type: 'number', good: '30' },
  { event: 'trial.started', key: 'plan_trialing', type: 'string', good: `'enterprise'` },
  { event: 'trial.ended', key: 'converted', type: 'boolean', good: 'false' },
  { event: 'trial.ended', key: 'plan_selected', type: 'string', good: `'enterprise'` },
  { event: 'plan.upgraded', key: 'from_plan', type: 'string', good: `'free'` },
  { event: 'plan.upgraded', key: 'to_plan', type: 'string', good: `'enterprise'` },
  { event: 'plan.downgraded', key: 'from_plan', type: 'string', good: `'enterprise'` },
  { event: 'plan.downgraded', key: 'to_plan', type: 'string', good: `'free'` },
  { event: 'plan.downgraded', key: 'reason', type: 'string', good: `'price'` },
];

/** Literals of another type than the plan's, each with how the message describes it. */
const wrongLiterals: Record<TypedProperty['type'], [literal: string, actual: string][]> = {
  string: [
    ['42', 'a number'],
    ['true', 'a boolean'],
  ],
  number: [
    [`'30'`, 'a string'],
    ['false', 'a boolean'],
  ],
  boolean: [
    [`'yes'`, 'a string'],
    ['1', 'a number'],
  ],
};
/** Dates as people write them, none ISO-8601. */
const notIsoDates = ['08/28/2018', 'Tue Aug 28 2018'];

/** Where `value` stands in `code`: just after `key: ` (the same literal may be another property's value too). */
function valueAt(code: string, key: string, value: string) {
  const pair = at(code, `${key}: ${value}`);
  return { ...pair, column: pair.column + key.length + 2 };
}

function typedCases(events: typeof segmentEvents, typed: TypedProperty[], plan: string) {
  const settings = { 'b2b-tracking': { plan } };
  /** The event's call with `key` sent as `value` and its other required properties as the tables give them. */
  const send = ({ event, key }: TypedProperty, value: string) =>
    `analytics.track('${event}', ${objectText({ ...events[event]!.required, [key]: value })}, { context: { groupId: 'acct_1' } });`;
  const valid: Valid[] = [];
  const invalid: Invalid[] = [];
  for (const property of typed) {
    const { event, key, type } = property;
    valid.push({ code: send(property, property.good), settings });
    for (const [literal, actual] of wrongLiterals[type]) {
      const code = send(property, literal);
      invalid.push({ code, settings, errors: [{ messageId: 'wrongType', data: { key, event, actual, expected: type }, ...valueAt(code, key, literal) }] });
    }
    if (property.outsideEnum) {
      const { value, allowed } = property.outsideEnum;
      const code = send(property, `'${value}'`);
      invalid.push({ code, settings, errors: [{ messageId: 'notInEnum', data: { key, event, value, allowed }, ...valueAt(code, key, `'${value}'`) }] });
    }
    if (property.dateTime) {
      const code = send(property, 'new Date(startedAt)');
      invalid.push({
        code,
        settings,
        output: send(property, 'new Date(startedAt).toISOString()'),
        errors: [{ messageId: 'dateObject', data: { key }, ...valueAt(code, key, 'new Date(startedAt)') }],
      });
      for (const date of notIsoDates) {
        const dateCode = send(property, `'${date}'`);
        invalid.push({ code: dateCode, settings, errors: [{ messageId: 'notIsoDate', data: { key, value: date }, ...valueAt(dateCode, key, `'${date}'`) }] });
      }
    }
  }
  return { valid, invalid };
}

const segmentTypes = typedCases(segmentEvents, segmentTyped, 'segment');
const dottedTypes = typedCases(dottedEvents, dottedTyped, 'dotted');

jsRuleTester.run('require-event-properties (types, enums and dates of the shipped plans)', rule, {
  valid: [
    ...segmentTypes.valid,
    ...dottedTypes.valid,
    // The enum's other value (the table sends `invited`).
    `analytics.track('Signed Up', { type: 'organic' }, { context: { groupId: 'acct_1' } });`,
  ],
  invalid: [
    ...segmentTypes.invalid,
    ...dottedTypes.invalid,
    // An enum is matched exactly: destinations group `Organic` and `organic` apart.
    {
      code: `analytics.track('Signed Up', { type: 'Organic' }, { context: { groupId: 'acct_1' } });`,
      errors: [
        {
          messageId: 'notInEnum',
          data: { key: 'type', event: 'Signed Up', value: 'Organic', allowed: '`invited` or `organic`' },
          ...at(`analytics.track('Signed Up', { type: 'Organic' }, { context: { groupId: 'acct_1' } });`, `'Organic'`),
        },
      ],
    },
  ],
});

/** A sign-up form, a trial banner and an account page, as React components in a `.jsx` file. */
const signUpForm = `function SignUpForm({ account }) {
  const { track } = useAnalytics();
  return <form onSubmit={() => track('Signed Up', { type: 'organic' }, { context: { groupId: account.id } })} />;
}`;
const trialBanner = `function TrialBanner({ account, plan }) {
  const { track } = useAnalytics();
  return (
    <button onClick={() => track('Trial Started', { trial_start_date: new Date(), trial_end_date: plan.trialEndsAt, trial_plan_name: plan.name }, { context: { groupId: account.id } })}>
      Start trial
    </button>
  );
}`;
const accountPage = `function AccountPage({ account }) {
  useEffect(() => {
    posthog.capture('Account Created', { accountName: account.name, $groups: { company: account.id } });
  }, [account]);
  return <h1>{account.name}</h1>;
}`;
const signUpChoice = `const SignUpChoice = ({ account }) => (
  <button onClick={() => analytics.track('Signed Up', { type: 'viral' }, { context: { groupId: account.id } })}>Sign up</button>
);`;
const hookWrapper = { 'b2b-tracking': { callees: { track: ['useAnalytics().track'] } } };

jsRuleTester.run('require-event-properties (JSX)', rule, {
  valid: [
    {
      code: `const Row = ({ report }) => <button onClick={() => analytics.track('Report Opened', { reportId: report.id, _organization: report.org })} />;`,
      filename: 'row.jsx',
      settings: { 'b2b-tracking': { propertyNaming: 'camelCase' } },
    },
    { code: signUpForm, filename: 'sign-up-form.jsx', settings: hookWrapper },
    { code: trialBanner.replace('new Date()', 'new Date().toISOString()'), filename: 'trial-banner.jsx', settings: hookWrapper },
  ],
  invalid: [
    // A Date on an event outside the plan, in a click handler: the fix sends its ISO string.
    {
      code: `const Row = () => <button onClick={() => analytics.track('Report Opened', { opened_at: new Date() })} />;`,
      filename: 'row.jsx',
      output: `const Row = () => <button onClick={() => analytics.track('Report Opened', { opened_at: new Date().toISOString() })} />;`,
      errors: [
        {
          messageId: 'dateObject',
          data: { key: 'opened_at' },
          ...at(`const Row = () => <button onClick={() => analytics.track('Report Opened', { opened_at: new Date() })} />;`, 'new Date()'),
        },
      ],
    },
    // A Date from a hook wrapper's call in a click handler: the fix sends its ISO string.
    {
      code: trialBanner,
      filename: 'trial-banner.jsx',
      settings: hookWrapper,
      output: trialBanner.replace('trial_start_date: new Date()', 'trial_start_date: new Date().toISOString()'),
      errors: [{ messageId: 'dateObject', data: { key: 'trial_start_date' }, ...at(trialBanner, 'new Date()') }],
    },
    // An effect's capture that names the property in camelCase: missing under its plan name, with the rename suggested.
    {
      code: accountPage,
      filename: 'account-page.jsx',
      output: null,
      errors: [
        {
          messageId: 'missingRequired',
          data: { event: 'Account Created', names: '`account_name`' },
          ...at(accountPage, '{ accountName: account.name, $groups: { company: account.id } }'),
        },
        {
          messageId: 'keyNotSnakeCase',
          data: { key: 'accountName', expected: 'account_name', style: 'snake_case' },
          ...at(accountPage, 'accountName'),
          suggestions: [{ messageId: 'renameKey', output: accountPage.replace('accountName: account.name', 'account_name: account.name') }],
        },
      ],
    },
    {
      code: signUpChoice,
      filename: 'sign-up-choice.jsx',
      output: null,
      errors: [{ messageId: 'notInEnum', data: { key: 'type', event: 'Signed Up', value: 'viral', allowed: '`invited` or `organic`' }, ...at(signUpChoice, `'viral'`) }],
    },
  ],
});
