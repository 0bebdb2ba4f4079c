/**
 * Groups and their levels: an account at the top, sub-account groups
 * (workspace, project, team) below it, linked by `parent_group_id`.
 */
import type { TSESLint } from '@typescript-eslint/utils';
import type { ResolvedSettings } from './settings.js';
import { knownString, type Lookup, lookupPath, resolveObject, resolveStrings } from './static-values.js';
import { argumentAt, propertiesOf, type TrackingCall } from './tracking-calls.js';

type Context = Readonly<TSESLint.RuleContext<string, readonly unknown[]>>;

/** Group types that name the top-level account (PostHog's docs call it `company`). */
export const accountLevelTypes = new Set(['account', 'company', 'organization', 'organisation']);

/**
 * The group types a group call may have, as far as the code (and type
 * information) shows: the `group_type` trait, or the SDK's own group-type
 * argument (`posthog.group('workspace', id)`), followed through constants and
 * each branch of `a ? 'workspace' : 'project'`. `null` stands for a call with
 * none (an account). Empty when nothing can be seen.
 */
export function groupTypesOf(context: Context, call: TrackingCall): (string | null)[] {
  const traits = argumentAt(context, call.node, call.shape.traits);
  if (traits.state === 'present' && traits.value) {
    const trait = lookupPath(context, traits.value, ['group_type']);
    if (trait.state === 'present') return typesAt(context, trait);
    if (trait.state === 'unknown') return [];
  } else if (traits.state === 'unknown') {
    return [];
  }
  if (call.shape.groupType) {
    const argument = argumentAt(context, call.node, call.shape.groupType);
    return argument.state === 'absent' ? [null] : typesAt(context, argument);
  }
  return [null];
}

function typesAt(context: Context, found: Lookup): string[] {
  if (found.state !== 'present') return [];
  if (!found.value) {
    // A key known only from a type: its value is whatever that type says.
    const only = knownString(context, found);
    return only === undefined ? [] : [only];
  }
  return [...new Set(resolveStrings(context, found.value).values.map((known) => known.value))];
}

/** Whether a group type is the account itself (no type at all, or an empty one, counts as the account). */
export function isAccountLevel(type: string | null): boolean {
  return type === null || type.trim() === '' || accountLevelTypes.has(type.toLowerCase());
}

/**
 * Whether a track call sends its account on the call itself: `carried` (a
 * `groupContext` place or a `groupProperties` key holds a value), `unknown`
 * (what would hold it cannot be seen: it may), or `missing`. `null`,
 * `undefined` and `{}` send none; Accoil's track drops its properties, so an
 * account among them never arrives.
 */
export function accountOnCall(context: Context, call: TrackingCall, settings: ResolvedSettings): 'carried' | 'unknown' | 'missing' {
  // A wrapper that adds the account itself (`addsGroupContext` in its `callees` entry): every call of it carries one.
  if (call.wrapper?.addsGroupContext || call.shape.addsGroupContext) return 'carried';
  // A wrapper found from its definition whose body adds the account itself (`shape.addsGroupContext`) likewise.
  let unknown = false;
  for (const path of call.shape.groupContext ?? []) {
    const carries = carriesAt(context, argumentAt(context, call.node, path));
    if (carries === 'carried') return carries;
    unknown ||= carries === 'unknown';
  }
  if (call.sdk?.takesProperties !== false) {
    for (const key of settings.groupProperties) {
      const found = propertiesOf(context, call, key);
      if (found.state === 'present') return 'carried';
      unknown ||= found.state === 'unknown';
    }
  }
  return unknown ? 'unknown' : 'missing';
}

/** A value at a group-context place: an id, or an object naming at least one group (`$groups: {}` names none). */
function carriesAt(context: Context, found: Lookup): 'carried' | 'unknown' | 'missing' {
  if (found.state !== 'present') return found.state === 'unknown' ? 'unknown' : 'missing';
  if (!found.value) return 'carried';
  const shape = resolveObject(context, found.value);
  if (!shape || shape.entries.size > 0 || shape.typedKeys.size > 0) return 'carried';
  return shape.mayHaveMore ? 'unknown' : 'missing';
}

/**
 * What a group call leaves set for the track calls after it in the module:
 * the SDK's remembered group (`posthog.group`, `amplitude.setGroup`, …), or,
 * for a team's group wrapper, which may call any SDK's, `wrapper`.
 */
export function groupSetBy(call: TrackingCall): string | undefined {
  if (!call.sdk) return 'wrapper';
  return call.shape.setsActiveGroup ? call.sdk.id : undefined;
}

/**
 * Whether a track call without an account of its own may have it from a
 * group the SDK remembers: a browser SDK that remembers groups, with
 * `stickyGroups` or its group set earlier in the module (`groupsSet`, from
 * `groupSetBy`). A wrapper's SDK is not known: it is given the benefit of the
 * doubt, unless its entry names the place that carries the account (then
 * every call fills it).
 */
export function mayRememberGroup(call: TrackingCall, settings: ResolvedSettings, groupsSet: ReadonlySet<string>): boolean {
  if (call.platform !== 'browser') return false;
  if (!call.sdk) return !call.wrapper?.paths.groupContext && (settings.stickyGroups || groupsSet.size > 0);
  return call.sdk.remembersGroup && (settings.stickyGroups || groupsSet.has(call.sdk.id));
}
