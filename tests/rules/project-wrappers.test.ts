/**
 * Wrappers and clients found from their definitions, in the shapes real apps
 * write besides plain functions and hooks: a function that hands the whole
 * event on, a getter or hook that returns the client itself, class methods
 * (instance, static, `#private`, and a service handed to a constructor).
 */
import { fileURLToPath } from 'node:url';
import eventNameFormat from '../../src/rules/event-name-format.js';
import requireGroupContext from '../../src/rules/require-group-context.js';
import { at } from '../positions.js';
import { jsRuleTester, tsRuleTester, tsxRuleTester } from '../rule-tester.js';

const app = fileURLToPath(new URL('../fixtures/projects/next-app/', import.meta.url));
const sticky = { 'b2b-tracking': { stickyGroups: true } };

// ---------------------------------------------------------------------------
// A wrapper that hands the whole event on: `(event) => analytics.track(event)`.

const wholeEvent = `export function trackAnalytics(args) {\n  analytics.track(args);\n}\n`;
const wholeCall = (event: string) => `${wholeEvent}trackAnalytics({ userId: 'u1', event: ${event}, properties: { format: 'csv' } });`;
const arrowWhole = (call: string) => `const send = (event) => analytics.track(event);\n${call}`;

jsRuleTester.run('require-group-context: a wrapper that hands the whole event on (JavaScript)', requireGroupContext, {
  valid: [
    // The forwarding body is not reported: what `args` is cannot be seen there, so no browser-form suggestion is made.
    wholeEvent,
    `${wholeEvent}trackAnalytics({ userId: 'u1', event: 'Report Exported', context: { groupId: accountId } });`,
    arrowWhole(`send({ userId: 'u1', event: 'Report Exported', context: { groupId: accountId } });`),
    // A caller that passes the name alone uses the browser form, which gives it no place for the account.
    arrowWhole(`send('Report Exported');`),
    // What a variable holds cannot be seen.
    arrowWhole(`send(payload);`),
  ],
  invalid: [
    {
      code: wholeCall(`'Report Exported'`),
      errors: [
        {
          messageId: 'missingGroupContextServer',
          ...at(wholeCall(`'Report Exported'`), `trackAnalytics({ userId: 'u1', event: 'Report Exported', properties: { format: 'csv' } })`),
          suggestions: [
            {
              messageId: 'addGroupContext',
              output: `${wholeEvent}trackAnalytics({ userId: 'u1', event: 'Report Exported', properties: { format: 'csv' }, context: { groupId: accountId } });`,
            },
          ],
        },
      ],
    },
    {
      code: arrowWhole(`send({ userId: 'u1', event: 'Report Exported' });`),
      errors: [
        {
          messageId: 'missingGroupContextServer',
          ...at(arrowWhole(`send({ userId: 'u1', event: 'Report Exported' });`), `send({ userId: 'u1', event: 'Report Exported' })`),
          suggestions: [{ messageId: 'addGroupContext', output: arrowWhole(`send({ userId: 'u1', event: 'Report Exported', context: { groupId: accountId } });`) }],
        },
      ],
    },
  ],
});

const typedName = `function trackEvent(event: string) {\n  analytics.track(event);\n}\ntrackEvent('Report Exported');`;

tsRuleTester.run('require-group-context: a parameter that says it is a name keeps the name form (TypeScript)', requireGroupContext, {
  valid: [`type TrackArgs = { userId: string; event: string };\nexport const trackAnalytics = (args: TrackArgs) => analytics.track(args);\ntrackAnalytics({ userId: 'u1', event: 'Report Exported', context: { groupId: accountId } });`],
  invalid: [
    // Typed `string`: the browser form's name, so its callers have no place for the account and the body is reported.
    {
      code: typedName,
      errors: [
        {
          messageId: 'missingGroupContext',
          ...at(typedName, 'analytics.track(event)'),
          suggestions: [{ messageId: 'addGroupContext', output: typedName.replace('track(event)', 'track(event, {}, { context: { groupId: accountId } })') }],
        },
      ],
    },
  ],
});

const wholeTyped = (event: string) => `type TrackArgs = { userId: string; event: string };\nexport const trackAnalytics = (args: TrackArgs) => analytics.track(args);\ntrackAnalytics({ userId: 'u1', event: ${event}, context: { groupId: accountId } });\ntrackAnalytics(${event});`;

