/**
 * Reads and validates `settings['b2b-tracking']` once per settings object,
 * and hands every rule the same resolved view: the plan, the naming style,
 * the team's wrappers (`callees`), hash functions, group properties and
 * whether browser SDKs remember the group.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { TSESLint } from '@typescript-eslint/utils';
import { ConfigError, formatPath } from './config-error.js';
import { type NamingStyle, namingStyles } from './event-words.js';
import { isIdentifierName } from './identifiers.js';
import { inlinePlan, loadPlanFile, type Plan, planFormatIds, shippedPlan, shippedPlans, type ShippedPlanName } from './plan.js';
import type { CallKind } from './sdks.js';

type Context = Readonly<TSESLint.RuleContext<string, readonly unknown[]>>;

export const settingsKey = 'b2b-tracking';

/** Where a wrapper keeps each part of the call, as argument paths (`"1"`, `"0.eventName"`). */
export interface CalleePaths {
  event?: string;
  properties?: string;
  options?: string;
  groupContext?: string;
  traits?: string;
  userId?: string;
  groupId?: string;
  groupType?: string;
}

/** One step of a callee: a name, or `()` for the result of calling what stands before it. */
export type CalleeStep = { name: string } | { call: true };

export interface CalleeDescriptor {
  kind: CallKind;
  /** The callee as the user wrote it: `useAnalytics().track`. */
  callee: string;
  steps: CalleeStep[];
  paths: CalleePaths;
  /** A track wrapper that adds the account itself (or what it calls does): its calls need none. */
  addsGroupContext?: boolean;
}

/** How event property keys are written: `false` checks no key's style. */
export type PropertyNaming = 'snake_case' | 'camelCase' | false;
const propertyNamings: readonly PropertyNaming[] = ['snake_case', 'camelCase', false];

export interface ResolvedSettings {
  plan: Plan;
  naming: NamingStyle;
  callees: CalleeDescriptor[];
  hashFunctions: string[];
  groupProperties: string[];
  stickyGroups: boolean;
  propertyNaming: PropertyNaming;
}

const calleeKinds = ['track', 'identify', 'group', 'reset'] as const satisfies readonly CallKind[];
const pathKeysByKind: Record<CallKind, (keyof CalleePaths)[]> = {
  track: ['event', 'properties', 'options', 'groupContext', 'userId'],
  identify: ['userId', 'traits', 'options'],
  group: ['groupId', 'traits', 'groupType', 'userId', 'options'],
  reset: [],
};
/** A plain name takes its arguments like the Segment browser SDK. */
export const defaultCalleePaths: Record<CallKind, CalleePaths> = {
  track: { event: '0', properties: '1', options: '2' },
  identify: { userId: '0', traits: '1', options: '2' },
  group: { groupId: '0', traits: '1', options: '2' },
  reset: {},
};

const settingKeys = ['plan', 'planFormat', 'naming', 'callees', 'hashFunctions', 'groupProperties', 'stickyGroups', 'propertyNaming'] as const;

function fail(keys: (string | number)[], problem: string): never {
  throw new ConfigError(`settings['${settingsKey}']${keys.length ? `.${formatPath(keys)}` : ''} ${problem}`);
}

const argumentPath = /^\d+(?:\.[^.\s]+)*$/;

/** Why a path that is no argument path can never match, for the mistakes it can be said of. */
function unmatchablePath(path: string): string | undefined {
  if (path === '') return 'it is empty; "0" is the first argument';
  const [head, ...keys] = path.split('.');
  if (head === '') return 'it starts with a dot; an argument path starts with the argument\'s index ("0" is the first argument)';
  if (/^-\d+$/.test(head!)) return 'an argument\'s index is 0 or more ("0" is the first argument)';
  if (!/^\d+$/.test(head!)) {
    return `an argument path starts with the argument's index, such as "0.${path}" (the key \`${head}\` of the first argument)`;
  }
  if (keys.at(-1) === '') return 'it ends with a dot';
  if (keys.includes('')) return 'it has nothing between two dots';
  return undefined;
}

/** The places whose value is a string: nothing else can be at their path, or inside it. */
const stringPlaces: readonly (keyof CalleePaths)[] = ['event', 'userId', 'groupId', 'groupType'];
/** The places whose value is an object. */
const objectPlaces: readonly (keyof CalleePaths)[] = ['properties', 'traits', 'options'];
const placeWords: Record<keyof CalleePaths, string> = {
  event: 'the event name',
  properties: 'the properties',
  options: 'the options',
  groupContext: 'the account',
  traits: 'the traits',
  userId: 'the user id',
  groupId: 'the group id',
  groupType: 'the group type',
};

