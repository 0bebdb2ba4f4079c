/**
 * Programs for the fuzz test. `generateProgram(seed)` writes tracking code in
 * every shape "Which calls are tracking calls" names (browser and server forms,
 * SDK imports and requires, clients built by factories, conventional globals,
 * `window.` / `this.` / optional chains, the wrappers of `callees`) with random
 * event names, property objects, traits and surroundings. `eslumpProgram(seed)`
 * takes eslump's random JavaScript and splices tracking calls and SDK names into
 * it. Both are deterministic: the same seed gives the same program.
 */
import { createRequire } from 'node:module';
import tsParser from '@typescript-eslint/parser';
import * as espree from 'espree';

export type Language = 'js' | 'jsx' | 'ts' | 'tsx' | 'vue';
export type SourceType = 'module' | 'commonjs';

export interface Program {
  code: string;
  language: Language;
  sourceType: SourceType;
}

/** A seeded PRNG (sfc32): fast, and the same seed always gives the same sequence. */
export class Random {
  private a = 0x9e3779b9;
  private b = 0x243f6a88;
  private c = 0xb7e15162;
  private d: number;

  constructor(seed: number) {
    this.d = seed >>> 0;
    for (let warmUp = 0; warmUp < 15; warmUp++) this.next();
  }

  /** A number in [0, 1). */
  next(): number {
    const t = (((this.a + this.b) | 0) + this.d) | 0;
    this.d = (this.d + 1) | 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) | 0;
    this.c = ((this.c << 21) | (this.c >>> 11)) + t;
    return (t >>> 0) / 4294967296;
  }

  int(below: number): number {
    return Math.floor(this.next() * below);
  }

  chance(probability: number): boolean {
    return this.next() < probability;
  }

  pick<T>(items: readonly T[]): T {
    return items[this.int(items.length)]!;
  }

  /** Picks by weight: `[[3, 'a'], [1, 'b']]` gives `a` three times as often. */
  weighted<T>(choices: readonly (readonly [number, T])[]): T {
    const total = choices.reduce((sum, [weight]) => sum + weight, 0);
    let roll = this.next() * total;
    for (const [weight, value] of choices) {
      roll -= weight;
      if (roll < 0) return value;
    }
    return choices[choices.length - 1]![1];
  }
}

// ---------------------------------------------------------------------------
// Words and values.

const objects = [
  'account', 'user', 'report', 'invite', 'trial', 'workspace', 'button', 'plan', 'api key', 'dashboard', 'teammate',
  'subscription', 'project', 'page', 'file', 'Konto', 'ünïcödé', 'İstanbul', 'straße', '账户', 'σίσυφος', 'ǆungla',
  '🚀', 'x', '3d model', '2fa', 'APIKey', "customer's", 'e-mail',
];
const actions = [
  'created', 'create', 'creating', 'clicked', 'click', 'deleted', 'sent', 'send', 'started', 'start', 'ended', 'upgraded',
  'downgraded', 'signed up', 'signed in', 'signed out', 'logged in', 'logged out', 'activated', 'exported', 'viewed',
  'opened', 'switched', 'joined', 'invited', 'registered', 'updated', 'removed', 'added', 'erstellt', '已创建', 'ran',
  'sunset', 'went', 'sign up', 'ΣΒΗΣΕ', 'İptal',
];
const wholeNames = [
  '', ' ', '   ', '$pageview', '$identify', '$', 'Signup', 'Login', 'Logout', 'Logged In', 'Invited User', 'Trial Start',
  'User Registered', 'Signed Out', 'signed out', 'Signed Up', 'Account Created', 'user.signed_out', 'account.activated',
  'User Activated', 'signed_out', 'SIGNED_OUT', 'signedOut', 'Invite Sent', 'trial.started', 'Account Added User', 'a', '_',
  '.', '..', '-', '__proto__', 'constructor', 'toString', 'hasOwnProperty', 'Create Account', 'Click Button',
  'Report Exported', 'report_exported', 'Report_Exported', 'report.exported', 'reportExported', 'App: report exported',
  'web:Signed Out', 'Invite Sent - [Dashboard]', 'plan.upgraded', 'user.invited', 'account created', 'ACCOUNT CREATED',
  'I\u0307stanbul Created', 'ǅungla Opened', 'ﬁle Opened', 'Straße Created', 'Ω Created', 'Account\u2028Created',
  'tab\there', 'new\nline', 'quote\'s "both" `kinds`', 'back\\slash', '${not} a template', '\u0000nul', '\uD83D lone',
  'Σ Σ', 'ß', 'İ',
];
const affixes = ['App: ', 'web:', 'Web: ', ' - [Dashboard]', ' (beta)', '[x] '];

/** Joins words in a naming style (or a broken one). */
function joinWords(random: Random, words: string[]): string {
  const cap = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);
  switch (random.int(12)) {
    case 0:
      return words.map(cap).join(' ');
    case 1:
      return words.join('_');
    case 2:
      return words.length < 2 ? words.join('') : `${words[0]}.${words.slice(1).join('_')}`;
    case 3:
      return words.map(cap).join('_');
    case 4:
      return words.map((word, index) => (index === 0 ? word : cap(word))).join('');
    case 5:
      return words.map(cap).join('');
    case 6:
      return words.join(' ').toUpperCase().replace(/ /g, '_');
    case 7:
      return words.join(random.pick(['-', ':', '/', '  ', '\t', '.', '__', ' . ']));
    case 8:
      return [...words.join(' ')].map((char) => (random.chance(0.5) ? char.toUpperCase() : char)).join('');
    default:
      return words.join(' ');
  }
}

export function eventName(random: Random): string {
  if (random.chance(0.3)) return random.pick(wholeNames);
  const words = [
    ...(random.chance(0.85) ? random.pick(objects).split(' ') : []),
    ...random.pick(actions).split(' '),
    ...(random.chance(0.15) ? random.pick(objects).split(' ') : []),
  ];
  if (random.chance(0.25)) words.reverse();
  let name = joinWords(random, words);
  if (random.chance(0.1)) name = random.pick(affixes) + name;
  if (random.chance(0.08)) name += random.pick(affixes);
  if (random.chance(0.05)) name = `  ${name} `;
  return name;
}

/** A string literal for a value in a random quote style, with random escapes. */
export function stringLiteral(random: Random, value: string, allowTemplate = true): string {
  const mark = random.pick(allowTemplate ? ["'", '"', '`', "'"] : ["'", '"']);
  let text = '';
  for (const char of value) {
    const code = char.codePointAt(0)!;
    if (char === mark || char === '\\') text += `\\${char}`;
    else if (mark === '`' && char === '$') text += '\\$';
    else if (char === '\n') text += random.pick(['\\n', '\\u000a', '\\x0A', ...(mark === '`' ? ['\n'] : [])]);
    else if (char === '\r') text += '\\r';
    else if (code < 0x20 || (code >= 0xd800 && code <= 0xdfff)) text += `\\u${code.toString(16).padStart(4, '0')}`;
    else if (random.chance(0.04)) text += code > 0xffff ? `\\u{${code.toString(16)}}` : `\\u${code.toString(16).padStart(4, '0')}`;
    else text += char;
    if (random.chance(0.01)) text += '\\\n';
  }
  return `${mark}${text}${mark}`;
}

const identifier = /^[A-Za-z_$][\w$]*$/;

/** Property names: the plan's, traits, PostHog's `$`-keys, wrong styles, odd ones. */
const propertyKeys = [
  'account_name', 'account_id', 'type', 'first_name', 'last_name', 'email', 'username', 'invitee_email', 'invitee_role',
  'invitee_first_name', 'role', 'trial_start_date', 'trial_end_date', 'trial_plan_name', 'signup_source', 'method',
  'trial_days', 'plan_trialing', 'converted', 'plan_selected', 'from_plan', 'to_plan', 'reason', 'invitation_id',
  'created_by', '$groups', '$set', 'distinct_id', 'workspace_id', 'accountName', 'AccountName', 'account-name',
  'account name', 'inviteeEmail', 'Ünïcode Key', 'ключ', '__proto__', 'constructor', 'toString', '', '1', 'plan', 'mrr',
  'employee_count', 'created_at', 'last_login', 'group_type', 'parent_group_id', 'name', 'phone', 'format', 'row_count',
  'exported_at', 'a', 'snake__double', '_leading', 'trailing_', 'ABC', 'HTTPCode', 'userID', 'assignee_email', 'x-y_z',
];
const numericKeys = ['1', '0x10', '1.5', '.5', '1e3', '1_000', '0', '2n'];

/**
 * A tracking plan of random events (valid for the plan schema): names in any
 * style, colliding words and synonyms, required and recommended properties,
 * types, enums and dates.
 */
