/**
 * Names from other modules of the project, read without type information:
 * the fixtures under tests/fixtures/projects are small apps whose event names
 * live in a constants module, reached through relative paths, `index` files,
 * tsconfig `paths`, package.json `imports`, and workspace packages.
 */
import { fileURLToPath } from 'node:url';
import eventNameFormat from '../../src/rules/event-name-format.js';
import requireEventProperties from '../../src/rules/require-event-properties.js';
import requireGroupAfterIdentify from '../../src/rules/require-group-after-identify.js';
import requireGroupContext from '../../src/rules/require-group-context.js';
import { at } from '../positions.js';
import { jsRuleTester, tsRuleTester, tsxRuleTester, vueRuleTester } from '../rule-tester.js';

const app = fileURLToPath(new URL('../fixtures/projects/next-app/', import.meta.url));
const page = `${app}src/app/page.tsx`;
const script = `${app}src/app/page.js`;
const settings = { 'b2b-tracking': { stickyGroups: true } };
const monorepoApp = fileURLToPath(new URL('../fixtures/projects/monorepo/apps/web/src/app.ts', import.meta.url));

/** A report that the name in another module is not in Title Case: at the argument, with no fix (the literal is in that module). */
function wrongStyle(code: string, argument: string, occurrence = 0, filename = page) {
  return { code, filename, settings, output: null, errors: [{ messageId: 'wrongStyle' as const, ...at(code, argument, occurrence), suggestions: [] }] };
}

tsxRuleTester.run('event-name-format: names from other modules (TSX)', eventNameFormat, {
  valid: [
    // A name that is right, however it is reached.
    { code: `import { SIGN_UP } from '../lib/events/names';\nanalytics.track(SIGN_UP);`, filename: page, settings },
    { code: `import { SIGN_UP } from '@/lib/events';\nanalytics.track(SIGN_UP);`, filename: page, settings },
    { code: `import { EVENTS } from '@/lib/events';\nanalytics.track(EVENTS.INVITE_SENT);\nanalytics.track(EVENTS.nested.TRIAL_STARTED);`, filename: page, settings },
    { code: `import { AnalyticsEvent } from '#events';\nanalytics.track(AnalyticsEvent.SignedIn);`, filename: page, settings },
    { code: `import { NAMES, SIGNED_OUT } from '@/lib/events';\nanalytics.track(NAMES.INVITE_SENT);\nanalytics.track(SIGNED_OUT);`, filename: page, settings },
    { code: `import * as events from '@/lib/events';\nanalytics.track(events.all.REPORT_SHARED);\nanalytics.track(events.SIGN_UP);`, filename: page, settings },
    { code: `import { FROZEN_EVENTS } from '@/lib/events/names.js';\nanalytics.track(FROZEN_EVENTS.ACCOUNT_CREATED);`, filename: page, settings },
    // What cannot be read is never reported: a name built at run time there, a missing module, an unparsable one,
    // a cycle of re-exports, a package from node_modules, a member the module does not have.
    { code: `import { BUILT } from '@/lib/events';\nanalytics.track(BUILT);`, filename: page, settings },
    { code: `import { GONE } from '@/lib/missing';\nanalytics.track(GONE);`, filename: page, settings },
    { code: `import { BROKEN } from '@/lib/broken';\nanalytics.track(BROKEN);`, filename: page, settings },
    { code: `import { FROM_B, NOWHERE } from '@/lib/cycle-a';\nanalytics.track(NOWHERE);`, filename: page, settings },
    { code: `import { EVENTS } from 'some-package';\nanalytics.track(EVENTS.X);`, filename: page, settings },
    { code: `import { EVENTS } from '@/lib/events';\nanalytics.track(EVENTS.UNKNOWN);`, filename: page, settings },
    // A file that is not on disk (no filename) reads nothing else.
    { code: `import { REPORT_EXPORTED } from './events';\nanalytics.track(REPORT_EXPORTED);`, settings },
  ],
  invalid: [
    wrongStyle(`import { REPORT_EXPORTED } from '../lib/events/names';\nanalytics.track(REPORT_EXPORTED);`, 'REPORT_EXPORTED', -1),
    wrongStyle(`import { REPORT_EXPORTED as R } from '@/lib/events';\nanalytics.track(R);`, 'R', -1),
    // The same alias from other folders under the same tsconfig (its answer is kept per tsconfig, not per folder).
    wrongStyle(`import { REPORT_EXPORTED as R } from '@/lib/events';\nanalytics.track(R);`, 'R', -1, `${app}src/app/settings/billing/page.tsx`),
    wrongStyle(`import { REPORT_EXPORTED } from '@/lib/events/names';\nanalytics.track(REPORT_EXPORTED);`, 'REPORT_EXPORTED', -1, `${app}src/components/Export.tsx`),
    // Through `cycle-a` → `cycle-b`, which re-exports `cycle-a` again: the walk ends, the name is found.
    wrongStyle(`import { FROM_B } from '@/lib/cycle-a';\nanalytics.track(FROM_B);`, 'FROM_B', -1),
    wrongStyle(`import { FROZEN_EVENTS } from '@/lib/events';\nanalytics.track(FROZEN_EVENTS.ACCOUNT_DELETED);`, 'FROZEN_EVENTS.ACCOUNT_DELETED'),
  ],
});

