/**
 * Clients known by their type: a receiver whose type is an SDK's client
 * (declared in the SDK's package, or for Amplitude in @amplitude/analytics-core)
 * is a tracking client whatever its name, and its package says whether it is
 * the browser or the server library. Without type information the same
 * receivers are not clients (or, under a conventional name, of unknown library),
 * except a parameter or field whose annotation names the client class.
 */
import eventNameFormat from '../../src/rules/event-name-format.js';
import requireGroupContext from '../../src/rules/require-group-context.js';
import { at } from '../positions.js';
import { jsRuleTester } from '../rule-tester.js';
import { type PairedCase, runPaired } from './paired.js';

const deps = `import type { Deps } from './clients.js';\n`;
const inRun = (line: string) => `${deps}export function run(deps: Deps) {\n  ${line}\n}`;

const serverCall = 'pass the account on the call: `context: { groupId }`';
const postHogServer = 'pass `groups: { company: accountId }` on the call';
const amplitudeHow = 'pass the account in the event options: `{ groups: { account: accountId } }`';
const mixpanelServer = 'send the group key as an event property (`account_id`)';
const mixpanelBrowser = 'send the group key as an event property (`account_id`), or use `track_with_groups`';
const segmentBrowser = 'pass the account in the options: `{ context: { groupId } }`';

const event = '`Report Exported`';

const tracker = inRun(`deps.tracker.capture({ distinctId: 'u1', event: 'Report Exported' });`);
const optionalTracker = inRun(`deps.optionalTracker?.capture({ distinctId: 'u1', event: 'Report Exported' });`);
const segmentServer = `import type { Analytics } from '@segment/analytics-node';
export class Service {
  constructor(private readonly segment: Analytics) {}
  run() {
    this.segment.track({ userId: 'u1', event: 'Report Exported' });
  }
}`;
const amplitudeServer = `import type { NodeClient } from '@amplitude/analytics-node';
export class Service {
  constructor(private readonly amplitude: NodeClient) {}
  run() {
    this.amplitude.track('Report Exported');
  }
}`;
const amplitudeNamespace = `import type * as amplitudeNode from '@amplitude/analytics-node';
export function run(client: typeof amplitudeNode) {
  client.track('Report Exported');
}`;
const mixpanelServerCall = inRun(`deps.mixpanelServer.track('Report Exported', { distinct_id: 'u1' });`);
const mixpanelBrowserCall = inRun(`deps.mixpanelBrowser.track('Report Exported');`);
const segmentBrowserCall = inRun(`deps.browser.track('Report Exported');`);
const rudderCall = inRun(`deps.rudder.track({ userId: 'u1', event: 'Report Exported' });`);
const globalSegment = `import type { AnalyticsBrowser } from '@segment/analytics-next';
declare global {
  var analytics: AnalyticsBrowser;
}
export function run(accountId: string) {
  globalThis.analytics.track('Report Exported', {}, {}, accountId);
}`;
const renamedClient = inRun(`const client = deps.segment;\n  client.track({ userId: 'u1', event: 'Report Exported' });`);

type MessageIds = 'missingGroupContext' | 'missingGroupContextServer' | 'missingGroupContextSticky';

/**
 * A call reported only with type information: at `call`, with how this SDK
 * carries the account, and the suggestion that replaces `from` with `to`.
 */
function reportedWithTypes(
  code: string,
  call: string,
  messageId: MessageIds,
  data: Record<string, string>,
  [from, to]: [string, string],
  settings?: Record<string, unknown>,
): PairedCase<MessageIds | 'addGroupContext', []> {
  return {
    code,
    ...(settings ? { settings } : {}),
    typed: [{ messageId, data: { event, ...data }, ...at(code, call), suggestions: [{ messageId: 'addGroupContext', output: code.replace(from, to) }] }],
  };
}

/** A case reported the same with and without type information. */
const bothWays = <M extends string>(paired: PairedCase<M, []>): PairedCase<M, []> => ({ ...paired, untyped: paired.typed });

const serverObject = (key: string): [string, string] => [`'Report Exported' }`, `'Report Exported', ${key} }`];
const thirdArgument = (options: string): [string, string] => [`track('Report Exported')`, `track('Report Exported', {}, ${options})`];

