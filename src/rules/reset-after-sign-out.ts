import { AST_NODE_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import { createRule } from '../create-rule.js';
import { wordKey } from '../event-words.js';
import { findPlanEvent, findSynonym } from '../plan.js';
import { getSettings } from '../settings.js';
import { isTypeWrapper } from '../static-values.js';
import { enclosingFunction, eventNamesOf, onTrackingCalls, resetCalleeFor, type TrackingCall } from '../tracking-calls.js';

export type MessageIds = 'missingReset' | 'addReset';
export type Options = [];

/** "signed out", "user signed out": the words of a sign-out event in any style. */
const signOutWords = /(?:^| )signed out$/;

/** Where the suggestion puts the reset: after the statement in its list, or in braces with it (the body of an `if`). */
interface ResetPlace {
  statement: TSESTree.Statement;
  braces: boolean;
}

/** Wrappers that leave the call what its statement does: `await x`, `x!`, `x as T`, `a?.b()`. */
function wrapsValue(parent: TSESTree.Node, child: TSESTree.Node): boolean {
  if (parent.type === AST_NODE_TYPES.AwaitExpression) return parent.argument === child;
  return (isTypeWrapper(parent) || parent.type === AST_NODE_TYPES.ChainExpression) && parent.expression === child;
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
    function isSignOut(name: string): boolean {
      if (name.startsWith('$')) return false;
      const event = findPlanEvent(settings.plan, name) ?? findSynonym(settings.plan, name);
      return signOutWords.test(wordKey(event?.name ?? name));
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

    /** The reset to write after the call: the SDK's or the wrapper's reset callee where the call is, called as the call is (`analytics.track?.(…)` → `analytics.reset?.()`). */
    function resetText(call: TrackingCall): string | undefined {
      const callee = resetCalleeFor(context, call);
      if (callee === undefined) return undefined;
      return `${callee}${call.receiver && call.node.optional ? '?.' : ''}()`;
    }

    /** The last comment after a token on the token's own line: a reset goes after it, not before (the comment would move to the reset's line). */
    function lastCommentOnLine(token: TSESLint.AST.Token): TSESTree.Comment | undefined {
      let found: TSESTree.Comment | undefined;
      for (const comment of context.sourceCode.getCommentsAfter(token)) {
        if (comment.loc.start.line !== token.loc.end.line || comment.loc.end.line !== token.loc.end.line) break;
        found = comment;
      }
      return found;
    }

    /**
     * The suggestion's edit, in the layout of the code around it: on a line of
     * its own after a statement that has its lines to itself (after a comment
     * that ends the line); on the statement's line, right after it, where the
     * statement shares its line (`case 1: track(…); reset();`, a one-line body
     * `{ track(…); reset(); }`); in braces with the body of an `if`. Where the
     * statement's semicolon starts the next line (`track(…)\n;[1].forEach(f)`,
     * code without semicolons), the reset goes before that semicolon, without one.
     */
    function insertReset({ statement, braces }: ResetPlace, reset: string): (fixer: TSESLint.RuleFixer) => TSESLint.RuleFix[] {
      const sourceCode = context.sourceCode;
      const last = sourceCode.getLastToken(statement)!;
      const beforeLast = sourceCode.getTokenBefore(last);
      const leadingSemicolon = last.value === ';' && beforeLast !== null && beforeLast.range[0] >= statement.range[0] && beforeLast.loc.end.line < last.loc.start.line;
      // The statement's own last token, without a semicolon that belongs to the next line.
      const end = leadingSemicolon ? beforeLast : last;
      const terminated = end.value === ';';
      if (braces) {
        const text = sourceCode.text.slice(statement.range[0], end.range[1]);
        return (fixer) => [fixer.replaceTextRange([statement.range[0], end.range[1]], `{ ${text}${terminated ? '' : ';'} ${reset}; }`)];
      }
      const line = sourceCode.lines[statement.loc.start.line - 1]!;
      const before = line.slice(0, statement.loc.start.column);
      const startsLine = before.trim() === '';
      const indent = startsLine ? before : /^\s*/.exec(line)![0];
      // Without a semicolon before it, a reset that starts with `(`, `[` or `` ` `` would call what the statement ends with.
      const guard = /^[([`]/.test(reset) ? ';' : '';
      const anchor = lastCommentOnLine(end) ?? end;
      if (leadingSemicolon) return (fixer) => [fixer.insertTextAfter(anchor, `\n${indent}${guard}${reset}`)];
      const next = sourceCode.getTokenAfter(end);
      if (!startsLine || (next !== null && next.loc.start.line === end.loc.end.line)) {
        return (fixer) => [fixer.insertTextAfter(end, `${terminated ? '' : ';'} ${reset};`)];
      }
      const separator = terminated ? '' : guard;
      const added = `\n${indent}${reset};`;
      if (anchor === end) return (fixer) => [fixer.insertTextAfter(end, `${separator}${added}`)];
      return (fixer) => [...(separator ? [fixer.insertTextAfter(end, separator)] : []), fixer.insertTextAfter(anchor, added)];
    }

    return onTrackingCalls(
      context,
      {
        track(call) {
          // A server has no device session to reset.
          if (call.platform === 'server' || (call.sdk && !call.sdk.browser.reset)) return;
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