tsRuleTester.run('event-name-format: names from other modules (TypeScript, monorepo)', eventNameFormat, {
  valid: [
    // The package's `dist` is not built: its source entry is read.
    { code: `import { TRIAL_STARTED } from '@acme/tracking';\nanalytics.track(TRIAL_STARTED);`, filename: monorepoApp, settings },
    { code: `import { TRIAL_STARTED } from '@acme/tracking/events';\nanalytics.track(TRIAL_STARTED);`, filename: monorepoApp, settings },
    { code: `import { TRIAL_ENDED } from '@acme/other';\nanalytics.track(TRIAL_ENDED);`, filename: monorepoApp, settings },
  ],
  invalid: [
    wrongStyle(`import { TRIAL_ENDED } from '@acme/tracking/events';\nanalytics.track(TRIAL_ENDED);`, 'TRIAL_ENDED', -1, monorepoApp),
    wrongStyle(`import { AnalyticsEvent } from '@/lib/events';\nconst name: string = AnalyticsEvent.Exported;\nanalytics.track(AnalyticsEvent.Exported as string);`, 'AnalyticsEvent.Exported as string', -1, `${app}src/app/route.ts`),
  ],
});

jsRuleTester.run('event-name-format: names from other modules (JavaScript, espree)', eventNameFormat, {
  valid: [
    { code: `import { JS_EVENT } from '../lib/plain.js';\nanalytics.track(JS_EVENT);`, filename: script, settings },
    // espree cannot read a TypeScript module: nothing is known of it.
    { code: `import { REPORT_EXPORTED } from '../lib/events/names';\nanalytics.track(REPORT_EXPORTED);`, filename: script, settings },
  ],
  invalid: [],
});

vueRuleTester.run('event-name-format: names from other modules (Vue)', eventNameFormat, {
  valid: [
    { code: `<script setup lang="ts">\nimport { SIGN_UP } from '@/lib/events';\nanalytics.track(SIGN_UP);\n</script>`, filename: `${app}src/app/Page.vue`, settings },
  ],
  invalid: [
    wrongStyle(`<script setup lang="ts">\nimport { REPORT_EXPORTED } from '@/lib/events';\nanalytics.track(REPORT_EXPORTED);\n</script>`, 'REPORT_EXPORTED', -1, `${app}src/app/Page.vue`),
  ],
});