/**
 * A place an entry names where it can never be: inside a string place
 * (`event: '0', properties: '0.props'`), or at the same path as one when the
 * two cannot be one value (the event name and anything else; an id and an
 * object). A key inside an object place is fine (`properties: '1',
 * groupContext: '1.account'`; `traits: '0', userId: '0.id'`), and so is one
 * value for the user id and the group id.
 */
function clashingPlace(paths: CalleePaths): { key: keyof CalleePaths; problem: string } | undefined {
  const named = Object.entries(paths) as [keyof CalleePaths, string][];
  for (const [stringKey, stringPath] of named) {
    if (!stringPlaces.includes(stringKey)) continue;
    for (const [key, path] of named) {
      if (key === stringKey) continue;
      if (path.startsWith(`${stringPath}.`)) {
        return { key, problem: `\`${stringKey}\` is at ${JSON.stringify(stringPath)}, a string, which has no keys` };
      }
      // Reported on the other place, so that `event` (then an id) is the one named beside it.
      if (path === stringPath && (stringKey === 'event' || objectPlaces.includes(key) || key === 'groupType')) {
        return { key, problem: `\`${stringKey}\` is at ${JSON.stringify(stringPath)} too, and one argument is not both ${placeWords[stringKey]} and ${placeWords[key]}` };
      }
    }
  }
  return undefined;
}

/** `this.analyticsService.track`, `useAnalytics().track`, `useCapture()` → steps. */
export function parseCallee(text: string): CalleeStep[] | undefined {
  const steps: CalleeStep[] = [];
  // A name is any run up to the next separator, then held to be an identifier name.
  const token = /\s*(?:([^\s.()]+)|(\(\s*\))|(\.))/y;
  let expectName = true;
  let position = 0;
  while (position < text.length) {
    token.lastIndex = position;
    const match = token.exec(text);
    if (!match) return undefined;
    position = token.lastIndex;
    if (match[1] !== undefined) {
      // `this.#capture`: a private method, after the first step.
      const name = steps.length > 0 && match[1].startsWith('#') ? match[1].slice(1) : match[1];
      if (!expectName || !isIdentifierName(name)) return undefined;
      steps.push({ name: match[1] });
      expectName = false;
    } else if (match[2] !== undefined) {
      if (expectName) return undefined;
      steps.push({ call: true });
    } else {
      if (expectName) return undefined;
      expectName = true;
    }
  }
  return steps.length > 0 && !expectName ? steps : undefined;
}

/**
 * The places an entry names, and the plain-name defaults for the others
 * (`{ groupContext: '2' }` still has its event at `'0'` and properties at `'1'`),
 * except a default whose argument the entry uses for something else
 * (`{ event: '0', groupContext: '2' }` gets no `options` at `'2'`). Only a whole
 * argument is used for something else: a key inside one (`{ groupContext: '1.account' }`)
 * says that argument is an object, the properties where a plain name has them.
 * An entry that moves one of the plain-name places (`{ event: '0.eventName' }`,
 * `{ event: '1' }`) describes another signature, so none is guessed for it.
 */
export function withDefaultPaths(kind: CallKind, named: CalleePaths): CalleePaths {
  const defaults = Object.entries(defaultCalleePaths[kind]) as [keyof CalleePaths, string][];
  if (defaults.some(([key, path]) => named[key] !== undefined && named[key] !== path)) return named;
  const used = new Set(Object.values(named));
  const paths: CalleePaths = { ...named };
  for (const [key, path] of defaults) {
    if (paths[key] === undefined && !used.has(path)) paths[key] = path;
  }
  return paths;
}

