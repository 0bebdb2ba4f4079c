import type { InvalidTestCase, ValidTestCase } from '@typescript-eslint/rule-tester';
import rule, { type MessageIds } from '../../src/rules/require-group-context.js';
import { at } from '../positions.js';
import { jsRuleTester, tsRuleTester, tsxRuleTester, vueRuleTester } from '../rule-tester.js';

type Invalid = InvalidTestCase<MessageIds, []>;

/**
 * One call on one line, reported over the whole call: column 1 to just after
 * its last parenthesis. `suggestion` is the whole line after the suggestion,
 * or null when the rule can offer none.
 */
function call(code: string, messageId: MessageIds, suggestion: string | null, settings?: Record<string, unknown>): Invalid {
  return {
    code,
    ...(settings ? { settings: { 'b2b-tracking': settings } } : {}),
    errors: [
      {
        messageId,
        line: 1,
        column: 1,
        endLine: 1,
        endColumn: code.lastIndexOf(')') + 2,
        suggestions: suggestion === null ? [] : [{ messageId: 'addGroupContext', output: suggestion }],
      },
    ],
  };
}

const valid: (string | ValidTestCase<[]>)[] = [
  // Segment / RudderStack browser: options.context.groupId; any SDK: an `account_id` property.
  `analytics.track('Report Exported', { format: 'csv' }, { context: { groupId: 'acct_1' } });`,
  `window.analytics?.track('Report Exported', {}, { context: { groupId: account.id } });`,
  `rudderanalytics.track('Report Exported', { account_id: 'acct_1' });`,
  // Server form: context on the call.
  `analytics.track({ userId: 'u1', event: 'Report Exported', context: { groupId: 'acct_1' } });`,
  `import { Analytics } from '@segment/analytics-node';
   const analytics = new Analytics({ writeKey: 'k' });
   analytics.track({ userId: 'u1', event: 'Report Exported', properties: { account_id: 'acct_1' } });`,
  // Amplitude: eventOptions.groups, or setGroup earlier in the module.
  `amplitude.track('Report Exported', { format: 'csv' }, { groups: { account: 'acct_1' } });`,
  `amplitude.setGroup('account', 'acct_1');
   amplitude.track('Report Exported');`,
  // Mixpanel: the group key as a property, track_with_groups, or set_group earlier.
  `mixpanel.track('Report Exported', { account_id: 'acct_1' });`,
  `mixpanel.track_with_groups('Report Exported', {}, { account_id: 'acct_1' });`,
  `mixpanel.set_group('account_id', 'acct_1');
   mixpanel.track('Report Exported');`,
  // PostHog: $groups, a posthog.group() earlier, or server `groups`.
  `posthog.capture('Report Exported', { $groups: { company: 'acct_1' } });`,
  `posthog.group('company', 'acct_1');
   function onExport() { posthog.capture('Report Exported'); }`,
  `import { PostHog } from 'posthog-node';
   const client = new PostHog('key');
   client.capture({ distinctId: 'u1', event: 'Report Exported', groups: { company: 'acct_1' } });`,
  // Accoil: a group call earlier in the module.
  `accoil.group('acct_1');
   accoil.track('Report_Exported');`,
  // A wrapper's SDK is not known: stickyGroups, or a group call earlier in the module (a group wrapper or an SDK's), counts for it.
  { code: `captureEvent('Report Exported', { format: 'csv' });`, settings: { 'b2b-tracking': { stickyGroups: true, callees: { track: ['captureEvent'] } } } },
  { code: `const capture = usePostHogCapture();\ncapture('Report Exported');`, settings: { 'b2b-tracking': { stickyGroups: true, callees: { track: ['usePostHogCapture()'] } } } },
  {
    code: `joinGroup('acct_1');\ncaptureEvent('Report Exported');`,
    settings: { 'b2b-tracking': { callees: { track: ['captureEvent'], group: ['joinGroup'] } } },
  },
  { code: `posthog.group('company', 'acct_1');\ncaptureEvent('Report Exported');`, settings: { 'b2b-tracking': { callees: { track: ['captureEvent'] } } } },
  // stickyGroups: browser SDKs that remember the group need nothing per call.
  { code: `posthog.capture('Report Exported');`, settings: { 'b2b-tracking': { stickyGroups: true } } },
  { code: `amplitude.track('Report Exported');`, settings: { 'b2b-tracking': { stickyGroups: true } } },
  { code: `mixpanel.track('Report Exported');`, settings: { 'b2b-tracking': { stickyGroups: true } } },
  { code: `accoil.track('Report_Exported');`, settings: { 'b2b-tracking': { stickyGroups: true } } },
  // A property named in groupProperties.
  { code: `analytics.track('Report Exported', { workspace_id: 'w1' });`, settings: { 'b2b-tracking': { groupProperties: ['workspace_id'] } } },
  // What cannot be seen is not reported: spreads of unknown objects, unknown options.
  `analytics.track('Report Exported', { ...props });`,
  `analytics.track('Report Exported', props);`,
  `analytics.track('Report Exported', {}, options);`,
  `analytics.track('Report Exported', {}, { ...options });`,
  `analytics.track(...args);`,
  // A const options object in scope.
  `const options = { context: { groupId: 'acct_1' } };
   analytics.track('Report Exported', {}, options);`,
  // Team wrappers: a groupContext place, or the plain-name (Segment-like) options.
  {
    code: `capturePostHogEvent(client, 'Report Exported', { format: 'csv' }, accountId);`,
    settings: { 'b2b-tracking': { callees: { track: [{ callee: 'capturePostHogEvent', event: '1', properties: '2', groupContext: '3' }] } } },
  },
  {
    code: `trackEvent('Report Exported', {}, { context: { groupId: 'acct_1' } });`,
    settings: { 'b2b-tracking': { callees: { track: ['trackEvent'] } } },
  },
  // A wrapper entry that names no properties place: its account may be in properties the rule cannot see.
  {
    code: `myTrack(user, 'Report Exported', { format: 'csv', account_id: accountId });`,
    settings: { 'b2b-tracking': { callees: { track: [{ callee: 'myTrack', event: '1' }] } } },
  },
  // A key inside an argument (`1.account`) keeps that argument as the properties.
  {
    code: `myTrack('Report Exported', { format: 'csv', account: accountId });`,
    settings: { 'b2b-tracking': { callees: { track: [{ callee: 'myTrack', groupContext: '1.account' }] } } },
  },
  // `window.analytics` named by an entry is the team's wrapper, with the account where the entry says.
  {
    code: `window.analytics.track(user, 'Report Exported', {}, accountId);`,
    settings: { 'b2b-tracking': { callees: { track: [{ callee: 'window.analytics.track', event: '1', properties: '2', groupContext: '3' }] } } },
  },
  // A wrapper that adds the account itself (it posts to the app's API, which adds the organization): no context needed.
  {
    code: `trackEvent('Report Exported', { format: 'csv' });`,
    settings: { 'b2b-tracking': { callees: { track: [{ callee: 'trackEvent', addsGroupContext: true }] } } },
  },
  {
    code: `this.telemetry.send({ name: 'Report Exported' });`,
    settings: { 'b2b-tracking': { callees: { track: [{ callee: 'this.telemetry.send', event: '0.name', addsGroupContext: true }] } } },
  },
  // Not tracking calls.
  `router.track('Report Exported');`,
  `chart.track({ event: 'x' });`,
  `const track = vi.fn(); track('Report Exported');`,
  // A plan event marked groupLevel "none" happens before there is an account: every name the call may send must be one.
  {
    code: `analytics.track('Sign In Viewed', { method: 'sso' });`,
    settings: { 'b2b-tracking': { plan: { extends: 'segment', events: { 'Sign In Viewed': { groupLevel: 'none' } } } } },
  },
  {
    code: `posthog.capture(step === 1 ? 'sign_in_viewed' : 'password_reset_requested');`,
    settings: { 'b2b-tracking': { plan: { events: { sign_in_viewed: { groupLevel: 'none' }, password_reset_requested: { groupLevel: 'none' } } } } },
  },
];