tsxRuleTester.run('require-event-properties: plan events named in other modules', requireEventProperties, {
  valid: [{ code: `import { SIGN_UP } from '@/lib/events';\nanalytics.track(SIGN_UP, { type: 'organic' });`, filename: page, settings }],
  invalid: [
    {
      code: `import { SIGN_UP } from '@/lib/events';\nanalytics.track(SIGN_UP, {});`,
      filename: page,
      settings,
      errors: [{ messageId: 'missingRequired', data: { event: 'Signed Up', names: '`type`' }, ...at(`import { SIGN_UP } from '@/lib/events';\nanalytics.track(SIGN_UP, {});`, '{}') }],
    },
  ],
});

// ---------------------------------------------------------------------------
// Wrappers defined in the file itself, found without `callees`.

const segmentWrapper = `function trackEvent(name, properties, options) {\n  window.analytics.track(name, properties, options);\n}\n`;

const noAccountPlace = `function trackEvent(name) {\n  window.analytics.track(name);\n}\ntrackEvent('Report Exported');`;

jsRuleTester.run('require-group-context: a wrapper defined in the file (JavaScript)', requireGroupContext, {
  valid: [
    // The call passes the account where the wrapper forwards it; the forwarding call itself is not reported.
    `${segmentWrapper}trackEvent('Report Exported', {}, { context: { groupId: accountId } });`,
    `${segmentWrapper}trackEvent('Report Exported', { account_id: accountId });`,
    // A body that adds the account itself: its calls need none.
    `function trackEvent(name, properties) {\n  window.analytics.track(name, properties, { context: { groupId: currentAccountId() } });\n}\ntrackEvent('Report Exported', {});`,
    // Two calls in the body: which place goes where is not one answer, so nothing is inferred.
    `function trackBoth(name) {\n  window.analytics.track(name, {}, { context: { groupId: a } });\n  window.analytics.track(name, {}, { context: { groupId: b } });\n}\ntrackBoth('Report Exported');`,
  ],
  invalid: [
    // Its calls have no place to pass the account: the body is reported, where it can be added, not each call.
    {
      code: noAccountPlace,
      errors: [
        {
          messageId: 'missingGroupContext',
          ...at(noAccountPlace, 'window.analytics.track(name)'),
          suggestions: [{ messageId: 'addGroupContext', output: noAccountPlace.replace('track(name)', 'track(name, {}, { context: { groupId: accountId } })') }],
        },
      ],
    },
    {
      code: `${segmentWrapper}trackEvent('Report Exported', { format: 'csv' });`,
      errors: [
        {
          messageId: 'missingGroupContextWrapper',
          ...at(`${segmentWrapper}trackEvent('Report Exported', { format: 'csv' });`, `trackEvent('Report Exported', { format: 'csv' })`),
          suggestions: [{ messageId: 'addGroupContext', output: `${segmentWrapper}trackEvent('Report Exported', { format: 'csv' }, { context: { groupId: accountId } });` }],
        },
      ],
    },
  ],
});

const serverHelper = `import { PostHog } from 'posthog-node';
const client = new PostHog('key');
export function captureServerEvent({ userId, eventName, orgId }: { userId: string; eventName: string; orgId?: string }) {
  client.capture({ distinctId: userId, event: eventName, groups: orgId ? { company: orgId } : undefined });
}
`;

tsRuleTester.run('require-group-context: a posthog-node helper defined in the file (TypeScript)', requireGroupContext, {
  valid: [`${serverHelper}captureServerEvent({ userId: 'u1', eventName: 'Report Exported', orgId: 'o1' });`],
  invalid: [
    {
      code: `${serverHelper}captureServerEvent({ userId: 'u1', eventName: 'Report Exported' });`,
      errors: [
        {
          messageId: 'missingGroupContextServer',
          ...at(`${serverHelper}captureServerEvent({ userId: 'u1', eventName: 'Report Exported' });`, `captureServerEvent({ userId: 'u1', eventName: 'Report Exported' })`),
          suggestions: [{ messageId: 'addGroupContext', output: `${serverHelper}captureServerEvent({ userId: 'u1', eventName: 'Report Exported', orgId: accountId });` }],
        },
      ],
    },
  ],
});

const hook = `import posthog from 'posthog-js';
function useTracking() {
  return { capture: (event, properties) => posthog.capture(event, properties) };
}
`;

