/**
 * Edits for fixes and suggestions: put a value at an argument path of a
 * tracking call, creating the arguments and object literals on the way; write
 * a string as a literal; make an imported name callable.
 */
import { AST_NODE_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import { isIdentifierName } from './identifiers.js';
import { type DateObject, importedName, isNode, isTypeWrapper, requiredModule, sendsNothing, unwrap } from './static-values.js';
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

/**
 * Removes a property from its object literal with its comma, leaving valid
 * code and the comments that are not the property's own: a property on lines
 * of its own goes with those lines and a comment that ends its last line (the
 * closing brace keeps its indentation, a comment on the next line stays); one
 * that shares its line goes with the comma between it and the next property,
 * or the previous one.
 */
export function removeProperty(
  fixer: Fixer,
  sourceCode: Readonly<TSESLint.SourceCode>,
  property: TSESTree.Property | TSESTree.SpreadElement,
): TSESLint.RuleFix {
  const text = sourceCode.text;
  const after = sourceCode.getTokenAfter(property);
  const comma = after?.value === ',' ? after : undefined;
  const before = sourceCode.getTokenBefore(property);
  const previousComma = before?.value === ',' ? before : undefined;
  const ownLines = ownLinesOf(sourceCode, property, comma?.loc.start.line === property.loc.end.line ? comma : undefined);
  if (ownLines) {
    const [start, end] = ownLines;
    // The last property without a trailing comma: the previous one's comma goes, and what follows it on its line stays.
    if (!comma && previousComma) return fixer.replaceTextRange([previousComma.range[0], end], text.slice(previousComma.range[1], start));
    return fixer.removeRange([start, end]);
  }
  if (comma) {
    const next = sourceCode.getTokenAfter(comma, { includeComments: true });
    if (next && next.loc.start.line > comma.loc.end.line) {
      // `a: 1, plan: 'p',⏎ b: 2`: the line break before the next property stays.
      const previous = sourceCode.getTokenBefore(property, { includeComments: true });
      return fixer.removeRange([previous ? previous.range[1] : property.range[0], comma.range[1]]);
    }
    return fixer.removeRange([property.range[0], next ? next.range[0] : comma.range[1]]);
  }
  if (previousComma) {
    // Comments between the comma and the property stay; a `//` comment among them keeps the line break that ends it
    // (`a, // note⏎ b }` → `a // note⏎ }`), or it would swallow what follows the property on its line.
    const between = text.slice(previousComma.range[1], property.range[0]);
    if (between.trim() === '') return fixer.removeRange([previousComma.range[0], property.range[1]]);
    const endsInLineComment = sourceCode.getTokenBefore(property, { includeComments: true })!.type === 'Line';
    const kept = endsInLineComment ? between.replace(/[ \t]+$/, '') : ` ${between.trim()}`;
    return fixer.replaceTextRange([previousComma.range[0], property.range[1]], kept);
  }
  return fixer.remove(property);
}

/**
 * The range of the whole lines a property stands on, from the start of its
 * first line to the start of the line after it, with its comma (`comma`, on
 * its last line) and the comments that end that line; undefined when
 * something else shares those lines.
 */
function ownLinesOf(
  sourceCode: Readonly<TSESLint.SourceCode>,
  property: TSESTree.Node,
  comma: TSESLint.AST.Token | undefined,
): [number, number] | undefined {
  const text = sourceCode.text;
  const start = text.lastIndexOf('\n', property.range[0] - 1) + 1;
  if (text.slice(start, property.range[0]).trim() !== '') return undefined;
  let last: TSESLint.AST.Token | TSESTree.Comment | TSESTree.Node = comma ?? property;
  const line = last.loc.end.line;
  for (let next = sourceCode.getTokenAfter(last, { includeComments: true }); next; next = sourceCode.getTokenAfter(next, { includeComments: true })) {
    if (next.loc.start.line > line) break;
    // Code after it on its line, or a block comment that runs onto the next line.
    if ((next.type !== 'Line' && next.type !== 'Block') || next.loc.end.line > line) return undefined;
    last = next;
  }
  const lineBreak = text.indexOf('\n', last.range[1]);
  return lineBreak === -1 ? undefined : [start, lineBreak + 1];
}

/** The last comment after a token on the token's own line: code inserted after the token goes after it, not before (the comment would move to the new code's line). */
function lastCommentOnLine(sourceCode: SourceCode, token: TSESLint.AST.Token): TSESTree.Comment | undefined {
  let found: TSESTree.Comment | undefined;
  for (const comment of sourceCode.getCommentsAfter(token)) {
    if (comment.loc.start.line !== token.loc.end.line || comment.loc.end.line !== token.loc.end.line) break;
    found = comment;
  }
  return found;
}

/**
 * Inserts a statement (`code`, without its semicolon) after `statement`, in
 * the layout of the code around it: on a line of its own after a statement
 * that has its lines to itself (after a comment that ends the line); on the
 * statement's line, right after it, where the statement shares its line
 * (`case 1: track(…); reset();`, a one-line body `{ track(…); reset(); }`).
 * With `braces` (the statement is the body of an `if` or a loop), both go in
 * braces in its place. Where a statement's semicolon starts the next line
 * (`track(…)\n;[1].forEach(f)`, code without semicolons), the new one goes
 * before that semicolon, without one; before an `else` that semicolon ends
 * the `if`'s body and goes into the braces (`track(…) // note⏎; else …`).
 */
export function insertStatementAfter(
  sourceCode: SourceCode,
  statement: TSESTree.Statement,
  code: string,
  braces: boolean,
): (fixer: Fixer) => TSESLint.RuleFix[] {
  const lineBreak = /\r\n/.test(sourceCode.text) ? '\r\n' : '\n';
  const last = sourceCode.getLastToken(statement)!;
  const beforeLast = sourceCode.getTokenBefore(last);
  const leadingSemicolon = last.value === ';' && beforeLast !== null && beforeLast.range[0] >= statement.range[0] && beforeLast.loc.end.line < last.loc.start.line;
  // The statement's own last token, without a semicolon that belongs to the next line.
  const end = leadingSemicolon ? beforeLast : last;
  const terminated = end.value === ';';
  if (braces) {
    // Before an `else`, the semicolon ends the `if`'s body wherever it stands: it goes into the braces.
    const whole = leadingSemicolon && sourceCode.getTokenAfter(last)?.value === 'else';
    const until = whole ? last : end;
    const text = sourceCode.text.slice(statement.range[0], until.range[1]);
    return (fixer) => [fixer.replaceTextRange([statement.range[0], until.range[1]], `{ ${text}${until.value === ';' ? '' : ';'} ${code}; }`)];
  }
  const line = sourceCode.lines[statement.loc.start.line - 1]!;
  const before = line.slice(0, statement.loc.start.column);
  const startsLine = before.trim() === '';
  const indent = startsLine ? before : /^\s*/.exec(line)![0];
  // Without a semicolon before it, code that starts with `(`, `[` or `` ` `` would call what the statement ends with.
  const guard = /^[([`]/.test(code) ? ';' : '';
  const anchor = lastCommentOnLine(sourceCode, end) ?? end;
  if (leadingSemicolon) return (fixer) => [fixer.insertTextAfter(anchor, `${lineBreak}${indent}${guard}${code}`)];
  const next = sourceCode.getTokenAfter(end);
  if (!startsLine || (next !== null && next.loc.start.line === end.loc.end.line)) {
    return (fixer) => [fixer.insertTextAfter(end, `${terminated ? '' : ';'} ${code};`)];
  }
  const separator = terminated ? '' : guard;
  const added = `${lineBreak}${indent}${code};`;
  if (anchor === end) return (fixer) => [fixer.insertTextAfter(end, `${separator}${added}`)];
  return (fixer) => [...(separator ? [fixer.insertTextAfter(end, separator)] : []), fixer.insertTextAfter(anchor, added)];
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
 * added to an import of the module, or in a CommonJS file to a destructuring
 * `require` of it among the leading requires; else a new `import` after the
 * file's imports, or in a CommonJS file a `require` after its leading
 * directives and requires. Undefined when the name is something else at `at`
 * (a parameter, a local, an import from another module, a type), which a call
 * would call and a second import would clash with, and in a CommonJS file when
 * `at` runs within the leading requires themselves.
 *
 * The place depends on the file only, never on `at`: two values fixed in one
 * pass then edit the same spot, so ESLint applies one and leaves the other to
 * the next pass, which reuses the name (two places would declare it twice).
 */
export function ensureImport(fixer: Fixer, sourceCode: SourceCode, wanted: ModuleExport, at: TSESTree.Node): TSESLint.RuleFix[] | undefined {
  const existing = variableAt(sourceCode, wanted.name, at);
  if (existing) return reuseImport(fixer, sourceCode, existing, wanted);
  const body = sourceCode.ast.body;
  const imports = body.filter((statement): statement is TSESTree.ImportDeclaration => statement.type === AST_NODE_TYPES.ImportDeclaration);
  const moduleName = stringLiteralIn(wanted.from, quoteMark(sourceCode));
  if (!isCommonJs(sourceCode)) {
    const merged = mergeIntoImport(fixer, imports, wanted);
    if (merged) return [merged];
    // Imports are hoisted: after the last one (or the directives) is before all code.
    const line = `import { ${wanted.name} } from ${moduleName};`;
    const anchor = imports.at(-1) ?? directives(sourceCode).at(-1);
    if (anchor) return [fixer.insertTextAfter(anchor, `\n${line}`)];
    return body[0] ? [fixer.insertTextBefore(body[0], `${line}\n`)] : undefined;
  }
  // A `require` runs where it stands: after the leading requires (which run first, as the file meant) and before any other
  // code, which may call the name (a hoisted function called early too).
  const leading = leadingRequires(sourceCode);
  const holder = statementHolding(at);
  if (holder && leading.includes(holder)) return undefined;
  const merged = mergeIntoRequire(fixer, leading, wanted);
  if (merged) return [merged];
  const line = `const { ${wanted.name} } = require(${moduleName});`;
  const anchor = leading.at(-1);
  if (anchor) return [fixer.insertTextAfter(anchor, `\n${line}`)];
  return body[0] ? [fixer.insertTextBefore(body[0], `${line}\n`)] : undefined;
}

/**
 * Whether a file takes `require`s rather than imports: it has no import or
 * export declarations, and is parsed as a script or CommonJS, or (ESLint
 * parses every `.js` file as a module by default) requires a module or
 * assigns `module.exports` / `exports.x` as it loads.
 */
function isCommonJs(sourceCode: SourceCode): boolean {
  const body = sourceCode.ast.body;
  if (body.some((statement) => moduleDeclarations.has(statement.type))) return false;
  if (sourceCode.ast.sourceType !== 'module') return true;
  const isCommonJsMark = (node: TSESTree.Node): true | undefined => (requiredModule(node) || isCommonJsExport(node) ? true : undefined);
  return body.some((statement) => findAtLoad(sourceCode, statement, isCommonJsMark));
}

const moduleDeclarations = new Set<string>([
  AST_NODE_TYPES.ImportDeclaration,
  AST_NODE_TYPES.ExportNamedDeclaration,
  AST_NODE_TYPES.ExportDefaultDeclaration,
  AST_NODE_TYPES.ExportAllDeclaration,
]);

/** `module.exports = …`, `module.exports.x = …`, `exports.x = …`. */
function isCommonJsExport(node: TSESTree.Node): boolean {
  if (node.type !== AST_NODE_TYPES.AssignmentExpression || node.left.type !== AST_NODE_TYPES.MemberExpression) return false;
  const isName = (candidate: TSESTree.Node, name: string): boolean => candidate.type === AST_NODE_TYPES.Identifier && candidate.name === name;
  const isModuleExports = (candidate: TSESTree.Node): boolean =>
    candidate.type === AST_NODE_TYPES.MemberExpression && isName(candidate.object, 'module') && memberIs(candidate, 'exports');
  const target = node.left;
  return isModuleExports(target) || isModuleExports(target.object) || isName(target.object, 'exports');
}

function memberIs(member: TSESTree.MemberExpression, name: string): boolean {
  const { property } = member;
  return member.computed ? property.type === AST_NODE_TYPES.Literal && property.value === name : property.type === AST_NODE_TYPES.Identifier && property.name === name;
}

/** The statements a CommonJS file opens with: its directives, then each top-level statement that runs a `require`, up to the first that does not. */
function leadingRequires(sourceCode: SourceCode): TSESTree.ProgramStatement[] {
  const leading: TSESTree.ProgramStatement[] = [...directives(sourceCode)];
  for (const statement of sourceCode.ast.body.slice(leading.length)) {
    if (requireIn(sourceCode, statement) === undefined) break;
    leading.push(statement);
  }
  return leading;
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

/** `const { a } = require('m')` → `const { a, name } = require('m')`, for one of the file's leading requires. */
function mergeIntoRequire(fixer: Fixer, leading: readonly TSESTree.ProgramStatement[], { name, from }: ModuleExport): TSESLint.RuleFix | undefined {
  for (const statement of leading) {
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
  return findAtLoad(sourceCode, node, requiredModule);
}

/** The first thing `found` finds in a node or in what it runs as the file loads: not in a function it only defines. */
function findAtLoad<T>(sourceCode: SourceCode, node: TSESTree.Node, found: (node: TSESTree.Node) => T | undefined): T | undefined {
  const here = found(node);
  if (here !== undefined) return here;
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
      const inner = isNode(item) ? findAtLoad(sourceCode, item, found) : undefined;
      if (inner !== undefined) return inner;
    }
  }
  return undefined;
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
