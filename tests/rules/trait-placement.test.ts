import type { InvalidTestCase } from '@typescript-eslint/rule-tester';
import rule, { type MessageIds, type Options } from '../../src/rules/trait-placement.js';
import { at } from '../positions.js';
import { jsRuleTester, tsRuleTester, tsxRuleTester, vueRuleTester } from '../rule-tester.js';

type Invalid = InvalidTestCase<MessageIds, Options>;

/** One misplaced trait at `property`, whose removal gives `removed`. */
function misplaced(code: string, property: string, messageId: 'accountTraitOnIdentify' | 'userTraitOnGroup', removed: string, settings?: Record<string, unknown>): Invalid {
  return {
    code,
    ...(settings ? { settings: { 'b2b-tracking': settings } } : {}),
    errors: [{ messageId, ...at(code, property), suggestions: [{ messageId: 'removeTrait', output: removed }] }],
  };
}

const seed004 = `accoil.identify("usr_12345", {
  email: "jane@acme.com",
  name: "Jane Smith",
  role: "admin",
  created_at: "2024-01-15T10:30:00Z"
});
accoil.group("acc_67890", {
  name: "Acme Corp",
  plan: "enterprise",
  mrr: 99900,
  industry: "technology",
  employee_count: 150,
  created_at: "2023-06-01T00:00:00Z",
  status: "paid"
});
accoil.track("Report_Created");`;