function readCallees(value: unknown): CalleeDescriptor[] {
  const at = ['callees'];
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    fail(at, `must be an object with the keys ${calleeKinds.map((kind) => `\`${kind}\``).join(', ')}, each a list of callees.`);
  }
  const descriptors: CalleeDescriptor[] = [];
  for (const [kind, entries] of Object.entries(value)) {
    if (!(calleeKinds as readonly string[]).includes(kind)) {
      fail([...at, kind], `is not a kind of call; use ${calleeKinds.map((name) => `\`${name}\``).join(', ')}.`);
    }
    const callKind = kind as CallKind;
    if (!Array.isArray(entries)) fail([...at, kind], 'must be a list of callees.');
    entries.forEach((entry: unknown, index: number) => {
      const where = [...at, kind, index];
      if (typeof entry === 'string') {
        const steps = parseCallee(entry);
        if (!steps) fail(where, `${JSON.stringify(entry)} is not a callee; write a name (\`trackEvent\`), a member path (\`this.analytics.track\`) or a hook (\`useAnalytics().track\`).`);
        descriptors.push({ kind: callKind, callee: entry, steps, paths: defaultCalleePaths[callKind] });
        return;
      }
      if (typeof entry !== 'object' || entry === null || Array.isArray(entry)) {
        fail(where, 'must be a callee name or an object `{ callee, ... }`.');
      }
      const record = entry as Record<string, unknown>;
      if (typeof record.callee !== 'string') fail([...where, 'callee'], 'must be a string naming the function.');
      const steps = parseCallee(record.callee);
      if (!steps) fail([...where, 'callee'], `${JSON.stringify(record.callee)} is not a callee; write a name, a member path or a hook.`);
      const allowed = pathKeysByKind[callKind];
      const paths: CalleePaths = {};
      let addsGroupContext = false;
      for (const [key, path] of Object.entries(record)) {
        if (key === 'callee') continue;
        if (key === 'addsGroupContext' && callKind === 'track') {
          if (typeof path !== 'boolean') fail([...where, key], 'must be true (the wrapper adds the account to every event) or false.');
          addsGroupContext = path;
          continue;
        }
        if (!(allowed as string[]).includes(key)) {
          const keys = [...allowed, ...(callKind === 'track' ? ['addsGroupContext'] : [])];
          fail([...where, key], `is not a place ${kind === 'identify' ? 'an' : 'a'} ${kind} call has; use ${keys.map((name) => `\`${name}\``).join(', ') || 'none'}.`);
        }
        if (typeof path === 'string' && !argumentPath.test(path)) {
          const problem = unmatchablePath(path);
          if (problem) fail([...where, key], `${JSON.stringify(path)} can never match: ${problem}.`);
        }
        if (typeof path !== 'string' || !argumentPath.test(path)) {
          fail([...where, key], 'must be an argument path such as "1" (the second argument) or "0.eventName" (the key `eventName` of the first).');
        }
        paths[key as keyof CalleePaths] = path;
      }
      const clash = clashingPlace(paths);
      if (clash) fail([...where, clash.key], `${JSON.stringify(paths[clash.key])} can never match: ${clash.problem}.`);
      descriptors.push({
        kind: callKind,
        callee: record.callee,
        steps,
        paths: withDefaultPaths(callKind, paths),
        ...(addsGroupContext ? { addsGroupContext } : {}),
      });
    });
  }
  return descriptors;
}

function readNameList(key: 'hashFunctions' | 'groupProperties', value: unknown): string[] {
  if (!Array.isArray(value)) fail([key], 'must be a list of names.');
  value.forEach((item: unknown, index: number) => {
    if (typeof item !== 'string' || item.length === 0) fail([key, index], 'must be a non-empty string.');
  });
  return value as string[];
}

const planExpected = '"segment", "dotted", a path to a plan file or directory, or a plan object';

/** `planFormat`: the format to read the plan file as, when its content could be more than one. */
function readPlanFormat(value: unknown): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'string' || !planFormatIds.includes(value)) {
    fail(['planFormat'], `must be one of ${planFormatIds.map((id) => JSON.stringify(id)).join(', ')}; got ${JSON.stringify(value)}.`);
  }
  return value;
}

/** A string that names a file or directory rather than a misspelt shipped plan: it has an extension or a directory part, or it exists. */
function isPlanPath(value: string, cwd: string): boolean {
  return /[./\\]/.test(value) || existsSync(path.resolve(cwd, value));
}

function readPlan(value: unknown, cwd: string, format: string | undefined): Plan {
  if (value === undefined) return shippedPlan('segment');
  if (typeof value === 'string') {
    if (Object.hasOwn(shippedPlans, value)) return shippedPlan(value as ShippedPlanName);
    if (isPlanPath(value, cwd)) return loadPlanFile(value, cwd, format);
    fail(['plan'], `must be ${planExpected}; got ${JSON.stringify(value)}.`);
  }
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) return inlinePlan(value, cwd);
  fail(['plan'], `must be ${planExpected}.`);
}

interface Cached {
  planFile?: string;
  resolved: ResolvedSettings;
}
const cache = new WeakMap<object, Cached>();
const perFile = new WeakMap<object, ResolvedSettings>();
const emptySettings = {};

/** The plugin's settings for this file; throws a ConfigError naming the bad setting. */
export function getSettings(context: Context): ResolvedSettings {
  const raw = (context.settings as Record<string, unknown> | undefined)?.[settingsKey] ?? emptySettings;
  // Most configs: the same settings object for every file, and no plan file to look at again.
  if (raw === lastRaw) return lastResolved!;
  const sourceCode = context.sourceCode;
  const known = perFile.get(sourceCode);
  if (known) return known;
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    throw new ConfigError(`settings['${settingsKey}'] must be an object.`);
  }
  let cached = cache.get(raw);
  if (!cached) {
    cached = { resolved: readSettings(raw as Record<string, unknown>, context.cwd) };
    const plan = (raw as Record<string, unknown>).plan;
    if (typeof plan === 'string' && !Object.hasOwn(shippedPlans, plan)) cached.planFile = plan;
    cache.set(raw, cached);
  } else if (cached.planFile) {
    // The plan file may have changed since: loadPlanFile re-reads it only then.
    const plan = loadPlanFile(cached.planFile, context.cwd, (raw as Record<string, unknown>).planFormat as string | undefined);
    if (plan !== cached.resolved.plan) {
      const naming = (raw as Record<string, unknown>).naming as NamingStyle | undefined;
      cached.resolved = { ...cached.resolved, plan, naming: naming ?? plan.naming };
    }
  }
  // Only a plan file is looked at again: once per file linted, for all the rules that ask.
  if (cached.planFile) perFile.set(sourceCode, cached.resolved);
  else {
    lastRaw = raw;
    lastResolved = cached.resolved;
  }
  return cached.resolved;
}
let lastRaw: unknown;
let lastResolved: ResolvedSettings | undefined;

function readSettings(raw: Record<string, unknown>, cwd: string): ResolvedSettings {
  for (const key of Object.keys(raw)) {
    if (!(settingKeys as readonly string[]).includes(key)) {
      fail([key], `is not a setting of this plugin; the settings are ${settingKeys.map((name) => `\`${name}\``).join(', ')}.`);
    }
  }
  const planFormat = readPlanFormat(raw.planFormat);
  if (planFormat !== undefined && !(typeof raw.plan === 'string' && !Object.hasOwn(shippedPlans, raw.plan))) {
    fail(['planFormat'], 'says how to read a plan file or directory, and `plan` names none.');
  }
  const plan = readPlan(raw.plan, cwd, planFormat);
  let naming = plan.naming;
  if (raw.naming !== undefined) {
    if (!(namingStyles as readonly unknown[]).includes(raw.naming)) {
      fail(['naming'], `must be one of ${namingStyles.map((style) => JSON.stringify(style)).join(', ')}; got ${JSON.stringify(raw.naming)}.`);
    }
    naming = raw.naming as NamingStyle;
  }
  if (raw.stickyGroups !== undefined && typeof raw.stickyGroups !== 'boolean') fail(['stickyGroups'], 'must be true or false.');
  if (raw.propertyNaming !== undefined && !propertyNamings.includes(raw.propertyNaming as PropertyNaming)) {
    fail(['propertyNaming'], `must be "snake_case", "camelCase" or false (no check of property keys); got ${JSON.stringify(raw.propertyNaming)}.`);
  }
  return {
    plan,
    naming,
    callees: raw.callees === undefined ? [] : readCallees(raw.callees),
    hashFunctions: raw.hashFunctions === undefined ? [] : readNameList('hashFunctions', raw.hashFunctions),
    groupProperties: raw.groupProperties === undefined ? ['account_id'] : readNameList('groupProperties', raw.groupProperties),
    stickyGroups: raw.stickyGroups === true,
    propertyNaming: raw.propertyNaming === undefined ? 'snake_case' : (raw.propertyNaming as PropertyNaming),
  };
}

/**
 * What a rule makes from the resolved settings and its options, made once per
 * pair: both come back as the same objects for every file (settings are
 * resolved once per settings object, options merged once per value).
 */
export function perSettingsAndOptions<T>(cache: WeakMap<object, WeakMap<object, T>>, settings: ResolvedSettings, options: object, make: () => T): T {
  let byOptions = cache.get(settings);
  if (!byOptions) {
    byOptions = new WeakMap();
    cache.set(settings, byOptions);
  }
  let made = byOptions.get(options);
  if (made === undefined) {
    made = make();
    byOptions.set(options, made);
  }
  return made;
}
