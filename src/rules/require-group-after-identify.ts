import type { TSESTree } from '@typescript-eslint/utils';
import { createRule } from '../create-rule.js';
import { nearbyModuleAssociates } from '../project.js';
import { getSettings } from '../settings.js';
import { argumentAt, enclosingFunction, importsGroupCall, isInferredWrapperCall, onTrackingCalls, type TrackingCall } from '../tracking-calls.js';

export type MessageIds = 'noGroupCall' | 'groupBeforeIdentify';
export type Options = [];

export default createRule<Options, MessageIds>({
  name: 'require-group-after-identify',
  meta: {
    type: 'problem',
    languages: ['js/js'],
    docs: {
      description: 'Require a module that identifies users to associate them with their account, after identify',
      recommended: true,
    },
    schema: [],
    messages: {
      noGroupCall: 'This module identifies the user but never associates them with an account: {{how}}. Users without accounts cannot be analysed.',
      groupBeforeIdentify: 'The group call comes before identify in this function; call it after identify so the account is linked to the identified user.',
    },
  },
  create(context) {
    const settings = getSettings(context);
    const identifies: TrackingCall[] = [];
    const groups: TrackingCall[] = [];
    /** An event that associates its user with the group it carries (PostHog server `capture({ groups })`) was seen. */
    let eventAssociates = false;
    return onTrackingCalls(
      context,
      {
        identify(call) {
          // A wrapper found from its definition identifies in the module that defines it, which this rule judges there.
          if (isInferredWrapperCall(call)) return;
          // `analytics.identify({ theme })` names no user: it adds traits to whoever is identified already.
          if (call.shape.userId === undefined && call.shape.traits !== undefined) return;
          // A browser SDK that remembers its group, set once at startup (`stickyGroups`): the user is associated there.
          if (settings.stickyGroups && call.platform === 'browser' && call.sdk?.remembersGroup) return;
          identifies.push(call);
        },
        group(call) {
          // Calls that only describe a group (groupIdentify) do not link the user to it.
          if (call.shape.associatesUser || call.wrapper) groups.push(call);
        },
        track(call) {
          // Groups that cannot be seen (`capture({ ...payload })`) may be there; `groups: null` sends none.
          const carries = call.shape.groupContext?.some((path) => argumentAt(context, call.node, path).state !== 'absent');
          if (call.shape.associatesUser && carries) eventAssociates = true;
        },
      },
      {
        'Program:exit'() {
          if (identifies.length === 0) return;
          if (groups.length === 0) {
            // The group may be set in a module this one imports (`PostHogGroupIdentify` beside `PostHogIdentify`).
            if (eventAssociates || importsGroupCall(context)) return;
            // Or in a module near it, for the same SDK (a sibling component, a layout): looked for only now, once per SDK.
            const nearby = new Map<string, boolean>();
            for (const call of identifies) {
              const sdk = call.sdk?.id;
              if (sdk !== undefined) {
                if (!nearby.has(sdk)) nearby.set(sdk, nearbyModuleAssociates(context, sdk));
                if (nearby.get(sdk)) continue;
              }
              context.report({ node: call.node, messageId: 'noGroupCall', data: { how: howToAssociate(call) } });
            }
            return;
          }
          const firstIdentify = new Map<TSESTree.Node, number>();
          for (const call of identifies) {
            const scope = enclosingFunction(call.node);
            const start = call.node.range[0];
            if (!firstIdentify.has(scope) || firstIdentify.get(scope)! > start) firstIdentify.set(scope, start);
          }
          for (const call of groups) {
            const identifyAt = firstIdentify.get(enclosingFunction(call.node));
            if (identifyAt !== undefined && call.node.range[0] < identifyAt) {
              context.report({ node: call.node, messageId: 'groupBeforeIdentify' });
            }
          }
        },
      },
    );
  },
});

/** How this SDK associates a user with an account, for the message. */
function howToAssociate(call: TrackingCall): string {
  switch (call.sdk?.id) {
    case 'posthog':
      // posthog-node has no group call: the groups sent with the user's events associate them.
      return call.platform === 'server'
        ? 'send the account with their events, `capture({ distinctId, event, groups: { company: accountId } })`'
        : "call `posthog.group('company', accountId)` after identify";
    case 'amplitude':
      return "call `amplitude.setGroup('account', accountId)` after identify";
    case 'mixpanel':
      return "call `mixpanel.set_group('account_id', accountId)` after identify";
    case 'accoil':
      return 'call `accoil.group(accountId, traits)` after identify';
    case 'segment':
    case 'rudderstack':
      return call.platform === 'server'
        ? 'call `analytics.group({ userId, groupId, traits })` after identify'
        : 'call `analytics.group(accountId, traits)` after identify';
    default:
      return 'call your group call after identify';
  }
}