jsRuleTester.run('trait-placement (JavaScript)', rule, {
  valid: [
    seed004,
    { code: seed004, options: [{ requireTraits: true }] },
    `analytics.identify('u1', { email: 'jane@acme.com', role: 'admin', last_login: '2024-01-15T10:30:00Z' });`,
    `analytics.group('acc_1', { name: 'Acme', plan: 'enterprise', mrr: 99900, employee_count: 150 });`,
    `analytics.identify({ email: 'jane@acme.com' });`,
    `analytics.identify({ userId: 'u1', traits: { email: 'e', role: 'admin' } });`,
    `analytics.group({ userId: 'u1', groupId: 'a1', traits: { name: 'Acme', plan: 'pro' } });`,
    `posthog.identify('u1', { email: 'e' });`,
    `posthog.group('company', 'c1', { name: 'Acme', plan: 'pro' });`,
    `analytics.identify('u1', { ...user });`,
    `analytics.identify('u1', traits);`,
    // requireTraits: calls without traits only associate.
    { code: `analytics.identify('u1');\nanalytics.group('a1');`, options: [{ requireTraits: true }] },
    { code: `analytics.group('ws_1', { name: 'Eng', group_type: 'workspace', parent_group_id: 'a1' });`, options: [{ requireTraits: true }] },
    { code: `analytics.identify('u1', { ...profile });`, options: [{ requireTraits: true }] },
    // A group type held in a constant: a workspace is not asked for name and plan.
    { code: `const T = 'workspace';\nanalytics.group('ws_1', { name: 'Eng', group_type: T, parent_group_id: 'a1' });`, options: [{ requireTraits: true }] },
    // An unknown group type is not judged.
    { code: `analytics.group('g1', { industry: 'tech', group_type: level });`, options: [{ requireTraits: true }] },
    // mrr written without a decimal point is a whole number of cents, in any notation.
    `analytics.group('a1', { mrr: 1e5 });`,
    `analytics.group('a1', { mrr: 0x1E });`,
    `analytics.group('a1', { mrr: 999_00 });`,
    `analytics.identify('u1', { last_login: '2024-02-29T10:30:00Z' });`,
    // What the dateObject suggestion leaves is not reported again.
    `analytics.identify('u1', { last_login: new Date().toISOString() });`,
    // Lists are options.
    { code: `analytics.identify('u1', { plan: 'pro' });`, options: [{ accountTraits: ['mrr'] }] },
    `router.identify('u1', { plan: 'pro' });`,
    // Values followed through constants and branches that are right.
    `const MRR = 99900;\nanalytics.group('a1', { mrr: c ? MRR : 0 });`,
    `analytics.group('a1', { mrr: account.mrrCents });`,
    `analytics.identify('u1', { last_login: c ? '2024-01-15T10:30:00Z' : null });`,
    `const SEEN = '2024-01-15T10:30:00Z';\nanalytics.identify('u1', { last_login: SEEN });`,
    // A `now()` that is not the global Date's.
    `analytics.identify('u1', { last_login: clock.now() });`,
    `import { Date } from './clock';\nanalytics.identify('u1', { last_login: Date.now() });`,
    // PostHog's identify sets person properties from `$set` and `$set_once` (posthog-node) and from its third argument (posthog-js).
    { code: `posthog.identify({ distinctId: 'u1', properties: { $set: { email: 'e', role: 'admin' } } });`, options: [{ requireTraits: true }] },
    { code: `posthog.identify({ distinctId: 'u1', properties: { email: 'e', $set_once: { role: 'admin' } } });`, options: [{ requireTraits: true }] },
    { code: `posthog.identify({ distinctId: 'u1', properties: { $set: person } });`, options: [{ requireTraits: true }] },
    { code: `posthog.identify('u1', { email: 'e' }, { role: 'admin' });`, options: [{ requireTraits: true }] },
    { code: `posthog.identify('u1', { email: 'e' }, setOnce);`, options: [{ requireTraits: true }] },
  ],
  invalid: [
    misplaced(`analytics.identify('u1', { email: 'e', plan: 'pro' });`, `plan: 'pro'`, 'accountTraitOnIdentify', `analytics.identify('u1', { email: 'e' });`),
    misplaced(`analytics.identify('u1', { mrr: 100, email: 'e' });`, `mrr: 100`, 'accountTraitOnIdentify', `analytics.identify('u1', { email: 'e' });`),
    misplaced(`analytics.identify('u1', { employee_count: 5 });`, `employee_count: 5`, 'accountTraitOnIdentify', `analytics.identify('u1', {  });`),
    misplaced(`analytics.identify({ billing_cycle: 'annual' });`, `billing_cycle: 'annual'`, 'accountTraitOnIdentify', `analytics.identify({  });`),
    misplaced(`analytics.identify({ userId: 'u1', traits: { support_level: 'gold' } });`, `support_level: 'gold'`, 'accountTraitOnIdentify', `analytics.identify({ userId: 'u1', traits: {  } });`),
    misplaced(`posthog.identify('u1', { number_of_users: 4, email: 'e', });`, `number_of_users: 4`, 'accountTraitOnIdentify', `posthog.identify('u1', { email: 'e', });`),
    misplaced(`posthog.identify({ distinctId: 'u1', properties: { plan: 'pro' } });`, `plan: 'pro'`, 'accountTraitOnIdentify', `posthog.identify({ distinctId: 'u1', properties: {  } });`),
    misplaced(`accoil.identify('u1', { plan: 'pro' });`, `plan: 'pro'`, 'accountTraitOnIdentify', `accoil.identify('u1', {  });`),
    misplaced(`analytics.group('a1', { name: 'Acme', email: 'x@acme.com' });`, `email: 'x@acme.com'`, 'userTraitOnGroup', `analytics.group('a1', { name: 'Acme' });`),
    misplaced(`analytics.group({ userId, groupId, traits: { role: 'admin' } });`, `role: 'admin'`, 'userTraitOnGroup', `analytics.group({ userId, groupId, traits: {  } });`),
    misplaced(`posthog.group('company', 'c1', { first_name: 'Jane' });`, `first_name: 'Jane'`, 'userTraitOnGroup', `posthog.group('company', 'c1', {  });`),
    misplaced(`posthog.groupIdentify({ groupType: 'company', groupKey: 'c1', properties: { phone: '1' } });`, `phone: '1'`, 'userTraitOnGroup', `posthog.groupIdentify({ groupType: 'company', groupKey: 'c1', properties: {  } });`),
    misplaced(`accoil.group('a1', { last_name: 'Doe' });`, `last_name: 'Doe'`, 'userTraitOnGroup', `accoil.group('a1', {  });`),
    misplaced(`joinEventGroup(user, 'a1', { preferred_language: 'en' });`, `preferred_language: 'en'`, 'userTraitOnGroup', `joinEventGroup(user, 'a1', {  });`, {
      callees: { group: [{ callee: 'joinEventGroup', groupId: '1', traits: '2' }] },
    }),
    misplaced(`identifyUser('u1', { plan: 'pro' });`, `plan: 'pro'`, 'accountTraitOnIdentify', `identifyUser('u1', {  });`, { callees: { identify: ['identifyUser'] } }),
    // mrr in whole cents.
    { code: `analytics.group('a1', { mrr: 999.5 });`, errors: [{ messageId: 'mrrNotCents', data: { value: '999.5' }, ...at(`analytics.group('a1', { mrr: 999.5 });`, '999.5') }] },
    { code: `analytics.group('a1', { mrr: 999.00 });`, errors: [{ messageId: 'mrrNotCents', data: { value: '999.00' }, ...at(`analytics.group('a1', { mrr: 999.00 });`, '999.00') }] },
    // 1500, but written with a decimal point: the spec reports the notation, which hides fractions of a cent.
    { code: `analytics.group('a1', { mrr: 1.5e3 });`, errors: [{ messageId: 'mrrNotCents', data: { value: '1.5e3' }, ...at(`analytics.group('a1', { mrr: 1.5e3 });`, '1.5e3') }] },
    // No decimal point, but 0.01 is a fraction.
    { code: `analytics.group('a1', { mrr: 1e-2 });`, errors: [{ messageId: 'mrrNotCents', data: { value: '1e-2' }, ...at(`analytics.group('a1', { mrr: 1e-2 });`, '1e-2') }] },
    { code: `posthog.group('company', 'c1', { mrr: -0.5 });`, errors: [{ messageId: 'mrrNotCents', data: { value: '-0.5' }, ...at(`posthog.group('company', 'c1', { mrr: -0.5 });`, '-0.5') }] },
    // ISO-8601 dates.
    { code: `analytics.group('a1', { created_at: '06/01/2023' });`, errors: [{ messageId: 'notIsoDate', ...at(`analytics.group('a1', { created_at: '06/01/2023' });`, `'06/01/2023'`) }] },
    // A Date object: a suggestion (the spec gives this rule no autofix).
    {
      code: `analytics.identify('u1', { last_login: new Date() });`,
      output: null,
      errors: [
        {
          messageId: 'dateObject',
          ...at(`analytics.identify('u1', { last_login: new Date() });`, 'new Date()'),
          suggestions: [{ messageId: 'useIsoString', data: { trait: 'last_login' }, output: `analytics.identify('u1', { last_login: new Date().toISOString() });` }],
        },
      ],
    },
    // Without parentheses, `new Date.toISOString()` would mean `new (Date.toISOString)()`.
    {
      code: `analytics.identify('u1', { last_login: new Date });`,
      output: null,
      errors: [
        {
          messageId: 'dateObject',
          ...at(`analytics.identify('u1', { last_login: new Date });`, 'new Date'),
          suggestions: [{ messageId: 'useIsoString', data: { trait: 'last_login' }, output: `analytics.identify('u1', { last_login: new Date().toISOString() });` }],
        },
      ],
    },
    {
      code: `analytics.group('a1', { created_at: new Date(account.createdAt) });`,
      output: null,
      errors: [
        {
          messageId: 'dateObject',
          data: { trait: 'created_at' },
          ...at(`analytics.group('a1', { created_at: new Date(account.createdAt) });`, 'new Date(account.createdAt)'),
          suggestions: [{ messageId: 'useIsoString', data: { trait: 'created_at' }, output: `analytics.group('a1', { created_at: new Date(account.createdAt).toISOString() });` }],
        },
      ],
    },
    // requireTraits.
    {
      code: `analytics.identify('u1', { name: 'Jane' });`,
      options: [{ requireTraits: true }],
      errors: [{ messageId: 'missingTraits', data: { call: 'identify', names: '`email` and `role`' }, ...at(`analytics.identify('u1', { name: 'Jane' });`, `{ name: 'Jane' }`) }],
    },
    {
      code: `analytics.group('a1', { name: 'Acme', group_type: 'account' });`,
      options: [{ requireTraits: true }],
      errors: [{ messageId: 'missingTraits', data: { call: 'group', names: '`plan`' }, ...at(`analytics.group('a1', { name: 'Acme', group_type: 'account' });`, `{ name: 'Acme', group_type: 'account' }`) }],
    },
    // Group types held in constants, or one branch of a conditional, that are the account.
    {
      code: `const ACCOUNT = 'account';\nanalytics.group('a1', { name: 'Acme', group_type: ACCOUNT });`,
      options: [{ requireTraits: true }],
      errors: [{ messageId: 'missingTraits', data: { call: 'group', names: '`plan`' }, line: 2, column: 23, endLine: 2, endColumn: 60 }],
    },
    {
      code: `const COMPANY = 'company';\nposthog.group(COMPANY, 'c1', { industry: 'tech' });`,
      options: [{ requireTraits: true }],
      errors: [{ messageId: 'missingTraits', data: { call: 'group', names: '`name` and `plan`' }, line: 2, column: 30, endLine: 2, endColumn: 50 }],
    },
    {
      code: `analytics.group('g1', { name: 'Acme', group_type: top ? 'account' : 'workspace', parent_group_id: p });`,
      options: [{ requireTraits: true }],
      errors: [
        {
          messageId: 'missingTraits',
          data: { call: 'group', names: '`plan`' },
          ...at(
            `analytics.group('g1', { name: 'Acme', group_type: top ? 'account' : 'workspace', parent_group_id: p });`,
            `{ name: 'Acme', group_type: top ? 'account' : 'workspace', parent_group_id: p }`,
          ),
        },
      ],
    },
    {
      code: `posthog.group('company', 'c1', { industry: 'tech' });`,
      options: [{ requireTraits: true }],
      errors: [{ messageId: 'missingTraits', data: { call: 'group', names: '`name` and `plan`' }, ...at(`posthog.group('company', 'c1', { industry: 'tech' });`, `{ industry: 'tech' }`) }],
    },
    // A Date held in a constant: reported where it is sent; the suggestion rewrites the `new Date` when nothing else reads the constant.
    {
      code: `const seen = new Date();\nanalytics.identify('u1', { last_login: seen });`,
      output: null,
      errors: [
        {
          messageId: 'dateObject',
          data: { trait: 'last_login' },
          line: 2,
          column: 40,
          endLine: 2,
          endColumn: 44,
          suggestions: [{ messageId: 'useIsoString', data: { trait: 'last_login' }, output: `const seen = new Date().toISOString();\nanalytics.identify('u1', { last_login: seen });` }],
        },
      ],
    },
    {
      code: `const seen = new Date();\nanalytics.identify('u1', { last_login: seen });\nremember(seen);`,
      output: null,
      errors: [{ messageId: 'dateObject', data: { trait: 'last_login' }, line: 2, column: 40, endLine: 2, endColumn: 44, suggestions: [] }],
    },
    // Each branch of a conditional.
    {
      code: `analytics.group('a1', { created_at: known ? new Date(t) : null });`,
      output: null,
      errors: [
        {
          messageId: 'dateObject',
          data: { trait: 'created_at' },
          ...at(`analytics.group('a1', { created_at: known ? new Date(t) : null });`, 'known ? new Date(t) : null'),
          suggestions: [{ messageId: 'useIsoString', data: { trait: 'created_at' }, output: `analytics.group('a1', { created_at: known ? new Date(t).toISOString() : null });` }],
        },
      ],
    },
    // ISO-8601 in form, not in range.
    {
      code: `analytics.group('a1', { created_at: '2018-13-45T99:99:99Z' });`,
      errors: [{ messageId: 'notIsoDate', data: { trait: 'created_at', value: '2018-13-45T99:99:99Z' }, ...at(`analytics.group('a1', { created_at: '2018-13-45T99:99:99Z' });`, `'2018-13-45T99:99:99Z'`) }],
    },
    // A constant that another call reads, or that is exported: removing the trait there would remove it from the other call too.
    {
      code: `const traits = { name: 'n', plan: 'p' };\nanalytics.identify('u1', traits);\nanalytics.group('a1', traits);`,
      errors: [{ messageId: 'accountTraitOnIdentify', data: { trait: 'plan' }, line: 1, column: 29, endLine: 1, endColumn: 38, suggestions: [] }],
    },
    {
      code: `export const TRAITS = { email: 'e', plan: 'p' };\nanalytics.identify('u1', TRAITS);`,
      errors: [{ messageId: 'accountTraitOnIdentify', data: { trait: 'plan' }, line: 1, column: 37, endLine: 1, endColumn: 46, suggestions: [] }],
    },
    {
      code: `const TRAITS = { email: 'e', plan: 'p' };\nexport { TRAITS };\nanalytics.identify('u1', TRAITS);`,
      errors: [{ messageId: 'accountTraitOnIdentify', data: { trait: 'plan' }, line: 1, column: 30, endLine: 1, endColumn: 39, suggestions: [] }],
    },
    // A constant that only this call reads, spread into its traits: the suggestion edits the constant.
    {
      code: `const base = { email: 'e', plan: 'p' };\nanalytics.identify('u1', { ...base, role: 'admin' });`,
      errors: [
        {
          messageId: 'accountTraitOnIdentify',
          data: { trait: 'plan' },
          line: 1,
          column: 28,
          endLine: 1,
          endColumn: 37,
          suggestions: [{ messageId: 'removeTrait', data: { trait: 'plan' }, output: `const base = { email: 'e' };\nanalytics.identify('u1', { ...base, role: 'admin' });` }],
        },
      ],
    },
    // Dates sent as numbers of milliseconds.
    {
      code: `analytics.identify('u1', { created_at: 1705312200000, last_login: Date.now() });`,
      errors: [
        { messageId: 'notIsoDate', data: { trait: 'created_at', value: '1705312200000' }, ...at(`analytics.identify('u1', { created_at: 1705312200000, last_login: Date.now() });`, '1705312200000') },
        { messageId: 'notIsoDate', data: { trait: 'last_login', value: 'Date.now()' }, ...at(`analytics.identify('u1', { created_at: 1705312200000, last_login: Date.now() });`, 'Date.now()') },
      ],
    },
    {
      code: `analytics.group('a1', { created_at: new Date(t).getTime() });`,
      errors: [{ messageId: 'notIsoDate', data: { trait: 'created_at', value: 'new Date(t).getTime()' }, ...at(`analytics.group('a1', { created_at: new Date(t).getTime() });`, 'new Date(t).getTime()') }],
    },
    // Through a constant and the branches of a conditional.
    {
      code: `const D = 'yesterday';\nanalytics.identify('u1', { created_at: D });`,
      errors: [{ messageId: 'notIsoDate', data: { trait: 'created_at', value: 'yesterday' }, line: 2, column: 40, endLine: 2, endColumn: 41 }],
    },
    {
      code: `analytics.group('a1', { created_at: c ? '2024-01-15T10:30:00Z' : 'unknown' });`,
      errors: [
        {
          messageId: 'notIsoDate',
          data: { trait: 'created_at', value: 'unknown' },
          ...at(`analytics.group('a1', { created_at: c ? '2024-01-15T10:30:00Z' : 'unknown' });`, `c ? '2024-01-15T10:30:00Z' : 'unknown'`),
        },
      ],
    },
    {
      code: `const MRR = 12.5;\nanalytics.group('a1', { mrr: MRR });`,
      errors: [{ messageId: 'mrrNotCents', data: { value: '12.5' }, line: 2, column: 30, endLine: 2, endColumn: 33 }],
    },
    {
      code: `const PRICES = { pro: 49.99 };\nanalytics.group('a1', { mrr: PRICES.pro });`,
      errors: [{ messageId: 'mrrNotCents', data: { value: '49.99' }, line: 2, column: 30, endLine: 2, endColumn: 40 }],
    },
    {
      code: `analytics.group('a1', { mrr: c ? 999.5 : 100 });`,
      errors: [{ messageId: 'mrrNotCents', data: { value: '999.5' }, ...at(`analytics.group('a1', { mrr: c ? 999.5 : 100 });`, 'c ? 999.5 : 100') }],
    },
    { code: `analytics.group('a1', { mrr: +999.5 });`, errors: [{ messageId: 'mrrNotCents', data: { value: '+999.5' }, ...at(`analytics.group('a1', { mrr: +999.5 });`, '+999.5') }] },
    // A string is not a number of cents, whatever it spells.
    { code: `analytics.group('a1', { mrr: '999.50' });`, errors: [{ messageId: 'mrrString', data: { value: `'999.50'` }, ...at(`analytics.group('a1', { mrr: '999.50' });`, `'999.50'`) }] },
    { code: `analytics.group('a1', { mrr: "99900" });`, errors: [{ messageId: 'mrrString', data: { value: '"99900"' }, ...at(`analytics.group('a1', { mrr: "99900" });`, '"99900"') }] },
    // PostHog's person properties in `$set` (posthog-node) and in the third argument (posthog-js, `$set_once`).
    misplaced(
      `posthog.identify({ distinctId: 'u1', properties: { $set: { mrr: 5 } } });`,
      'mrr: 5',
      'accountTraitOnIdentify',
      `posthog.identify({ distinctId: 'u1', properties: { $set: {  } } });`,
    ),
    misplaced(`posthog.identify('u1', { email: 'e' }, { plan: 'pro' });`, `plan: 'pro'`, 'accountTraitOnIdentify', `posthog.identify('u1', { email: 'e' }, {  });`),
    {
      code: `posthog.identify('u1', { email: 'e' }, { created_at: 'yesterday' });`,
      errors: [{ messageId: 'notIsoDate', data: { trait: 'created_at', value: 'yesterday' }, ...at(`posthog.identify('u1', { email: 'e' }, { created_at: 'yesterday' });`, `'yesterday'`) }],
    },
    {
      code: `posthog.identify('u1', { email: 'e' }, { name: 'Jane' });`,
      options: [{ requireTraits: true }],
      errors: [{ messageId: 'missingTraits', data: { call: 'identify', names: '`role`' }, ...at(`posthog.identify('u1', { email: 'e' }, { name: 'Jane' });`, `{ email: 'e' }`) }],
    },
    // An empty group type is no type: the account.
    {
      code: `analytics.group('a1', { name: 'Acme', group_type: '' });`,
      options: [{ requireTraits: true }],
      errors: [{ messageId: 'missingTraits', data: { call: 'group', names: '`plan`' }, ...at(`analytics.group('a1', { name: 'Acme', group_type: '' });`, `{ name: 'Acme', group_type: '' }`) }],
    },
    // Segment's third argument is its options, not traits.
    {
      code: `analytics.identify('u1', { email: 'e' }, { role: 'admin' });`,
      options: [{ requireTraits: true }],
      errors: [{ messageId: 'missingTraits', data: { call: 'identify', names: '`role`' }, ...at(`analytics.identify('u1', { email: 'e' }, { role: 'admin' });`, `{ email: 'e' }`) }],
    },
    // A trait that sends `undefined` is not given.
    {
      code: `analytics.identify('u1', { email: undefined, role: 'admin' });`,
      options: [{ requireTraits: true }],
      errors: [{ messageId: 'missingTraits', data: { call: 'identify', names: '`email`' }, ...at(`analytics.identify('u1', { email: undefined, role: 'admin' });`, `{ email: undefined, role: 'admin' }`) }],
    },
    // Found by the long fuzz run (issue 18): removing the last property after a `//` comment keeps the line break that
    // ends the comment, or the comment would swallow the rest of the call. Each case keeps the shape of a fuzz program.
    // Seed 1234: after a getter, the comment on a line of its own, in a `case`.
    misplaced(
      `switch (kind) {\n  case 1:\n    [analytics.group({ userId: u, groupId: g, traits: { get HTTPCode() { return "x"; },\n  // line\nfirst_name: user?.get(1_000) } })];\n  case 'b': break;\n}`,
      'first_name: user?.get(1_000)',
      'userTraitOnGroup',
      `switch (kind) {\n  case 1:\n    [analytics.group({ userId: u, groupId: g, traits: { get HTTPCode() { return "x"; }\n  // line\n } })];\n  case 'b': break;\n}`,
    ),
    // Seed 1657: the comment ends the line of the property before, in a loop, CommonJS.
    {
      ...misplaced(
        `const Analytics = require('analytics-node');\nconst legacy = new Analytics('k');\nfor (const item of list) {\n  legacy.group({ userId: u, groupId: g, traits: { snake__double: \`t\${999.00}\`, // line\nphone: 'cs\\u0076' } });\n}`,
        `phone: 'cs\\u0076'`,
        'userTraitOnGroup',
        `const Analytics = require('analytics-node');\nconst legacy = new Analytics('k');\nfor (const item of list) {\n  legacy.group({ userId: u, groupId: g, traits: { snake__double: \`t\${999.00}\` // line\n } });\n}`,
      ),
      languageOptions: { parserOptions: { sourceType: 'script' } },
    },
    // Seed 3241: a computed key named by a constant, after a spread and a JSX value, in a wrapper's nested traits.
    misplaced(
      `const KEY = 'plan';\n[setUser({ id: user.id, traits: { ...{ last_login: <div /> }, a: z, // line\n[KEY]: (() => this.x) } })];\nlet next = 1;`,
      '[KEY]: (() => this.x)',
      'accountTraitOnIdentify',
      `const KEY = 'plan';\n[setUser({ id: user.id, traits: { ...{ last_login: <div /> }, a: z // line\n } })];\nlet next = 1;`,
      { callees: { identify: [{ callee: 'setUser', userId: '0.id', traits: '0.traits' }] } },
    ),
    // Seed 3776: traits kept in a constant, the comment after a spread.
    misplaced(
      `const KEY = 'last_name';\nconst traits = { ...{ [\`assignee_email\`]: this.x }, ...base, // line\n[KEY]: { trailing_: 'x', } };\n(0, analytics.group(id, traits));`,
      `[KEY]: { trailing_: 'x', }`,
      'userTraitOnGroup',
      `const KEY = 'last_name';\nconst traits = { ...{ [\`assignee_email\`]: this.x }, ...base // line\n };\n(0, analytics.group(id, traits));`,
    ),
    // Seed 4376: a multi-line object with the comment on a line of its own, and a spread argument after it.
    misplaced(
      `function f(...args) {\n  analytics.identify(u, { email: e,\n  'exported_\\u0061t': 'x',\n  // line\nplan: '' }, ...args);\n  const next = 1;\n}`,
      `plan: ''`,
      'accountTraitOnIdentify',
      `function f(...args) {\n  analytics.identify(u, { email: e,\n  'exported_\\u0061t': 'x'\n  // line\n }, ...args);\n  const next = 1;\n}`,
    ),
    // Seed 4709 (eslump): in the condition of an \`if\` whose body follows the comment after the call.
    {
      ...misplaced(
        `if ((accoil.group(\`t\${name}\`, { get ABC() { return "x"; },\n  parent_group_id,\n  // line\nlast_login: stamp })))//dza /* q\ndebugger\n else/* ct*/ //  lx\n;`,
        'last_login: stamp',
        'userTraitOnGroup',
        `if ((accoil.group(\`t\${name}\`, { get ABC() { return "x"; },\n  parent_group_id\n  // line\n })))//dza /* q\ndebugger\n else/* ct*/ //  lx\n;`,
      ),
      languageOptions: { parserOptions: { sourceType: 'script' } },
    },
    // A block comment after the line comment stays on the property's line: nothing follows a `//` on its line.
    misplaced(
      `analytics.identify('u1', { email: e, // line\n/* c */ plan: 'pro' });`,
      `plan: 'pro'`,
      'accountTraitOnIdentify',
      `analytics.identify('u1', { email: e // line\n/* c */ });`,
    ),
  ],
});

