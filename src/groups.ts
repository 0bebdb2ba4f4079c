/**
 * Groups and their levels: an account at the top, sub-account groups
 * (workspace, project, team) below it, linked by `parent_group_id`.
 */
import type { TSESLint } from '@typescript-eslint/utils';
import { knownString, type Lookup, lookupPath, resolveStrings } from './static-values.js';
import { argumentAt, type TrackingCall } from './tracking-calls.js';

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
