/**
 * Edits for fixes and suggestions: put a value at an argument path of a
 * tracking call, creating the arguments and object literals on the way; write
 * a string as a literal; make an imported name callable.
 */
import { AST_NODE_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import { isIdentifierName } from './identifiers.js';
import { type DateObject, importedName, isTypeWrapper, requiredModule, sendsNothing, unwrap } from './static-values.js';
import { parseArgumentPath } from './tracking-calls.js';

type Fixer = TSESLint.RuleFixer;
type SourceCode = Readonly<TSESLint.SourceCode>;

const escapes: Readonly<Record<string, string>> = {
  '\\': '\\\\',
  '\b': '\\b',
  '\f': '\\f',
  '\n': '\\n',
  '\r': '\\r',
  '\t': '\\t',
  '\v': '\\v',
};

/**
 * `value` as a string literal in the quotes `quoteLike` starts with (a literal
 * as written, `"Signed Up"`, or just the mark: `'`, `"` or `` ` ``; anything
 * else gets `'`), escaped so that it reads back as `value`: `it's` in `'` is
 * `'it\'s'`; in a template, `${` is `\${`.
 */
export function stringLiteralIn(value: string, quoteLike: string): string {
  const mark = quoteLike.startsWith('"') ? '"' : quoteLike.startsWith('`') ? '`' : "'";
  // Line breaks and other control characters as escapes (a raw line break ends a string; a template reads `\r` as `\n`), and lone surrogates, which no file can hold.
  const escaped = value.replace(/[\\'"`\p{Cc}\u2028\u2029\p{Cs}]|\$(?=\{)/gu, (char) => {
    if (char === '$') return mark === '`' ? '\\$' : char;
    if (char === "'" || char === '"' || char === '`') return char === mark ? `\\${char}` : char;
    const code = char.charCodeAt(0);
    return escapes[char] ?? (code < 0x100 ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16)}`);
  });
  return `${mark}${escaped}${mark}`;
}

/** `context: { groupId: accountId }` from keys and a leaf. */
function keyText(key: string): string {
  return isIdentifierName(key) ? key : stringLiteralIn(key, '"');
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
 * by index; `undefined` otherwise) and missing keys, or in place of an
 * `undefined` or `null` on the way. Undefined when the path goes through
 * something else that is not an object literal written in the call.
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
  for (let depth = 0; depth <= keys.length; depth++) {
    // `undefined` or `null` sends nothing: the value takes its place (`{ context: null }` → `{ context: { groupId: … } }`).
    if (sendsNothing(current)) {
      const replaced = current;
      return (fixer) => fixer.replaceText(replaced, nestedValue(keys.slice(depth), leaf));
    }
    if (depth === keys.length || current.type !== AST_NODE_TYPES.ObjectExpression) return undefined;
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

/**
 * Turns a `new Date(...)` value into `….toISOString()`, as valid code: `new Date`
 * written without parentheses gets them (else `new Date.toISOString()` parses as
 * `new (Date.toISOString)()`), and a TypeScript assertion around the date
 * (`new Date(s) as Date`) is parenthesised as a whole so the string is not
 * asserted to be a Date. `date` may be the `new` expression or its wrapper.
 */
export function isoStringFix(fixer: Fixer, sourceCode: TSESLint.SourceCode, date: TSESTree.Node): TSESLint.RuleFix {
  let outer = date;
  while (outer.parent && isTypeWrapper(outer.parent) && outer.parent.expression === outer) outer = outer.parent;
  if (outer.type === AST_NODE_TYPES.NewExpression) {
    // `new (Date)` ends in `)` too: only a trailing `()` or arguments are the call's own.
    const calledWithParentheses = outer.arguments.length > 0 || sourceCode.getLastTokens(outer, 2).map((token) => token.value).join('') === '()';
    return fixer.insertTextAfter(outer, calledWithParentheses ? '.toISOString()' : '().toISOString()');
  }
  return fixer.replaceText(outer, `(${sourceCode.getText(outer)}).toISOString()`);
}

/**
 * The fix that sends a value's Dates as ISO strings: each `new Date` it may be
 * that can be rewritten (see `dateObjectsOf`) gets `.toISOString()`.
 * Undefined when none can be.
 */
export function isoStringFixes(sourceCode: TSESLint.SourceCode, dates: readonly DateObject[]): ((fixer: Fixer) => TSESLint.RuleFix[]) | undefined {
  const editable = [...new Set(dates.filter((date) => date.editable).map((date) => date.date))];
  return editable.length > 0 ? (fixer) => editable.map((date) => isoStringFix(fixer, sourceCode, date)) : undefined;
}

// ---------------------------------------------------------------------------
// Making an imported name callable.

/** A name a module exports, to call by that name: `{ name: 'hashEmail', from: '@/lib/hash' }`. */
export interface ModuleExport {
  name: string;
  from: string;
}

/**
 * The edits that make `name`, exported by module `from`, callable by that
 * name at `at`: none when the name already reaches that module's import or
 * `require` there; a value import in place of a type-only one of it; the name
 * added to an import or destructuring `require` of the module; else a new
 * `import` (in a CommonJS file, a `require`) after the file's imports.
 * Undefined when the name is something else at `at` (a parameter, a local, an
 * import from another module, a type), which a call would call and a second
 * import would clash with.
 */
export function ensureImport(fixer: Fixer, sourceCode: SourceCode, wanted: ModuleExport, at: TSESTree.Node): TSESLint.RuleFix[] | undefined {
  const existing = variableAt(sourceCode, wanted.name, at);
  if (existing) return reuseImport(fixer, sourceCode, existing, wanted);
  const body = sourceCode.ast.body;
  const topStatement = statementHolding(at);
  const imports = body.filter((statement): statement is TSESTree.ImportDeclaration => statement.type === AST_NODE_TYPES.ImportDeclaration);
  const merged = mergeIntoImport(fixer, imports, wanted) ?? mergeIntoRequire(fixer, body, topStatement, wanted);
  if (merged) return [merged];
  const moduleName = stringLiteralIn(wanted.from, quoteMark(sourceCode));
  const commonJs = imports.length === 0 && sourceCode.ast.sourceType !== 'module';
  const line = commonJs ? `const { ${wanted.name} } = require(${moduleName});` : `import { ${wanted.name} } from ${moduleName};`;
  // Imports are hoisted; a `require` runs where it stands, so it goes before the code that calls the name.
  const before = commonJs && topStatement ? body.slice(0, body.indexOf(topStatement)) : body;
  const after = commonJs ? before.filter((statement) => requireIn(sourceCode, statement) !== undefined).at(-1) : imports.at(-1);
  const anchor = after ?? directives(sourceCode).at(-1);
  if (anchor) return [fixer.insertTextAfter(anchor, `\n${line}`)];
  const first = body[0];
  return first ? [fixer.insertTextBefore(first, `${line}\n`)] : undefined;
}

/** The variable `name` is at `at`: the nearest declaration, not a global that only the configuration names. */
function variableAt(sourceCode: SourceCode, name: string, at: TSESTree.Node): TSESLint.Scope.Variable | undefined {
  for (let scope: TSESLint.Scope.Scope | null = sourceCode.getScope(at); scope; scope = scope.upper) {
    const variable = scope.set.get(name);
    if (variable && variable.defs.length > 0) return variable;
  }
  return undefined;
}

/** The top-level statement a node is in. */
function statementHolding(node: TSESTree.Node): TSESTree.ProgramStatement | undefined {
  let current: TSESTree.Node = node;
  while (current.parent && current.parent.type !== AST_NODE_TYPES.Program) current = current.parent;
  return current.parent ? (current as TSESTree.ProgramStatement) : undefined;
}

function isTypeOnly(declaration: TSESTree.ImportDeclaration, specifier: TSESTree.ImportClause): boolean {
  return declaration.importKind === 'type' || (specifier.type === AST_NODE_TYPES.ImportSpecifier && specifier.importKind === 'type');
}

/**
 * What to do when the name is declared where it is called: nothing when it is
 * the module's own import or `require` of it, a value import when that import
 * is type-only; undefined for anything else.
 */
function reuseImport(fixer: Fixer, sourceCode: SourceCode, variable: TSESLint.Scope.Variable, { name, from }: ModuleExport): TSESLint.RuleFix[] | undefined {
  if (variable.scope.block !== sourceCode.ast || variable.defs.length !== 1) return undefined;
  const def = variable.defs[0]!;
  if (def.type === 'Variable') return isRequireOf(def.node, def.name, name, from) ? [] : undefined;
  if (def.type !== 'ImportBinding' || def.node.type !== AST_NODE_TYPES.ImportSpecifier) return undefined;
  const declaration = def.parent;
  const specifier = def.node;
  if (declaration.type !== AST_NODE_TYPES.ImportDeclaration || declaration.source.value !== from || importedName(specifier) !== name) return undefined;
  if (!isTypeOnly(declaration, specifier)) return [];
  // A type-only import gives no value: `hashEmail(email)` would not compile.
  if (declaration.importKind !== 'type') {
    // `import { type hashEmail }` → `import { hashEmail }`
    const removed = removeTypeKeyword(fixer, sourceCode, sourceCode.getFirstToken(specifier));
    return removed ? [removed] : undefined;
  }
  // `import type { Salt, hashEmail }` → `import { type Salt, hashEmail }`: the others stay types.
  const removed = removeTypeKeyword(fixer, sourceCode, sourceCode.getFirstToken(declaration, 1));
  if (!removed) return undefined;
  const others = declaration.specifiers.filter((other) => other !== specifier).map((other) => fixer.insertTextBefore(other, 'type '));
  return [removed, ...others];
}

/** `const { hashEmail } = require('m')`, `const { hashEmail: hashEmail } = …`, `const hashEmail = require('m').hashEmail`. */
function isRequireOf(declarator: TSESTree.VariableDeclarator, binding: TSESTree.Identifier, name: string, from: string): boolean {
  if (declarator.id.type === AST_NODE_TYPES.ObjectPattern) {
    if (requiredModule(declarator.init)?.value !== from) return false;
    return declarator.id.properties.some(
      (property) =>
        property.type === AST_NODE_TYPES.Property &&
        property.value === binding &&
        !property.computed &&
        (property.key.type === AST_NODE_TYPES.Identifier ? property.key.name : property.key.type === AST_NODE_TYPES.Literal ? property.key.value : undefined) === name,
    );
  }
  const init = declarator.init && unwrap(declarator.init);
  return (
    declarator.id === binding &&
    init?.type === AST_NODE_TYPES.MemberExpression &&
    !init.computed &&
    init.property.type === AST_NODE_TYPES.Identifier &&
    init.property.name === name &&
    requiredModule(init.object)?.value === from
  );
}

/** `type` as a token of its own, removed with the space after it. */
function removeTypeKeyword(fixer: Fixer, sourceCode: SourceCode, token: TSESLint.AST.Token | null): TSESLint.RuleFix | undefined {
  const next = token && sourceCode.getTokenAfter(token);
  return token?.value === 'type' && next ? fixer.removeRange([token.range[0], next.range[0]]) : undefined;
}

/** `import { a } from 'm'` → `import { a, name } from 'm'`; `import m from 'm'` → `import m, { name } from 'm'`. */
function mergeIntoImport(fixer: Fixer, imports: readonly TSESTree.ImportDeclaration[], { name, from }: ModuleExport): TSESLint.RuleFix | undefined {
  const values = imports.filter((declaration) => declaration.source.value === from && declaration.importKind !== 'type');
  const named = values.find((declaration) => declaration.specifiers.some((specifier) => specifier.type === AST_NODE_TYPES.ImportSpecifier));
  // The named specifiers come last: `import a, { b, c }`.
  if (named) return fixer.insertTextAfter(named.specifiers.at(-1)!, `, ${name}`);
  const defaultOnly = values.find((declaration) => declaration.specifiers.length === 1 && declaration.specifiers[0]!.type === AST_NODE_TYPES.ImportDefaultSpecifier);
  return defaultOnly ? fixer.insertTextAfter(defaultOnly.specifiers[0]!, `, { ${name} }`) : undefined;
}

/** `const { a } = require('m')` → `const { a, name } = require('m')`, where the require runs before the code that calls the name. */
function mergeIntoRequire(
  fixer: Fixer,
  body: readonly TSESTree.ProgramStatement[],
  topStatement: TSESTree.ProgramStatement | undefined,
  { name, from }: ModuleExport,
): TSESLint.RuleFix | undefined {
  for (const statement of body) {
    if (statement === topStatement) break;
    if (statement.type !== AST_NODE_TYPES.VariableDeclaration) continue;
    for (const declarator of statement.declarations) {
      if (declarator.id.type !== AST_NODE_TYPES.ObjectPattern || requiredModule(declarator.init)?.value !== from) continue;
      const last = declarator.id.properties.at(-1);
      // After a `...rest` nothing may follow (and the name would leave the rest).
      if (last?.type === AST_NODE_TYPES.Property) return fixer.insertTextAfter(last, `, ${name}`);
    }
  }
  return undefined;
}

/** The module a top-level statement requires as it runs, in any form (`require('dotenv').config()`, `use(require('x'))`), not in a function it only defines. */
function requireIn(sourceCode: SourceCode, node: TSESTree.Node): TSESTree.StringLiteral | undefined {
  const found = requiredModule(node);
  if (found) return found;
  if (
    node.type === AST_NODE_TYPES.FunctionDeclaration ||
    node.type === AST_NODE_TYPES.FunctionExpression ||
    node.type === AST_NODE_TYPES.ArrowFunctionExpression
  ) {
    return undefined;
  }
  for (const key of sourceCode.visitorKeys[node.type] ?? []) {
    const child = (node as unknown as Record<string, unknown>)[key];
    for (const item of Array.isArray(child) ? child : [child]) {
      const inner = isNode(item) ? requireIn(sourceCode, item) : undefined;
      if (inner) return inner;
    }
  }
  return undefined;
}

function isNode(value: unknown): value is TSESTree.Node {
  return typeof value === 'object' && value !== null && typeof (value as { type?: unknown }).type === 'string';
}

/** The quote the file uses for module names (or its first string that is not a directive), for an import the fix adds. */
function quoteMark(sourceCode: SourceCode): string {
  for (const statement of sourceCode.ast.body) {
    const source = statement.type === AST_NODE_TYPES.ImportDeclaration ? statement.source : requireIn(sourceCode, statement);
    if (source) return sourceCode.getText(source)[0] === '"' ? '"' : "'";
  }
  const prologueEnd = directives(sourceCode).at(-1)?.range[1] ?? 0;
  const firstString = sourceCode.ast.tokens?.find((token) => token.type === 'String' && token.range[0] >= prologueEnd);
  return firstString?.value.startsWith('"') ? '"' : "'";
}

function directives(sourceCode: SourceCode): TSESTree.ExpressionStatement[] {
  const found: TSESTree.ExpressionStatement[] = [];
  for (const statement of sourceCode.ast.body) {
    if (statement.type !== AST_NODE_TYPES.ExpressionStatement || statement.directive === undefined) break;
    found.push(statement);
  }
  return found;
}
