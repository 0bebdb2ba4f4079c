import type { InvalidTestCase } from '@typescript-eslint/rule-tester';
import rule, { type MessageIds, type Options } from '../../src/rules/require-stable-ids.js';
import { at } from '../positions.js';
import { jsRuleTester, tsRuleTester, tsxRuleTester, vueRuleTester } from '../rule-tester.js';

type Invalid = InvalidTestCase<MessageIds, Options>;

/** The team's wrappers, as the apps call them. */
const wrappers = {
  callees: {
    identify: ['identifyUser', 'useAnalytics().identify', { callee: 'setUser', userId: '0.id', traits: '0.traits' }],
    track: [
      { callee: 'this.analyticsService.mixpanelTrack', event: '0', userId: '1', properties: '2' },
      { callee: 'trackServer', event: '0.event', userId: '0.userId', properties: '0.properties' },
      { callee: 'capturePostHogEvent', event: '1', properties: '2', groupContext: '3' },
    ],
    group: [{ callee: 'joinEventGroup', groupId: '1', traits: '2' }, 'setAccount'],
  },
};
const workspaceKeys = { groupProperties: ['account_id', 'workspace_id', 'workspace'] };

interface Expected {
  /** What the message shows of the value (default: `text`). */
  value?: string;
  occurrence?: number;
  settings?: Record<string, unknown>;
  filename?: string;
}

/** One report of `messageId` at `text` (its first occurrence unless told), naming the place, the entity and the value. */
function report(code: string, text: string, messageId: MessageIds, place: string, entity: 'user' | 'account', { value = text, occurrence = 0, settings, filename }: Expected = {}): Invalid {
  return {
    code,
    ...(settings ? { settings: { 'b2b-tracking': settings } } : {}),
    ...(filename ? { filename } : {}),
    errors: [{ messageId, data: { place, entity, value }, ...at(code, text, occurrence) }],
  };
}
/** A report about the user id. */
const user = (code: string, text: string, messageId: MessageIds, extra: Expected = {}) => report(code, text, messageId, 'The user id', 'user', extra);
/** A report about an account id: the group id itself, or the one at a key (`in \`company\``). */
const account = (code: string, text: string, messageId: MessageIds, key?: string, extra: Expected = {}) =>
  report(code, text, messageId, key === undefined ? 'The account id' : `The account id in \`${key}\``, 'account', extra);
const userEmail = (code: string, text: string, extra: Expected = {}) => user(code, text, 'email', extra);
const accountSlug = (code: string, text: string, extra: Expected = {}) => account(code, text, 'slug', undefined, extra);
const accountName = (code: string, text: string, extra: Expected = {}) => account(code, text, 'name', undefined, extra);

const segmentNode = `import { Analytics } from '@segment/analytics-node';\nconst analytics = new Analytics({ writeKey: 'k' });\n`;
const rudderNode = `const Analytics = require('@rudderstack/rudder-sdk-node');\nconst client = new Analytics('k', { dataPlaneUrl: 'u' });\n`;
const posthogNode = `import { PostHog } from 'posthog-node';\nconst client = new PostHog('k');\n`;
const mixpanelNode = `const Mixpanel = require('mixpanel');\nconst mixpanel = Mixpanel.init('token');\n`;
const amplitudeImport = `import * as amplitude from '@amplitude/analytics-browser';\n`;