export function randomPlan(random: Random): Record<string, unknown> {
  // As JSON.parse makes them: a key `__proto__` is the object's own, not its prototype.
  const set = (object: Record<string, unknown>, key: string, value: unknown) =>
    Object.defineProperty(object, key, { value, enumerable: true, writable: true, configurable: true });
  const names = (count: number) => [...new Set(Array.from({ length: count }, () => eventName(random)))].filter((name) => name.length > 0);
  const keys = (count: number) => [...new Set(Array.from({ length: count }, () => random.pick(propertyKeys)))].filter((key) => key.length > 0);
  const events: Record<string, unknown> = {};
  for (const name of names(1 + random.int(6))) {
    const properties: Record<string, unknown> = {};
    for (const key of keys(random.int(4))) {
      set(properties, key, random.pick<Record<string, unknown>>([
        { type: 'string' },
        { type: random.pick(['number', 'integer', 'boolean', 'object', 'array']) },
        { type: 'string', format: 'date-time' },
        { enum: random.pick([['csv', 'pdf'], [1, 2], [true], ['', 'x', 0]]) },
        { type: 'string', enum: ['a'] },
        {},
      ]));
    }
    set(events, name, {
      ...(random.chance(0.7) ? { required: keys(random.int(4)) } : {}),
      ...(random.chance(0.4) ? { recommended: keys(random.int(3)) } : {}),
      ...(random.chance(0.7) ? { properties } : {}),
      ...(random.chance(0.5) ? { synonyms: names(1 + random.int(3)) } : {}),
    });
  }
  return {
    name: 'random',
    ...(random.chance(0.5) ? { extends: random.pick(['segment', 'dotted']) } : {}),
    ...(random.chance(0.3) ? { naming: random.pick(['Title Case', 'snake_case', 'object.action', 'Object_Action', 'camelCase', 'Sentence case', 'lower case', 'kebab-case', 'object:action']) } : {}),
    events,
  };
}

// ---------------------------------------------------------------------------
// SDKs: what a module imports, and the receivers and methods it calls.

type Sdk = 'segment' | 'rudderstack' | 'amplitude' | 'mixpanel' | 'posthog' | 'accoil';
type Kind = 'track' | 'identify' | 'group' | 'reset';

interface Client {
  sdk: Sdk;
  server: boolean;
  /** The module's import of the package (ESM), and the same as a require. */
  esm: string;
  cjs: string;
  /** What to call methods on. */
  receiver: string;
  /** A new client, for class fields and constructors. */
  factory?: string;
}

/** A client: its SDK, whether it is a server library, the import (ESM and require), the receiver, and the factory expression. */
function client(sdk: Sdk, server: boolean, esm: string, cjs: string, receiver: string, factory?: string): Client {
  return { sdk, server, esm, cjs, receiver, ...(factory === undefined ? {} : { factory }) };
}

const clients: readonly Client[] = [
  client('segment', false, `import { AnalyticsBrowser } from '@segment/analytics-next';\nconst segmentBrowser = AnalyticsBrowser.load({ writeKey: 'k' });`, `const { AnalyticsBrowser } = require('@segment/analytics-next');\nconst segmentBrowser = AnalyticsBrowser.load({ writeKey: 'k' });`, 'segmentBrowser', `AnalyticsBrowser.load({ writeKey: 'k' })`),
  client('segment', true, `import { Analytics } from '@segment/analytics-node';\nconst segmentServer = new Analytics({ writeKey: 'k' });`, `const { Analytics } = require('@segment/analytics-node');\nconst segmentServer = new Analytics({ writeKey: 'k' });`, 'segmentServer', `new Analytics({ writeKey: 'k' })`),
  client('segment', true, `import LegacyAnalytics from 'analytics-node';\nconst legacy = new LegacyAnalytics('k');`, `const LegacyAnalytics = require('analytics-node');\nconst legacy = new LegacyAnalytics('k');`, 'legacy'),
  client('rudderstack', false, `import { RudderAnalytics } from '@rudderstack/analytics-js';\nconst rudder = new RudderAnalytics();`, `const { RudderAnalytics } = require('@rudderstack/analytics-js');\nconst rudder = new RudderAnalytics();`, 'rudder', 'new RudderAnalytics()'),
  client('rudderstack', true, `import RudderNode from '@rudderstack/rudder-sdk-node';\nconst rudderServer = new RudderNode('k', { dataPlaneUrl: 'u' });`, `const RudderNode = require('rudder-sdk-node');\nconst rudderServer = new RudderNode('k');`, 'rudderServer'),
  client('rudderstack', false, `import * as rudderJs from 'rudder-sdk-js';`, `const rudderJs = require('rudder-sdk-js');`, 'rudderJs'),
  client('segment', false, `import { AnalyticsBrowser as Browser } from '@segment/analytics-next';\nconst [awaited] = [await Browser.load({ writeKey: 'k' })];\nconst loaded = await Browser.load({ writeKey: 'k' });`, `const { AnalyticsBrowser: Browser } = require('@segment/analytics-next');\nconst loaded = Browser.load({ writeKey: 'k' });`, 'loaded'),
  client('amplitude', false, `import * as amp from '@amplitude/analytics-browser';`, `const amp = require('@amplitude/analytics-browser');`, 'amp'),
  client('amplitude', true, `import { createInstance } from '@amplitude/analytics-node';\nconst ampServer = createInstance();`, `const { createInstance } = require('@amplitude/analytics-node');\nconst ampServer = createInstance();`, 'ampServer', 'createInstance()'),
  client('mixpanel', false, `import mixpanelBrowser from 'mixpanel-browser';`, `const mixpanelBrowser = require('mixpanel-browser');`, 'mixpanelBrowser'),
  client('mixpanel', true, `import Mixpanel from 'mixpanel';\nconst mp = Mixpanel.init('token');`, `const Mixpanel = require('mixpanel');\nconst mp = Mixpanel.init('token');`, 'mp', `Mixpanel.init('token')`),
  client('posthog', false, `import posthogJs from 'posthog-js';`, `const posthogJs = require('posthog-js');`, 'posthogJs'),
  client('posthog', false, `import { usePostHog } from 'posthog-js/react';`, `const { usePostHog } = require('posthog-js/react');`, 'usePostHog()'),
  client('posthog', true, `import { PostHog } from 'posthog-node';\nconst posthogServer = new PostHog('k', { host: 'h' });`, `const { PostHog } = require('posthog-node');\nconst posthogServer = new PostHog('k');`, 'posthogServer', `new PostHog('k')`),
];

/** Conventional names: the SDKs' globals, however they are reached. */
const globalReceivers: readonly { sdk: Sdk; receiver: string; ts?: boolean }[] = [
  { sdk: 'segment', receiver: 'analytics' },
  { sdk: 'segment', receiver: 'window.analytics' },
  { sdk: 'segment', receiver: 'window?.analytics' },
  { sdk: 'segment', receiver: 'globalThis.analytics' },
  { sdk: 'segment', receiver: 'this.analytics' },
  { sdk: 'segment', receiver: '(analytics)' },
  { sdk: 'segment', receiver: "window['analytics']" },
  { sdk: 'posthog', receiver: "window?.['posthog']" },
  { sdk: 'mixpanel', receiver: 'globalThis["mixpanel"]' },
  { sdk: 'segment', receiver: 'analytics!', ts: true },
  { sdk: 'segment', receiver: '(window as any).analytics', ts: true },
  { sdk: 'rudderstack', receiver: 'rudderanalytics' },
  { sdk: 'rudderstack', receiver: 'window.rudderanalytics' },
  { sdk: 'amplitude', receiver: 'amplitude' },
  { sdk: 'amplitude', receiver: 'self.amplitude' },
  { sdk: 'mixpanel', receiver: 'mixpanel' },
  { sdk: 'mixpanel', receiver: 'window.mixpanel' },
  { sdk: 'posthog', receiver: 'posthog' },
  { sdk: 'posthog', receiver: 'this.posthog' },
  { sdk: 'posthog', receiver: 'window.posthog' },
  { sdk: 'accoil', receiver: 'accoil' },
  { sdk: 'accoil', receiver: 'window.accoil' },
  { sdk: 'accoil', receiver: 'this?.accoil' },
];
/** Receivers whose `.track()` is not analytics. */
const otherReceivers = ['router', 'chart', 'spy', 'window.router', 'analytics.foo', 'this.tracker', 'mixpanelLike'];

const sdkMethods: Record<Sdk, Record<Kind, string[]>> = {
  segment: { track: ['track'], identify: ['identify'], group: ['group'], reset: ['reset'] },
  rudderstack: { track: ['track'], identify: ['identify'], group: ['group'], reset: ['reset'] },
  amplitude: { track: ['track'], identify: ['identify'], group: ['setGroup', 'groupIdentify'], reset: ['reset'] },
  mixpanel: { track: ['track', 'track_with_groups'], identify: ['identify'], group: ['set_group', 'add_group'], reset: ['reset'] },
  posthog: { track: ['capture'], identify: ['identify'], group: ['group', 'groupIdentify'], reset: ['reset'] },
  accoil: { track: ['track'], identify: ['identify'], group: ['group'], reset: ['reset'] },
};