tsRuleTester.run('event-name-format: the name inside a whole event handed on, and the name alone (TypeScript)', eventNameFormat, {
  valid: [{ code: wholeTyped(`'Report Exported'`), settings: sticky }],
  invalid: [
    {
      code: wholeTyped(`'report exported'`),
      settings: sticky,
      output: wholeTyped(`'Report Exported'`),
      errors: [
        { messageId: 'wrongStyle', ...at(wholeTyped(`'report exported'`), `'report exported'`, 0), suggestions: [] },
        { messageId: 'wrongStyle', ...at(wholeTyped(`'report exported'`), `'report exported'`, 1), suggestions: [] },
      ],
    },
  ],
});

// ---------------------------------------------------------------------------
// A hook or getter that returns the client itself (fixtures: src/hooks/useTracking.ts, src/server/client.ts).

const page = `${app}src/app/settings/Save.tsx`;
const route = `${app}src/app/api/export/route.ts`;
const hookCall = (name: string) =>
  `import { useTracking } from '@/hooks/useTracking';\nexport function Save() {\n  const ph = useTracking();\n  return <button onClick={() => ph.capture(${name})} />;\n}`;
const hookAtOnce = (name: string) => `import { useTracking } from '@/hooks/useTracking';\nexport function Save() {\n  useTracking().capture(${name}, { format: 'csv' });\n  return null;\n}`;

tsxRuleTester.run('event-name-format: a hook that returns the posthog-js client (TSX)', eventNameFormat, {
  valid: [
    { code: hookCall(`'Report Exported'`), filename: page, settings: sticky },
    // A hook that returns the client on one path and something else on another is no client.
    { code: `import { useMaybeTracking } from '@/hooks/useTracking';\nexport function Save() {\n  const ph = useMaybeTracking(true);\n  ph.capture('report exported');\n  return null;\n}`, filename: page, settings: sticky },
  ],
  invalid: [
    {
      code: hookCall(`'report exported'`),
      filename: page,
      settings: sticky,
      output: hookCall(`'Report Exported'`),
      errors: [{ messageId: 'wrongStyle', ...at(hookCall(`'report exported'`), `'report exported'`), suggestions: [] }],
    },
    {
      code: hookAtOnce(`'report exported'`),
      filename: page,
      settings: sticky,
      output: hookAtOnce(`'Report Exported'`),
      errors: [{ messageId: 'wrongStyle', ...at(hookAtOnce(`'report exported'`), `'report exported'`), suggestions: [] }],
    },
  ],
});

const serverCall = (event: string) =>
  `import { getServerClient } from '@/server/client';\nexport async function POST(userId: string) {\n  const client = await getServerClient();\n  client.capture(${event});\n}`;
const singletonCall = (event: string) => `import { getPostHogClient } from '@/server/client';\nexport function POST(userId: string) {\n  getPostHogClient().capture(${event});\n}`;

tsRuleTester.run('require-group-context: a server getter that returns a posthog-node client (TypeScript)', requireGroupContext, {
  valid: [
    { code: serverCall(`{ distinctId: userId, event: 'Report Exported', groups: { company: orgId } }`), filename: route },
    { code: singletonCall(`{ distinctId: userId, event: 'Report Exported', groups: { company: orgId } }`), filename: route },
  ],
  invalid: [
    {
      code: serverCall(`{ distinctId: userId, event: 'Report Exported' }`),
      filename: route,
      errors: [
        {
          messageId: 'missingGroupContextServer',
          ...at(serverCall(`{ distinctId: userId, event: 'Report Exported' }`), `client.capture({ distinctId: userId, event: 'Report Exported' })`),
          suggestions: [{ messageId: 'addGroupContext', output: serverCall(`{ distinctId: userId, event: 'Report Exported', groups: { company: accountId } }`) }],
        },
      ],
    },
    // `let client = null; … client = new PostHog(key); return client`: the client made once.
    {
      code: singletonCall(`{ distinctId: userId, event: 'Report Exported' }`),
      filename: route,
      errors: [
        {
          messageId: 'missingGroupContextServer',
          ...at(singletonCall(`{ distinctId: userId, event: 'Report Exported' }`), `getPostHogClient().capture({ distinctId: userId, event: 'Report Exported' })`),
          suggestions: [{ messageId: 'addGroupContext', output: singletonCall(`{ distinctId: userId, event: 'Report Exported', groups: { company: accountId } }`) }],
        },
      ],
    },
  ],
});

const localGetter = (event: string) =>
  `import { PostHog } from 'posthog-node';\nfunction getClient() {\n  return new PostHog('key');\n}\nexport function send() {\n  const client = getClient();\n  client.capture({ distinctId: 'u1', event: ${event} });\n}`;