const invalid: Invalid[] = [
  // groupLevel "none" on one name of two, or another groupLevel: the call still needs its account.
  call(
    `posthog.capture(ok ? 'sign_in_viewed' : 'report_exported');`,
    'missingGroupContextSticky',
    `posthog.capture(ok ? 'sign_in_viewed' : 'report_exported', { $groups: { company: accountId } });`,
    { plan: { events: { sign_in_viewed: { groupLevel: 'none' }, report_exported: {} } } },
  ),
  call(
    `analytics.track('Sign In Viewed');`,
    'missingGroupContext',
    `analytics.track('Sign In Viewed', {}, { context: { groupId: accountId } });`,
    { plan: { extends: 'segment', events: { 'Sign In Viewed': { groupLevel: 'workspace' } } } },
  ),
  call(
    `analytics.track('Report Exported', { format: 'csv' });`,
    'missingGroupContext',
    `analytics.track('Report Exported', { format: 'csv' }, { context: { groupId: accountId } });`,
  ),
  call(`analytics.track('Report Exported');`, 'missingGroupContext', `analytics.track('Report Exported', {}, { context: { groupId: accountId } });`),
  // Found by the fuzz test: an argument in parentheses keeps them; the context went inside them, making `('Report Exported', {}, …)` one argument.
  call(
    `analytics.track(('Report Exported'));`,
    'missingGroupContext',
    `analytics.track(('Report Exported'), {}, { context: { groupId: accountId } });`,
  ),
  call(
    `amplitude.track('Report Exported', ({ format: 'csv' }),);`,
    'missingGroupContextSticky',
    `amplitude.track('Report Exported', ({ format: 'csv' }), { groups: { account: accountId } },);`,
  ),
  call(
    `window.analytics.track('Report Exported', {}, { traits: {} });`,
    'missingGroupContext',
    `window.analytics.track('Report Exported', {}, { traits: {}, context: { groupId: accountId } });`,
  ),
  call(
    `analytics.track('Report Exported', {}, { context: { ip: '0' } });`,
    'missingGroupContext',
    `analytics.track('Report Exported', {}, { context: { ip: '0', groupId: accountId } });`,
  ),
  call(
    `analytics.track('Report Exported', undefined, undefined);`,
    'missingGroupContext',
    `analytics.track('Report Exported', undefined, { context: { groupId: accountId } });`,
  ),
  // `undefined` or `null` on the way sends no account; the suggestion puts the account in its place.
  call(
    `analytics.track('Report Exported', {}, { context: { groupId: undefined } });`,
    'missingGroupContext',
    `analytics.track('Report Exported', {}, { context: { groupId: accountId } });`,
  ),
  call(
    `analytics.track('Report Exported', { format: 'csv' }, { context: null });`,
    'missingGroupContext',
    `analytics.track('Report Exported', { format: 'csv' }, { context: { groupId: accountId } });`,
  ),
  call(
    `analytics.track('Report Exported', { format: 'csv' }, null);`,
    'missingGroupContext',
    `analytics.track('Report Exported', { format: 'csv' }, { context: { groupId: accountId } });`,
  ),
  call(
    `mixpanel.track('Report Exported', { account_id: null });`,
    'missingGroupContextSticky',
    `mixpanel.track('Report Exported', { account_id: accountId });`,
  ),
  call(
    `rudderanalytics.track('Report Exported', {});`,
    'missingGroupContext',
    `rudderanalytics.track('Report Exported', {}, { context: { groupId: accountId } });`,
  ),
  // Server form: always on the call.
  call(
    `analytics.track({ userId: 'u1', event: 'Report Exported' });`,
    'missingGroupContextServer',
    `analytics.track({ userId: 'u1', event: 'Report Exported', context: { groupId: accountId } });`,
  ),
  // Amplitude.
  call(
    `amplitude.track('Report Exported', { format: 'csv' });`,
    'missingGroupContextSticky',
    `amplitude.track('Report Exported', { format: 'csv' }, { groups: { account: accountId } });`,
  ),
  call(
    `amplitude.track('Report Exported', {}, { user_id: 'u1' });`,
    'missingGroupContextSticky',
    `amplitude.track('Report Exported', {}, { user_id: 'u1', groups: { account: accountId } });`,
  ),
  // Mixpanel: the group key goes into the properties.
  call(
    `mixpanel.track('Report Exported', { format: 'csv' });`,
    'missingGroupContextSticky',
    `mixpanel.track('Report Exported', { format: 'csv', account_id: accountId });`,
  ),
  call(
    `mixpanel.track_with_groups('Report Exported', { format: 'csv' });`,
    'missingGroupContextSticky',
    `mixpanel.track_with_groups('Report Exported', { format: 'csv' }, { account_id: accountId });`,
  ),
  // PostHog browser: $groups in the properties.
  call(`posthog.capture('Report Exported');`, 'missingGroupContextSticky', `posthog.capture('Report Exported', { $groups: { company: accountId } });`),
  call(
    `posthog.capture('Report Exported', { format: 'csv' });`,
    'missingGroupContextSticky',
    `posthog.capture('Report Exported', { format: 'csv', $groups: { company: accountId } });`,
  ),
  // PostHog server: groups on the call, even with stickyGroups.
  call(
    `posthog.capture({ distinctId: 'u1', event: 'Report Exported' });`,
    'missingGroupContextServer',
    `posthog.capture({ distinctId: 'u1', event: 'Report Exported', groups: { company: accountId } });`,
    { stickyGroups: true },
  ),
  // Accoil: the account comes from a group call only.
  call(`accoil.track('Report_Exported');`, 'missingGroupCall', null),
  // A group setter of another SDK does not count.
  {
    code: `posthog.group('company', 'acct_1');\namplitude.track('Report Exported');`,
    errors: [
      {
        messageId: 'missingGroupContextSticky',
        line: 2,
        column: 1,
        endLine: 2,
        endColumn: 35,
        suggestions: [
          {
            messageId: 'addGroupContext',
            output: `posthog.group('company', 'acct_1');\namplitude.track('Report Exported', {}, { groups: { account: accountId } });`,
          },
        ],
      },
    ],
  },
  // A group setter after the track call comes too late.
  {
    code: `posthog.capture('Report Exported');\nposthog.group('company', 'acct_1');`,
    errors: [
      {
        messageId: 'missingGroupContextSticky',
        line: 1,
        column: 1,
        endLine: 1,
        endColumn: 35,
        suggestions: [
          {
            messageId: 'addGroupContext',
            output: `posthog.capture('Report Exported', { $groups: { company: accountId } });\nposthog.group('company', 'acct_1');`,
          },
        ],
      },
    ],
  },
  // Team wrappers.
  call(
    `capturePostHogEvent(client, 'Report Exported', { format: 'csv' });`,
    'missingGroupContext',
    `capturePostHogEvent(client, 'Report Exported', { format: 'csv' }, accountId);`,
    { callees: { track: [{ callee: 'capturePostHogEvent', event: '1', properties: '2', groupContext: '3' }] } },
  ),
  call(
    `trackEvent('Report Exported', { format: 'csv' });`,
    'missingGroupContextWrapper',
    `trackEvent('Report Exported', { format: 'csv' }, { context: { groupId: accountId } });`,
    { callees: { track: ['trackEvent'] } },
  ),
  call(
    `captureSuccess({ eventName: 'Report Exported', payload: { format: 'csv' } });`,
    'missingGroupContextWrapper',
    `captureSuccess({ eventName: 'Report Exported', payload: { format: 'csv', account_id: accountId } });`,
    { callees: { track: [{ callee: 'captureSuccess', event: '0.eventName', properties: '0.payload' }] } },
  ),
  // Recognised through a renamed destructuring of the hook, and a method named as a string.
  {
    code: `const { track: send } = useAnalytics(); send('Report Exported', { format: 'csv' });`,
    settings: { 'b2b-tracking': { callees: { track: ['useAnalytics().track'] } } },
    errors: [
      {
        messageId: 'missingGroupContextWrapper',
        ...at(`const { track: send } = useAnalytics(); send('Report Exported', { format: 'csv' });`, `send('Report Exported', { format: 'csv' })`),
        suggestions: [
          {
            messageId: 'addGroupContext',
            output: `const { track: send } = useAnalytics(); send('Report Exported', { format: 'csv' }, { context: { groupId: accountId } });`,
          },
        ],
      },
    ],
  },
  call(
    `analytics['track']('Report Exported', { format: 'csv' });`,
    'missingGroupContext',
    `analytics['track']('Report Exported', { format: 'csv' }, { context: { groupId: accountId } });`,
  ),
  // An entry whose account is a key of its properties argument: the properties stay at 1, and the account is read there.
  call(
    `myTrack('Report Exported', { format: 'csv' });`,
    'missingGroupContext',
    `myTrack('Report Exported', { format: 'csv', account: accountId });`,
    { callees: { track: [{ callee: 'myTrack', groupContext: '1.account' }] } },
  ),
  // A wrapper handed the user's id is a server's: stickyGroups does not cover it.
  {
    code: `trackForUser({ userId: 'u1', event: 'Report Exported', properties: {} });`,
    settings: { 'b2b-tracking': { stickyGroups: true, callees: { track: [{ callee: 'trackForUser', userId: '0.userId', event: '0.event', properties: '0.properties' }] } } },
    errors: [
      {
        messageId: 'missingGroupContextServer',
        data: {
          event: '`Report Exported`',
          how: "send `account_id` in its properties, or name the argument that carries it as `groupContext` in settings['b2b-tracking'].callees",
        },
        ...at(`trackForUser({ userId: 'u1', event: 'Report Exported', properties: {} });`, `trackForUser({ userId: 'u1', event: 'Report Exported', properties: {} })`),
        suggestions: [{ messageId: 'addGroupContext', output: `trackForUser({ userId: 'u1', event: 'Report Exported', properties: { account_id: accountId } });` }],
      },
    ],
  },
  // A wrapper whose entry names the place of its account fills it on every call, remembered group or not.
  {
    code: `posthog.group('company', 'acct_1');\ncapturePostHogEvent(client, 'Report Exported', { format: 'csv' });`,
    settings: { 'b2b-tracking': { stickyGroups: true, callees: { track: [{ callee: 'capturePostHogEvent', event: '1', properties: '2', groupContext: '3' }] } } },
    errors: [
      {
        messageId: 'missingGroupContext',
        data: { event: '`Report Exported`', how: 'pass it as argument 4, or send `account_id` in its properties' },
        ...at(`posthog.group('company', 'acct_1');\ncapturePostHogEvent(client, 'Report Exported', { format: 'csv' });`, `capturePostHogEvent(client, 'Report Exported', { format: 'csv' })`),
        suggestions: [
          {
            messageId: 'addGroupContext',
            output: `posthog.group('company', 'acct_1');\ncapturePostHogEvent(client, 'Report Exported', { format: 'csv' }, accountId);`,
          },
        ],
      },
    ],
  },
  // `addsGroupContext: false` is the default: the wrapper's calls carry the account themselves.
  call(
    `trackEvent('Report Exported', { format: 'csv' });`,
    'missingGroupContextWrapper',
    `trackEvent('Report Exported', { format: 'csv' }, { context: { groupId: accountId } });`,
    { callees: { track: [{ callee: 'trackEvent', addsGroupContext: false }] } },
  ),
  // Messages and suggestions use the team's first `groupProperties` key, and name an argument path in words.
  {
    code: `captureSuccess({ eventName: 'Report Exported', payload: {} });`,
    settings: {
      'b2b-tracking': {
        groupProperties: ['workspace_id'],
        callees: { track: [{ callee: 'captureSuccess', event: '0.eventName', properties: '0.payload', groupContext: '0.workspaceId' }] },
      },
    },
    errors: [
      {
        messageId: 'missingGroupContext',
        data: { event: '`Report Exported`', how: 'pass it as the key `workspaceId` of argument 1, or send `workspace_id` in its properties' },
        ...at(`captureSuccess({ eventName: 'Report Exported', payload: {} });`, `captureSuccess({ eventName: 'Report Exported', payload: {} })`),
        suggestions: [{ messageId: 'addGroupContext', output: `captureSuccess({ eventName: 'Report Exported', payload: {}, workspaceId: accountId });` }],
      },
    ],
  },
  {
    code: `mixpanel.track_with_groups('Report Exported', {});`,
    settings: { 'b2b-tracking': { groupProperties: ['workspace_id'] } },
    errors: [
      {
        messageId: 'missingGroupContextSticky',
        data: {
          event: '`Report Exported`',
          how: 'pass the groups as the third argument: `{ workspace_id: accountId }`',
          setter: 'mixpanel.set_group(key, id)',
          label: 'Mixpanel',
        },
        ...at(`mixpanel.track_with_groups('Report Exported', {});`, `mixpanel.track_with_groups('Report Exported', {})`),
        suggestions: [{ messageId: 'addGroupContext', output: `mixpanel.track_with_groups('Report Exported', {}, { workspace_id: accountId });` }],
      },
    ],
  },
  {
    code: `mixpanel.track('Report Exported', {});`,
    settings: { 'b2b-tracking': { groupProperties: ['org-id'] } },
    errors: [
      {
        messageId: 'missingGroupContextSticky',
        data: {
          event: '`Report Exported`',
          how: 'send the group key as an event property (`org-id`), or use `track_with_groups`',
          setter: 'mixpanel.set_group(key, id)',
          label: 'Mixpanel',
        },
        ...at(`mixpanel.track('Report Exported', {});`, `mixpanel.track('Report Exported', {})`),
        suggestions: [{ messageId: 'addGroupContext', output: `mixpanel.track('Report Exported', { "org-id": accountId });` }],
      },
    ],
  },
  // A group call after the wrapper's track comes too late.
  {
    code: `captureEvent('Report Exported');\njoinGroup('acct_1');`,
    settings: { 'b2b-tracking': { callees: { track: ['captureEvent'], group: ['joinGroup'] } } },
    errors: [
      {
        messageId: 'missingGroupContextWrapper',
        data: {
          event: '`Report Exported`',
          how: 'pass it as the key `context.groupId` of argument 3, or send `account_id` in its properties',
          label: '`captureEvent`',
        },
        ...at(`captureEvent('Report Exported');\njoinGroup('acct_1');`, `captureEvent('Report Exported')`),
        suggestions: [{ messageId: 'addGroupContext', output: `captureEvent('Report Exported', {}, { context: { groupId: accountId } });\njoinGroup('acct_1');` }],
      },
    ],
  },
  // Accoil's track drops its properties: an account property does not arrive.
  {
    code: `accoil.track('Report_Exported', { account_id: 'acct_1' });`,
    errors: [{ messageId: 'missingGroupCall', ...at(`accoil.track('Report_Exported', { account_id: 'acct_1' });`, `accoil.track('Report_Exported', { account_id: 'acct_1' })`), suggestions: [] }],
  },
  // An empty `$groups` names no group; there is nothing to add it to.
  {
    code: `posthog.capture('Report Exported', { $groups: {} });`,
    errors: [{ messageId: 'missingGroupContextSticky', ...at(`posthog.capture('Report Exported', { $groups: {} });`, `posthog.capture('Report Exported', { $groups: {} })`), suggestions: [] }],
  },
  // track_with_groups without its groups: the message says where they go.
  {
    code: `mixpanel.track_with_groups('Report Exported', {});`,
    errors: [
      {
        messageId: 'missingGroupContextSticky',
        data: { event: '`Report Exported`', how: 'pass the groups as the third argument: `{ account_id: accountId }`', setter: 'mixpanel.set_group(key, id)', label: 'Mixpanel' },
        ...at(`mixpanel.track_with_groups('Report Exported', {});`, `mixpanel.track_with_groups('Report Exported', {})`),
        suggestions: [{ messageId: 'addGroupContext', output: `mixpanel.track_with_groups('Report Exported', {}, { account_id: accountId });` }],
      },
    ],
  },
  // groupProperties decides which property the suggestion adds.
  call(
    `mixpanel.track('Report Exported', {});`,
    'missingGroupContextSticky',
    `mixpanel.track('Report Exported', { workspace_id: accountId });`,
    { groupProperties: ['workspace_id'] },
  ),
];