/**
 * The team wrappers the fuzz test's `callees` setting names (see fuzz.test.ts),
 * as the code calls them. Without that setting they are ordinary calls.
 */
export const fuzzCallees = {
  track: [
    'trackEvent',
    'this.analyticsService.track',
    'useAnalytics().track',
    'useCapture()',
    '$track',
    'track_event',
    { callee: 'capturePostHogEvent', event: '1', properties: '2', groupContext: '3' },
    { callee: 'captureSuccess', event: '0.eventName', properties: '0.payload' },
    { callee: 'logEvent', event: '0', properties: '1', options: '2' },
    { callee: 'deep.nested.track', event: '1.a.b', properties: '2', userId: '0' },
  ],
  identify: ['identifyUser', { callee: 'setUser', userId: '0.id', traits: '0.traits' }],
  group: [{ callee: 'joinEventGroup', groupId: '1', traits: '2' }, 'setAccount', { callee: 'setWorkspace', groupId: '0', traits: '1', groupType: '2' }],
  reset: ['logout', 'this.session.clear'],
};

// ---------------------------------------------------------------------------
// The writer.

interface Scope {
  /** Declarations to write before the statement being written (consts it refers to). */
  hoisted: string[];
  async: boolean;
  inFunction: boolean;
  inClass: boolean;
  /** `this.client` and the like, inside a class that builds a client. */
  fieldReceivers: { sdk: Sdk; server: boolean; receiver: string }[];
  /** Names of hooks' results declared in this function (`const { track } = useAnalytics()`). */
  hookCallees: string[];
}

class Writer {
  private counter = 0;
  private readonly scopes: Scope[] = [{ hoisted: [], async: false, inFunction: false, inClass: false, fieldReceivers: [], hookCallees: [] }];
  private readonly imported: Client[] = [];
  private amplitudeFunctions = false;
  private exportedDefault = false;
  readonly ts: boolean;
  readonly jsx: boolean;
  readonly module: boolean;

  constructor(
    private readonly random: Random,
    readonly language: Language,
    readonly sourceType: SourceType,
  ) {
    this.ts = language === 'ts' || language === 'tsx' || language === 'vue';
    this.jsx = language === 'jsx' || language === 'tsx';
    this.module = sourceType === 'module';
  }

  private get scope(): Scope {
    return this.scopes[this.scopes.length - 1]!;
  }

  /** Runs `write` in a scope like the current one with some things changed; declarations still go to the enclosing block. */
  private within<T>(changes: Partial<Scope>, write: () => T): T {
    this.scopes.push({ ...this.scope, ...changes, hoisted: this.scope.hoisted });
    try {
      return write();
    } finally {
      this.scopes.pop();
    }
  }

  private name(base: string): string {
    this.counter += 1;
    return `${base}${this.counter}`;
  }

  private comment(): string {
    return this.random.chance(0.03) ? this.random.pick(['/* c */ ', '/** doc */ ', '// line\n']) : '';
  }

  // --- values --------------------------------------------------------------

  /** A string literal, sometimes behind a const, a map of constants or a TS wrapper. */
  private stringValue(value: string, depth = 0): string {
    const random = this.random;
    const literal = stringLiteral(random, value);
    const roll = random.int(20);
    if (roll === 0 && depth < 2) {
      const constant = this.name('EVENT_');
      this.scope.hoisted.push(`const ${constant} = ${this.stringValue(value, depth + 1)};`);
      return constant;
    }
    if (roll === 1 && depth < 2) {
      const map = this.name('EVENTS');
      const key = random.pick(['SIGNED_UP', 'created', 'a b', 'nested']);
      const entry = key === 'nested' ? `nested: { inner: ${literal} }` : `${identifier.test(key) ? key : stringLiteral(random, key, false)}: ${literal}`;
      const asConst = this.ts && random.chance(0.6) ? ' as const' : '';
      this.scope.hoisted.push(`const ${map} = { other: 'Other Thing', ${entry} }${asConst};`);
      if (key === 'nested') return `${map}.nested.inner`;
      return identifier.test(key) && random.chance(0.6) ? `${map}.${key}` : `${map}[${stringLiteral(random, key)}]`;
    }
    if (roll === 2 && depth < 2) {
      const variable = this.name('eventName');
      this.scope.hoisted.push(`let ${variable} = ${literal};${random.chance(0.5) ? ` ${variable} = ${stringLiteral(random, eventName(random))};` : ''}`);
      return variable;
    }
    if (this.ts && roll === 3) return `${literal} as const`;
    if (this.ts && roll === 4) return `(${literal} satisfies string)`;
    if (this.ts && roll === 5 && !this.jsx) return `<string>${literal}`;
    if (this.ts && roll === 6) return `${literal}!`;
    if (roll === 7) return `(${literal})`;
    return literal;
  }

  /** An event name argument: mostly a literal name, also run-time names, branches and non-strings. */
  eventExpression(): string {
    const random = this.random;
    const name = () => this.stringValue(eventName(random));
    return random.weighted<() => string>([
      [14, name],
      [1, () => `\`\${${this.plainExpression()}} Created\``],
      [1, () => `${stringLiteral(random, 'Report ')} + ${this.plainExpression()}`],
      [2, () => `${this.plainExpression()} ? ${name()} : ${name()}`],
      [1, () => `${this.plainExpression()} ?? ${name()}`],
      [1, () => `${this.plainExpression()} || ${name()}`],
      [1, () => `${this.plainExpression()} && ${name()}`],
      [1, () => random.pick(['1', 'null', 'undefined', 'void 0', 'name', 'getName()', 'String(x)', '`${a}${b}`', "'a' + 'b'", '[]', '{}'])],
      [1, () => `${this.plainExpression()}`],
    ])();
  }

  /** A user or account id: any small expression, or one that is not a stable id (an address, a slug, a name, empty) or a hashed one. */
  private idExpression(): string {
    const random = this.random;
    return random.weighted<() => string>([
      [3, () => this.plainExpression()],
      [
        2,
        () =>
          random.pick([
            'user.email',
            'workspace.slug',
            'workspaceSlug',
            'account.name',
            "''",
            "'ann@example.com'",
            '`${user.email}`',
            'sha256(user.email)',
            "user?.id ?? ''",
            'ok ? user.email : user.id',
            'getUserId()',
            'user.email.toLowerCase()',
            'void 0',
          ]),
      ],
    ])();
  }

  /** Small expressions that are not tracking calls. */
  plainExpression(depth = 0): string {
    const random = this.random;
    const options: (readonly [number, () => string])[] = [
      [6, () => random.pick(['x', 'user', 'user.id', 'account.id', 'props', 'args', 'email', 'invite.email', 'name', 'flag', 'this.x', 'undefined', 'null'])],
      [3, () => random.pick(['1', '0', '-1', '1.5', '999.00', '99900', '1e3', '0x1F', '1_000', 'true', 'false', '/re/g', "'s'", '""', '``'])],
      [2, () => `${random.pick(['getName', 'compute', 'user?.get', 'list.map'])}(${depth < 2 ? this.plainExpression(depth + 1) : ''})`],
      [1, () => `\`t\${${depth < 2 ? this.plainExpression(depth + 1) : 'x'}}\``],
      [1, () => (depth < 2 ? `(${this.plainExpression(depth + 1)}, ${this.plainExpression(depth + 1)})` : 'x')],
      [1, () => (depth < 2 ? `${this.plainExpression(depth + 1)} ? ${this.plainExpression(depth + 1)} : ${this.plainExpression(depth + 1)}` : 'y')],
      [1, () => `(() => ${depth < 2 ? this.within({ async: false }, () => this.plainExpression(depth + 1)) : '0'})`],
      [1, () => (this.scope.async ? `await ${random.pick(['load()', 'x', 'p'])}` : 'z')],
    ];
    // In parentheses: `x as string ? a : b` reads `string ?` as the start of a type.
    if (this.ts) options.push([1, () => `(${random.pick(['x', 'user'])} as ${random.pick(['any', 'string', 'unknown as string'])})`]);
    if (this.jsx) options.push([1, () => random.pick(['<div />', '<A b="c">{x}</A>', '<>text</>'])]);
    return random.weighted(options)();
  }