jsRuleTester.run('require-stable-ids (JavaScript)', rule, {
  valid: [
    // The counter-examples: a database id, an e-mail only as a trait.
    `posthog.identify(user.id, { email: user.email });`,
    `analytics.group(account.id);`,
    `analytics.identify(user.id, { email: user.email, name: user.name });`,
    `analytics.group(account.id, { name: account.name });`,
    // Hashed values: a hash function's name, a hashFunctions entry, a name that says it is hashed.
    `analytics.identify(sha256(user.email));`,
    `analytics.identify(hashEmail(user.email));`,
    `posthog.identify(crypto.createHash('sha256').update(user.email).digest('hex'));`,
    `analytics.identify(emailHash);`,
    `analytics.identify(hashed_email);`,
    `analytics.identify(getHashedEmail());`,
    { code: `analytics.identify(pseudonymize(user.email));`, settings: { 'b2b-tracking': { hashFunctions: ['pseudonymize'] } } },
    { code: `analytics.identify(pseudonymize(user.email).toLowerCase());`, settings: { 'b2b-tracking': { hashFunctions: ['pseudonymize'] } } },
    // What cannot be seen: an unknown function, a parameter with a neutral name, an argument that is not there.
    `analytics.identify(getUserId());`,
    `analytics.identify(userId);`,
    `analytics.identify(session.sub);`,
    `analytics.identify(...args);`,
    `posthog.identify();`,
    `analytics.group(org[key]);`,
    // Usernames are not e-mail addresses; a user's name is not mistaken for the user id.
    `analytics.identify(user.username);`,
    `analytics.identify(userName);`,
    `analytics.identify(user.login);`,
    // Names only say something of an account id: a string literal is any id.
    `analytics.group('acme');`,
    `mixpanel.set_group('company', 'mixpanel');`,
    `analytics.identify('usr_123');`,
    `analytics.identify(42);`,
    // Words that only contain the names: ids.
    `analytics.identify(user.emailId);`,
    `analytics.group(workspace.slugId);`,
    `analytics.group(account.nameId);`,
    `analytics.identify(user.emails);`,
    // A fallback to an empty or missing id stands for "no user": only a value that is always empty is reported.
    `analytics.identify(user?.id ?? '');`,
    `analytics.identify(user ? user.id : undefined);`,
    `const id = user?.id || null;\nanalytics.identify(id);`,
    // Segment's and RudderStack's browser identify takes traits without an id.
    `analytics.identify(null, { plan: 'pro' });`,
    `analytics.identify(undefined, traits);`,
    `rudderanalytics.identify(null, { plan: 'pro' });`,
    `analytics.identify({ email: user.email });`,
    // The server SDKs send a call without a user id under its anonymous id.
    `${segmentNode}analytics.track({ anonymousId, event: 'Report Exported', context: { groupId: account.id } });`,
    `${segmentNode}analytics.track({ userId: '', anonymousId: aid, event: 'Report Exported', context: { groupId: account.id } });`,
    `${segmentNode}analytics.identify({ userId: undefined, anonymousId: aid, traits: { email } });`,
    // No group context: require-group-context's concern, not this rule's.
    `analytics.track('Report Exported', {}, { context: { groupId: null } });`,
    `analytics.track('Report Exported', { account_id: undefined });`,
    `posthog.capture('Report Exported', { $groups: { company: undefined } });`,
    // Other keys of the properties are not ids.
    `analytics.track('Report Exported', { account_name: account.name, email: user.email, workspace: workspace.slug });`,
    // Not tracking calls.
    `router.identify(user.email);`,
    `chart.group(series.name);`,
    // Wrappers: an id from the database.
    { code: `identifyUser(user.id, { email: user.email });`, settings: { 'b2b-tracking': wrappers } },
    { code: `class A {\n  send(props) {\n    this.analyticsService.mixpanelTrack('Report Exported', this.user.id, props);\n  }\n}`, settings: { 'b2b-tracking': wrappers } },
    { code: `joinEventGroup('workspace', workspace.id, { name: workspace.name });`, settings: { 'b2b-tracking': wrappers } },
    { code: `trackServer({ event: 'Report Exported', anonymousId: aid });`, settings: { 'b2b-tracking': wrappers } },
    // Amplitude calls a group's id its group name: `setGroup(groupType, groupName)`.
    `${amplitudeImport}export function setGroup(groupType, groupName) {\n  amplitude.setGroup(groupType, groupName);\n}`,
    `${amplitudeImport}amplitude.track('Report Exported', {}, { groups: { org: groupName } });`,
    // A groupProperties key with an id.
    { code: `analytics.track('Report Exported', { workspace_id: props.workspace.id, workspace: workspaceId });`, settings: { 'b2b-tracking': workspaceKeys } },
  ],
  invalid: [
    // The examples.
    userEmail(`posthog.identify(user.email, { name: user.name });`, 'user.email'),
    userEmail(`identifyUser(email);`, 'email', { settings: wrappers }),
    accountSlug(`posthog.group('company', workspace.slug);`, 'workspace.slug'),
    account(`analytics.track('Report Exported', { workspace_id: props.workspace.slug });`, 'props.workspace.slug', 'slug', 'workspace_id', { settings: workspaceKeys }),
    account(`analytics.track('Report Exported', { workspace: workspaceSlug });`, 'workspaceSlug', 'slug', 'workspace', { settings: workspaceKeys }),
    user(`class A {\n  send(name, props) {\n    this.analyticsService.mixpanelTrack(name, '', props);\n  }\n}`, `''`, 'empty', { settings: wrappers }),
    // E-mail addresses: a literal with `@`, a member or variable named for one, through conversions and getters.
    userEmail(`analytics.identify('ann@example.com');`, `'ann@example.com'`),
    userEmail(`analytics.identify(userEmail);`, 'userEmail'),
    userEmail(`analytics.identify(user.work_email);`, 'user.work_email'),
    userEmail(`analytics.identify(user['email']);`, `user['email']`),
    userEmail(`analytics.identify(session?.user?.email);`, 'session?.user?.email'),
    userEmail(`analytics.identify(user.emailAddress);`, 'user.emailAddress'),
    userEmail(`analytics.identify(user.email.toLowerCase());`, 'user.email.toLowerCase()'),
    userEmail(`analytics.identify(String(user.email));`, 'String(user.email)'),
    userEmail(`analytics.identify(getEmail());`, 'getEmail()'),
    userEmail(`analytics.identify(await getUserEmail(id));`, 'await getUserEmail(id)'),
    userEmail('analytics.identify(`${user.email}`);', '`${user.email}`', { value: '${user.email}' }),
    userEmail('analytics.identify(`${name}@example.com`);', '`${name}@example.com`', { value: '${name}@example.com' }),
    userEmail(`analytics.identify('user:' + user.email);`, `'user:' + user.email`),
    // Each branch on its own: only the e-mail one.
    userEmail(`analytics.identify(user.id ?? user.email);`, 'user.email'),
    userEmail(`analytics.identify(isGuest ? invite.email : user.id);`, 'invite.email'),
    // A constant in scope: reported at the call's argument, naming the value it holds.
    user(`const id = user.email;\nanalytics.identify(id);`, 'id', 'email', { value: 'user.email', occurrence: -1 }),
    // Slugs and names of the account.
    accountSlug(`analytics.group(org.slug);`, 'org.slug'),
    accountSlug(`analytics.group(workspace_slug);`, 'workspace_slug'),
    accountSlug(`analytics.group(slugify(company.title));`, 'slugify(company.title)'),
    accountName(`analytics.group(account.name);`, 'account.name'),
    accountName(`analytics.group(companyName);`, 'companyName'),
    accountName(`accoil.group(org.displayName);`, 'org.displayName'),
    // A user's slug is no id either.
    user(`analytics.identify(profile.slug);`, 'profile.slug', 'slug'),
    // Empty and missing ids.
    user(`analytics.identify('');`, `''`, 'empty'),
    user(`analytics.identify('  ');`, `'  '`, 'empty'),
    account('analytics.group(``);', '``', 'empty', undefined, { value: '' }),
    user(`analytics.identify(undefined);`, 'undefined', 'missing'),
    account(`analytics.group(null);`, 'null', 'missing'),
    user(`posthog.identify(void 0);`, 'void 0', 'missing'),
    user(`const NO_USER = '';\nanalytics.identify(NO_USER);`, 'NO_USER', 'empty', { occurrence: 1 }),
    user(`analytics.identify(flag ? '' : null);`, `flag ? '' : null`, 'empty'),
    // Segment and RudderStack browser, with an id and traits.
    userEmail(`analytics.identify(user.email, { plan: 'pro' });`, 'user.email'),
    userEmail(`window.analytics.identify(user.email);`, 'user.email'),
    userEmail(`rudderanalytics.identify(user.email, { name: user.name });`, 'user.email'),
    user(`analytics.identify('', { plan: 'pro' });`, `''`, 'empty'),
    accountSlug(`rudderanalytics.group(team.slug, { name: team.name });`, 'team.slug'),
    // The account id a browser track carries.
    accountSlug(`analytics.track('Report Exported', {}, { context: { groupId: org.slug } });`, 'org.slug'),
    // Segment and RudderStack server: userId and groupId on every call.
    userEmail(`${segmentNode}analytics.identify({ userId: user.email, traits: { name: user.name } });`, 'user.email'),
    userEmail(`${segmentNode}analytics.track({ userId: user.email, event: 'Report Exported', context: { groupId: account.id } });`, 'user.email'),
    accountSlug(`${segmentNode}analytics.track({ userId: user.id, event: 'Report Exported', context: { groupId: account.slug } });`, 'account.slug'),
    accountName(`${segmentNode}analytics.group({ userId: user.id, groupId: org.name });`, 'org.name'),
    userEmail(`${segmentNode}analytics.group({ userId: user.email, groupId: org.id });`, 'user.email'),
    user(`${segmentNode}analytics.track({ userId: '', event: 'Report Exported', context: { groupId: account.id } });`, `''`, 'empty'),
    user(`${segmentNode}analytics.track({ userId: undefined, event: 'Report Exported', context: { groupId: account.id } });`, 'undefined', 'missing'),
    userEmail(`${segmentNode}analytics.track({ userId: user.email, anonymousId: aid, event: 'Report Exported', context: { groupId: account.id } });`, 'user.email'),
    userEmail(`${rudderNode}client.identify({ userId: member.email });`, 'member.email'),
    accountSlug(`${rudderNode}client.group({ userId: member.id, groupId: team.slug });`, 'team.slug'),
    // PostHog browser: identify, group, the `$groups` of a capture.
    accountName(`posthog.group('company', company.name, { name: company.name });`, 'company.name'),
    account(`posthog.capture('Report Exported', { $groups: { company: org.slug } });`, 'org.slug', 'slug', 'company'),
    account(`posthog.capture('Report Exported', { $groups: { company: '' } });`, `''`, 'empty', 'company'),
    // PostHog server: distinctId, the groups of a capture, groupIdentify's groupKey.
    userEmail(`${posthogNode}client.identify({ distinctId: user.email, properties: { name: user.name } });`, 'user.email'),
    userEmail(`${posthogNode}client.capture({ distinctId: user.email, event: 'Report Exported', groups: { company: org.id } });`, 'user.email'),
    account(`${posthogNode}client.capture({ distinctId: user.id, event: 'Report Exported', groups: { company: org.slug } });`, 'org.slug', 'slug', 'company'),
    accountSlug(`${posthogNode}client.groupIdentify({ groupType: 'company', groupKey: org.slug, properties: { name: org.name } });`, 'org.slug'),
    // Mixpanel: identify, set_group, track_with_groups, the server's distinct_id.
    userEmail(`mixpanel.identify(user.email);`, 'user.email'),
    accountSlug(`mixpanel.set_group('company', org.slug);`, 'org.slug'),
    accountName(`mixpanel.add_group('company', companyName);`, 'companyName'),
    account(`mixpanel.track_with_groups('Report Exported', {}, { account_id: org.slug });`, 'org.slug', 'slug', 'account_id'),
    userEmail(`${mixpanelNode}mixpanel.track('Report Exported', { distinct_id: user.email, account_id: org.id });`, 'user.email'),
    user(`mixpanel.track('Report Exported', { distinct_id: '', account_id: org.id });`, `''`, 'empty'),
    account(`mixpanel.track('Report Exported', { account_id: org.name });`, 'org.name', 'name', 'account_id'),
    // Amplitude: setGroup, the user_id and groups of the event options, identify's options.
    accountSlug(`${amplitudeImport}amplitude.setGroup('org', org.slug);`, 'org.slug'),
    userEmail(`${amplitudeImport}amplitude.track('Report Exported', {}, { user_id: user.email, groups: { org: org.id } });`, 'user.email'),
    account(`${amplitudeImport}amplitude.track('Report Exported', {}, { groups: { org: org.name } });`, 'org.name', 'name', 'org'),
    userEmail(`${amplitudeImport}amplitude.identify(new amplitude.Identify(), { user_id: user.email });`, 'user.email'),
    userEmail(`${amplitudeImport}amplitude.track({ event_type: 'Report Exported', user_id: user.email, groups: { org: org.id } });`, 'user.email'),
    // Elsewhere a group name is a name.
    accountName(`analytics.group(groupName);`, 'groupName'),
    accountName(`${amplitudeImport}amplitude.setGroup('org', org.name);`, 'org.name'),
    // Accoil.
    userEmail(`accoil.identify(user.email, { name: user.name });`, 'user.email'),
    accountSlug(`accoil.group(account.slug, { name: account.name });`, 'account.slug'),
    // Wrappers: each `callees` place.
    userEmail(`setUser({ id: user.email, traits: { name: user.name } });`, 'user.email', { settings: wrappers }),
    userEmail(`const { identify } = useAnalytics();\nidentify(user.email);`, 'user.email', { settings: wrappers }),
    accountSlug(`joinEventGroup('workspace', workspace.slug, { name: workspace.name });`, 'workspace.slug', { settings: wrappers }),
    accountName(`setAccount(account.name);`, 'account.name', { settings: wrappers }),
    userEmail(`trackServer({ event: 'Report Exported', userId: user.email });`, 'user.email', { settings: wrappers }),
    account(`capturePostHogEvent(client, 'Report Exported', {}, { company: org.slug });`, 'org.slug', 'slug', 'company', { settings: wrappers }),
    user(`class A {\n  send(props) {\n    this.analyticsService.mixpanelTrack('Report Exported', undefined, props);\n  }\n}`, 'undefined', 'missing', { settings: wrappers }),
    // One report per id place, however many of its branches are not ids: at the first, naming it.
    userEmail(`analytics.identify(a ? user.email : b ? user.slug : user.id);`, 'user.email'),
    userEmail(`posthog.identify(userEmail ?? viewerEmail);`, 'userEmail'),
    userEmail(`posthog.identify(userEmail || viewerEmail);`, 'userEmail'),
    userEmail(`posthog.identify(user.id || (isInvite ? invite.email : viewer.email));`, 'invite.email'),
    accountSlug(`analytics.group(org ? org.slug : team.slug);`, 'org.slug'),
    // A constant in scope with two such values: one report at the call's argument.
    user(`const id = userEmail ?? viewerEmail;\nanalytics.identify(id);`, 'id', 'email', { value: 'userEmail', occurrence: -1 }),
    // Each place of a call still has its own report.
    {
      code: `${segmentNode}analytics.group({ userId: user.email ?? viewer.email, groupId: org.slug || team.slug });`,
      errors: [
        { messageId: 'email', data: { place: 'The user id', entity: 'user', value: 'user.email' }, ...at(`${segmentNode}analytics.group({ userId: user.email ?? viewer.email, groupId: org.slug || team.slug });`, 'user.email') },
        { messageId: 'slug', data: { place: 'The account id', entity: 'account', value: 'org.slug' }, ...at(`${segmentNode}analytics.group({ userId: user.email ?? viewer.email, groupId: org.slug || team.slug });`, 'org.slug') },
      ],
    },
    // Several places of one call.
    {
      code: `${segmentNode}analytics.group({ userId: user.email, groupId: org.slug });`,
      errors: [
        { messageId: 'email', data: { place: 'The user id', entity: 'user', value: 'user.email' }, ...at(`${segmentNode}analytics.group({ userId: user.email, groupId: org.slug });`, 'user.email') },
        { messageId: 'slug', data: { place: 'The account id', entity: 'account', value: 'org.slug' }, ...at(`${segmentNode}analytics.group({ userId: user.email, groupId: org.slug });`, 'org.slug') },
      ],
    },
  ],
});