jsRuleTester.run('require-group-context (JavaScript)', rule, { valid, invalid });

tsRuleTester.run('require-group-context (TypeScript)', rule, {
  valid: [
    `const options = { context: { groupId: 'acct_1' } } as const satisfies object;
     analytics.track('Report Exported', {} as Record<string, string>, options);`,
    {
      code: `api.trackEvent('Report Exported' as const, { format: 'csv' } satisfies Props);`,
      settings: { 'b2b-tracking': { callees: { track: [{ callee: 'api.trackEvent', addsGroupContext: true }] } } },
    },
  ],
  invalid: [
    call(
      `analytics!.track('Report Exported' as const, { format: 'csv' } satisfies Props);`,
      'missingGroupContext',
      `analytics!.track('Report Exported' as const, { format: 'csv' } satisfies Props, { context: { groupId: accountId } });`,
    ),
    {
      code: `import { PostHog } from 'posthog-node';
class Exports {
  private client = new PostHog('key');
  done(userId: string): void {
    this.client.capture({ distinctId: userId, event: 'Report Exported' });
  }
}`,
      errors: [
        {
          messageId: 'missingGroupContextServer',
          line: 5,
          column: 5,
          endLine: 5,
          endColumn: 74,
          suggestions: [
            {
              messageId: 'addGroupContext',
              output: `import { PostHog } from 'posthog-node';
class Exports {
  private client = new PostHog('key');
  done(userId: string): void {
    this.client.capture({ distinctId: userId, event: 'Report Exported', groups: { company: accountId } });
  }
}`,
            },
          ],
        },
      ],
    },
  ],
});