  /** A value for a property or trait, fitting its key more often than not. */
  private valueFor(key: string, depth: number): string {
    const random = this.random;
    if (random.chance(0.35)) return this.plainExpression();
    const email = () =>
      random.pick([
        stringLiteral(random, 'ann@example.com'),
        'email',
        'invite.email',
        'user?.email',
        'sha256(email)',
        'hashEmail(email)',
        'obscure(email)',
        'md5(email)',
        "crypto.createHash('md5').update(email).digest('hex')",
        "crypto.createHash('sha256').update(email).digest('hex')",
        'emailHash',
        '`${name}@example.com`',
        'ok ? sha256(email) : email',
        'email ?? fallback',
        '(email)',
        'email.toLowerCase()',
        ...(this.ts ? ['email as string', 'email!', '<string>email'].filter((text) => !(this.jsx && text.startsWith('<'))) : []),
        ...(this.scope.async ? ['await hashEmail(email)'] : []),
      ]);
    const date = () =>
      random.pick([
        'new Date()',
        'new Date(x)',
        'new Date',
        '(new Date())',
        'new window.Date()',
        'Date.now()',
        stringLiteral(random, '2018-08-28T04:09:47Z'),
        stringLiteral(random, '2024-01-15'),
        stringLiteral(random, 'yesterday'),
        'new Date().toISOString()',
        ...(this.ts ? ['new Date() as any', 'new Date()!', '(new Date() satisfies Date)'] : []),
      ]);
    switch (key) {
      case 'invitee_email':
      case 'email':
      case 'assignee_email':
        return email();
      case 'trial_start_date':
      case 'trial_end_date':
      case 'created_at':
      case 'last_login':
      case 'exported_at':
        return date();
      case 'type':
      case 'group_type':
        return stringLiteral(random, random.pick(['invited', 'organic', 'other', 'workspace', 'account', 'Company', 'project', 'team', '']));
      case 'mrr':
      case 'trial_days':
      case 'employee_count':
      case 'row_count':
        return random.pick(['99900', '999.00', '999.5', '1e5', '-5.5', '0', '-0', "'999'", '0.1e1', '1n', 'NaN', '-1_000']);
      case 'converted':
        return random.pick(['true', 'false', "'yes'", '1']);
      case 'account_id':
      case 'workspace_id':
      case 'distinct_id':
      case 'company':
      case 'account':
        return this.idExpression();
      case '$groups':
      case 'groups':
        return depth < 3 ? this.objectLiteral(['company', 'account', 'workspace'], depth + 1) : 'groups';
      default:
        return random.chance(0.7)
          ? stringLiteral(random, random.pick(['csv', 'admin', 'pdf', 'Acme', '', 'x']))
          : depth < 3 && random.chance(0.5)
            ? this.objectLiteral(propertyKeys, depth + 1)
            : this.plainExpression();
    }
  }

