/**
 * What this plugin knows about each analytics SDK, as data: its packages, its
 * conventional global names, the arguments of each method in its browser and
 * server forms, and where it carries the account (group) of an event.
 * Teaching the plugin a new SDK or method starts (and mostly ends) here.
 */

export type SdkId = 'segment' | 'rudderstack' | 'amplitude' | 'mixpanel' | 'posthog' | 'accoil';
export type Platform = 'browser' | 'server';
export type CallKind = 'track' | 'identify' | 'group' | 'reset';

/**
 * One method's arguments as argument paths: `"1"` is the second argument,
 * `"0.event"` the key `event` of the first.
 */
export interface MethodShape {
  kind: CallKind;
  event?: string;
  properties?: string;
  options?: string;
  traits?: string;
  userId?: string;
  groupId?: string;
  groupType?: string;
  /** Paths whose presence gives a track call its account, besides the `groupProperties` keys. */
  groupContext?: string[];
  /** What a suggestion puts at the first `groupContext` path (default `accountId`). */
  groupContextValue?: string;
  /** How this method carries the account, for messages, where it differs from the SDK's `groupContextHint`. */
  groupContextHint?: string;
  /** A wrapper whose body sends the account by itself: its calls need none. */
  addsGroupContext?: boolean;
  /**
   * A group call that links the current user to the account (not only one that
   * describes the account); on a track call, the group it carries (`groupContext`)
   * links the user to it too (PostHog's server `capture({ distinctId, groups })`).
   */
  associatesUser?: boolean;
  /** A browser group call whose group the SDK remembers and adds to every later event. */
  setsActiveGroup?: boolean;
}

/** What a module's import (or require) of a package binds. */
export interface PackageExport {
  /** `default`, `*` (namespace or whole `require`), or a named export. */
  name: string;
  /**
   * - `client`: the binding is a ready client (`import posthog from 'posthog-js'`).
   * - `factory`: it builds clients (`new PostHog()`, `AnalyticsBrowser.load()`, `Mixpanel.init()`).
   * - `method`: it is one of the SDK's functions (`import { track } from '@amplitude/analytics-browser'`).
   */
  role: 'client' | 'factory' | 'method';
}

export interface SdkPackage {
  name: string;
  platform: Platform;
  exports: PackageExport[];
  /**
   * The types of its clients, so that with type information a client passed
   * around is known whatever its name: `TypeName` when this package declares
   * it, `package#TypeName` when another does (Amplitude's are declared in
   * `@amplitude/analytics-core`). A namespace import whose `*` export is a
   * client counts too.
   */
  clientTypes?: string[];
}

export interface SdkDefinition {
  id: SdkId;
  label: string;
  packages: SdkPackage[];
  /**
   * A package scope that is all this SDK's (`@rudderstack/`): a package in it that
   * `packages` does not list is read like the listed one of its platform, the
   * server one when its name matches `serverNames` (`-node`, `service-worker`).
   */
  packageScope?: { scope: string; serverNames: RegExp; like: Record<Platform, string> };
  /** Names the SDK's snippet or docs use for its client, also reached as `window.X`. */
  globals: string[];
  /** Browser form (also the form of a conventional name whose first argument is not an object). */
  browser: Record<string, MethodShape>;
  /**
   * Browser methods called with one object instead of positional arguments
   * (Segment's `identify(traits)`, Amplitude's `track({ event_type })`).
   */
  browserObjectForm?: Record<string, MethodShape>;
  /** Server form: used for clients imported from a server package. */
  server: Record<string, MethodShape>;
  /**
   * Keys of a first-argument object that show the server form on a client
   * whose package is not known (`analytics.track({ userId, event })`).
   */
  serverMarkers: string[];
  /** Keys of the properties (second) argument that show the server form the same way (Mixpanel's `distinct_id`). */
  serverPropertyMarkers?: string[];
  /** How this SDK carries an event's account, in words, for messages. */
  groupContextHint: Record<Platform, string>;
  /** Browser calls of the SDK that remember the group for later events. */
  remembersGroup: boolean;
  /** Its track call takes event properties (Accoil's takes the name only). */
  takesProperties: boolean;
}