tsxRuleTester.run('require-group-context (TSX)', rule, {
  valid: [
    {
      code: `const Button = () => <button onClick={() => posthog.capture('Report Exported')}>Export</button>;`,
      filename: 'button.tsx',
      settings: { 'b2b-tracking': { stickyGroups: true } },
    },
    {
      code: `function Export() { const { track } = useAnalytics(); return <a onClick={() => track('Report Exported')} />; }`,
      filename: 'export.tsx',
      settings: { 'b2b-tracking': { callees: { track: [{ callee: 'useAnalytics().track', addsGroupContext: true }] } } },
    },
  ],
  invalid: [
    {
      code: `const Button = () => <button onClick={() => analytics.track('Report Exported')}>Export</button>;`,
      filename: 'button.tsx',
      errors: [
        {
          messageId: 'missingGroupContext',
          line: 1,
          column: 45,
          endLine: 1,
          endColumn: 79,
          suggestions: [
            {
              messageId: 'addGroupContext',
              output: `const Button = () => <button onClick={() => analytics.track('Report Exported', {}, { context: { groupId: accountId } })}>Export</button>;`,
            },
          ],
        },
      ],
    },
    {
      code: `function Export() { const { track } = useAnalytics(); return <a onClick={() => track('Report Exported')} />; }`,
      filename: 'export.tsx',
      settings: { 'b2b-tracking': { callees: { track: ['useAnalytics().track'] } } },
      errors: [
        {
          messageId: 'missingGroupContextWrapper',
          line: 1,
          column: 80,
          endLine: 1,
          endColumn: 104,
          suggestions: [
            {
              messageId: 'addGroupContext',
              output: `function Export() { const { track } = useAnalytics(); return <a onClick={() => track('Report Exported', {}, { context: { groupId: accountId } })} />; }`,
            },
          ],
        },
      ],
    },
  ],
});