  /** A key as an object literal writes it: identifier, string, computed, number. */
  private keyText(key: string): string {
    const random = this.random;
    const roll = random.int(10);
    if (roll === 0) {
      const constant = this.name('KEY_');
      this.scope.hoisted.push(`const ${constant} = ${stringLiteral(random, key)};`);
      return `[${constant}]`;
    }
    // A second non-computed `__proto__` in one literal is a syntax error: the odd keys write the only one.
    if (roll === 1 || key === '__proto__') return `[${stringLiteral(random, key)}]`;
    if (roll === 2) return `[\`${key.replace(/[`\\$]/g, '\\$&')}\`]`;
    if (identifier.test(key) && roll < 8) return key;
    return stringLiteral(random, key, false);
  }

  /** An object literal: random keys from a pool, spreads, getters, methods, shorthand, nesting. */
  objectLiteral(pool: readonly string[], depth = 0): string {
    const random = this.random;
    const count = random.weighted([[1, 0], [3, 1], [4, 2], [3, 3], [2, 5]]);
    const parts: string[] = [];
    for (let index = 0; index < count; index++) {
      const key = random.pick(pool);
      const kind = random.weighted<string>([
        [12, 'plain'],
        [2, 'shorthand'],
        [2, 'spread'],
        [1, 'getter'],
        [1, 'method'],
        [1, 'numeric'],
        [1, 'odd'],
      ]);
      switch (kind) {
        case 'shorthand':
          if (identifier.test(key) && !['constructor', 'toString', '__proto__'].includes(key)) {
            parts.push(key);
            break;
          }
          parts.push(`${this.keyText(key)}: ${this.valueFor(key, depth)}`);
          break;
        case 'spread':
          parts.push(
            `...${random.pick([
              'props',
              'base',
              '{}',
              'null',
              '(flag ? a : b)',
              depth < 3 ? `{ ${this.keyText(random.pick(pool))}: ${this.plainExpression()} }` : '{}',
              this.constObject(pool, depth),
            ])}`,
          );
          break;
        case 'getter':
          parts.push(`get ${this.keyText(key)}() { return ${this.within({ async: false }, () => this.valueFor(key, depth))}; }`);
          break;
        case 'method':
          parts.push(
            `${random.pick(['', 'async ', '*', 'async *'])}${this.keyText(key)}(${random.pick(['', 'a', 'a, b = 1', '...rest'])}) { return ${random.pick(['1', 'a', 'this'])}; }`,
          );
          break;
        case 'numeric':
          parts.push(`${random.pick(numericKeys)}: ${this.valueFor(key, depth)}`);
          break;
        case 'odd':
          parts.push(random.pick(['__proto__: null', "'__proto__': {}", `set ${this.keyText(key)}(value) {}`, `[${this.plainExpression()}]: 1`]));
          break;
        default:
          parts.push(`${this.keyText(key)}: ${this.valueFor(key, depth)}`);
      }
    }
    // A second `__proto__: …` in one literal is a syntax error.
    const proto = /^['"]?__proto__['"]?:/;
    const firstProto = parts.findIndex((part) => proto.test(part));
    const kept = parts.filter((part, index) => index <= firstProto || !proto.test(part));
    parts.splice(0, parts.length, ...kept);
    if (parts.length === 0) return random.pick(['{}', '{ }', '{/* empty */}']);
    const separator = random.chance(0.2) ? ',\n  ' : ', ';
    const trailing = random.chance(0.2) ? ',' : '';
    return `{ ${parts.map((part) => this.comment() + part).join(separator)}${trailing} }`;
  }

  /** A const object in scope, referred to by name (and resolved by the rules). */
  private constObject(pool: readonly string[], depth: number): string {
    const constant = this.name('props');
    const asConst = this.ts && this.random.chance(0.3) ? ' as const' : '';
    // The declaration goes before the statement, maybe outside the async function the call is in: no `await` in it.
    const value = depth < 3 ? this.within({ async: false }, () => this.objectLiteral(pool, depth + 1)) : '{}';
    this.scope.hoisted.push(`const ${constant} = ${value}${asConst};`);
    return constant;
  }

  /** A properties or traits argument. */
  private objectArgument(pool: readonly string[]): string {
    return this.random.weighted<() => string>([
      [10, () => this.objectLiteral(pool)],
      [2, () => this.constObject(pool, 0)],
      [1, () => this.random.pick(['props', 'undefined', 'null', '{}', 'void 0', '{ ...props }', '[]', "'str'"])],
    ])();
  }

  private groupContext(): string {
    return this.random.pick([
      '{ context: { groupId: account.id } }',
      '{ context: { groupId } }',
      '{ context: {} }',
      '{ context: ctx }',
      '{ groups: { account: account.id } }',
      '{ groups: {} }',
      '{}',
      'undefined',
      'options',
      '{ context: { groupId: undefined } }',
      '{ context: { groupId: null } }',
      '{ ...opts }',
      `{ 'context': { 'groupId': 'a' } }`,
    ]);
  }

  // --- calls ---------------------------------------------------------------

  /** Arguments for a method of a kind, in one of the shapes the SDKs take (or a wrong one). */
  private argumentsFor(kind: Kind, sdk: Sdk | undefined, server: boolean, method: string): string[] {
    const random = this.random;
    const props = () => this.objectArgument(propertyKeys);
    const traits = () => this.objectArgument(propertyKeys.slice(40).concat(['email', 'role', 'first_name', 'plan', 'name']));
    const serverForm = server || random.chance(0.15);
    switch (kind) {
      case 'track': {
        if (method === 'track_with_groups') return [this.eventExpression(), props(), random.pick(['{ account_id: a }', 'groups', '{}'])];
        if (serverForm && sdk !== 'mixpanel' && sdk !== 'amplitude') {
          const entries = [
            random.pick(['userId: user.id', 'anonymousId', 'distinctId: id', `'userId': 1`, '', `userId: ${this.idExpression()}`]),
            `event: ${this.eventExpression()}`,
            random.chance(0.7) ? `properties: ${props()}` : '',
            random.pick(['context: { groupId: a }', 'groups: { company: a }', 'context: {}', '', '...rest']),
          ].filter(Boolean);
          return [`{ ${entries.join(', ')} }`];
        }
        if (sdk === 'amplitude' && random.chance(0.3)) {
          return [`{ event_type: ${this.eventExpression()}, event_properties: ${props()}${random.chance(0.5) ? ', groups: { account: a }' : ''} }`, ...(random.chance(0.3) ? [this.groupContext()] : [])];
        }
        const args = [this.eventExpression()];
        if (random.chance(0.75)) args.push(props());
        if (random.chance(0.5)) args.push(this.groupContext());
        return args;
      }
      case 'identify':
        if (serverForm) return [`{ ${random.pick(['userId: user.id', 'distinctId: id', `userId: ${this.idExpression()}`, `distinctId: ${this.idExpression()}`])}, ${random.pick(['traits', 'properties'])}: ${traits()} }`];
        return random.weighted<() => string[]>([
          [3, () => [this.idExpression(), traits()]],
          [1, () => [traits()]],
          [1, () => [this.idExpression()]],
          [1, () => [this.plainExpression(), traits(), this.groupContext()]],
        ])();
      case 'group':
        if (method === 'groupIdentify' && serverForm) return [`{ groupType: ${stringLiteral(random, random.pick(['company', 'workspace']))}, groupKey: k, properties: ${traits()} }`];
        if (serverForm) return [`{ userId: ${random.pick(['u', this.idExpression()])}, groupId: ${random.pick(['g', this.idExpression()])}${random.chance(0.7) ? `, traits: ${traits()}` : ''} }`];
        if (['setGroup', 'set_group', 'add_group', 'groupIdentify'].includes(method) || (sdk === 'posthog' && random.chance(0.7))) {
          return [stringLiteral(random, random.pick(['company', 'account', 'workspace', 'project', 'account_id', ''])), this.idExpression(), ...(random.chance(0.5) ? [traits()] : [])];
        }
        return [this.idExpression(), ...(random.chance(0.7) ? [traits()] : [])];
      case 'reset':
        return random.chance(0.9) ? [] : [this.plainExpression()];
    }
  }

  /** Puts arguments together, sometimes with a spread, a hole filled with undefined, or one too many. */
  private argumentList(args: string[]): string {
    const random = this.random;
    const list = [...args];
    const roll = random.int(30);
    if (roll === 0) list.splice(random.int(list.length + 1), 0, '...args');
    else if (roll === 1 && list.length > 0) list.pop();
    else if (roll === 2) list.push(this.plainExpression());
    else if (roll === 3 && list.length > 0) list[random.int(list.length)] = this.plainExpression();
    else if (roll === 4 && list.length > 0) list[random.int(list.length)] = 'undefined';
    const separator = random.chance(0.1) ? ',\n    ' : ', ';
    return list.map((arg) => this.comment() + arg).join(separator) + (list.length && random.chance(0.05) ? ',' : '');
  }

  private receiverFor(kind: Kind): { receiver: string; sdk: Sdk | undefined; server: boolean } {
    const random = this.random;
    const fields = this.scope.fieldReceivers;
    return random.weighted<() => { receiver: string; sdk: Sdk | undefined; server: boolean }>([
      [
        4,
        () => {
          const usable = globalReceivers.filter((candidate) => this.ts || !candidate.ts);
          const found = random.pick(usable);
          return { receiver: found.receiver, sdk: found.sdk, server: false };
        },
      ],
      [
        this.imported.length ? 4 : 0,
        () => {
          const client = random.pick(this.imported);
          return { receiver: client.receiver, sdk: client.sdk, server: client.server };
        },
      ],
      [fields.length ? 3 : 0, () => ({ ...random.pick(fields) })],
      [1, () => ({ receiver: random.pick(otherReceivers), sdk: kind === 'track' ? 'segment' : undefined, server: false })],
    ])();
  }

  /** A tracking call expression of some kind, on an SDK or through a wrapper. */
  trackingCall(kind?: Kind): string {
    const random = this.random;
    const callKind = kind ?? random.weighted<Kind>([[10, 'track'], [2, 'identify'], [2, 'group'], [1, 'reset']]);
    if (random.chance(0.25)) return this.wrapperCall(callKind);
    if (this.amplitudeFunctions && random.chance(0.2)) {
      const local = { track: 'ampTrack', identify: 'ampIdentify', group: 'setGroup', reset: 'ampReset' }[callKind];
      return `${local}(${this.argumentList(this.argumentsFor(callKind, 'amplitude', false, local === 'setGroup' ? 'setGroup' : callKind))})`;
    }
    const { receiver, sdk, server } = this.receiverFor(callKind);
    const methods = sdk ? sdkMethods[random.chance(0.1) ? random.pick(Object.keys(sdkMethods) as Sdk[]) : sdk][callKind] : [callKind];
    const method = random.pick(methods);
    const args = this.argumentList(this.argumentsFor(callKind, sdk, server, method));
    const typeArguments = this.ts && random.chance(0.05) ? '<Props>' : '';
    const access = random.weighted<string>([
      [20, `.${method}${typeArguments}(${args})`],
      [2, `?.${method}(${args})`],
      [2, `.${method}?.(${args})`],
      [1, `['${method}'](${args})`],
      [1, `.${method}.call(null, ${args})`],
    ]);
    const call = `${receiver}${access}`;
    return random.chance(0.03) ? `(${receiver}.${method})(${args})` : call;
  }

  private wrapperCall(kind: Kind): string {
    const random = this.random;
    const args = (shape: 'track' | 'identify' | 'group' | 'reset', method = 'track') => this.argumentList(this.argumentsFor(shape, undefined, false, method));
    switch (kind) {
      case 'track': {
        const hooks = this.scope.hookCallees;
        const form = random.int(hooks.length ? 11 : 10);
        switch (form) {
          case 0:
            return `trackEvent(${args('track')})`;
          case 1:
            return `this.trackEvent(${args('track')})`;
          case 2:
            return `this.analyticsService.track(${args('track')})`;
          case 3:
            return `useAnalytics().track(${args('track')})`;
          case 4:
            return `capturePostHogEvent(user, ${this.eventExpression()}, ${this.objectArgument(propertyKeys)}${random.chance(0.5) ? `, ${random.pick(['{ groupId }', 'undefined', 'ctx'])}` : ''})`;
          case 5:
            return `captureSuccess({ eventName: ${this.eventExpression()}${random.chance(0.8) ? `, payload: ${this.objectArgument(propertyKeys)}` : ''} })`;
          case 6:
            return `logEvent(${args('track')})`;
          case 7:
            return `deep.nested.track(user, { a: { b: ${this.eventExpression()} } }, ${this.objectArgument(propertyKeys)})`;
          case 8:
            return `$track(${args('track')})`;
          case 9:
            return `track_event(${args('track')})`;
          default:
            return `${random.pick(hooks)}(${args('track')})`;
        }
      }
      case 'identify':
        return random.chance(0.5) ? `identifyUser(${args('identify')})` : `setUser({ id: user.id, traits: ${this.objectArgument(propertyKeys)} })`;
      case 'group':
        return random.pick([
          () => `joinEventGroup(user, ${this.plainExpression()}, ${this.objectArgument(propertyKeys)})`,
          () => `setAccount(${args('group')})`,
          () => `setWorkspace(id, ${this.objectArgument(propertyKeys)}, ${stringLiteral(random, random.pick(['workspace', 'account']))})`,
        ])();
      case 'reset':
        return random.pick(['logout()', 'this.session.clear()', 'logout(1)']);
    }
  }

  /** A tracking call where an expression goes: awaited, voided, in `&&`, chained, wrapped for TypeScript. */
  private callInContext(kind?: Kind): string {
    const random = this.random;
    const call = this.trackingCall(kind);
    const forms: (readonly [number, string])[] = [
      [20, call],
      [1, `void ${call}`],
      [1, `flag && ${call}`],
      [1, `(0, ${call})`],
      [1, `${call}.then?.(() => {})`],
      [1, `!${call}`],
      [1, `[${call}]`],
      [1, `wrap(${call})`],
      [1, `\`\${${call}}\``],
    ];
    if (this.scope.async) forms.push([3, `await ${call}`]);
    if (this.ts) forms.push([1, `${call}!`], [1, `(${call} as any)`]);
    return random.weighted(forms);
  }

  // --- statements ----------------------------------------------------------

  private block(statements: number, scope: Partial<Scope>, depth: number, indent: string): string {
    const parent = this.scopes[this.scopes.length - 1];
    this.scopes.push({
      hoisted: [],
      async: scope.async ?? parent?.async ?? false,
      inFunction: scope.inFunction ?? parent?.inFunction ?? false,
      inClass: scope.inClass ?? parent?.inClass ?? false,
      fieldReceivers: scope.fieldReceivers ?? parent?.fieldReceivers ?? [],
      hookCallees: scope.hookCallees ?? [...(parent?.hookCallees ?? [])],
    });
    const lines: string[] = [];
    for (let index = 0; index < statements; index++) {
      const statement = this.statement(depth, indent);
      lines.push(...this.scope.hoisted.map((line) => indent + line));
      this.scope.hoisted = [];
      lines.push(statement);
    }
    this.scopes.pop();
    return lines.join('\n');
  }

  /** A statement that is not a block of its own (for `if (x) stmt` without braces). */
  private simpleStatement(): string {
    return `${this.callInContext()};`;
  }

  private body(depth: number, indent: string, scope: Partial<Scope> = {}): string {
    const count = 1 + this.random.int(depth > 2 ? 2 : 4);
    return `{\n${this.block(count, scope, depth + 1, `${indent}  `)}\n${indent}}`;
  }

  private statement(depth: number, indent: string): string {
    const random = this.random;
    const deep = depth >= 3;
    const topLevel = this.scopes.length === 1;
    const choices: (readonly [number, () => string])[] = [
      [14, () => `${this.simpleStatement()}`],
      [2, () => `const ${this.name('result')} = ${this.callInContext()};`],
      [2, () => `const ${this.name('value')} = ${this.plainExpression()};`],
      [2, () => `${this.plainExpression()};`],
      [deep ? 0 : 3, () => `if (${this.plainExpression()}) ${random.chance(0.5) ? this.body(depth, indent) : this.simpleStatement()}${random.chance(0.5) ? ` else ${random.chance(0.5) ? this.body(depth, indent) : this.simpleStatement()}` : ''}`],
      [deep ? 0 : 1, () => `for (const ${this.name('item')} of ${this.plainExpression()}) ${random.chance(0.7) ? this.body(depth, indent) : this.simpleStatement()}`],
      [deep ? 0 : 1, () => `while (${this.plainExpression()}) ${this.simpleStatement()}`],
      [deep ? 0 : 1, () => `do ${this.simpleStatement()} while (x);`],
      [deep ? 0 : 1, () => `switch (${this.plainExpression()}) {\n${indent}  case 1:\n${indent}    ${this.simpleStatement()}\n${indent}  case 'b': ${this.simpleStatement()} break;\n${indent}  default:\n${indent}    ${this.simpleStatement()}\n${indent}}`],
      [deep ? 0 : 2, () => `try ${this.body(depth, indent)} catch ${random.chance(0.5) ? '(error) ' : ''}${this.body(depth, indent)}${random.chance(0.3) ? ` finally ${this.body(depth, indent)}` : ''}`],
      [deep ? 0 : 1, () => `${this.name('label')}: ${this.simpleStatement()}`],
      [deep ? 0 : 1, () => this.body(depth, indent)],
      [deep ? 0 : 4, () => this.functionDeclaration(depth, indent)],
      [deep ? 0 : 2, () => this.arrowFunction(depth, indent)],
      [deep ? 0 : 2, () => this.classDeclaration(depth, indent)],
      [deep ? 0 : 2, () => this.signOutFlow(depth, indent)],
      [this.scope.inFunction ? 2 : 0, () => `return ${this.callInContext()};`],
      [this.jsx && !deep ? 2 : 0, () => this.component(depth, indent)],
      [this.ts ? 2 : 0, () => this.typeScriptStatement(depth, indent)],
      [topLevel && this.module ? 2 : 0, () => this.exportStatement(depth, indent)],
      [this.scope.inFunction ? 1 : 0, () => this.hookDeclaration()],
    ];
    return indent + random.weighted(choices)();
  }

  private hookDeclaration(): string {
    const name = this.name('hookTrack');
    const random = this.random;
    const form = this.scope.hookCallees.includes('track') ? 1 + random.int(2) : random.int(3);
    this.scope.hookCallees.push(form === 0 ? 'track' : name);
    if (form === 0) return `const { track } = useAnalytics();`;
    if (form === 1) return `const ${name} = useCapture();`;
    return `const { track: ${name} } = useAnalytics();`;
  }

  private parameters(): string {
    return this.random.pick(['', 'user', 'user, account', '{ id, email }', 'a = analytics', '...args', ...(this.ts ? ['user: User', 'flag?: boolean'] : [])]);
  }

  private functionDeclaration(depth: number, indent: string): string {
    const random = this.random;
    const isAsync = random.chance(0.3);
    const generator = !isAsync && random.chance(0.05) ? '*' : '';
    const typeParameters = this.ts && random.chance(0.1) ? '<T>' : '';
    return `${isAsync ? 'async ' : ''}function${generator} ${this.name('handle')}${typeParameters}(${this.parameters()}) ${this.body(depth, indent, { async: isAsync, inFunction: true, hookCallees: [] })}`;
  }

  private arrowFunction(depth: number, indent: string): string {
    const random = this.random;
    const isAsync = random.chance(0.3);
    const name = this.name('onEvent');
    if (random.chance(0.4)) {
      const call = this.within({ async: isAsync, inFunction: true }, () => this.trackingCall());
      return `const ${name} = ${isAsync ? 'async ' : ''}(${this.parameters()}) => ${call};`;
    }
    return `const ${name} = ${isAsync ? 'async ' : ''}(${this.parameters()}) => ${this.body(depth, indent, { async: isAsync, inFunction: true, hookCallees: [] })};`;
  }

  private classDeclaration(depth: number, indent: string): string {
    const random = this.random;
    const name = this.name('Service');
    const factories = this.imported.filter((client) => client.factory);
    const fieldReceivers: Scope['fieldReceivers'] = [];
    const members: string[] = [];
    const inner = `${indent}  `;
    if (factories.length && random.chance(0.7)) {
      const client = random.pick(factories);
      const field = random.pick(['client', 'analytics', 'posthog', 'tracker', '#client', '#analytics']);
      fieldReceivers.push({ sdk: client.sdk, server: client.server, receiver: `this.${field}` });
      const modifier = field.startsWith('#') ? '' : random.pick(['', '', 'static ', ...(this.ts ? ['private readonly ', 'accessor ', '@inject() '] : [])]);
      members.push(
        random.chance(0.5) || field.startsWith('#')
          ? `${inner}${modifier}${field} = ${client.factory};`
          : `${inner}constructor() {\n${inner}  ${random.chance(0.2) ? 'super();\n    ' : ''}this.${field} = ${client.factory};\n${inner}}`,
      );
    }
    if (this.ts && random.chance(0.3) && !members.some((member) => member.includes('constructor'))) {
      members.push(`${inner}constructor(private analyticsService: AnalyticsService) {}`);
    }
    const count = 1 + random.int(3);
    for (let index = 0; index < count; index++) {
      const form = random.int(6);
      const scope = { async: false, inFunction: true, inClass: true, fieldReceivers, hookCallees: [] };
      if (form === 0) {
        members.push(`${inner}${this.name('field')} = ${this.within({ ...scope, inFunction: false }, () => this.callInContext())};`);
      } else if (form === 1) {
        members.push(`${inner}static ${this.body(depth, inner, { ...scope, inFunction: false })}`);
      } else if (form === 2) {
        members.push(`${inner}get ${this.name('value')}() ${this.body(depth, inner, scope)}`);
      } else {
        const isAsync = random.chance(0.3);
        members.push(`${inner}${isAsync ? 'async ' : ''}${this.name('method')}(${this.parameters()}) ${this.body(depth, inner, { ...scope, async: isAsync })}`);
      }
    }
    const extended = members.some((member) => member.includes('super()')) || random.chance(0.1) ? ' extends Base' : '';
    const decorator = this.ts && random.chance(0.1) ? '@Injectable()\n' + indent : '';
    return `${decorator}class ${name}${extended} {\n${members.join('\n')}\n${indent}}`;
  }

  /** A Signed Out event in a function, followed (or not) by a reset. */
  private signOutFlow(depth: number, indent: string): string {
    const random = this.random;
    const inner = `${indent}  `;
    const { receiver, sdk } = this.receiverFor('track');
    const method = sdk === 'posthog' ? 'capture' : 'track';
    const name = random.pick(['Signed Out', 'signed_out', 'user.signed_out', 'Logout', 'Logged Out', 'signedOut', 'User Signed Out', 'SIGNED OUT']);
    const isAsync = random.chance(0.3);
    const hoisted: string[] = [];
    this.scopes.push({ ...this.scope, hoisted, async: isAsync, inFunction: true, hookCallees: [] });
    const event = this.stringValue(name);
    const properties = random.chance(0.5) ? `, ${this.objectArgument(propertyKeys)}` : '';
    this.scopes.pop();
    const track = random.chance(0.8) ? `${receiver}.${method}(${event}${properties})` : `trackEvent(${event}${properties})`;
    const placed = random.pick([
      `${inner}${track};`,
      `${inner}if (flag) ${track};`,
      `${inner}if (flag) {\n${inner}  ${track}\n${inner}}`,
      `${inner}${isAsync ? 'await ' : ''}${track}`,
      `${inner}try { ${track}; } finally { done(); }`,
      `${inner}out: ${track};`,
      `${inner}switch (x) { case 1: ${track}; }`,
      `${inner}return ${track};`,
    ]);
    const reset = random.pick([
      `${inner}${receiver}.reset();`,
      `${inner}logout();`,
      `${inner}analytics.reset();`,
      `${inner}posthog.reset();`,
      `${inner}this.session.clear();`,
      '',
      '',
    ]);
    const lines = [...hoisted.map((line) => inner + line), placed];
    if (reset && !placed.includes('return')) lines.push(reset);
    else if (reset) lines.unshift(reset);
    const header = random.chance(0.7)
      ? `${isAsync ? 'async ' : ''}function ${this.name('signOut')}() `
      : `const ${this.name('signOut')} = ${isAsync ? 'async ' : ''}() => `;
    return `${header}{\n${lines.join('\n')}\n${indent}}${header.startsWith('const') ? ';' : ''}`;
  }

  /** A React component (not async, whatever encloses it) whose handler and children track. */
  private component(depth: number, indent: string): string {
    return this.within({ async: false }, () => this.componentIn(depth, indent));
  }

  private componentIn(depth: number, indent: string): string {
    const random = this.random;
    const name = this.name('Button');
    const handler = this.trackingCall('track');
    const child = random.pick(['{label}', 'Save', "{'{'}", '{x && <b>y</b>}', `{${this.callInContext()}}`, '<>frag</>']);
    const attribute = random.pick(['', ' title="He said &quot;hi&quot;"', " data-x='y'", ' {...rest}', ' disabled']);
    const body = random.chance(0.5)
      ? `(\n${indent}  <button onClick={() => ${handler}}${attribute}>${child}</button>\n${indent})`
      : `{\n${indent}  const onClick = () => { ${handler}; };\n${indent}  return <div onClick={onClick}${attribute}>${child}</div>;\n${indent}}`;
    void depth;
    return `const ${name} = (${this.ts ? '{ label }: { label: string }' : '{ label }'}) => ${body};`;
  }

  private typeScriptStatement(depth: number, indent: string): string {
    const random = this.random;
    return random.pick<() => string>([
      () => `interface ${this.name('Props')} { a: string; b?: number }`,
      () => `type ${this.name('EventName')} = 'Account Created' | 'Signed Out';`,
      () => `declare const ${this.name('declared')}: { track(event: string): void };`,
      () => `enum ${this.name('Events')} { Created = 'Account Created', Out = 'Signed Out' }`,
      () => `namespace ${this.name('Ns')} ${this.body(depth, indent, { inFunction: false })}`,
      () => `let ${this.name('definite')}!: string;`,
      () => `const ${this.name('typed')}: Record<string, string> = ${this.objectLiteral(propertyKeys)};`,
      () => `abstract class ${this.name('Abstract')} { abstract run(): void; }`,
      () => `import ${this.name('hashModule')} = require('@/lib/hash');`,
      () => `declare module '${this.name('ambient')}' { export function track(event: string): void; }`,
      () => {
        const name = this.name('overload');
        return `function ${name}(a: string): void;\n${indent}function ${name}(a: any) { ${this.simpleStatement()} }`;
      },
    ])();
  }

  private exportStatement(depth: number, indent: string): string {
    const random = this.random;
    if (!this.exportedDefault && random.chance(0.3)) {
      this.exportedDefault = true;
      return `export default ${random.chance(0.5) ? this.trackingCall() : this.functionDeclaration(depth, indent)};`.replace(/};$/, '}');
    }
    return random.pick([
      () => `export const ${this.name('exported')} = ${this.callInContext()};`,
      () => `export ${this.functionDeclaration(depth, indent)}`,
      () => `export ${this.classDeclaration(depth, indent)}`,
    ])();
  }

  /**
   * What a team's analytics module holds: a function or hook that forwards its
   * parameters to a tracking call (found without `callees`), or one that
   * builds or chooses the name (nothing inferred), and calls of it.
   */
  private wrapperModule(): string[] {
    const random = this.random;
    const name = this.name('wrap');
    const hook = `use${name[0]!.toUpperCase()}${name.slice(1)}`;
    const event = () => stringLiteral(random, eventName(random));
    const properties = () => this.objectLiteral(propertyKeys);
    const [definition, calls] = random.pick<() => [string, (() => string)[]]>([
      () => [`function ${name}(event, properties, options) {\n  ${random.pick(['analytics', 'window.analytics', 'posthog', 'mixpanel', 'rudderanalytics'])}.${random.pick(['track', 'capture'])}(event, properties, options);\n}`, [() => `${name}(${event()}, ${properties()});`, () => `${name}(${event()}, ${properties()}, { context: { groupId: accountId } });`, () => `${name}(...args);`]],
      () => [`const ${name} = ({ userId, eventName, payload, orgId }) => posthog.capture({ distinctId: userId, event: eventName, properties: payload, groups: orgId ? { company: orgId } : undefined });`, [() => `${name}({ userId: 'u1', eventName: ${event()}, payload: ${properties()} });`, () => `${name}({ eventName: ${event()}, orgId });`, () => `${name}(${properties()});`]],
      () => [`function ${hook}() {\n  return { capture: (event, properties) => posthog.capture(event, properties), identify: (id) => posthog.identify(id) };\n}`, [() => `{\n  const { capture } = ${hook}();\n  capture(${event()}, ${properties()});\n}`, () => `${hook}().identify('u1');`]],
      () => [`function ${name}(element) {\n  analytics.track(\`\${element}_clicked\`);\n}`, [() => `${name}(${event()});`]],
      // A class whose methods forward (instance, static, `#private`), one that hands the whole event on, a getter of the client.
      () => [`class ${hook.slice(3)} {\n  track(event, properties) {\n    posthog.capture(event, properties);\n  }\n  static send(event) {\n    analytics.track(event);\n  }\n  #capture(event, properties) {\n    mixpanel.track(event, properties);\n  }\n  run() {\n    this.#capture(${event()}, ${properties()});\n  }\n}\nconst ${name} = new ${hook.slice(3)}();`, [() => `${name}.track(${event()}, ${properties()});`, () => `${hook.slice(3)}.send(${event()});`, () => `${hook.slice(3)}.send({ userId: 'u1', event: ${event()} });`]],
      () => [`const ${name} = (event) => analytics.track(event);`, [() => `${name}({ userId: 'u1', event: ${event()}, properties: ${properties()} });`, () => `${name}(${event()});`, () => `${name}();`]],
      () => [`function ${hook}() {\n  const client = posthog;\n  return client;\n}`, [() => `${hook}().capture(${event()}, ${properties()});`, () => `{\n  const ph = ${hook}();\n  ph.capture(${event()});\n}`]],
      () => [`export function ${name}(event, properties) {\n  if (!event) return;\n  analytics.track(event, { ...properties, account_id: currentAccountId() });\n}`, [() => `${name}(${event()}, ${properties()});`]],
    ])();
    const out = [this.module || !definition.startsWith('export') ? definition : definition.replace(/^export /, '')];
    for (let index = 0; index < 1 + random.int(3); index++) out.push(random.pick(calls)());
    return out;
  }

  // --- the program -----------------------------------------------------------

  /** A tracking call for an expression's place in other code, with the declarations it refers to. */
  splice(): { call: string; declarations: string[] } {
    const call = this.trackingCall();
    const declarations = this.scope.hoisted;
    this.scope.hoisted = [];
    return { call, declarations };
  }

  program(): string {
    const random = this.random;
    const header: string[] = [];
    if (this.language !== 'vue' && random.chance(0.03)) header.push('#!/usr/bin/env node');
    if (random.chance(0.1)) header.push(random.pick(["'use strict';", '"use client";', "'use strict'"]));
    const clientCount = random.weighted([[2, 0], [3, 1], [2, 2], [1, 4]]);
    for (let index = 0; index < clientCount; index++) {
      const client = random.pick(clients);
      if (this.imported.includes(client)) continue;
      this.imported.push(client);
      header.push(this.module ? client.esm : client.cjs);
    }
    if (this.module && random.chance(0.2)) {
      header.push(`import { track as ampTrack, identify as ampIdentify, setGroup, reset as ampReset } from '@amplitude/analytics-browser';`);
      this.amplitudeFunctions = true;
      if (!this.imported.some((client) => client.receiver === 'amp')) {
        header.push(`import * as amp from '@amplitude/analytics-browser';`);
        this.imported.push(clients.find((client) => client.receiver === 'amp')!);
      }
    }
    // What the hasher fix must work around: an import from its module, or a local of its name.
    const hasherForm = random.int(12);
    if (this.module && hasherForm === 0) header.push(`import { other } from '@/lib/hash';`);
    if (this.module && hasherForm === 1) header.push(`import hashDefault from '@/lib/hash';`);
    if (this.module && hasherForm === 2) header.push(`import { hashEmail } from '@/lib/hash';`);
    if (this.module && hasherForm === 3 && this.ts) header.push(`import type { Hash } from '@/lib/hash';`);
    if (this.module && hasherForm === 4) header.push(`import * as hashing from '@/lib/hash';`);
    if (hasherForm === 5) header.push(random.pick(['function hashEmail(value) { return value; }', 'const hashEmail = (value) => value;', 'var hashEmail;']).replace('(value)', this.ts ? '(value: string)' : '(value)'));
    if (this.module && hasherForm === 6) header.push(`import {} from '@/lib/hash';`);
    if (this.module && this.ts && random.chance(0.1)) header.push(random.pick([`import type { PostHog as PostHogType } from 'posthog-node';`, `import type posthogType from 'posthog-js';`, `import { type Analytics as AnalyticsType } from '@segment/analytics-node';`]));
    const count = 1 + random.int(8);
    const statements: string[] = [];
    for (let index = 0; index < count; index++) {
      const statement = this.statement(0, '');
      statements.push(...this.scope.hoisted, statement);
      this.scope.hoisted = [];
    }
    if (hasherForm === 7) statements.push('const hashEmail = 1;');
    if (random.chance(0.3)) statements.push(...this.wrapperModule());
    return [...header, ...statements].join(random.chance(0.1) ? '\n\n' : '\n') + (random.chance(0.5) ? '\n' : '');
  }
}

