import rule from '../../src/rules/require-group-after-identify.js';
import { at } from '../positions.js';
import { jsRuleTester, tsRuleTester, tsxRuleTester, vueRuleTester } from '../rule-tester.js';

/** The identify → group → track flow of Accoil's B2B guide (seed 004). */
const seed004 = `
accoil.identify("usr_12345", { email: "jane@acme.com", name: "Jane Smith", role: "admin", created_at: "2024-01-15T10:30:00Z" });
accoil.group("acc_67890", { name: "Acme Corp", plan: "enterprise", mrr: 99900 });
accoil.track("Report_Created");`;

/** posthog-node has no group call: an event's `groups` associate its user with them. */
const posthogNode = `import { PostHog } from 'posthog-node';\nconst client = new PostHog('k');\n`;
const posthogNodeHow = 'send the account with their events, `capture({ distinctId, event, groups: { company: accountId } })`';

jsRuleTester.run('require-group-after-identify (JavaScript)', rule, {
  valid: [
    seed004,
    `function onLogin(user) {\n  analytics.identify(user.id, { email: user.email });\n  analytics.group(user.accountId, { name: user.accountName });\n}`,
    // Any SDK's group call counts, and it may be in another function of the module.
    `function identify(user) { posthog.identify(user.id); }\nfunction join(account) { posthog.group('company', account.id); }`,
    `amplitude.identify(new Identify().set('role', 'admin'));\namplitude.setGroup('account', 'a1');`,
    `mixpanel.identify('u1');\nmixpanel.set_group('account_id', 'a1');`,
    `analytics.identify({ userId: 'u1', traits: {} });\nanalytics.group({ userId: 'u1', groupId: 'a1' });`,
    {
      code: `identifyUser('u1');\njoinEventGroup(user, 'a1');`,
      settings: { 'b2b-tracking': { callees: { identify: ['identifyUser'], group: [{ callee: 'joinEventGroup', groupId: '1' }] } } },
    },
    // PostHog Node: an event that carries its groups associates the user, also beside groupIdentify, and in any order.
    `${posthogNode}client.identify({ distinctId: 'u1', properties: {} });\nclient.capture({ distinctId: 'u1', event: 'Report Created', groups: { company: 'a' } });`,
    `${posthogNode}client.identify({ distinctId: 'u1' });\nclient.groupIdentify({ groupType: 'company', groupKey: 'a' });\nclient.capture({ distinctId: 'u1', event: 'Report Created', groups: { company: 'a' } });`,
    `${posthogNode}client.identify({ distinctId: 'u1' });\nclient.capture({ distinctId: 'u1', event: 'Report Created', properties: { $groups: { company: 'a' } } });`,
    `${posthogNode}function signIn(u) {\n  client.capture({ distinctId: u.id, event: 'Signed In', groups: { company: u.accountId } });\n  client.identify({ distinctId: u.id });\n}`,
    // Groups that cannot be seen may be there.
    `${posthogNode}client.identify({ distinctId: 'u1' });\nclient.capture({ distinctId: 'u1', event: 'Report Created', ...payload });`,
    // Modules without identify are not this rule's concern.
    `analytics.group('a1');`,
    `analytics.track('Report Created');`,
    `router.identify('u1');`,
  ],
  invalid: [
    {
      code: `analytics.identify('u1', { email: 'e' });`,
      errors: [
        {
          messageId: 'noGroupCall',
          data: { how: 'call `analytics.group(accountId, traits)` after identify' },
          ...at(`analytics.identify('u1', { email: 'e' });`, `analytics.identify('u1', { email: 'e' })`),
        },
      ],
    },
    {
      code: `posthog.identify('u1');\nposthog.capture('Report Created');`,
      errors: [{ messageId: 'noGroupCall', line: 1, column: 1, endLine: 1, endColumn: 23 }],
    },
    {
      code: `accoil.identify('u1', {});`,
      errors: [{ messageId: 'noGroupCall', ...at(`accoil.identify('u1', {});`, `accoil.identify('u1', {})`) }],
    },
    // groupIdentify describes a group; it does not link the user to it. Nor does an event without groups.
    {
      code: `client.identify({ distinctId: 'u1', properties: {} });\nclient.groupIdentify({ groupType: 'company', groupKey: 'c1' });\nimport { PostHog } from 'posthog-node';\nconst client = new PostHog('k');`,
      errors: [{ messageId: 'noGroupCall', data: { how: posthogNodeHow }, line: 1, column: 1, endLine: 1, endColumn: 54 }],
    },
    {
      code: `${posthogNode}client.identify({ distinctId: 'u1' });\nclient.capture({ distinctId: 'u1', event: 'Report Created', groups: undefined });`,
      errors: [{ messageId: 'noGroupCall', data: { how: posthogNodeHow }, line: 3, column: 1, endLine: 3, endColumn: 38 }],
    },
    // `null` groups send none either.
    {
      code: `${posthogNode}client.identify({ distinctId: 'u1' });\nclient.capture({ distinctId: 'u1', event: 'Report Created', groups: null });`,
      errors: [{ messageId: 'noGroupCall', data: { how: posthogNodeHow }, line: 3, column: 1, endLine: 3, endColumn: 38 }],
    },
    // In the browser, posthog.group() associates the user; an event's $groups only label the event.
    {
      code: `posthog.identify('u1');\nposthog.capture('Report Created', { $groups: { company: 'a' } });`,
      errors: [{ messageId: 'noGroupCall', data: { how: "call `posthog.group('company', accountId)` after identify" }, line: 1, column: 1, endLine: 1, endColumn: 23 }],
    },
    // In one function, the group call must come after identify.
    {
      code: `function onLogin(user) {\n  analytics.group(user.accountId);\n  analytics.identify(user.id);\n}`,
      errors: [{ messageId: 'groupBeforeIdentify', line: 2, column: 3, endLine: 2, endColumn: 34 }],
    },
    {
      code: `identifyUser('u1');`,
      settings: { 'b2b-tracking': { callees: { identify: ['identifyUser'] } } },
      errors: [{ messageId: 'noGroupCall', data: { how: 'call your group call after identify' }, line: 1, column: 1, endLine: 1, endColumn: 19 }],
    },
  ],
});