vueRuleTester.run('require-group-context (Vue)', rule, {
  valid: [
    {
      code: `<script setup lang="ts">\nanalytics.track('Report Exported', {}, { context: { groupId: props.accountId } });\n</script>`,
      filename: 'Export.vue',
    },
  ],
  invalid: [
    {
      code: `<script setup lang="ts">\nanalytics.track('Report Exported');\n</script>`,
      filename: 'Export.vue',
      errors: [
        {
          messageId: 'missingGroupContext',
          line: 2,
          column: 1,
          endLine: 2,
          endColumn: 35,
          suggestions: [
            {
              messageId: 'addGroupContext',
              output: `<script setup lang="ts">\nanalytics.track('Report Exported', {}, { context: { groupId: accountId } });\n</script>`,
            },
          ],
        },
      ],
    },
    {
      code: `<script>\nexport default { methods: { exported() { posthog.capture('Report Exported'); } } };\n</script>`,
      filename: 'Export.vue',
      errors: [
        {
          messageId: 'missingGroupContextSticky',
          line: 2,
          column: 42,
          endLine: 2,
          endColumn: 76,
          suggestions: [
            {
              messageId: 'addGroupContext',
              output: `<script>\nexport default { methods: { exported() { posthog.capture('Report Exported', { $groups: { company: accountId } }); } } };\n</script>`,
            },
          ],
        },
      ],
    },
  ],
});

