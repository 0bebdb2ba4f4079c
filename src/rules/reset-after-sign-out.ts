import { AST_NODE_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import { insertStatementAfter } from '../call-edits.js';
import { createRule } from '../create-rule.js';
import { wordKey } from '../event-words.js';
import { findPlanEvent, findSynonym } from '../plan.js';
import { getSettings } from '../settings.js';
import { isTypeWrapper } from '../static-values.js';
import { enclosingFunction, eventNamesOf, onTrackingCalls, resetCalleeFor, type TrackingCall } from '../tracking-calls.js';

export type MessageIds = 'missingReset' | 'missingWrapperReset' | 'addReset' | 'addResetInBody';
export type Options = [];

/** "signed out", "user signed out": the words of a sign-out event in any style. */
const signOutWords = /(?:^| )signed out$/;

/** Where the suggestion puts the reset. */
type ResetPlace =
  /** After the statement in its list, or in braces with it (the body of an `if`). */
  | { kind: 'after'; statement: TSESTree.Statement; braces: boolean }
  /** Before a `return` of the call's value, kept in a constant: `const result = track(…); reset(); return result;`. */
  | { kind: 'return'; statement: TSESTree.ReturnStatement; braces: boolean; name: string }
  /**
   * In a block body made of an arrow function's expression body:
   * `() => { track(…); reset(); }`. The arrow then returns `undefined`;
   * `valueIgnored` says that cannot matter.
   */
  | { kind: 'arrowBody'; arrow: TSESTree.ArrowFunctionExpression; valueIgnored: boolean };

/** Wrappers that leave the call what its statement does: `await x`, `x!`, `x as T`, `a?.b()`. */
function wrapsValue(parent: TSESTree.Node, child: TSESTree.Node): boolean {
  if (parent.type === AST_NODE_TYPES.AwaitExpression) return parent.argument === child;
  return (isTypeWrapper(parent) || parent.type === AST_NODE_TYPES.ChainExpression) && parent.expression === child;
}

/** Names for the constant that keeps a returned value, in order of preference. */
const resultNames = ['result', 'trackResult', 'signOutResult'];

/**
 * A name a `const` at `at` can take without clashing with a name in scope or
 * with code there that reads the same name from outside (it would then read
 * the new constant, before it is set).
 */
function freeName(sourceCode: Readonly<TSESLint.SourceCode>, at: TSESTree.Node): string | undefined {
  const scope = sourceCode.getScope(at);
  return resultNames.find((name) => {
    for (let current: TSESLint.Scope.Scope | null = scope; current; current = current.upper) {
      if (current.set.has(name)) return false;
    }
    return !scope.through.some((reference) => reference.identifier.name === name);
  });
}

/** How a statement that holds the call sits: in a list of statements, or as the body of an `if` without braces. */
function sitting(statement: TSESTree.Statement): { braces: boolean } | undefined {
  switch (statement.parent?.type) {
    case AST_NODE_TYPES.BlockStatement:
    case AST_NODE_TYPES.Program:
    case AST_NODE_TYPES.SwitchCase:
    case AST_NODE_TYPES.StaticBlock:
      return { braces: false };
    case AST_NODE_TYPES.IfStatement:
      return { braces: true };
    default:
      return undefined;
  }
}

/**
 * Whether an arrow function's return value cannot matter: it is declared
 * `void`, or it is a DOM event handler (`<button onClick={…}>`,
 * `addEventListener('click', …)`), which ignores any value but `false` (a
 * track call never returns `false`).
 */
function returnIgnored(arrow: TSESTree.ArrowFunctionExpression): boolean {
  if (arrow.returnType?.typeAnnotation.type === AST_NODE_TYPES.TSVoidKeyword) return true;
  const parent = arrow.parent;
  if (parent.type === AST_NODE_TYPES.JSXExpressionContainer && parent.parent.type === AST_NODE_TYPES.JSXAttribute) {
    const attribute = parent.parent;
    const element = attribute.parent;
    return (
      attribute.name.type === AST_NODE_TYPES.JSXIdentifier &&
      /^on[A-Z]/.test(attribute.name.name) &&
      element.type === AST_NODE_TYPES.JSXOpeningElement &&
      element.name.type === AST_NODE_TYPES.JSXIdentifier &&
      /^[a-z]/.test(element.name.name)
    );
  }
  return (
    parent.type === AST_NODE_TYPES.CallExpression &&
    parent.arguments[1] === arrow &&
    parent.callee.type === AST_NODE_TYPES.MemberExpression &&
    !parent.callee.computed &&
    parent.callee.property.type === AST_NODE_TYPES.Identifier &&
    parent.callee.property.name === 'addEventListener'
  );
}

/**
 * Where a reset can go without changing what runs, or what the code returns
 * but for the reset: after the call when it is the whole statement
 * (`analytics.track(…);`, `await …;`, `const r = await …;`) in a list of
 * statements, or an `if`'s body without braces; before a `return` of it, with
 * the value kept; in the body of an arrow that is the call. Not inside an
 * expression or after an `if` (it would run when the event is not sent).
 */
function resetPlace(sourceCode: Readonly<TSESLint.SourceCode>, call: TSESTree.CallExpression): ResetPlace | undefined {
  let current: TSESTree.Node = call;
  while (current.parent && wrapsValue(current.parent, current)) current = current.parent;
  const parent = current.parent;
  if (parent?.type === AST_NODE_TYPES.ArrowFunctionExpression && parent.body === current) {
    // A declared return type other than `void` would no longer be met.
    if (parent.returnType && parent.returnType.typeAnnotation.type !== AST_NODE_TYPES.TSVoidKeyword) return undefined;
    return { kind: 'arrowBody', arrow: parent, valueIgnored: returnIgnored(parent) };
  }
  if (parent?.type === AST_NODE_TYPES.ReturnStatement) {
    const place = sitting(parent);
    const name = place && freeName(sourceCode, parent);
    // A `const` straight in a `case` is shared by the whole switch (no-case-declarations): it gets braces of its own.
    const braces = place?.braces === true || parent.parent.type === AST_NODE_TYPES.SwitchCase;
    return place && name ? { kind: 'return', statement: parent, braces, name } : undefined;
  }
  let statement: TSESTree.Statement;
  if (parent?.type === AST_NODE_TYPES.ExpressionStatement) {
    statement = parent;
  } else if (parent?.type === AST_NODE_TYPES.VariableDeclarator && parent.init === current) {
    statement = parent.parent;
  } else {
    return undefined;
  }
  const place = sitting(statement);
  if (!place || (place.braces && statement.type !== AST_NODE_TYPES.ExpressionStatement)) return undefined;
  return { kind: 'after', statement, braces: place.braces };
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
    languages: ['js/js'],
    docs: {
      description: "Require the SDK's reset after a Signed Out event, so the next user on the device is not merged into this one",
      recommended: true,
    },
    hasSuggestions: true,
    schema: [],
    messages: {
      missingWrapperReset:
        "`{{event}}` is not followed by a reset in this function: the next person on this browser would be tracked as the same user and account. Call your analytics reset after it; name it in settings['b2b-tracking'].callees.reset to have it suggested.",
      missingReset:
        '`{{event}}` is not followed by `{{reset}}` in this function: the next person on this browser would be tracked as the same user and account.',
      addReset: 'Call `{{reset}}` after the sign-out event.',
      addResetInBody:
        'Call `{{reset}}` after the sign-out event, in a block body; the function then returns `undefined`, not what the track call returns.',
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

    /** The file's line break, so that inserted lines match it (CRLF files stay CRLF). */
    const lineBreak = /\r\n/.test(context.sourceCode.text) ? '\r\n' : '\n';

    function insertReset(place: ResetPlace, reset: string): (fixer: TSESLint.RuleFixer) => TSESLint.RuleFix[] {
      if (place.kind === 'arrowBody') return resetInArrowBody(place.arrow, reset);
      if (place.kind === 'return') return resetBeforeReturn(place.statement, place.braces, place.name, reset);
      return insertStatementAfter(context.sourceCode, place.statement, reset, place.braces);
    }

    /** `() => track(…)` → `() => { track(…); reset(); }`, the body as written (in its parentheses, if any). */
    function resetInArrowBody(arrow: TSESTree.ArrowFunctionExpression, reset: string): (fixer: TSESLint.RuleFixer) => TSESLint.RuleFix[] {
      const sourceCode = context.sourceCode;
      const arrowToken = sourceCode.getTokenBefore(arrow.body, { filter: (token) => token.value === '=>' })!;
      const start = sourceCode.getTokenAfter(arrowToken)!.range[0];
      const body = sourceCode.text.slice(start, arrow.range[1]);
      return (fixer) => [fixer.replaceTextRange([start, arrow.range[1]], `{ ${body}; ${reset}; }`)];
    }

    /**
     * `return track(…);` → `const result = track(…);`, the reset, `return result;`:
     * on lines of their own where the `return` starts its line, else on its line,
     * in braces for the body of an `if`.
     */
    function resetBeforeReturn(statement: TSESTree.ReturnStatement, braces: boolean, name: string, reset: string): (fixer: TSESLint.RuleFixer) => TSESLint.RuleFix[] {
      const sourceCode = context.sourceCode;
      const last = sourceCode.getLastToken(statement)!;
      // The value with any comment before its semicolon.
      const value = sourceCode.text.slice(sourceCode.getFirstToken(statement, 1)!.range[0], last.value === ';' ? last.range[0] : last.range[1]).trimEnd();
      // A `//` comment there keeps its line break, or it would swallow the semicolon and what follows on the line.
      const endsInLineComment = last.value === ';' && sourceCode.getTokenBefore(last, { includeComments: true })?.type === 'Line';
      const statements = [`const ${name} = ${value}${endsInLineComment ? lineBreak : ''};`, `${reset};`, `return ${name};`];
      const line = sourceCode.lines[statement.loc.start.line - 1]!;
      const before = line.slice(0, statement.loc.start.column);
      const text = braces ? `{ ${statements.join(' ')} }` : statements.join(before.trim() === '' ? `${lineBreak}${before}` : ' ');
      return (fixer) => [fixer.replaceTextRange([statement.range[0], last.range[1]], text)];
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
            const place = resetPlace(context.sourceCode, call.node);
            // Where the arrow's value may be used, the suggestion says it changes.
            const messageId = place?.kind === 'arrowBody' && !place.valueIgnored ? 'addResetInBody' : 'addReset';
            // A wrapper's call with no reset to name (none configured, or a hook's the code does not hold here).
            if (reset === undefined && !call.sdk) {
              context.report({ node: call.node, messageId: 'missingWrapperReset', data: { event } });
              continue;
            }
            context.report({
              node: call.node,
              messageId: 'missingReset',
              data: { event, reset: reset ?? 'reset()' },
              suggest: reset && place ? [{ messageId, data: { reset }, fix: insertReset(place, reset) }] : [],
            });
          }
        },
      },
    );
  },
});
