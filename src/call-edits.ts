/**
 * Edits to a tracking call's arguments for fixes and suggestions: put a value
 * at an argument path, creating the arguments and object literals on the way.
 */
import { AST_NODE_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import { parseArgumentPath } from './tracking-calls.js';

type Fixer = TSESLint.RuleFixer;

const identifierName = /^[A-Za-z_$][\w$]*$/;

/** `context: { groupId: accountId }` from keys and a leaf. */
function keyText(key: string): string {
  return identifierName.test(key) ? key : JSON.stringify(key);
}

function nestedValue(keys: readonly string[], leaf: string): string {
  return keys.reduceRight((inner, key) => `{ ${keyText(key)}: ${inner} }`, leaf);
}

function propertyNamed(object: TSESTree.ObjectExpression, key: string): TSESTree.Property | undefined {
  for (const property of object.properties) {
    if (property.type !== AST_NODE_TYPES.Property || property.computed) continue;
    const name =
      property.key.type === AST_NODE_TYPES.Identifier
        ? property.key.name
        : property.key.type === AST_NODE_TYPES.Literal
          ? String(property.key.value)
          : undefined;
    if (name === key) return property;
  }
  return undefined;
}

/** Adds `key: value` as the last property of an object literal. */
export function addProperty(fixer: Fixer, object: TSESTree.ObjectExpression, key: string, value: string): TSESLint.RuleFix {
  const entry = `${keyText(key)}: ${value}`;
  const last = object.properties[object.properties.length - 1];
  if (last) return fixer.insertTextAfter(last, `, ${entry}`);
  return fixer.replaceText(object, `{ ${entry} }`);
}

export type FixBuilder = (fixer: Fixer) => TSESLint.RuleFix;

/**
 * The last token of a call's last argument, with the argument's closing
 * parentheses (its node ends inside them) and without a trailing comma:
 * where an argument after it goes, or where removing it ends.
 */
export function lastArgumentToken(sourceCode: Readonly<TSESLint.SourceCode>, call: TSESTree.CallExpression): TSESLint.AST.Token | undefined {
  if (call.arguments.length === 0) return undefined;
  const closing = sourceCode.getLastToken(call)!;
  const before = sourceCode.getTokenBefore(closing)!;
  return before.value === ',' ? (sourceCode.getTokenBefore(before) ?? undefined) : before;
}

/**
 * Builds a fix that puts `leaf` at an argument path of a call (`"2.context.groupId"`),
 * adding missing arguments (`fillers` says what stands in for a skipped one,
 * by index; `undefined` otherwise) and missing keys. Undefined when the path
 * goes through something that is not an object literal written in the call.
 */
export function insertAtArgumentPath(
  sourceCode: Readonly<TSESLint.SourceCode>,
  call: TSESTree.CallExpression,
  path: string,
  leaf: string,
  fillers: Readonly<Record<number, string>> = {},
): FixBuilder | undefined {
  const { index, keys } = parseArgumentPath(path);
  const args = call.arguments;
  if (args.some((argument) => argument.type === AST_NODE_TYPES.SpreadElement)) return undefined;
  if (index >= args.length) {
    const last = lastArgumentToken(sourceCode, call);
    if (!last) return undefined;
    const parts: string[] = [];
    for (let position = args.length; position < index; position++) parts.push(fillers[position] ?? 'undefined');
    parts.push(nestedValue(keys, leaf));
    return (fixer) => fixer.insertTextAfter(last, `, ${parts.join(', ')}`);
  }
  let current: TSESTree.Node = args[index]!;
  if (current.type === AST_NODE_TYPES.Identifier && current.name === 'undefined') {
    const replaced = current;
    return (fixer) => fixer.replaceText(replaced, nestedValue(keys, leaf));
  }
  for (let depth = 0; depth < keys.length; depth++) {
    if (current.type !== AST_NODE_TYPES.ObjectExpression) return undefined;
    const key = keys[depth]!;
    const property = propertyNamed(current, key);
    if (!property) {
      const object = current;
      return (fixer) => addProperty(fixer, object, key, nestedValue(keys.slice(depth + 1), leaf));
    }
    current = property.value;
  }
  return undefined;
}

/** Removes a property from its object literal with its comma, leaving valid code. */
export function removeProperty(
  fixer: Fixer,
  sourceCode: Readonly<TSESLint.SourceCode>,
  property: TSESTree.Property | TSESTree.SpreadElement,
): TSESLint.RuleFix {
  const after = sourceCode.getTokenAfter(property);
  if (after?.value === ',') {
    const next = sourceCode.getTokenAfter(after);
    return fixer.removeRange([property.range[0], next ? next.range[0] : after.range[1]]);
  }
  const before = sourceCode.getTokenBefore(property);
  if (before?.value === ',') return fixer.removeRange([before.range[0], property.range[1]]);
  return fixer.remove(property);
}

const typeWrappers = new Set<string>([
  AST_NODE_TYPES.TSAsExpression,
  AST_NODE_TYPES.TSSatisfiesExpression,
  AST_NODE_TYPES.TSNonNullExpression,
  AST_NODE_TYPES.TSTypeAssertion,
]);

/**
 * Turns a `new Date(...)` value into `….toISOString()`, as valid code: `new Date`
 * written without parentheses gets them (else `new Date.toISOString()` parses as
 * `new (Date.toISOString)()`), and a TypeScript assertion around the date
 * (`new Date(s) as Date`) is parenthesised as a whole so the string is not
 * asserted to be a Date. `date` may be the `new` expression or its wrapper.
 */
export function isoStringFix(fixer: Fixer, sourceCode: TSESLint.SourceCode, date: TSESTree.Node): TSESLint.RuleFix {
  let outer = date;
  while (outer.parent && typeWrappers.has(outer.parent.type) && (outer.parent as { expression?: TSESTree.Node }).expression === outer) {
    outer = outer.parent;
  }
  if (outer.type === AST_NODE_TYPES.NewExpression) {
    // `new (Date)` ends in `)` too: only a trailing `()` or arguments are the call's own.
    const calledWithParentheses = outer.arguments.length > 0 || sourceCode.getLastTokens(outer, 2).map((token) => token.value).join('') === '()';
    return fixer.insertTextAfter(outer, calledWithParentheses ? '.toISOString()' : '().toISOString()');
  }
  return fixer.replaceText(outer, `(${sourceCode.getText(outer)}).toISOString()`);
}