jsRuleTester.run('event-name-format: a getter in the same module that returns the client (JavaScript)', eventNameFormat, {
  valid: [
    { code: localGetter(`'Report Exported'`), settings: sticky },
    // A getter that may return two different SDKs' clients returns no one client.
    { code: `import { PostHog } from 'posthog-node';\nfunction getClient(server) {\n  return server ? new PostHog('key') : window.analytics;\n}\ngetClient(true).capture({ distinctId: 'u1', event: 'report exported' });`, settings: sticky },
  ],
  invalid: [
    {
      code: localGetter(`'report exported'`),
      settings: sticky,
      output: localGetter(`'Report Exported'`),
      errors: [{ messageId: 'wrongStyle', ...at(localGetter(`'report exported'`), `'report exported'`), suggestions: [] }],
    },
  ],
});

// ---------------------------------------------------------------------------
// Class methods: on an instance, on the class, on `this` (also `#private`), and a service handed to a constructor.

const ownClass = (call: string) =>
  `import posthog from 'posthog-js';\nclass Analytics {\n  track(event, props) {\n    posthog.capture(event, props);\n  }\n  static send(event) {\n    posthog.capture(event, { source: 'static' });\n  }\n}\nconst analytics = new Analytics();\n${call}`;
const privateCapture = (name: string) =>
  `import posthog from 'posthog-js';\nclass Reports {\n  #capture(name, props) {\n    posthog.capture(name, props);\n  }\n  exported() {\n    this.#capture(${name}, { format: 'csv' });\n  }\n}`;
const twice = `import posthog from 'posthog-js';\nclass Analytics {\n  track(event, props) {\n    posthog.capture(event, props);\n    posthog.capture(event, { ...props, copy: true });\n  }\n}\nconst analytics = new Analytics();\nanalytics.track('report exported', {});`;

jsRuleTester.run('event-name-format: class methods found from their definitions (JavaScript)', eventNameFormat, {
  valid: [
    { code: ownClass(`analytics.track('Report Exported', {});`), settings: sticky },
    { code: privateCapture(`'Report Exported'`), settings: sticky },
    // The forwarding body is not reported, though its own call's name cannot be read.
    { code: ownClass(`Analytics.send('Report Exported');`), settings: sticky },
    // Another `reporting` (a parameter) is not the instance; an instance method is not called on the class.
    {
      code: ownClass(`const reporting = new Analytics();\nreporting.track('Report Exported', {});\nfunction report(reporting) {\n  reporting.track('report exported', {});\n}\nAnalytics.track('report exported', {});`),
      settings: sticky,
    },
    // Two calls in the method: nothing is inferred, and `analytics`, an instance of the team's class, is not read as Segment's.
    { code: twice, settings: sticky },
    // Two different classes' `#capture`: a call outside the class is not its method.
    { code: `${privateCapture(`'Report Exported'`)}\nclass Other {\n  #capture(name) {\n    return name;\n  }\n  run() {\n    this.#capture('report exported');\n  }\n}`, settings: sticky },
  ],
  invalid: [
    {
      code: ownClass(`analytics.track('report exported', {});`),
      settings: sticky,
      output: ownClass(`analytics.track('Report Exported', {});`),
      errors: [{ messageId: 'wrongStyle', ...at(ownClass(`analytics.track('report exported', {});`), `'report exported'`), suggestions: [] }],
    },
    {
      code: ownClass(`Analytics.send('report exported');`),
      settings: sticky,
      output: ownClass(`Analytics.send('Report Exported');`),
      errors: [{ messageId: 'wrongStyle', ...at(ownClass(`Analytics.send('report exported');`), `'report exported'`), suggestions: [] }],
    },
    {
      code: privateCapture(`'report exported'`),
      settings: sticky,
      output: privateCapture(`'Report Exported'`),
      errors: [{ messageId: 'wrongStyle', ...at(privateCapture(`'report exported'`), `'report exported'`), suggestions: [] }],
    },
  ],
});

const controller = `${app}src/server/reports.controller.ts`;
const nestController = (call: string) =>
  `import { AnalyticsService } from './analytics.service';\nexport class ReportsController {\n  constructor(private readonly analyticsService: AnalyticsService) {}\n  exported(userId: string) {\n    ${call};\n  }\n}`;