/** An export button, a page view in an effect and a button calling the team's hook, as React components in a `.jsx` file. */
const exportButton = (args: string) => `const ExportButton = ({ account, format }) => (
  <button onClick={() => analytics.track(${args})}>Export</button>
);`;
const reportsPage = (args: string) => `function ReportsPage({ reports }) {
  useEffect(() => {
    posthog.capture(${args});
  }, []);
  return <ReportList reports={reports} />;
}`;
const shareButton = (args: string) => `function ShareButton({ report }) {
  const { track } = useAnalytics();
  return <button onClick={() => track(${args})}>Share</button>;
}`;
const trackHook = { 'b2b-tracking': { callees: { track: ['useAnalytics().track'] } } };

jsRuleTester.run('require-group-context (JSX)', rule, {
  valid: [
    { code: exportButton(`'Report Exported', { format }, { context: { groupId: account.id } }`), filename: 'export-button.jsx' },
    { code: reportsPage(`'Reports Viewed', { $groups: { company: account.id } }`), filename: 'reports-page.jsx' },
    { code: shareButton(`'Report Shared', { report_id: report.id, account_id: report.accountId }`), filename: 'share-button.jsx', settings: trackHook },
    // The hook's track posts to the app's API, which adds the organization.
    {
      code: shareButton(`'Report Shared', { report_id: report.id }`),
      filename: 'share-button.jsx',
      settings: { 'b2b-tracking': { callees: { track: [{ callee: 'useAnalytics().track', addsGroupContext: true }] } } },
    },
  ],
  invalid: [
    {
      code: exportButton(`'Report Exported', { format }`),
      filename: 'export-button.jsx',
      output: null,
      errors: [
        {
          messageId: 'missingGroupContext',
          ...at(exportButton(`'Report Exported', { format }`), `analytics.track('Report Exported', { format })`),
          suggestions: [{ messageId: 'addGroupContext', output: exportButton(`'Report Exported', { format }, { context: { groupId: accountId } }`) }],
        },
      ],
    },
    {
      code: reportsPage(`'Reports Viewed'`),
      filename: 'reports-page.jsx',
      output: null,
      errors: [
        {
          messageId: 'missingGroupContextSticky',
          ...at(reportsPage(`'Reports Viewed'`), `posthog.capture('Reports Viewed')`),
          suggestions: [{ messageId: 'addGroupContext', output: reportsPage(`'Reports Viewed', { $groups: { company: accountId } }`) }],
        },
      ],
    },
    {
      code: shareButton(`'Report Shared', { report_id: report.id }`),
      filename: 'share-button.jsx',
      settings: trackHook,
      output: null,
      errors: [
        {
          messageId: 'missingGroupContextWrapper',
          ...at(shareButton(`'Report Shared', { report_id: report.id }`), `track('Report Shared', { report_id: report.id })`),
          suggestions: [{ messageId: 'addGroupContext', output: shareButton(`'Report Shared', { report_id: report.id }, { context: { groupId: accountId } }`) }],
        },
      ],
    },
  ],
});