const segmentLikeBrowser: Record<string, MethodShape> = {
  track: { kind: 'track', event: '0', properties: '1', options: '2', groupContext: ['2.context.groupId'] },
  identify: { kind: 'identify', userId: '0', traits: '1', options: '2' },
  group: { kind: 'group', groupId: '0', traits: '1', options: '2', associatesUser: true },
  reset: { kind: 'reset' },
};
const segmentLikeBrowserObject: Record<string, MethodShape> = {
  identify: { kind: 'identify', traits: '0', options: '1' },
};
const segmentLikeServer: Record<string, MethodShape> = {
  track: {
    kind: 'track',
    event: '0.event',
    properties: '0.properties',
    userId: '0.userId',
    groupContext: ['0.context.groupId'],
  },
  identify: { kind: 'identify', userId: '0.userId', traits: '0.traits' },
  group: { kind: 'group', userId: '0.userId', groupId: '0.groupId', traits: '0.traits', associatesUser: true },
};

export const sdks: readonly SdkDefinition[] = [
  {
    id: 'segment',
    label: 'Segment',
    packages: [
      {
        name: '@segment/analytics-next',
        platform: 'browser',
        exports: [{ name: 'AnalyticsBrowser', role: 'factory' }],
        clientTypes: ['AnalyticsBrowser', 'Analytics'],
      },
      { name: '@segment/analytics-node', platform: 'server', exports: [{ name: 'Analytics', role: 'factory' }], clientTypes: ['Analytics'] },
      {
        name: 'analytics-node',
        platform: 'server',
        exports: [{ name: 'default', role: 'factory' }, { name: '*', role: 'factory' }],
        clientTypes: ['Analytics'],
      },
    ],
    globals: ['analytics'],
    browser: segmentLikeBrowser,
    server: segmentLikeServer,
    browserObjectForm: segmentLikeBrowserObject,
    serverMarkers: ['userId', 'anonymousId', 'event'],
    groupContextHint: {
      browser: 'pass the account in the options: `{ context: { groupId } }`',
      server: 'pass the account on the call: `context: { groupId }`',
    },
    remembersGroup: false,
    takesProperties: true,
  },
  {
    id: 'rudderstack',
    label: 'RudderStack',
    packages: [
      {
        name: '@rudderstack/analytics-js',
        platform: 'browser',
        exports: [{ name: 'RudderAnalytics', role: 'factory' }],
        clientTypes: ['RudderAnalytics'],
      },
      { name: 'rudder-sdk-js', platform: 'browser', exports: [{ name: '*', role: 'client' }, { name: 'default', role: 'client' }] },
      // Service workers and edge functions: the Node SDK's interface, `new Analytics(key, url).track({ userId, event })`.
      { name: '@rudderstack/analytics-js-service-worker', platform: 'server', exports: [{ name: 'Analytics', role: 'factory' }] },
      // `import rudderClient from '@rudderstack/rudder-sdk-react-native'`: the positional calls of the browser SDK, on a device.
      {
        name: '@rudderstack/rudder-sdk-react-native',
        platform: 'browser',
        exports: [{ name: 'default', role: 'client' }, { name: '*', role: 'client' }],
      },
      {
        name: '@rudderstack/rudder-sdk-node',
        platform: 'server',
        exports: [{ name: 'default', role: 'factory' }, { name: '*', role: 'factory' }],
        clientTypes: ['Analytics'],
      },
      {
        name: 'rudder-sdk-node',
        platform: 'server',
        exports: [{ name: 'default', role: 'factory' }, { name: '*', role: 'factory' }],
        clientTypes: ['Analytics'],
      },
    ],
    packageScope: {
      scope: '@rudderstack/',
      serverNames: /node|service-worker|server/,
      like: { browser: '@rudderstack/analytics-js', server: '@rudderstack/rudder-sdk-node' },
    },
    globals: ['rudderanalytics'],
    browser: segmentLikeBrowser,
    server: segmentLikeServer,
    browserObjectForm: segmentLikeBrowserObject,
    serverMarkers: ['userId', 'anonymousId', 'event'],
    groupContextHint: {
      browser: 'pass the account in the options: `{ context: { groupId } }`',
      server: 'pass the account on the call: `context: { groupId }`',
    },
    remembersGroup: false,
    takesProperties: true,
  },
  {
    id: 'amplitude',
    label: 'Amplitude',
    packages: [
      {
        name: '@amplitude/analytics-browser',
        platform: 'browser',
        exports: [
          { name: '*', role: 'client' },
          { name: 'default', role: 'client' },
          { name: 'createInstance', role: 'factory' },
          { name: 'track', role: 'method' },
          { name: 'identify', role: 'method' },
          { name: 'setGroup', role: 'method' },
          { name: 'groupIdentify', role: 'method' },
          { name: 'reset', role: 'method' },
        ],
        clientTypes: ['AmplitudeBrowser', '@amplitude/analytics-core#BrowserClient', '@amplitude/analytics-types#BrowserClient'],
      },
      {
        name: '@amplitude/analytics-node',
        platform: 'server',
        exports: [
          { name: '*', role: 'client' },
          { name: 'default', role: 'client' },
          { name: 'createInstance', role: 'factory' },
          { name: 'track', role: 'method' },
          { name: 'identify', role: 'method' },
          { name: 'setGroup', role: 'method' },
          { name: 'groupIdentify', role: 'method' },
        ],
        clientTypes: ['AmplitudeNode', '@amplitude/analytics-core#NodeClient', '@amplitude/analytics-types#NodeClient'],
      },
    ],
    globals: ['amplitude'],
    browser: {
      track: { kind: 'track', event: '0', properties: '1', options: '2', userId: '2.user_id', groupContext: ['2.groups'], groupContextValue: '{ account: accountId }' },
      identify: { kind: 'identify', options: '1', userId: '1.user_id' },
      setGroup: { kind: 'group', groupType: '0', groupId: '1', associatesUser: true, setsActiveGroup: true },
      groupIdentify: { kind: 'group', groupType: '0', groupId: '1' },
      reset: { kind: 'reset' },
    },
    browserObjectForm: {
      track: {
        kind: 'track',
        event: '0.event_type',
        properties: '0.event_properties',
        userId: '0.user_id',
        groupContext: ['0.groups', '1.groups'],
        groupContextValue: '{ account: accountId }',
      },
    },
    server: {
      track: { kind: 'track', event: '0', properties: '1', options: '2', userId: '2.user_id', groupContext: ['2.groups'], groupContextValue: '{ account: accountId }' },
      identify: { kind: 'identify', options: '1', userId: '1.user_id' },
      setGroup: { kind: 'group', groupType: '0', groupId: '1', associatesUser: true },
      groupIdentify: { kind: 'group', groupType: '0', groupId: '1' },
    },
    serverMarkers: [],
    groupContextHint: {
      browser: 'pass the account in the event options: `{ groups: { account: accountId } }`',
      server: 'pass the account in the event options: `{ groups: { account: accountId } }`',
    },
    remembersGroup: true,
    takesProperties: true,
  },
  {
    id: 'mixpanel',
    label: 'Mixpanel',
    packages: [
      {
        name: 'mixpanel-browser',
        platform: 'browser',
        // `mixpanel.init(token, config, name)` returns the named instance.
        exports: [{ name: 'default', role: 'client' }, { name: '*', role: 'client' }, { name: 'init', role: 'factory' }],
        clientTypes: ['Mixpanel', 'OverridedMixpanel'],
      },
      {
        name: 'mixpanel',
        platform: 'server',
        exports: [{ name: 'default', role: 'factory' }, { name: '*', role: 'factory' }],
        clientTypes: ['Mixpanel'],
      },
    ],
    globals: ['mixpanel'],
    browser: {
      track: { kind: 'track', event: '0', properties: '1' },
      track_with_groups: {
        kind: 'track',
        event: '0',
        properties: '1',
        groupContext: ['2'],
        groupContextValue: '{ account_id: accountId }',
        groupContextHint: 'pass the groups as the third argument: `{ account_id: accountId }`',
      },
      identify: { kind: 'identify', userId: '0' },
      set_group: { kind: 'group', groupType: '0', groupId: '1', associatesUser: true, setsActiveGroup: true },
      add_group: { kind: 'group', groupType: '0', groupId: '1', associatesUser: true, setsActiveGroup: true },
      reset: { kind: 'reset' },
    },
    server: {
      track: { kind: 'track', event: '0', properties: '1', userId: '1.distinct_id' },
    },
    serverMarkers: [],
    // The Node library has no session: each event names its user in `distinct_id`.
    serverPropertyMarkers: ['distinct_id'],
    groupContextHint: {
      browser: 'send the group key as an event property (`account_id`), or use `track_with_groups`',
      server: 'send the group key as an event property (`account_id`)',
    },
    remembersGroup: true,
    takesProperties: true,
  },
  {
    id: 'posthog',
    label: 'PostHog',
    packages: [
      {
        name: 'posthog-js',
        platform: 'browser',
        exports: [{ name: 'default', role: 'client' }, { name: 'posthog', role: 'client' }, { name: 'PostHog', role: 'factory' }],
        clientTypes: ['PostHog'],
      },
      { name: 'posthog-js/react', platform: 'browser', exports: [{ name: 'usePostHog', role: 'factory' }] },
      {
        name: 'posthog-react-native',
        platform: 'browser',
        exports: [{ name: 'usePostHog', role: 'factory' }, { name: 'PostHog', role: 'factory' }],
        clientTypes: ['PostHog'],
      },
      { name: 'posthog-node', platform: 'server', exports: [{ name: 'PostHog', role: 'factory' }], clientTypes: ['PostHog', 'IPostHog'] },
    ],
    globals: ['posthog'],
    browser: {
      capture: {
        kind: 'track',
        event: '0',
        properties: '1',
        options: '2',
        groupContext: ['1.$groups'],
        groupContextValue: '{ company: accountId }',
      },
      identify: { kind: 'identify', userId: '0', traits: '1' },
      group: { kind: 'group', groupType: '0', groupId: '1', traits: '2', associatesUser: true, setsActiveGroup: true },
      reset: { kind: 'reset' },
    },
    server: {
      capture: {
        kind: 'track',
        event: '0.event',
        properties: '0.properties',
        userId: '0.distinctId',
        groupContext: ['0.groups', '0.properties.$groups'],
        groupContextValue: '{ company: accountId }',
        // posthog-node has no group(): an event's groups associate its distinctId with them.
        associatesUser: true,
      },
      identify: { kind: 'identify', userId: '0.distinctId', traits: '0.properties' },
      groupIdentify: { kind: 'group', groupType: '0.groupType', groupId: '0.groupKey', traits: '0.properties' },
    },
    serverMarkers: ['distinctId', 'event'],
    groupContextHint: {
      browser: 'pass `$groups: { company: accountId }` in the properties',
      server: 'pass `groups: { company: accountId }` on the call',
    },
    remembersGroup: true,
    takesProperties: true,
  },
  {
    id: 'accoil',
    label: 'Accoil',
    packages: [],
    globals: ['accoil'],
    browser: {
      track: { kind: 'track', event: '0', properties: '1', options: '2' },
      identify: { kind: 'identify', userId: '0', traits: '1' },
      group: { kind: 'group', groupId: '0', traits: '1', associatesUser: true, setsActiveGroup: true },
    },
    server: {},
    serverMarkers: [],
    groupContextHint: {
      browser: 'call `accoil.group(accountId)` before tracking',
      server: 'call `accoil.group(accountId)` before tracking',
    },
    remembersGroup: true,
    takesProperties: false,
  },
];

