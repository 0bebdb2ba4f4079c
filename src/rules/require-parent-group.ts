import { createRule } from '../create-rule.js';
import { groupTypesOf, isAccountLevel } from '../groups.js';
import { resolveObject, shapeHas } from '../static-values.js';
import { argumentAt, onTrackingCalls } from '../tracking-calls.js';

export type MessageIds = 'missingParentGroup';
export type Options = [];

export default createRule<Options, MessageIds>({
  name: 'require-parent-group',
  meta: {
    type: 'problem',
    languages: ['js/js'],
    docs: {
      description: 'Require sub-account groups (workspace, project, team) to name their parent group',
      recommended: true,
    },
    schema: [],
    messages: {
      missingParentGroup:
        'This `{{type}}` group has no `parent_group_id`: add the id of the group it belongs to, or its events will not roll up to the account.',
    },
  },
  create(context) {
    return onTrackingCalls(context, {
      group(call) {
        // Each type the call may have: one below the account needs its parent.
        const type = groupTypesOf(context, call).find((candidate): candidate is string => !isAccountLevel(candidate));
        if (type === undefined) return;
        // A call without traits only associates the user with the group (`posthog.group('workspace', id)`):
        // the parent goes where the group is described, with its traits.
        const found = argumentAt(context, call.node, call.shape.traits);
        if (found.state !== 'present' || !found.value) return;
        const shape = resolveObject(context, found.value);
        if (!shape || shapeHas(shape, 'parent_group_id') !== false) return;
        context.report({ node: call.node, messageId: 'missingParentGroup', data: { type } });
      },
    });
  },
});