tsRuleTester.run('require-group-context: a NestJS-style service handed to a constructor (TypeScript)', requireGroupContext, {
  valid: [
    { code: nestController(`this.analyticsService.capture(userId, 'Report Exported', { $groups: { company: orgId } })`), filename: controller },
    // The service's method builds the name: nothing is inferred for it.
    { code: nestController(`this.analyticsService.captureClick(userId, 'save')`), filename: controller },
    // A parameter whose type is not the service: its `capture` is no one's.
    {
      code: `import { AnalyticsService } from './analytics.service';\nexport class Jobs {\n  constructor(private readonly analyticsService: Queue) {}\n  run(userId: string) {\n    this.analyticsService.capture(userId, 'Report Exported', {});\n  }\n}`,
      filename: controller,
    },
  ],
  invalid: [
    {
      code: nestController(`this.analyticsService.capture(userId, 'Report Exported', { format: 'csv' })`),
      filename: controller,
      errors: [
        {
          messageId: 'missingGroupContextServer',
          ...at(nestController(`this.analyticsService.capture(userId, 'Report Exported', { format: 'csv' })`), `this.analyticsService.capture(userId, 'Report Exported', { format: 'csv' })`),
          suggestions: [
            { messageId: 'addGroupContext', output: nestController(`this.analyticsService.capture(userId, 'Report Exported', { format: 'csv', $groups: { company: accountId } })`) },
          ],
        },
      ],
    },
  ],
});

const reportsPage = `${app}src/app/reports/page.tsx`;
const importedInstance = (name: string) =>
  `import { productAnalytics, ProductAnalytics } from '@/lib/product-analytics';\nexport function Export() {\n  return <button onClick={() => productAnalytics.track(${name}, { format: 'csv' })} />;\n}\nProductAnalytics.capture(${name});`;

tsxRuleTester.run('event-name-format: an imported instance and a static method (TSX)', eventNameFormat, {
  valid: [
    { code: importedInstance(`'Report Exported'`), filename: reportsPage, settings: sticky },
    // A method that calls capture twice infers nothing: its callers are not checked.
    { code: `import { productAnalytics } from '@/lib/product-analytics';\nproductAnalytics.trackTwice('report exported', {});`, filename: reportsPage, settings: sticky },
  ],
  invalid: [
    {
      code: `import tracker from '@/lib/tracker-instance';\ntracker.track('report exported', {});`,
      filename: reportsPage,
      settings: sticky,
      output: `import tracker from '@/lib/tracker-instance';\ntracker.track('Report Exported', {});`,
      errors: [{ messageId: 'wrongStyle', ...at(`import tracker from '@/lib/tracker-instance';\ntracker.track('report exported', {});`, `'report exported'`), suggestions: [] }],
    },
    {
      code: importedInstance(`'report exported'`),
      filename: reportsPage,
      settings: sticky,
      output: importedInstance(`'Report Exported'`),
      errors: [
        { messageId: 'wrongStyle', ...at(importedInstance(`'report exported'`), `'report exported'`, 0), suggestions: [] },
        { messageId: 'wrongStyle', ...at(importedInstance(`'report exported'`), `'report exported'`, 1), suggestions: [] },
      ],
    },
  ],
});

// ---------------------------------------------------------------------------
// Across modules: a whole-event wrapper in lib/segment-events.js, a client typed by its SDK class.

const exportButton = (event: string, extra = '') =>
  `import { trackAnalytics, trackStep } from '@/lib/segment-events';\nexport function Export({ userId }) {\n  return <button onClick={() => trackAnalytics({ userId, event: ${event}, properties: { format: 'csv' }${extra} })} />;\n}\ntrackStep('report exported', {});`;

tsxRuleTester.run('require-group-context: an imported wrapper that hands the whole event on (JSX)', requireGroupContext, {
  valid: [{ code: exportButton(`'Report Exported'`, ', context: { groupId: accountId }'), filename: reportsPage }],
  invalid: [
    {
      code: exportButton(`'Report Exported'`),
      filename: reportsPage,
      errors: [
        {
          messageId: 'missingGroupContextServer',
          ...at(exportButton(`'Report Exported'`), `trackAnalytics({ userId, event: 'Report Exported', properties: { format: 'csv' } })`),
          suggestions: [{ messageId: 'addGroupContext', output: exportButton(`'Report Exported'`, ', context: { groupId: accountId }') }],
        },
      ],
    },
  ],
});

