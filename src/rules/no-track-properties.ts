import { AST_NODE_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import { lastArgumentToken } from '../call-edits.js';
import { createRule } from '../create-rule.js';
import { mayHaveEffects, resolveObject, sendsNothing, shapeHas, unwrap, valueBranches } from '../static-values.js';
import { onTrackingCalls, parseArgumentPath } from '../tracking-calls.js';

export type MessageIds = 'trackProperties';
export type Options = [];

type Context = Readonly<TSESLint.RuleContext<string, readonly unknown[]>>;

/**
 * Whether a value surely sends something, as far as the code shows: every
 * value it may have (each branch, through constants: `valueBranches`) does.
 * An object with a key (even one computed: `{ [k]: 1 }`), a literal other
 * than `null` and `''`, text in a template, a non-empty array, an object
 * whose type has a key. `{}`, `undefined`, `null` and what cannot be seen (a
 * parameter, a call, a spread of an unknown object alone) send nothing that
 * can be seen.
 */
function sendsSomething(context: Context, node: TSESTree.Node): boolean {
  return valueBranches(context, node).every((branch) => {
    const value = unwrap(branch);
    if (sendsNothing(value)) return false;
    switch (value.type) {
      case AST_NODE_TYPES.Literal:
        return value.value !== '';
      // `${a}` may be empty; any text around it is sent.
      case AST_NODE_TYPES.TemplateLiteral:
        return value.quasis.some((quasi) => quasi.value.cooked !== '');
      case AST_NODE_TYPES.ArrayExpression:
        return value.elements.some((element) => element !== null && element.type !== AST_NODE_TYPES.SpreadElement);
      // The value of a sequence is its last expression.
      case AST_NODE_TYPES.SequenceExpression:
        return sendsSomething(context, value.expressions.at(-1)!);
      case AST_NODE_TYPES.ObjectExpression:
        if (value.properties.some((property) => property.type === AST_NODE_TYPES.Property && !sendsNothing(property.value))) return true;
        break;
      default:
        break;
    }
    const shape = resolveObject(context, value);
    return shape !== undefined && [...shape.entries.keys(), ...shape.typedKeys.keys()].some((key) => shapeHas(shape, key) === true);
  });
}

export default createRule<Options, MessageIds>({
  name: 'no-track-properties',
  meta: {
    type: 'problem',
    languages: ['js/js'],
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
    const { sourceCode } = context;
    return onTrackingCalls(context, {
      track(call) {
        if (call.sdk?.id !== 'accoil' || !call.shape.properties) return;
        const { index } = parseArgumentPath(call.shape.properties);
        const args = call.node.arguments;
        const properties = args[index];
        if (!properties || args.slice(0, index + 1).some((argument) => argument.type === AST_NODE_TYPES.SpreadElement)) return;
        // Only what is known to send something: `{}`, `null` and a value that cannot be seen may send nothing.
        if (!sendsSomething(context, properties)) return;
        const previous = args[index - 1];
        context.report({
          node: properties,
          messageId: 'trackProperties',
          fix(fixer) {
            // Removing a call or an assignment would change what the code does, not only what is sent.
            if (mayHaveEffects(sourceCode, properties)) return null;
            // An options argument after it keeps its place.
            if (args.length > index + 1) return fixer.replaceText(properties, '{}');
            if (!previous) return fixer.remove(properties);
            // From the comma after the previous argument to the end of this one, by tokens: either may be in parentheses.
            const comma = sourceCode.getTokenAfter(previous, { filter: (token) => token.value === ',' })!;
            return fixer.removeRange([comma.range[0], lastArgumentToken(sourceCode, call.node)!.range[1]]);
          },
        });
      },
    });
  },
});