const languages: readonly (readonly [number, [Language, SourceType]])[] = [
  [5, ['js', 'module']],
  [2, ['js', 'commonjs']],
  [3, ['jsx', 'module']],
  [5, ['ts', 'module']],
  [3, ['tsx', 'module']],
  [2, ['vue', 'module']],
];

/** A program of our own: tracking calls of every shape in random surroundings. */
export function generateProgram(seed: number): Program {
  const random = new Random(seed);
  const [language, sourceType] = random.weighted(languages);
  const writer = new Writer(random, language, sourceType);
  let code = writer.program();
  if (language !== 'vue' && random.chance(0.4)) code = decorate(random, code, language, sourceType);
  if (random.chance(0.1)) code = code.replace(/\r?\n/g, '\r\n');
  if (language === 'vue') {
    const setup = random.chance(0.5);
    code = `<template>\n  <div>{{ x }}</div>\n</template>\n\n<script${setup ? ' setup' : ''} lang="ts">\n${code}\n</script>\n`;
  } else if (random.chance(0.02)) {
    code = `\uFEFF${code}`;
  }
  return { code, language, sourceType };
}

// ---------------------------------------------------------------------------
// eslump's random JavaScript, with tracking spliced in.

interface EslumpOptions {
  sourceType: 'module' | 'script';
  maxDepth: number;
  comments: boolean;
  whitespace: boolean;
}
const { generateRandomJS } = createRequire(import.meta.url)('eslump') as { generateRandomJS(options: EslumpOptions): string };