tsxRuleTester.run('event-name-format: what a hook defined in the file returns (JSX)', eventNameFormat, {
  valid: [
    { code: `${hook}function Save() {\n  const { capture } = useTracking();\n  return <button onClick={() => capture('Button Clicked')} />;\n}`, settings },
    // A component is not a wrapper, though it hands what it is given to a call.
    { code: `import posthog from 'posthog-js';\nfunction Tracked({ name }) {\n  posthog.capture(name);\n  return null;\n}\nTracked({ name: 'button clicked' });`, settings },
  ],
  invalid: [
    {
      code: `${hook}function Save() {\n  const { capture } = useTracking();\n  return <button onClick={() => capture('button clicked')} />;\n}`,
      settings,
      output: `${hook}function Save() {\n  const { capture } = useTracking();\n  return <button onClick={() => capture('Button Clicked')} />;\n}`,
      errors: [{ messageId: 'wrongStyle', ...at(`${hook}function Save() {\n  const { capture } = useTracking();\n  return <button onClick={() => capture('button clicked')} />;\n}`, `'button clicked'`), suggestions: [] }],
    },
  ],
});

// ---------------------------------------------------------------------------
// Clients handed in as a parameter's default value.

const getClientEntry = { 'b2b-tracking': { callees: { track: [{ callee: 'getClient().track', event: '0.eventName', properties: '0.properties', groupContext: '0.workspaceId' }] } } };
const handedIn = (call: string) => `function send({ mixpanel = getClient(), workspaceId }) {\n  ${call};\n}`;
const posthogDefault = `import { PostHog } from 'posthog-node';\nfunction send(client = new PostHog('key')) {\n  client.capture({ distinctId: 'u1', event: 'Report Exported' });\n}`;

tsRuleTester.run('require-group-context: clients handed in as default parameters (TypeScript)', requireGroupContext, {
  valid: [
    // Named like the browser SDK, but it is what `getClient()` returns: not read as mixpanel-browser.
    handedIn(`mixpanel.track({ eventName: 'Report Exported', workspaceId })`),
    { code: handedIn(`mixpanel.track({ eventName: 'Report Exported', workspaceId })`), settings: getClientEntry },
  ],
  invalid: [
    {
      code: handedIn(`mixpanel.track({ eventName: 'Report Exported' })`),
      settings: getClientEntry,
      errors: [
        {
          messageId: 'missingGroupContext',
          ...at(handedIn(`mixpanel.track({ eventName: 'Report Exported' })`), `mixpanel.track({ eventName: 'Report Exported' })`),
          suggestions: [{ messageId: 'addGroupContext', output: handedIn(`mixpanel.track({ eventName: 'Report Exported', workspaceId: accountId })`) }],
        },
      ],
    },
    {
      code: posthogDefault,
      errors: [
        {
          messageId: 'missingGroupContextServer',
          ...at(posthogDefault, `client.capture({ distinctId: 'u1', event: 'Report Exported' })`),
          suggestions: [{ messageId: 'addGroupContext', output: posthogDefault.replace(`event: 'Report Exported' }`, `event: 'Report Exported', groups: { company: accountId } }`) }],
        },
      ],
    },
  ],
});

// ---------------------------------------------------------------------------
// require-group-after-identify: what the plugin can see beyond the module.