runPaired('require-group-context', requireGroupContext, [
  // posthog-node's PostHog under an unconventional name: the server form.
  reportedWithTypes(tracker, `deps.tracker.capture({ distinctId: 'u1', event: 'Report Exported' })`, 'missingGroupContextServer', { how: postHogServer }, serverObject('groups: { company: accountId }')),
  // `PostHog | undefined`, called with optional chaining.
  reportedWithTypes(
    optionalTracker,
    `deps.optionalTracker?.capture({ distinctId: 'u1', event: 'Report Exported' })`,
    'missingGroupContextServer',
    { how: postHogServer },
    serverObject('groups: { company: accountId }'),
  ),
  // An injected constructor parameter, and another name for a typed client.
  // A constructor parameter typed by the SDK's client class is that client without type information too: the annotation says so.
  bothWays(reportedWithTypes(segmentServer, `this.segment.track({ userId: 'u1', event: 'Report Exported' })`, 'missingGroupContextServer', { how: serverCall }, serverObject('context: { groupId: accountId }'))),
  reportedWithTypes(renamedClient, `client.track({ userId: 'u1', event: 'Report Exported' })`, 'missingGroupContextServer', { how: serverCall }, serverObject('context: { groupId: accountId }')),
  // A conventional name: the type says it is Amplitude's Node library, so `stickyGroups` (a browser setting) does not excuse it.
  reportedWithTypes(
    amplitudeServer,
    `this.amplitude.track('Report Exported')`,
    'missingGroupContextServer',
    { how: amplitudeHow },
    thirdArgument('{ groups: { account: accountId } }'),
    { stickyGroups: true },
  ),
  // The module namespace as a value.
  reportedWithTypes(amplitudeNamespace, `client.track('Report Exported')`, 'missingGroupContextServer', { how: amplitudeHow }, thirdArgument('{ groups: { account: accountId } }')),
  // mixpanel (Node): an interface in a namespace exported with `export =`.
  reportedWithTypes(
    mixpanelServerCall,
    `deps.mixpanelServer.track('Report Exported', { distinct_id: 'u1' })`,
    'missingGroupContextServer',
    { how: mixpanelServer },
    [`{ distinct_id: 'u1' }`, `{ distinct_id: 'u1', account_id: accountId }`],
  ),
  // mixpanel-browser, typed by @types/mixpanel-browser: a browser SDK that remembers its group.
  reportedWithTypes(
    mixpanelBrowserCall,
    `deps.mixpanelBrowser.track('Report Exported')`,
    'missingGroupContextSticky',
    { how: mixpanelBrowser, setter: 'mixpanel.set_group(key, id)' },
    [`track('Report Exported')`, `track('Report Exported', { account_id: accountId })`],
  ),
  { code: mixpanelBrowserCall, settings: { stickyGroups: true } },
  reportedWithTypes(segmentBrowserCall, `deps.browser.track('Report Exported')`, 'missingGroupContext', { how: segmentBrowser }, thirdArgument('{ context: { groupId: accountId } }')),
  // A conventional name on a global object is what a `callees` entry says (the account at argument 4, here), unless its
  // type says it is an SDK's client: then it is the SDK's call, with the account in its options.
  reportedWithTypes(
    globalSegment,
    `globalThis.analytics.track('Report Exported', {}, {}, accountId)`,
    'missingGroupContext',
    { how: segmentBrowser },
    [`{}, accountId)`, `{ context: { groupId: accountId } }, accountId)`],
    { callees: { track: [{ callee: 'globalThis.analytics.track', groupContext: '3' }] } },
  ),
  // @rudderstack/rudder-sdk-node's default export.
  reportedWithTypes(rudderCall, `deps.rudder.track({ userId: 'u1', event: 'Report Exported' })`, 'missingGroupContextServer', { how: serverCall }, serverObject('context: { groupId: accountId }')),
  // With the account, nothing to report.
  { code: inRun(`deps.tracker.capture({ distinctId: 'u1', event: 'Report Exported', groups: { company: 'c1' } });`) },
  // Not SDK clients, whatever their methods are called: a chart library's class, the app's own router.
  { code: inRun(`deps.chart.track('Report Exported');`) },
  { code: inRun(`deps.chart.reset();`) },
  { code: inRun(`deps.router.track('Report Exported');`) },
]);

const misnamed = inRun(`deps.tracker.capture({ distinctId: 'u1', event: 'report exported', groups: { company: 'c1' } });`);
runPaired('event-name-format', eventNameFormat, [
  {
    code: misnamed,
    typed: [{ messageId: 'wrongStyle', data: { name: 'report exported', style: 'Title Case', hint: '; write `Report Exported`' }, ...at(misnamed, `'report exported'`) }],
    typedOutput: misnamed.replace(`'report exported'`, `'Report Exported'`),
  },
]);

// Plain JavaScript under espree (no parser services at all): the same call is no tracking call, and nothing throws.
jsRuleTester.run('require-group-context (JavaScript, no type information)', requireGroupContext, {
  valid: [`export function run(deps) {\n  deps.tracker.capture({ distinctId: 'u1', event: 'Report Exported' });\n}`],
  invalid: [],
});