/** eslump draws from Math.random: run it on the seeded generator instead. */
function seededEslump(random: Random, options: EslumpOptions): string {
  const original = Math.random;
  Math.random = () => random.next();
  try {
    return generateRandomJS(options);
  } finally {
    Math.random = original;
  }
}

interface Located {
  type: string;
  range: [number, number];
}

interface Parsed extends Located {
  tokens: Located[];
}

/** The tree and tokens of code in a language, or undefined when it does not parse. */
function parseAs(code: string, language: Language, sourceType: SourceType): Parsed | undefined {
  try {
    if (language === 'ts' || language === 'tsx') {
      const options = { range: true, tokens: true, sourceType: sourceType === 'module' ? 'module' : 'script', ecmaFeatures: { jsx: language === 'tsx' } } as const;
      return tsParser.parse(code, options) as unknown as Parsed;
    }
    const options = { ecmaVersion: 'latest', sourceType, range: true, tokens: true, ecmaFeatures: { jsx: language === 'jsx' } } as const;
    return espree.parse(code, options) as unknown as Parsed;
  } catch {
    return undefined;
  }
}

/**
 * What the rules must see through: parentheses around random expressions
 * (a node's range ends inside them) and comments between random tokens.
 * Each edit is kept only when the code still parses.
 */