const identifyModule = `${app}src/components/PostHogIdentify.tsx`;
const identifyOnly = `import posthog from 'posthog-js';\nposthog.identify('u1');`;
/** An app whose only group calls are another SDK's, or no group call at all (a `ButtonGroup(` component). */
const otherSdksApp = fileURLToPath(new URL('../fixtures/projects/other-sdks-app/', import.meta.url));
const aloneModule = `${otherSdksApp}src/components/PostHogIdentify.tsx`;
/** A server app whose events carry the account (posthog-node has no group call). */
const serverApp = fileURLToPath(new URL('../fixtures/projects/server-app/', import.meta.url));
/** The identifying component of an app whose sibling component sets the group through `usePostHog()`; providers.tsx renders both. */
const hookIdentifyModule = fileURLToPath(new URL('../fixtures/projects/hook-app/src/components/PostHogIdentify.tsx', import.meta.url));
const hookIdentify = `'use client';\nimport { usePostHog } from 'posthog-js/react';\nimport { useEffect } from 'react';\n\nexport function PostHogIdentify({ userId }: { userId: string }) {\n  const posthog = usePostHog();\n  useEffect(() => {\n    posthog.identify(userId);\n  }, [posthog, userId]);\n  return null;\n}`;
const posthogNodeIdentify = `import { PostHog } from 'posthog-node';\nconst client = new PostHog('k');\nclient.identify({ distinctId: 'u1', properties: { email: 'e' } });`;

tsxRuleTester.run('require-group-after-identify: the group set elsewhere (TSX)', requireGroupAfterIdentify, {
  valid: [
    // The group call is in a module this one imports.
    { code: `import posthog from 'posthog-js';\nimport { PostHogGroupIdentify } from './PostHogGroupIdentify';\nposthog.identify('u1');`, filename: identifyModule },
    { code: `import { joinAccount } from '@/lib/analytics';\nimport posthog from 'posthog-js';\nposthog.identify('u1');`, filename: identifyModule },
    // ...or in a module near it that neither imports the other (PostHogGroupIdentify.tsx beside it, both rendered by a layout).
    { code: identifyOnly, filename: identifyModule },
    { code: `import { SIGN_UP } from '@/lib/events';\n${identifyOnly}`, filename: `${app}src/app/settings/Identify.tsx` },
    { code: hookIdentify, filename: hookIdentifyModule },
    // A browser SDK that remembers its group, set once at startup.
    { code: identifyOnly, filename: aloneModule, settings: { 'b2b-tracking': { stickyGroups: true } } },
    // Traits only: no user is named.
    { code: `analytics.identify({ theme: 'dark' });`, filename: aloneModule },
    // An identify wrapper found from its definition identifies in its own module, judged there.
    { code: `import { identifyUser } from '@/lib/analytics';\nidentifyUser('u1', { email: 'e' });`, filename: identifyModule },
    // Amplitude's identify, with Amplitude's setGroup in lib/amplitude.ts.
    { code: `import * as amplitude from '@amplitude/analytics-browser';\namplitude.identify(new amplitude.Identify(), { user_id: 'u1' });`, filename: aloneModule },
  ],
  invalid: [
    // Nothing in the project associates a PostHog user: Amplitude's setGroup is another SDK's, `ButtonGroup(` no group call.
    {
      code: identifyOnly,
      filename: aloneModule,
      errors: [{ messageId: 'noGroupCall', ...at(identifyOnly, `posthog.identify('u1')`) }],
    },
    // Segment's browser SDK does not remember the group: stickyGroups does not speak for it.
    {
      code: `analytics.identify('u1');`,
      filename: aloneModule,
      settings: { 'b2b-tracking': { stickyGroups: true } },
      errors: [{ messageId: 'noGroupCall', ...at(`analytics.identify('u1');`, `analytics.identify('u1')`) }],
    },
    // An imported module with no group call does not count.
    {
      code: `import { SIGN_UP } from '../lib/events';\n${identifyOnly}`,
      filename: aloneModule,
      errors: [{ messageId: 'noGroupCall', ...at(`import { SIGN_UP } from '../lib/events';\n${identifyOnly}`, `posthog.identify('u1')`) }],
    },
    // The same component where nothing near it sets a PostHog group.
    {
      code: hookIdentify,
      filename: aloneModule,
      errors: [{ messageId: 'noGroupCall', ...at(hookIdentify, `posthog.identify(userId)`) }],
    },
    // A team's identify wrapper named in `callees` may call any SDK: only its own module and its imports are read.
    {
      code: `identifyUser('u1');`,
      filename: identifyModule,
      settings: { 'b2b-tracking': { callees: { identify: ['identifyUser'] } } },
      errors: [{ messageId: 'noGroupCall', ...at(`identifyUser('u1');`, `identifyUser('u1')`) }],
    },
  ],
});