tsRuleTester.run('trait-placement (TypeScript)', rule, {
  valid: [
    {
      code: `import { PostHog } from 'posthog-node';\nconst client = new PostHog('key');\nclient.identify({ distinctId: 'u1', properties: { $set: { email: 'e', role: 'admin' } as const } });`,
      options: [{ requireTraits: true }],
    },
    `const traits = { email: 'e', role: 'admin' } as const;\nanalytics.identify('u1', traits);`,
    `analytics.identify('u1', { last_login: (new Date(s) as Date).toISOString() });`,
  ],
  invalid: [
    // A date inside an assertion: `new Date(s).toISOString() as Date` would assert a string to be a Date.
    {
      code: `analytics.identify('u1', { last_login: new Date(s) as Date });`,
      output: null,
      errors: [
        {
          messageId: 'dateObject',
          ...at(`analytics.identify('u1', { last_login: new Date(s) as Date });`, 'new Date(s) as Date'),
          suggestions: [{ messageId: 'useIsoString', data: { trait: 'last_login' }, output: `analytics.identify('u1', { last_login: (new Date(s) as Date).toISOString() });` }],
        },
      ],
    },
    {
      code: `analytics.identify('u1', { last_login: <Date>new Date });`,
      output: null,
      errors: [
        {
          messageId: 'dateObject',
          ...at(`analytics.identify('u1', { last_login: <Date>new Date });`, '<Date>new Date'),
          suggestions: [{ messageId: 'useIsoString', data: { trait: 'last_login' }, output: `analytics.identify('u1', { last_login: (<Date>new Date).toISOString() });` }],
        },
      ],
    },
    {
      code: `const traits = { email: 'e', plan: 'pro' } satisfies Traits;\nanalytics.identify('u1', traits);`,
      errors: [
        {
          messageId: 'accountTraitOnIdentify',
          line: 1,
          column: 30,
          endLine: 1,
          endColumn: 41,
          suggestions: [{ messageId: 'removeTrait', output: `const traits = { email: 'e' } satisfies Traits;\nanalytics.identify('u1', traits);` }],
        },
      ],
    },
    // Found by the long fuzz run (issue 18), as in the JavaScript cases. Seed 4692: a shorthand property in a constant.
    misplaced(
      `const traits = { username: '', // line\nplan };\nwhile (true) analytics.identify(user.id, traits);`,
      'plan',
      'accountTraitOnIdentify',
      `const traits = { username: '' // line\n };\nwhile (true) analytics.identify(user.id, traits);`,
    ),
    // Seed 5546: a string key after \`__proto__: null\`, with an options argument after the traits.
    misplaced(
      `async function f(p: Promise<string>) {\n  const result = identifyUser(await p, { __proto__: null, // line\n'mrr': crypto.createHash('sha256').update(mrr).digest('hex') }, { context: { groupId: account.id } });\n}`,
      `'mrr': crypto.createHash('sha256').update(mrr).digest('hex')`,
      'accountTraitOnIdentify',
      `async function f(p: Promise<string>) {\n  const result = identifyUser(await p, { __proto__: null // line\n }, { context: { groupId: account.id } });\n}`,
      { callees: { identify: ['identifyUser'] } },
    ),
  ],
});