function decorate(random: Random, original: string, language: Language, sourceType: SourceType): string {
  let code = original;
  for (let edit = 1 + random.int(16); edit > 0; edit--) {
    const tree = parseAs(code, language, sourceType);
    if (!tree) return original;
    let edited: string;
    if (random.chance(0.7)) {
      const candidates = expressions(tree, [], random.chance(0.7) ? valuePlaces : undefined);
      if (candidates.length === 0) continue;
      const { range } = random.pick(candidates);
      edited = `${code.slice(0, range[0])}(${code.slice(range[0], range[1])})${code.slice(range[1])}`;
    } else {
      const token = random.pick(tree.tokens);
      const at = random.chance(0.5) ? token.range[0] : token.range[1];
      edited = code.slice(0, at) + random.pick(['/* c */', ' /* ) */ ', '// line\n', '\n', '/*\n*/', '\r\n', '\u2028', '\t']) + code.slice(at);
    }
    if (parseAs(edited, language, sourceType)) code = edited;
  }
  return code;
}

function parseJs(code: string, sourceType: 'module' | 'script'): Located | undefined {
  try {
    return espree.parse(code, { ecmaVersion: 'latest', sourceType, range: true }) as unknown as Located;
  } catch {
    return undefined;
  }
}

/**
 * Every expression node of a tree (a generic walk: eslump's trees have every
 * kind of node); with `keys`, only those in one of these places of their parent.
 */
function expressions(node: Located, out: Located[], keys?: ReadonlySet<string>): Located[] {
  for (const [key, value] of Object.entries(node)) {
    if (key === 'parent' || !value || typeof value !== 'object') continue;
    for (const child of Array.isArray(value) ? value : [value]) {
      if (child && typeof child === 'object' && typeof (child as Located).type === 'string') {
        const located = child as Located;
        if (/Expression$|^Identifier$|^Literal$/.test(located.type) && (!keys || keys.has(key))) out.push(located);
        expressions(located, out, keys);
      }
    }
  }
  return out;
}

/** Where the rules read values: call arguments, property values, initialisers. */
const valuePlaces = new Set(['arguments', 'value', 'init', 'argument', 'expression', 'consequent', 'alternate', 'left', 'right']);

/** Contextual words espree tokenises as identifiers: renaming them breaks the syntax around them. */
const contextual = new Set(['async', 'await', 'of', 'get', 'set', 'as', 'from', 'static', 'let', 'yield', 'target', 'meta', 'constructor', 'arguments', 'eval', 'undefined']);
const sdkNames = ['analytics', 'posthog', 'mixpanel', 'amplitude', 'accoil', 'rudderanalytics', 'window', 'track', 'capture', 'identify', 'group', 'reset', 'setGroup', 'set_group', 'trackEvent', 'invitee_email', 'logout'];

/**
 * eslump's random JavaScript (seeded), then: some identifiers renamed to SDK
 * names (so its calls become tracking calls with random arguments), and
 * tracking calls of our generator put in place of random expressions.
 */
export function eslumpProgram(seed: number): Program {
  const random = new Random(seed);
  const esSourceType = random.chance(0.7) ? 'module' : 'script';
  let code = seededEslump(random, { sourceType: esSourceType, maxDepth: 2 + random.int(6), comments: random.chance(0.3), whitespace: random.chance(0.3) });
  const language: Language = random.chance(0.75) ? 'js' : 'ts';
  const sourceType: SourceType = esSourceType === 'module' ? 'module' : 'commonjs';
  const ast = parseJs(code, esSourceType);
  if (!ast) return { code, language, sourceType };

  // Rename a few identifiers throughout, token by token (the tokenizer alone, without the parser's context, may give up).
  let tokens: { type: string; value: string; range: [number, number] }[] = [];
  try {
    tokens = (espree.tokenize(code, { ecmaVersion: 'latest', sourceType: esSourceType, range: true }) as unknown as typeof tokens).filter(
      (token) => token.type === 'Identifier' && !contextual.has(token.value),
    );
  } catch {
    // Keep eslump's names.
  }
  const names = [...new Set(tokens.map((token) => token.value))];
  const renames = new Map<string, string>();
  for (let index = random.int(4); index > 0 && names.length > 0; index--) {
    renames.set(random.pick(names), random.pick(sdkNames));
  }
  if (renames.size > 0) {
    let renamed = '';
    let position = 0;
    for (const token of tokens) {
      const target = renames.get(token.value);
      if (!target) continue;
      renamed += code.slice(position, token.range[0]) + target;
      position = token.range[1];
    }
    renamed += code.slice(position);
    if (parseJs(renamed, esSourceType)) code = renamed;
  }

  // Put tracking calls where some expressions were, keeping each edit only when the code still parses.
  const writer = new Writer(random, language, sourceType);
  for (let attempt = random.int(5); attempt > 0; attempt--) {
    const tree = parseJs(code, esSourceType);
    if (!tree) break;
    const candidates = expressions(tree, []);
    if (candidates.length === 0) break;
    const target = random.pick(candidates);
    const { call, declarations } = writer.splice();
    const replaced = `${code.slice(0, target.range[0])}(${call})${code.slice(target.range[1])}\n${declarations.join('\n')}`;
    if (parseJs(replaced, esSourceType)) code = replaced;
  }
  return { code, language, sourceType };
}