tsRuleTester.run('require-group-after-identify: a server SDK, the group set elsewhere (TypeScript)', requireGroupAfterIdentify, {
  valid: [
    // posthog-node: an event in events/capture.ts carries the account, which associates the user.
    { code: posthogNodeIdentify, filename: `${serverApp}src/users/identify.ts` },
  ],
  invalid: [
    // jobs.ts sends events without their account (its `groups` is a count among the properties).
    {
      code: posthogNodeIdentify,
      filename: `${otherSdksApp}src/server/identify.ts`,
      errors: [
        {
          messageId: 'noGroupCall',
          data: { how: 'send the account with their events, `capture({ distinctId, event, groups: { company: accountId } })`' },
          ...at(posthogNodeIdentify, `client.identify({ distinctId: 'u1', properties: { email: 'e' } })`),
        },
      ],
    },
  ],
});

jsRuleTester.run('require-group-after-identify: the group set elsewhere (JavaScript)', requireGroupAfterIdentify, {
  valid: [
    // Mixpanel's set_group in lib/mixpanel.js, read by espree as the linted file is.
    { code: `import mixpanel from 'mixpanel-browser';\nmixpanel.identify('u1');`, filename: `${otherSdksApp}src/pages/login.js` },
  ],
  invalid: [
    {
      code: identifyOnly,
      filename: `${otherSdksApp}src/pages/login.js`,
      errors: [{ messageId: 'noGroupCall', ...at(identifyOnly, `posthog.identify('u1')`) }],
    },
  ],
});

// ---------------------------------------------------------------------------
// `callees`: a private method, and a path into an array element.

const privateMethod = (name: string) => `class Reports {\n  #capture(event: string, properties: object) {\n    send(event, properties);\n  }\n  exported() {\n    this.#capture(${name}, {});\n  }\n}`;
const privateEntry = { 'b2b-tracking': { stickyGroups: true, callees: { track: [{ callee: 'this.#capture', event: '0', properties: '1' }] } } };
const batch = (name: string) => `trackEvents([{ name: ${name}, properties: {} }]);`;
const batchEntry = { 'b2b-tracking': { stickyGroups: true, callees: { track: [{ callee: 'trackEvents', event: '0.0.name', properties: '0.0.properties' }] } } };

const aliased = (name: string) => `${segmentWrapper}export const track = trackEvent;\ntrack(${name}, {}, { context: { groupId: accountId } });`;

jsRuleTester.run('event-name-format: a wrapper under another name (JavaScript)', eventNameFormat, {
  valid: [{ code: aliased(`'Report Exported'`), settings }],
  invalid: [
    {
      code: aliased(`'report exported'`),
      settings,
      output: aliased(`'Report Exported'`),
      errors: [{ messageId: 'wrongStyle', ...at(aliased(`'report exported'`), `'report exported'`), suggestions: [] }],
    },
  ],
});

tsRuleTester.run('event-name-format: callees naming this.#method and array elements (TypeScript)', eventNameFormat, {
  valid: [
    { code: privateMethod(`'Report Exported'`), settings: privateEntry },
    // `#capture` is not `capture`: without the entry, the call is no one's.
    { code: privateMethod(`'report exported'`), settings },
    { code: batch(`'Report Exported'`), settings: batchEntry },
    // What a spread may put first cannot be seen.
    { code: `trackEvents([...pending, { name: 'report exported' }]);`, settings: batchEntry },
  ],
  invalid: [
    {
      code: privateMethod(`'report exported'`),
      settings: privateEntry,
      output: privateMethod(`'Report Exported'`),
      errors: [{ messageId: 'wrongStyle', ...at(privateMethod(`'report exported'`), `'report exported'`), suggestions: [] }],
    },
    {
      code: batch(`'report exported'`),
      settings: batchEntry,
      output: batch(`'Report Exported'`),
      errors: [{ messageId: 'wrongStyle', ...at(batch(`'report exported'`), `'report exported'`), suggestions: [] }],
    },
  ],
});

