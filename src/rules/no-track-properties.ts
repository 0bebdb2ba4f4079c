import { AST_NODE_TYPES } from '@typescript-eslint/utils';
import { lastArgumentToken } from '../call-edits.js';
import { createRule } from '../create-rule.js';
import { unwrap } from '../static-values.js';
import { onTrackingCalls, parseArgumentPath } from '../tracking-calls.js';

export type MessageIds = 'trackProperties';
export type Options = [];

export default createRule<Options, MessageIds>({
  name: 'no-track-properties',
  meta: {
    type: 'problem',
    docs: {
      description: "Disallow event properties on Accoil track calls, which take the event name only",
    },
    fixable: 'code',
    schema: [],
    messages: {
      trackProperties:
        "Accoil's track takes the event name only, so these properties are dropped; put what describes the user or account in identify or group traits.",
    },
  },
  create(context) {
    return onTrackingCalls(context, {
      track(call) {
        if (call.sdk?.id !== 'accoil' || !call.shape.properties) return;
        const { index } = parseArgumentPath(call.shape.properties);
        const args = call.node.arguments;
        const properties = args[index];
        if (!properties || args.slice(0, index + 1).some((argument) => argument.type === AST_NODE_TYPES.SpreadElement)) return;
        const value = unwrap(properties);
        // `{}` and `undefined` send nothing.
        if (value.type === AST_NODE_TYPES.ObjectExpression && value.properties.length === 0) return;
        if (value.type === AST_NODE_TYPES.Identifier && value.name === 'undefined') return;
        const previous = args[index - 1];
        context.report({
          node: properties,
          messageId: 'trackProperties',
          fix(fixer) {
            // An options argument after it keeps its place.
            if (args.length > index + 1) return fixer.replaceText(properties, '{}');
            if (!previous) return fixer.remove(properties);
            // From the comma after the previous argument to the end of this one, by tokens: either may be in parentheses.
            const { sourceCode } = context;
            const comma = sourceCode.getTokenAfter(previous, { filter: (token) => token.value === ',' })!;
            return fixer.removeRange([comma.range[0], lastArgumentToken(sourceCode, call.node)!.range[1]]);
          },
        });
      },
    });
  },
});
