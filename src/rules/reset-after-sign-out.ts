import { AST_NODE_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import { createRule } from '../create-rule.js';
import { wordKey } from '../event-words.js';
import { findPlanEvent, findSynonym } from '../plan.js';
import type { SdkDefinition } from '../sdks.js';
import { getSettings } from '../settings.js';
import { unwrap } from '../static-values.js';
import { enclosingFunction, eventNamesOf, onTrackingCalls, type TrackingCall } from '../tracking-calls.js';

export type MessageIds = 'missingReset' | 'addReset';
export type Options = [];

/** "signed out", "user signed out": the words of a sign-out event in any style. */
const signOutWords = /(?:^| )signed out$/;

/** Where the suggestion puts the reset: after the statement in its list, or in braces with it (the body of an `if`). */
interface ResetPlace {
  statement: TSESTree.Statement;
  braces: boolean;
}

/** Wrappers that leave the call what its statement does: `await x`, `x!`, `a?.b()`. */
function wrapsValue(parent: TSESTree.Node, child: TSESTree.Node): boolean {
  switch (parent.type) {
    case AST_NODE_TYPES.AwaitExpression:
      return parent.argument === child;
    case AST_NODE_TYPES.ChainExpression:
    case AST_NODE_TYPES.TSAsExpression:
    case AST_NODE_TYPES.TSNonNullExpression:
    case AST_NODE_TYPES.TSSatisfiesExpression:
    case AST_NODE_TYPES.TSTypeAssertion:
      return parent.expression === child;
    default:
      return false;
  }
}

/**
 * Where a reset can go without changing what runs: only when the call is the
 * whole statement (`analytics.track(…);`, `await …;`, `const r = await …;`) in
 * a list of statements, or an `if`'s body without braces. Not after a `return`
 * (dead code), nor after an `if` or inside an expression (it would run when
 * the event is not sent).
 */
function resetPlace(call: TSESTree.CallExpression): ResetPlace | undefined {
  let current: TSESTree.Node = call;
  while (current.parent && wrapsValue(current.parent, current)) current = current.parent;
  const parent = current.parent;
  let statement: TSESTree.Statement;
  if (parent?.type === AST_NODE_TYPES.ExpressionStatement) {
    statement = parent;
  } else if (parent?.type === AST_NODE_TYPES.VariableDeclarator && parent.init === current) {
    statement = parent.parent;
  } else {
    return undefined;
  }
  const container = statement.parent;
  switch (container?.type) {
    case AST_NODE_TYPES.BlockStatement:
    case AST_NODE_TYPES.Program:
    case AST_NODE_TYPES.SwitchCase:
    case AST_NODE_TYPES.StaticBlock:
      return { statement, braces: false };
    case AST_NODE_TYPES.IfStatement:
      return statement.type === AST_NODE_TYPES.ExpressionStatement ? { statement, braces: true } : undefined;
    default:
      return undefined;
  }
}

/** A client that can be named again without running anything: `analytics`, `window.analytics`, `window['analytics']`, `this.posthog!`. */
function isPlainReference(node: TSESTree.Node): boolean {
  const expression = unwrap(node);
  if (expression.type === AST_NODE_TYPES.Identifier || expression.type === AST_NODE_TYPES.ThisExpression) return true;
  return (
    expression.type === AST_NODE_TYPES.MemberExpression &&
    (!expression.computed || expression.property.type === AST_NODE_TYPES.Literal) &&
    isPlainReference(expression.object)
  );
}

/** A function the code calls: an argument of a call (`.then(() => …)`, `setTimeout(() => …)`) or called at once. */
function isCallback(fn: TSESTree.Node): boolean {
  const parent = fn.parent;
  return (
    (parent?.type === AST_NODE_TYPES.CallExpression || parent?.type === AST_NODE_TYPES.NewExpression) &&
    (parent.callee === fn || parent.arguments.includes(fn as TSESTree.CallExpressionArgument))
  );
}

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

    /** The local name of the SDK's `reset` where the module imports it on its own (`import { reset as r } from '@amplitude/analytics-browser'`). */
    function importedReset(sdk: SdkDefinition): string | undefined {
      const exportsReset = (name: string) => sdk.packages.some((pkg) => pkg.name === name && pkg.exports.some((exported) => exported.name === 'reset' && exported.role === 'method'));
      for (const statement of context.sourceCode.ast.body) {
        if (statement.type === AST_NODE_TYPES.ImportDeclaration && statement.importKind !== 'type' && exportsReset(statement.source.value)) {
          for (const specifier of statement.specifiers) {
            if (specifier.type !== AST_NODE_TYPES.ImportSpecifier || specifier.importKind === 'type') continue;
            const imported = specifier.imported.type === AST_NODE_TYPES.Identifier ? specifier.imported.name : specifier.imported.value;
            if (imported === 'reset') return specifier.local.name;
          }
        }
      }
      return undefined;
    }

    /** What to call: the same client's reset, as the client is written (`window.analytics?.reset()`), the imported `reset`, or the team's reset wrapper. */
    function resetText(call: TrackingCall): string | undefined {
      if (call.sdk) {
        if (!call.sdk.browser.reset) return undefined;
        if (!call.receiver) {
          const local = importedReset(call.sdk);
          return local === undefined ? undefined : `${local}()`;
        }
        // Naming the client again must not run anything twice: `useAnalytics().track(…)` gets no suggestion.
        if (!isPlainReference(call.receiver)) return undefined;
        const callee = unwrap(call.node.callee);
        const dot = callee.type === AST_NODE_TYPES.MemberExpression && callee.optional ? '?.' : '.';
        const receiver = context.sourceCode.getText(call.receiver);
        // `(window.analytics as Analytics).track(…)`: the assertion keeps its parentheses.
        const asserted = [AST_NODE_TYPES.TSAsExpression, AST_NODE_TYPES.TSSatisfiesExpression, AST_NODE_TYPES.TSTypeAssertion].includes(call.receiver.type);
        return `${asserted ? `(${receiver})` : receiver}${dot}reset${call.node.optional ? '?.' : ''}()`;
      }
      const wrapper = resetWrappers[0];
      return wrapper ? `${wrapper.callee}()` : undefined;
    }

    /** A reset after the track in its function, also inside callbacks there (`.then(() => analytics.reset())`). */
    function resetsAfter(call: TrackingCall, reset: TrackingCall): boolean {
      if (reset.node.range[0] <= call.node.range[1]) return false;
      if (call.sdk !== undefined && reset.sdk !== undefined && reset.sdk.id !== call.sdk.id) return false;
      const scope = enclosingFunction(call.node);
      let fn = enclosingFunction(reset.node);
      while (fn !== scope) {
        // Another function, or one that is only defined here (it may never run).
        if (fn.type === AST_NODE_TYPES.Program || !isCallback(fn)) return false;
        fn = enclosingFunction(fn);
      }
      return true;
    }

    function insertReset({ statement, braces }: ResetPlace, reset: string): (fixer: TSESLint.RuleFixer) => TSESLint.RuleFix {
      const sourceCode = context.sourceCode;
      if (braces) {
        const text = sourceCode.getText(statement);
        return (fixer) => fixer.replaceText(statement, `{ ${text}${text.endsWith(';') ? '' : ';'} ${reset}; }`);
      }
      const indent = /^\s*/.exec(sourceCode.lines[statement.loc.start.line - 1]!)![0];
      // After a statement without its semicolon, `(window as any).analytics.reset()` on the next line would call what the statement ends with.
      const separator = /^[([`]/.test(reset) && sourceCode.getLastToken(statement)?.value !== ';' ? ';' : '';
      return (fixer) => fixer.insertTextAfter(statement, `${separator}\n${indent}${reset};`);
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
            if (resets.some((reset) => resetsAfter(call, reset))) continue;
            const reset = resetText(call);
            const place = resetPlace(call.node);
            context.report({
              node: call.node,
              messageId: 'missingReset',
              data: { event, reset: reset ?? 'reset()' },
              suggest: reset && place ? [{ messageId: 'addReset', data: { reset }, fix: insertReset(place, reset) }] : [],
            });
          }
        },
      },
    );
  },
});
