import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/utils';
import { createRule } from '../create-rule.js';
import { wordKey } from '../event-words.js';
import { findPlanEvent, findSynonym } from '../plan.js';
import { getSettings } from '../settings.js';
import { enclosingFunction, eventNamesOf, onTrackingCalls, type TrackingCall } from '../tracking-calls.js';

export type MessageIds = 'missingReset' | 'addReset';
export type Options = [];

/** "signed out", "user signed out": the words of a sign-out event in any style. */
const signOutWords = /(?:^| )signed out$/;

export default createRule<Options, MessageIds>({
  name: 'reset-after-sign-out',
  meta: {
    type: 'problem',
    docs: {
      description: "Require the SDK's reset after a Signed Out event, so the next user on the device is not merged into this one",
      recommended: true,
    },
    hasSuggestions: true,
    schema: [],
    messages: {
      missingReset:
        '`{{event}}` is not followed by `{{reset}}` in this function: the next person on this browser would be tracked as the same user and account.',
      addReset: 'Call `{{reset}}` after the sign-out event.',
    },
  },
  create(context) {
    const settings = getSettings(context);
    const signOuts: { call: TrackingCall; event: string }[] = [];
    const resets: TrackingCall[] = [];
    const resetWrappers = settings.callees.filter(
      (descriptor) => descriptor.kind === 'reset' && descriptor.steps.every((step) => 'name' in step),
    );

    function isSignOut(name: string): boolean {
      if (name.startsWith('$')) return false;
      const event = findPlanEvent(settings.plan, name) ?? findSynonym(settings.plan, name);
      return signOutWords.test(wordKey(event?.name ?? name));
    }

    /** The statement holding the call, when it stands in a list of statements a reset can follow. */
    function statementOf(node: TSESTree.Node): TSESTree.Node | undefined {
      let current: TSESTree.Node = node;
      while (current.parent) {
        const parent: TSESTree.Node = current.parent;
        if (
          (parent.type === AST_NODE_TYPES.BlockStatement || parent.type === AST_NODE_TYPES.Program || parent.type === AST_NODE_TYPES.SwitchCase) &&
          current.type !== AST_NODE_TYPES.BlockStatement
        ) {
          return current;
        }
        if (
          parent.type === AST_NODE_TYPES.ArrowFunctionExpression ||
          parent.type === AST_NODE_TYPES.FunctionExpression ||
          parent.type === AST_NODE_TYPES.FunctionDeclaration
        ) {
          return undefined;
        }
        current = parent;
      }
      return undefined;
    }

    /** What to call: the same client's reset, or the team's reset wrapper. */
    function resetText(call: TrackingCall): string | undefined {
      if (call.sdk) {
        if (!call.sdk.browser.reset || !call.receiver) return undefined;
        return `${context.sourceCode.getText(call.receiver)}.reset()`;
      }
      const wrapper = resetWrappers[0];
      return wrapper ? `${wrapper.callee}()` : undefined;
    }

    return onTrackingCalls(
      context,
      {
        track(call) {
          // A server has no device session to reset.
          if (call.platform === 'server') return;
          if (call.sdk && !call.sdk.browser.reset) return;
          const names = eventNamesOf(context, call);
          const name = names?.values.find((known) => isSignOut(known.value))?.value;
          if (name) signOuts.push({ call, event: name });
        },
        reset(call) {
          resets.push(call);
        },
      },
      {
        'Program:exit'() {
          for (const { call, event } of signOuts) {
            const scope = enclosingFunction(call.node);
            const followed = resets.some(
              (reset) =>
                reset.node.range[0] > call.node.range[1] &&
                enclosingFunction(reset.node) === scope &&
                (call.sdk === undefined || reset.sdk === undefined || reset.sdk.id === call.sdk.id),
            );
            if (followed) continue;
            const reset = resetText(call);
            const statement = statementOf(call.node);
            const indent = statement ? /^\s*/.exec(context.sourceCode.lines[statement.loc.start.line - 1]!)![0] : '';
            context.report({
              node: call.node,
              messageId: 'missingReset',
              data: { event, reset: reset ?? 'reset()' },
              suggest:
                reset && statement
                  ? [{ messageId: 'addReset', data: { reset }, fix: (fixer) => fixer.insertTextAfter(statement, `\n${indent}${reset};`) }]
                  : [],
            });
          }
        },
      },
    );
  },
});
