import type { TSESTree } from '@typescript-eslint/utils';
import { createRule } from '../create-rule.js';
import { enclosingFunction, onTrackingCalls, type TrackingCall } from '../tracking-calls.js';

export type MessageIds = 'noGroupCall' | 'groupBeforeIdentify';
export type Options = [];

export default createRule<Options, MessageIds>({
  name: 'require-group-after-identify',
  meta: {
    type: 'problem',
    docs: {
      description: 'Require a module that identifies users to associate them with their account, after identify',
      recommended: true,
    },
    schema: [],
    messages: {
      noGroupCall:
        'This module identifies the user but never associates them with an account: call the group call ({{example}}) after identify, or users without accounts cannot be analysed.',
      groupBeforeIdentify: 'The group call comes before identify in this function; call it after identify so the account is linked to the identified user.',
    },
  },
  create(context) {
    const identifies: TrackingCall[] = [];
    const groups: TrackingCall[] = [];
    return onTrackingCalls(
      context,
      {
        identify(call) {
          identifies.push(call);
        },
        group(call) {
          // Calls that only describe a group (groupIdentify) do not link the user to it.
          if (call.shape.associatesUser || call.wrapper) groups.push(call);
        },
      },
      {
        'Program:exit'() {
          if (identifies.length === 0) return;
          if (groups.length === 0) {
            for (const call of identifies) {
              context.report({ node: call.node, messageId: 'noGroupCall', data: { example: groupExample(call) } });
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
function groupExample(call: TrackingCall): string {
  switch (call.sdk?.id) {
    case 'posthog':
      return call.platform === 'server' ? '`capture({ …, groups: { company: accountId } })`' : "`posthog.group('company', accountId)`";
    case 'amplitude':
      return "`amplitude.setGroup('account', accountId)`";
    case 'mixpanel':
      return "`mixpanel.set_group('account_id', accountId)`";
    case 'accoil':
      return '`accoil.group(accountId, traits)`';
    case 'segment':
    case 'rudderstack':
      return call.platform === 'server' ? '`analytics.group({ userId, groupId, traits })`' : '`analytics.group(accountId, traits)`';
    default:
      return 'your group call';
  }
}