export const sdkById = new Map(sdks.map((sdk) => [sdk.id, sdk]));
export const sdkByGlobal = new Map(sdks.flatMap((sdk) => sdk.globals.map((name) => [name, sdk] as const)));
export const sdkPackages = new Map(
  sdks.flatMap((sdk) => sdk.packages.map((pkg) => [pkg.name, { sdk, pkg }] as const)),
);

const scopedPackages = new Map<string, { sdk: SdkDefinition; pkg: SdkPackage } | undefined>();

/** The SDK package a module name is: one listed in `packages`, or another of an SDK's own scope (`@rudderstack/*`). */
export function sdkPackageOf(name: string): { sdk: SdkDefinition; pkg: SdkPackage } | undefined {
  const listed = sdkPackages.get(name);
  if (listed || !name.startsWith('@')) return listed;
  if (scopedPackages.has(name)) return scopedPackages.get(name);
  let found: { sdk: SdkDefinition; pkg: SdkPackage } | undefined;
  for (const sdk of sdks) {
    const scope = sdk.packageScope;
    if (!scope || !name.startsWith(scope.scope)) continue;
    const platform: Platform = scope.serverNames.test(name.slice(scope.scope.length)) ? 'server' : 'browser';
    const like = sdkPackages.get(scope.like[platform]);
    if (like) found = { sdk, pkg: { ...like.pkg, name } };
  }
  scopedPackages.set(name, found);
  return found;
}