tsxRuleTester.run('trait-placement (TSX)', rule, {
  valid: [],
  invalid: [
    {
      ...misplaced(
        `const P = () => { useEffect(() => { posthog.identify(user.id, { email: user.email, plan: account.plan }); }, []); return <div />; };`,
        'plan: account.plan',
        'accountTraitOnIdentify',
        `const P = () => { useEffect(() => { posthog.identify(user.id, { email: user.email }); }, []); return <div />; };`,
      ),
      filename: 'p.tsx',
    },
    // Found by the long fuzz run (issue 18), seed 3461: a wrapper's traits after a template with an assertion, in a `try`.
    {
      ...misplaced(
        `try {\n  void identifyUser(account.id, { ...base, email: \`t\${(x as any)}\`, // line\nmrr: (/re/g, 99900) }, { context: ctx });\n} catch {\n  const el = <div />;\n}`,
        'mrr: (/re/g, 99900)',
        'accountTraitOnIdentify',
        `try {\n  void identifyUser(account.id, { ...base, email: \`t\${(x as any)}\` // line\n }, { context: ctx });\n} catch {\n  const el = <div />;\n}`,
        { callees: { identify: ['identifyUser'] } },
      ),
      filename: 'p.tsx',
    },
  ],
});

vueRuleTester.run('trait-placement (Vue)', rule, {
  valid: [],
  invalid: [
    {
      code: `<script setup>\nanalytics.group(account.id, { name: account.name, email: me.email });\n</script>`,
      filename: 'Account.vue',
      errors: [
        {
          messageId: 'userTraitOnGroup',
          line: 2,
          column: 51,
          endLine: 2,
          endColumn: 66,
          suggestions: [{ messageId: 'removeTrait', output: `<script setup>\nanalytics.group(account.id, { name: account.name });\n</script>` }],
        },
      ],
    },
  ],
});