tsRuleTester.run('require-stable-ids (TypeScript)', rule, {
  valid: [
    `posthog.identify(user.id as string, { email: user.email });`,
    `analytics.group(account!.id);`,
    `declare const userId: string;\nanalytics.identify(userId);`,
    `export function identify(user: { id: string; email: string }): void {\n  posthog.identify(user.id, { email: user.email });\n}`,
    { code: `export class Tracking {\n  constructor(private readonly analyticsService: { mixpanelTrack(e: string, u: string, p: object): void }) {}\n  send(userId: string): void {\n    this.analyticsService.mixpanelTrack('Report Exported', userId, {});\n  }\n}`, settings: { 'b2b-tracking': wrappers } },
  ],
  invalid: [
    userEmail(`posthog.identify(user.email as string);`, 'user.email as string'),
    userEmail(`posthog.identify(user!.email!);`, 'user!.email!'),
    userEmail(`posthog.identify(<string>user.email);`, '<string>user.email'),
    accountSlug(`export function join(workspace: { slug: string }): void {\n  posthog.group('workspace', workspace.slug satisfies string);\n}`, 'workspace.slug satisfies string'),
    user(`const NONE = '' as const;\nanalytics.identify(NONE);`, 'NONE', 'empty', { occurrence: 1 }),
    user(
      `export class Tracking {\n  constructor(private readonly analyticsService: { mixpanelTrack(e: string, u: string, p: object): void }) {}\n  send(name: string, props: object): void {\n    this.analyticsService.mixpanelTrack(name, '', props);\n  }\n}`,
      `''`,
      'empty',
      { settings: wrappers },
    ),
    userEmail(`${segmentNode}export function send(user: { email: string }): void {\n  analytics.identify({ userId: user.email, traits: {} });\n}`, 'user.email'),
    account(`analytics.track('Report Exported', { account_id: (org.slug as string) });`, 'org.slug as string', 'slug', 'account_id'),
    userEmail(`declare const userEmail: string, viewerEmail: string;\nposthog.identify((userEmail ?? viewerEmail) as string);`, 'userEmail', { occurrence: 1 }),
  ],
});