tsRuleTester.run('require-group-after-identify (TypeScript)', rule, {
  valid: [`async function login(user: User): Promise<void> {\n  await analytics.identify(user.id);\n  await analytics.group(user.account!.id);\n}`],
  invalid: [
    {
      code: `export async function login(user: User): Promise<void> {\n  await analytics.identify(user.id as string);\n}`,
      errors: [{ messageId: 'noGroupCall', line: 2, column: 9, endLine: 2, endColumn: 46 }],
    },
  ],
});

tsxRuleTester.run('require-group-after-identify (TSX)', rule, {
  valid: [
    {
      code: `const App = () => { useEffect(() => { posthog.identify(me.id); posthog.group('company', me.accountId); }, []); return <Main />; };`,
      filename: 'app.tsx',
    },
  ],
  invalid: [
    {
      code: `const App = () => { useEffect(() => { posthog.identify(me.id); }, []); return <Main />; };`,
      filename: 'app.tsx',
      errors: [{ messageId: 'noGroupCall', ...at(`const App = () => { useEffect(() => { posthog.identify(me.id); }, []); return <Main />; };`, 'posthog.identify(me.id)') }],
    },
  ],
});

vueRuleTester.run('require-group-after-identify (Vue)', rule, {
  valid: [],
  invalid: [
    {
      code: `<script setup>\nanalytics.identify(user.id);\n</script>`,
      filename: 'Login.vue',
      errors: [{ messageId: 'noGroupCall', line: 2, column: 1, endLine: 2, endColumn: 28 }],
    },
  ],
});

/** An app shell that identifies the signed-in user in an effect, as a React component in a `.jsx` file. */
const appShell = (effect: string) => `import { useEffect } from 'react';

export function AppShell({ me, children }) {
  useEffect(() => {
    ${effect}
  }, [me]);
  return <Layout>{children}</Layout>;
}`;
/** A sign-in form calling the team's hook. */
const signInForm = `function SignInForm() {
  const { identify } = useAnalytics();
  return <LoginForm onSuccess={(user) => identify(user.id, { email: user.email })} />;
}`;
const hooks = { 'b2b-tracking': { callees: { identify: ['useAnalytics().identify'], group: ['useAnalytics().group'] } } };

jsRuleTester.run('require-group-after-identify (JSX)', rule, {
  valid: [
    { code: appShell(`posthog.identify(me.id, { email: me.email });\n    posthog.group('company', me.accountId);`), filename: 'app-shell.jsx' },
    {
      code: `function SignInForm() {\n  const { identify, group } = useAnalytics();\n  return <LoginForm onSuccess={(user) => { identify(user.id); group(user.accountId); }} />;\n}`,
      filename: 'sign-in-form.jsx',
      settings: hooks,
    },
  ],
  invalid: [
    // The group call comes first in the effect: reported at the group call.
    {
      code: appShell(`posthog.group('company', me.accountId);\n    posthog.identify(me.id, { email: me.email });`),
      filename: 'app-shell.jsx',
      output: null,
      errors: [
        {
          messageId: 'groupBeforeIdentify',
          ...at(appShell(`posthog.group('company', me.accountId);\n    posthog.identify(me.id, { email: me.email });`), `posthog.group('company', me.accountId)`),
        },
      ],
    },
    {
      code: appShell(`analytics.identify(me.id, { email: me.email });`),
      filename: 'app-shell.jsx',
      output: null,
      errors: [
        {
          messageId: 'noGroupCall',
          data: { how: 'call `analytics.group(accountId, traits)` after identify' },
          ...at(appShell(`analytics.identify(me.id, { email: me.email });`), 'analytics.identify(me.id, { email: me.email })'),
        },
      ],
    },
    // The hook's identify in a form's callback, and no group call anywhere in the module.
    {
      code: signInForm,
      filename: 'sign-in-form.jsx',
      settings: hooks,
      output: null,
      errors: [{ messageId: 'noGroupCall', ...at(signInForm, 'identify(user.id, { email: user.email })') }],
    },
  ],
});