/** A session provider that identifies the user and the account in an effect, as a React component in a `.jsx` file. */
const sessionProvider = (identifyTraits: string, groupTraits: string) => `export function SessionProvider({ user, account, children }) {
  useEffect(() => {
    analytics.identify(user.id, ${identifyTraits});
    analytics.group(account.id, ${groupTraits});
  }, [user.id, account.id]);
  return <SessionContext.Provider value={user}>{children}</SessionContext.Provider>;
}`;
/** A profile form calling the team's hook. */
const profileForm = (traits: string) => `function ProfileForm({ user }) {
  const { identify } = useAnalytics();
  return <Form onSave={(values) => identify(user.id, ${traits})} />;
}`;
const identifyHook = { 'b2b-tracking': { callees: { identify: ['useAnalytics().identify'] } } };

jsRuleTester.run('trait-placement (JSX)', rule, {
  valid: [
    { code: sessionProvider('{ email: user.email, role: user.role }', '{ name: account.name, plan: account.plan, mrr: 99900 }'), filename: 'session-provider.jsx' },
    { code: profileForm('{ first_name: values.firstName, last_login: new Date().toISOString() }'), filename: 'profile-form.jsx', settings: identifyHook },
  ],
  invalid: [
    {
      code: sessionProvider('{ email: user.email, plan: account.plan }', '{ name: account.name, role: user.role }'),
      filename: 'session-provider.jsx',
      output: null,
      errors: [
        {
          messageId: 'accountTraitOnIdentify',
          data: { trait: 'plan' },
          ...at(sessionProvider('{ email: user.email, plan: account.plan }', '{ name: account.name, role: user.role }'), 'plan: account.plan'),
          suggestions: [{ messageId: 'removeTrait', output: sessionProvider('{ email: user.email }', '{ name: account.name, role: user.role }') }],
        },
        {
          messageId: 'userTraitOnGroup',
          data: { trait: 'role' },
          ...at(sessionProvider('{ email: user.email, plan: account.plan }', '{ name: account.name, role: user.role }'), 'role: user.role'),
          suggestions: [{ messageId: 'removeTrait', output: sessionProvider('{ email: user.email, plan: account.plan }', '{ name: account.name }') }],
        },
      ],
    },
    {
      code: sessionProvider('{ email: user.email }', '{ name: account.name, mrr: 999.00 }'),
      filename: 'session-provider.jsx',
      output: null,
      errors: [{ messageId: 'mrrNotCents', data: { value: '999.00' }, ...at(sessionProvider('{ email: user.email }', '{ name: account.name, mrr: 999.00 }'), '999.00') }],
    },
    // A Date from the hook's identify in a form's callback: suggested, not fixed.
    {
      code: profileForm('{ first_name: values.firstName, last_login: new Date() }'),
      filename: 'profile-form.jsx',
      settings: identifyHook,
      output: null,
      errors: [
        {
          messageId: 'dateObject',
          data: { trait: 'last_login' },
          ...at(profileForm('{ first_name: values.firstName, last_login: new Date() }'), 'new Date()'),
          suggestions: [{ messageId: 'useIsoString', data: { trait: 'last_login' }, output: profileForm('{ first_name: values.firstName, last_login: new Date().toISOString() }') }],
        },
      ],
    },
  ],
});