tsxRuleTester.run('event-name-format: an imported wrapper that hands the whole event on (JSX)', eventNameFormat, {
  // `trackStep` switches over kinds: its calls are not checked.
  valid: [{ code: exportButton(`'Report Exported'`), filename: reportsPage, settings: sticky }],
  invalid: [
    {
      code: exportButton(`'report exported'`),
      filename: reportsPage,
      settings: sticky,
      output: exportButton(`'Report Exported'`),
      errors: [{ messageId: 'wrongStyle', ...at(exportButton(`'report exported'`), `'report exported'`), suggestions: [] }],
    },
  ],
});

const typedParameter = (event: string) =>
  `import type { PostHog } from 'posthog-node';\nexport function reportExported(client: PostHog, userId: string) {\n  client.capture({ distinctId: userId, event: ${event} });\n}`;
const typedField = `import { PostHog } from 'posthog-node';\nclass Reports {\n  private readonly client: PostHog;\n  send(userId: string) {\n    this.client.capture({ distinctId: userId, event: 'Report Exported' });\n  }\n}`;

tsRuleTester.run('require-group-context: a client known by the SDK class its annotation names (TypeScript)', requireGroupContext, {
  valid: [
    typedParameter(`'Report Exported'`).replace('event: ', 'groups: { company: orgId }, event: '),
    // A type of another package, though named alike, is not the SDK's.
    `import type { PostHog } from './types';\nexport function send(client: PostHog, userId: string) {\n  client.capture({ distinctId: userId, event: 'Report Exported' });\n}`,
  ],
  invalid: [
    {
      code: typedParameter(`'Report Exported'`),
      errors: [
        {
          messageId: 'missingGroupContextServer',
          ...at(typedParameter(`'Report Exported'`), `client.capture({ distinctId: userId, event: 'Report Exported' })`),
          suggestions: [{ messageId: 'addGroupContext', output: typedParameter(`'Report Exported'`).replace(`'Report Exported' }`, `'Report Exported', groups: { company: accountId } }`) }],
        },
      ],
    },
    {
      code: typedField,
      errors: [
        {
          messageId: 'missingGroupContextServer',
          ...at(typedField, `this.client.capture({ distinctId: userId, event: 'Report Exported' })`),
          suggestions: [{ messageId: 'addGroupContext', output: typedField.replace(`'Report Exported' }`, `'Report Exported', groups: { company: accountId } }`) }],
        },
      ],
    },
  ],
});

// A service that makes its client in the constructor only when configured (`private client: PostHog | null = null`).
const configuredService = (call: string) =>
  `import { PostHog } from 'posthog-node';\nexport class PosthogService {\n  private client: PostHog | null = null;\n  constructor(key?: string) {\n    if (key) {\n      this.client = new PostHog(key);\n    }\n  }\n  capture(distinctId: string, event: string, properties?: Record<string, unknown>) {\n    if (!this.client) return;\n    this.client.capture({ distinctId, event, properties });\n  }\n}\nconst service = new PosthogService('key');\n${call}`;

tsRuleTester.run('require-group-context: a service whose client is made under an if in its constructor (TypeScript)', requireGroupContext, {
  valid: [configuredService(`service.capture('u1', 'Report Exported', { format: 'csv', $groups: { company: orgId } });`)],
  invalid: [
    {
      code: configuredService(`service.capture('u1', 'Report Exported', { format: 'csv' });`),
      errors: [
        {
          messageId: 'missingGroupContextServer',
          ...at(configuredService(`service.capture('u1', 'Report Exported', { format: 'csv' });`), `service.capture('u1', 'Report Exported', { format: 'csv' })`),
          suggestions: [{ messageId: 'addGroupContext', output: configuredService(`service.capture('u1', 'Report Exported', { format: 'csv', $groups: { company: accountId } });`) }],
        },
      ],
    },
  ],
});

// The name alone, through a constant: the name form, checked at the argument and fixed where the string is written.
const constantName = (name: string) => arrowWhole(`const EVENTS = { exported: ${name} };\nsend(EVENTS.exported);\nsend(payload);`);

jsRuleTester.run('event-name-format: a whole-event wrapper handed a constant name (JavaScript)', eventNameFormat, {
  valid: [{ code: constantName(`'Report Exported'`), settings: sticky }],
  invalid: [
    {
      code: constantName(`'report exported'`),
      settings: sticky,
      output: constantName(`'Report Exported'`),
      errors: [{ messageId: 'wrongStyle', ...at(constantName(`'report exported'`), 'EVENTS.exported'), suggestions: [] }],
    },
  ],
});