/**
 * Client types by where they are declared, `package#TypeName` (`posthog-node#PostHog`);
 * `package#*` for a namespace import that is a client (`typeof amplitude`).
 */
export const sdkClientTypes = new Map(
  sdks.flatMap((sdk) =>
    sdk.packages.flatMap((pkg) => [
      ...(pkg.clientTypes ?? []).map((type) => [type.includes('#') ? type : `${pkg.name}#${type}`, { sdk, pkg }] as const),
      ...(pkg.exports.some((exported) => exported.name === '*' && exported.role === 'client') ? [[`${pkg.name}#*`, { sdk, pkg }] as const] : []),
    ]),
  ),
);

/** The packages that declare client types, to tell at once whether a program has any SDK in it. */
export const sdkTypePackages: ReadonlySet<string> = new Set([...sdkClientTypes.keys()].map((key) => key.slice(0, key.lastIndexOf('#'))));

/** Every method name any SDK form knows, for the quick "could this be a tracking call" test. */
export const sdkMethodNames: ReadonlySet<string> = new Set(
  sdks.flatMap((sdk) => [...Object.keys(sdk.browser), ...Object.keys(sdk.server)]),
);

/**
 * The words a wrapper of a tracking call, a getter of a client, or the
 * module either comes from is named by (`trackEvent`, `captureOrgEvent`,
 * `identifyUser`, `useAnalytics`, `getPostHog`, `@/lib/telemetry`), as they
 * are written in camelCase, PascalCase and file names.
 */
export const trackingWordsSource =
  '[Tt]rack|[Cc]aptur|[Ii]dentif|[Gg]roup|[Ee]vent|[Aa]nalytic|[Tt]elemetr|[Ss]egment|[Pp]ost[Hh]og|[Mm]ix[Pp]anel|[Aa]mplitude|[Rr]udder|[Aa]ccoil|[Mm]etric|[Ii]nstrument';

/**
 * A text that holds none of these holds no tracking call the plugin can see:
 * no SDK method's name (`track`, `groupIdentify`, `reset`), no wrapper or
 * module named for tracking, no method named for it (`sendEvent`). One plain
 * search, made first on every file; most files end there.
 */
export const trackingHint = new RegExp(`${trackingWordsSource}|reset`);
for (const name of sdkMethodNames) if (!trackingHint.test(name)) throw new Error(`trackingHint misses the SDK method ${name}`);
