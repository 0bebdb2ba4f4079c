/**
 * Groups and their levels: an account at the top, sub-account groups
 * (workspace, project, team) below it, linked by `parent_group_id`.
 */
import type { TSESLint } from '@typescript-eslint/utils';
import { literalValue, lookupPath } from './static-values.js';
import { argumentAt, type TrackingCall } from './tracking-calls.js';

type Context = Readonly<TSESLint.RuleContext<string, readonly unknown[]>>;

/** Group types that name the top-level account (PostHog's docs call it `company`). */
export const accountLevelTypes = new Set(['account', 'company', 'organization', 'organisation']);

/**
 * The group type of a group call: the `group_type` trait, or the SDK's own
 * group-type argument (`posthog.group('workspace', id)`). `null` when the call
 * has none (an account), undefined when it cannot be known.
 */
export function groupTypeOf(context: Context, call: TrackingCall): string | null | undefined {
  const traits = argumentAt(context, call.node, call.shape.traits);
  if (traits.state === 'present' && traits.value) {
    const trait = lookupPath(context, traits.value, ['group_type']);
    if (trait.state === 'present' && trait.value) {
      const value = literalValue(trait.value)?.value;
      return typeof value === 'string' ? value : undefined;
    }
    if (trait.state === 'unknown') return undefined;
  } else if (traits.state === 'unknown') {
    return undefined;
  }
  if (call.shape.groupType) {
    const argument = argumentAt(context, call.node, call.shape.groupType);
    if (argument.state !== 'present' || !argument.value) return argument.state === 'absent' ? null : undefined;
    const value = literalValue(argument.value)?.value;
    return typeof value === 'string' ? value : undefined;
  }
  return null;
}

/** Whether a group type is the account itself (no type at all counts as the account). */
export function isAccountLevel(type: string | null): boolean {
  return type === null || accountLevelTypes.has(type.toLowerCase());
}