tsxRuleTester.run('require-stable-ids (TSX)', rule, {
  valid: [
    { code: `export const Profile = ({ user }: { user: { id: string } }) => {\n  posthog.identify(user.id);\n  return <div>{user.id}</div>;\n};`, filename: 'p.tsx' },
  ],
  invalid: [
    userEmail(`export const Profile = ({ user }: { user: { email: string } }) => {\n  useEffect(() => posthog.identify(user.email), [user]);\n  return <div>{user.email}</div>;\n};`, 'user.email', { filename: 'p.tsx' }),
    accountSlug(`export const Switcher = ({ workspace }: { workspace: { slug: string } }) => (\n  <button onClick={() => posthog.group('workspace', workspace.slug)}>{workspace.slug}</button>\n);`, 'workspace.slug', { filename: 's.tsx' }),
    userEmail(`export const Viewer = ({ userEmail, viewerEmail }: { userEmail?: string; viewerEmail: string }) => (\n  <button onClick={() => posthog.identify(userEmail ?? viewerEmail)}>{viewerEmail}</button>\n);`, 'userEmail', { filename: 'v.tsx', occurrence: 2 }),
  ],
});

jsRuleTester.run('require-stable-ids (JSX)', rule, {
  valid: [`export const Invite = ({ user }) => <button onClick={() => analytics.identify(user.id)}>{user.email}</button>;`],
  invalid: [
    userEmail(`export const Invite = ({ user }) => <button onClick={() => analytics.identify(user.email)}>{user.name}</button>;`, 'user.email'),
    account(`export const Page = ({ org }) => <a onClick={() => analytics.track('Report Exported', { account_id: org.name })}>{org.name}</a>;`, 'org.name', 'name', 'account_id'),
    userEmail(`const { identify } = useAnalytics();\nexport const Login = ({ email }) => <form onSubmit={() => identify(email)} />;`, 'email', { settings: wrappers, occurrence: 1 }),
  ],
});

vueRuleTester.run('require-stable-ids (Vue)', rule, {
  valid: [{ code: `<script setup lang="ts">\nimport posthog from 'posthog-js';\nposthog.identify(props.user.id);\n</script>`, filename: 'a.vue' }],
  invalid: [
    {
      code: `<script setup lang="ts">\nimport posthog from 'posthog-js';\nposthog.identify(props.user.email);\n</script>`,
      filename: 'a.vue',
      errors: [{ messageId: 'email', line: 3, column: 18, endLine: 3, endColumn: 34 }],
    },
  ],
});