// A hook that returns the wrapper itself: `const capture = useCapture(); capture('…', {})`.
const callbackHook = `import { usePostHog } from 'posthog-js/react';
import { useCallback } from 'react';
export const useCapture = () => {
  const posthog = usePostHog();
  return useCallback(
    function capture(eventName: string, properties?: Record<string, unknown>) {
      return posthog.capture(eventName, properties);
    },
    [posthog],
  );
};
`;
const arrowHook = `import posthog from 'posthog-js';
function useCapture() {
  const capture = (event, properties) => posthog.capture(event, properties);
  return capture;
}
`;
const callbackCall = `${callbackHook}function Save() {\n  const capture = useCapture();\n  return <button onClick={() => capture('button clicked', { $groups: { company: accountId } })} />;\n}`;
const arrowCall = `${arrowHook}function Save() {\n  const track = useCapture();\n  return <button onClick={() => track('Button Clicked', { location: 'header' })} />;\n}`;

tsxRuleTester.run('event-name-format: a hook that returns its wrapper (useCallback, TSX)', eventNameFormat, {
  valid: [
    { code: callbackCall.replace("'button clicked'", "'Button Clicked'"), settings },
    // A hook that returns something else than a forwarding function is no wrapper: its callers are not checked.
    { code: `import posthog from 'posthog-js';\nfunction useLabel() {\n  return (name) => \`\${name} clicked\`;\n}\nconst label = useLabel();\nlabel('button clicked');`, settings },
  ],
  invalid: [
    {
      code: callbackCall,
      settings,
      output: callbackCall.replace("'button clicked'", "'Button Clicked'"),
      errors: [{ messageId: 'wrongStyle', ...at(callbackCall, `'button clicked'`), suggestions: [] }],
    },
  ],
});

tsxRuleTester.run('require-group-context: a hook that returns its wrapper (a local arrow, JSX)', requireGroupContext, {
  valid: [arrowCall.replace("{ location: 'header' }", "{ location: 'header', $groups: { company: accountId } }")],
  invalid: [
    {
      code: arrowCall,
      errors: [
        {
          messageId: 'missingGroupContextWrapper',
          ...at(arrowCall, `track('Button Clicked', { location: 'header' })`),
          suggestions: [{ messageId: 'addGroupContext', output: arrowCall.replace("{ location: 'header' }", "{ location: 'header', $groups: { company: accountId } }") }],
        },
      ],
    },
  ],
});

// A hook's module that sets PostHog's remembered group (in an effect) is where the team keeps it: the calls made
// through its wrapper are sent with it. The same wrapper in a module that sets no group is reported where it is called.
const groupHookApp = fileURLToPath(new URL('../fixtures/projects/group-hook-app/', import.meta.url));
const modal = (hook: string) => `import { ${hook} } from '../hooks/${hook}';
export function ExportButton() {
  const { capture } = ${hook}();
  return <button onClick={() => capture('Report Exported', { format: 'csv' })}>Export</button>;
}`;
tsxRuleTester.run('require-group-context: a hook whose module sets the remembered group (TSX)', requireGroupContext, {
  valid: [{ code: modal('useWorkspaceTracking'), filename: `${groupHookApp}src/components/ExportButton.tsx` }],
  invalid: [
    {
      code: modal('usePlainTracking'),
      filename: `${groupHookApp}src/components/ExportButton.tsx`,
      errors: [
        {
          messageId: 'missingGroupContextWrapper',
          ...at(modal('usePlainTracking'), `capture('Report Exported', { format: 'csv' })`),
          suggestions: [
            {
              messageId: 'addGroupContext',
              output: modal('usePlainTracking').replace(`{ format: 'csv' }`, `{ format: 'csv', $groups: { company: accountId } }`),
            },
          ],
        },
      ],
    },
  ],
});