// A package's class, not one of the project: its instance under a conventional name is still read by that name.
const packageInstance = (name: string) => `import { Mixpanel } from 'mixpanel-react-native';\nconst mixpanel = new Mixpanel('token', true);\nmixpanel.track(${name});`;

jsRuleTester.run('event-name-format: an instance of a package class keeps its conventional name (JavaScript)', eventNameFormat, {
  valid: [
    { code: packageInstance(`'Report Exported'`), settings: sticky },
    // A package's class that names no SDK: `analytics` there is not Segment's, and its names are not judged.
    { code: `import { Tracker } from '@acme/tracker';\nconst analytics = new Tracker();\nanalytics.track('report exported', {});`, settings: sticky },
  ],
  invalid: [
    {
      code: packageInstance(`'report exported'`),
      settings: sticky,
      output: packageInstance(`'Report Exported'`),
      errors: [{ messageId: 'wrongStyle', ...at(packageInstance(`'report exported'`), `'report exported'`), suggestions: [] }],
    },
  ],
});

tsRuleTester.run('require-group-context: an instance of a package class that names no SDK (TypeScript)', requireGroupContext, {
  valid: [`import { Tracker } from '@acme/tracker';\nconst analytics = new Tracker();\nanalytics.track('Report Exported', { format: 'csv' });`],
  invalid: [],
});

// ---------------------------------------------------------------------------
// A getter that returns the loaded client, or null while there is none: `await getReadyClient()` is Segment's client,
// reached through `AnalyticsBrowser.load(…).then(…).catch(…)`, and the function that tracks with it is a wrapper.

const readyPage = `${app}src/app/ready.tsx`;
const readyCall = (call: string) => `import { sendSegmentEvent } from '../lib/segment-send';\n${call}`;
tsxRuleTester.run('a wrapper over a getter that returns the loaded client (TSX)', eventNameFormat, {
  valid: [{ code: readyCall(`sendSegmentEvent('Report Exported', { format: 'csv' });`), filename: readyPage }],
  invalid: [
    {
      code: readyCall(`sendSegmentEvent('report exported', { format: 'csv' });`),
      filename: readyPage,
      output: readyCall(`sendSegmentEvent('Report Exported', { format: 'csv' });`),
      errors: [{ messageId: 'wrongStyle', ...at(readyCall(`sendSegmentEvent('report exported', { format: 'csv' });`), `'report exported'`), suggestions: [] }],
    },
  ],
});
tsxRuleTester.run('require-group-context: a wrapper over a getter that returns the loaded client (TSX)', requireGroupContext, {
  valid: [{ code: readyCall(`sendSegmentEvent('Report Exported', { format: 'csv' }, { context: { groupId: accountId } });`), filename: readyPage }],
  invalid: [
    {
      code: readyCall(`sendSegmentEvent('Report Exported', { format: 'csv' });`),
      filename: readyPage,
      errors: [
        {
          messageId: 'missingGroupContextWrapper',
          ...at(readyCall(`sendSegmentEvent('Report Exported', { format: 'csv' });`), `sendSegmentEvent('Report Exported', { format: 'csv' })`),
          suggestions: [
            {
              messageId: 'addGroupContext',
              output: readyCall(`sendSegmentEvent('Report Exported', { format: 'csv' }, { context: { groupId: accountId } });`),
            },
          ],
        },
      ],
    },
  ],
});

// ---------------------------------------------------------------------------
// An object of the project under an SDK's conventional name (`analytics`) whose methods wrap another SDK: its methods are
// wrappers of that SDK, and a call is given that SDK's advice (`$groups`), not Segment's (`context.groupId`).

const objectPage = `${app}src/app/object.tsx`;
const objectCall = (call: string) => `import { analytics } from '../lib/posthog-object';\n${call}`;
tsxRuleTester.run('require-group-context: an object of the project under a conventional name (TSX)', requireGroupContext, {
  valid: [{ code: objectCall(`analytics.track('Report Exported', { format: 'csv', $groups: { company: accountId } });`), filename: objectPage }],
  invalid: [
    {
      code: objectCall(`analytics.track('Report Exported', { format: 'csv' });`),
      filename: objectPage,
      errors: [
        {
          messageId: 'missingGroupContextWrapper',
          ...at(objectCall(`analytics.track('Report Exported', { format: 'csv' });`), `analytics.track('Report Exported', { format: 'csv' })`),
          suggestions: [
            {
              messageId: 'addGroupContext',
              output: objectCall(`analytics.track('Report Exported', { format: 'csv', $groups: { company: accountId } });`),
            },
          ],
        },
      ],
    },
  ],
});
