import { AST_NODE_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import { createRule } from '../create-rule.js';
import { splitWords, wordKey } from '../event-words.js';
import { getSettings } from '../settings.js';
import { constantInit, literalValue, type ObjectEntry, requiredModule, resolveObject, unwrap } from '../static-values.js';
import { argumentAt, onTrackingCalls } from '../tracking-calls.js';

export type MessageIds = 'plainEmail' | 'weakHash';
export type Options = [{ properties?: string[]; hasher?: { name: string; import: string } }];

/** A name that says its value is hashed, or a function that hashes. */
const hashWords = /hash|sha-?(?:224|256|384|512|3)|hmac|digest|blake|argon|scrypt|bcrypt|pbkdf/i;
/** Hashes that are quickly reversed for e-mail addresses (tables of known addresses' digests). */
const weakWords = /md5|sha-?1(?!\d)/i;
/** Words in a name that say its value is not hashed, though it mentions hashing: `unhashedEmail`, `plainEmailHash`. */
const notHashedWords = /(?:^| )(?:(?:un|non|not) ?hashed|plain(?:text)?|raw|clear(?:text)?)(?: |$)/;
/** Methods that pass their receiver's hashed-ness on: `digest.toString('hex')`. */
const passThrough = new Set(['toString', 'toUpperCase', 'toLowerCase', 'trim', 'slice', 'substring', 'padStart']);

type Verdict = 'hashed' | 'weak' | 'plain' | 'unknown';
/** `partlyHashed`: some branch behind a constant is hashed, so wrapping the constant would hash that branch twice. */
type Judgement = { verdict: Verdict; algorithm?: string; partlyHashed?: boolean };

const severity: Verdict[] = ['weak', 'plain', 'unknown', 'hashed'];

/** A value that is one of two: judged by the worse, remembering whether either is hashed. */
function either(a: Judgement, b: Judgement): Judgement {
  const worse = severity.indexOf(a.verdict) <= severity.indexOf(b.verdict) ? a : b;
  const partlyHashed = [a, b].some((side) => side.verdict === 'hashed' || side.partlyHashed === true);
  return { ...worse, partlyHashed };
}

function calleeName(callee: TSESTree.Node): string | undefined {
  const expression = unwrap(callee);
  if (expression.type === AST_NODE_TYPES.Identifier) return expression.name;
  if (expression.type === AST_NODE_TYPES.MemberExpression && !expression.computed && expression.property.type === AST_NODE_TYPES.Identifier) {
    return expression.property.name;
  }
  return undefined;
}

function stringArgument(call: TSESTree.CallExpression): string | undefined {
  const first = call.arguments[0];
  return first?.type === AST_NODE_TYPES.Literal && typeof first.value === 'string' ? first.value : undefined;
}

/** A weak algorithm named by any literal argument: `hash(email, 'md5')`, `createHash('sha1')`. */
function weakArgument(call: TSESTree.CallExpression): string | undefined {
  for (const argument of call.arguments) {
    const value = literalValue(argument)?.value;
    if (typeof value === 'string' && weakWords.test(value)) return value;
  }
  return undefined;
}

/** What a value's name says: hashed (`emailHash`), weakly hashed (`emailMd5`), or nothing (`email`, `unhashedEmail`). */
function nameVerdict(name: string): 'hashed' | 'weak' | undefined {
  if (!hashWords.test(name) && !weakWords.test(name)) return undefined;
  if (notHashedWords.test(splitWords(name).join(' '))) return undefined;
  return weakWords.test(name) ? 'weak' : 'hashed';
}

/**
 * The values a property may send, one per branch: `a ? x : y` and `a ?? x` /
 * `a || x` send either side, `a && x` sends `x` (or a falsy `a`, which is no address).
 */
function branches(node: TSESTree.Node): TSESTree.Node[] {
  const expression = unwrap(node);
  if (expression.type === AST_NODE_TYPES.ConditionalExpression) return [...branches(expression.consequent), ...branches(expression.alternate)];
  if (expression.type === AST_NODE_TYPES.LogicalExpression) {
    return expression.operator === '&&' ? branches(expression.right) : [...branches(expression.left), ...branches(expression.right)];
  }
  return [node];
}

/** A string literal in the given quotes: `it's` → `'it\'s'`. */
function quoted(value: string, quote: string): string {
  const double = JSON.stringify(value);
  if (quote === '"') return double;
  return `'${double.slice(1, -1).replace(/\\"/g, '"').replace(/'/g, "\\'")}'`;
}

function importedName(specifier: TSESTree.ImportSpecifier): string {
  return specifier.imported.type === AST_NODE_TYPES.Identifier ? specifier.imported.name : String(specifier.imported.value);
}

/** The module a top-level `require` names, also through `require('x').hashEmail` or `require('x')()`. */
function requiredBy(node: TSESTree.Node | null | undefined): TSESTree.StringLiteral | undefined {
  let expression = node ? unwrap(node) : undefined;
  while (expression?.type === AST_NODE_TYPES.MemberExpression) expression = unwrap(expression.object);
  return requiredModule(expression);
}

/** The module a top-level statement requires: `const x = require('x');`, `require('x');`. */
function statementRequire(statement: TSESTree.ProgramStatement): TSESTree.StringLiteral | undefined {
  if (statement.type === AST_NODE_TYPES.ExpressionStatement) return requiredBy(statement.expression);
  if (statement.type === AST_NODE_TYPES.VariableDeclaration) {
    for (const declarator of statement.declarations) {
      const found = requiredBy(declarator.init);
      if (found) return found;
    }
  }
  return undefined;
}

export default createRule<Options, MessageIds>({
  name: 'hash-invitee-email',
  meta: {
    type: 'problem',
    docs: {
      description: 'Require invitee e-mail addresses to be hashed before they are sent to analytics',
      recommended: true,
    },
    fixable: 'code',
    schema: [
      {
        type: 'object',
        additionalProperties: false,
        properties: {
          properties: {
            type: 'array',
            items: { type: 'string' },
            description: 'More event property names that must be sent hashed, besides `invitee_email`.',
          },
          hasher: {
            type: 'object',
            additionalProperties: false,
            required: ['name', 'import'],
            description: 'Your hash function: the autofix wraps the value in it and imports it once.',
            properties: {
              name: { type: 'string', pattern: '^[A-Za-z_$][\\w$]*$', description: 'The function name, e.g. `hashEmail`.' },
              import: { type: 'string', description: 'The module it is imported from, e.g. `@/lib/hash`.' },
            },
          },
        },
      },
    ],
    defaultOptions: [{ properties: [] }],
    messages: {
      plainEmail: '`{{key}}` is sent in plain text; hash it (e.g. `sha256({{example}})`): the invitee has not agreed to be tracked.',
      weakHash: '`{{key}}` is hashed with {{algorithm}}, which is quickly reversed for e-mail addresses; use SHA-256 or an HMAC.',
    },
  },
  create(context, [options]) {
    const settings = getSettings(context);
    // The configured hasher hashes, whatever its name says: else its own fix would be reported and wrapped again.
    const hashFunctions = new Set([...settings.hashFunctions, ...(options.hasher ? [options.hasher.name] : [])]);
    // Keys by their words: `inviteeEmail`, `InviteeEmail` and `invitee-email` name `invitee_email` too.
    const keyWords = new Set(['invitee_email', ...(options.properties ?? [])].map(wordKey));
    const reported = new Set<TSESTree.Node>();
    const sourceCode = context.sourceCode;

    function judgeCall(call: TSESTree.CallExpression, depth: number): Judgement {
      const name = calleeName(call.callee);
      if (name === undefined) return { verdict: 'unknown' };
      if (hashFunctions.has(name)) return { verdict: 'hashed' };
      const callee = unwrap(call.callee);
      if (passThrough.has(name) && callee.type === AST_NODE_TYPES.MemberExpression) return judge(callee.object, depth + 1);
      // crypto.createHash('md5').update(email).digest('hex'), crypto.subtle.digest('SHA-1', data)
      if (name === 'digest' || name === 'update') {
        const algorithm = chainAlgorithm(call);
        if (algorithm && weakWords.test(algorithm)) return { verdict: 'weak', algorithm };
        if (algorithm || name === 'digest') return { verdict: 'hashed' };
      }
      if (weakWords.test(name)) return { verdict: 'weak', algorithm: name };
      if (hashWords.test(name)) {
        const algorithm = weakArgument(call);
        return algorithm ? { verdict: 'weak', algorithm } : { verdict: 'hashed' };
      }
      return { verdict: 'plain' };
    }

    /** The algorithm named along a `createHash(...)` / `createHmac(...)` / `crypto.subtle.digest(...)` chain. */
    function chainAlgorithm(call: TSESTree.CallExpression): string | undefined {
      let current: TSESTree.Node = call;
      for (let step = 0; step < 8; step++) {
        const expression = unwrap(current);
        if (expression.type !== AST_NODE_TYPES.CallExpression) return undefined;
        const name = calleeName(expression.callee);
        if (name === 'createHash' || name === 'createHmac' || (name === 'digest' && isSubtle(expression))) {
          return weakArgument(expression) ?? stringArgument(expression);
        }
        const callee = unwrap(expression.callee);
        if (callee.type !== AST_NODE_TYPES.MemberExpression) return undefined;
        current = callee.object;
      }
      return undefined;
    }

    function isSubtle(call: TSESTree.CallExpression): boolean {
      const callee = unwrap(call.callee);
      return callee.type === AST_NODE_TYPES.MemberExpression && calleeName(callee.object) === 'subtle';
    }

    function judge(node: TSESTree.Node, depth = 0): Judgement {
      if (depth > 8) return { verdict: 'unknown' };
      const expression = unwrap(node);
      switch (expression.type) {
        case AST_NODE_TYPES.AwaitExpression:
          return judge(expression.argument, depth + 1);
        case AST_NODE_TYPES.CallExpression:
          return judgeCall(expression, depth);
        case AST_NODE_TYPES.Literal:
          return { verdict: typeof expression.value === 'string' ? 'plain' : 'unknown' };
        case AST_NODE_TYPES.TemplateLiteral:
          return { verdict: 'plain' };
        case AST_NODE_TYPES.Identifier: {
          if (expression.name === 'undefined') return { verdict: 'unknown' };
          const named = nameVerdict(expression.name);
          if (named) return { verdict: named, algorithm: expression.name };
          const init = constantInit(context, expression);
          return init ? judge(init, depth + 1) : { verdict: 'plain' };
        }
        case AST_NODE_TYPES.MemberExpression: {
          const name = calleeName(expression);
          const named = name === undefined ? undefined : nameVerdict(name);
          return named ? { verdict: named, algorithm: name } : { verdict: 'plain' };
        }
        case AST_NODE_TYPES.ConditionalExpression:
          return either(judge(expression.consequent, depth + 1), judge(expression.alternate, depth + 1));
        case AST_NODE_TYPES.LogicalExpression:
          if (expression.operator === '&&') return judge(expression.right, depth + 1);
          return either(judge(expression.left, depth + 1), judge(expression.right, depth + 1));
        default:
          return { verdict: 'unknown' };
      }
    }

    /** The quote the file uses for module names (or its first string that is not a directive), for the import the fix adds. */
    function quoteMark(): string {
      for (const statement of sourceCode.ast.body) {
        const source = statement.type === AST_NODE_TYPES.ImportDeclaration ? statement.source : statementRequire(statement);
        if (source) return sourceCode.getText(source)[0] === '"' ? '"' : "'";
      }
      const prologueEnd = directives().at(-1)?.range[1] ?? 0;
      const firstString = sourceCode.ast.tokens?.find((token) => token.type === 'String' && token.range[0] >= prologueEnd);
      return firstString?.value.startsWith('"') ? '"' : "'";
    }

    function directives(): TSESTree.ExpressionStatement[] {
      const found: TSESTree.ExpressionStatement[] = [];
      for (const statement of sourceCode.ast.body) {
        if (statement.type !== AST_NODE_TYPES.ExpressionStatement || statement.directive === undefined) break;
        found.push(statement);
      }
      return found;
    }

    /** `type` as a token of its own, removed with the space after it. */
    function removeTypeKeyword(fixer: TSESLint.RuleFixer, token: TSESLint.AST.Token | null): TSESLint.RuleFix | undefined {
      const next = token && sourceCode.getTokenAfter(token);
      return token?.value === 'type' && next ? fixer.removeRange([token.range[0], next.range[0]]) : undefined;
    }

    /**
     * The edits that make `hasher.name` a value in this file: none when it already
     * is, a value import where there is only a type-only one of it, or a new
     * import. Undefined when the name is taken by something else's type import.
     */
    function importFixes(fixer: TSESLint.RuleFixer, hasher: { name: string; import: string }): TSESLint.RuleFix[] | undefined {
      const body = sourceCode.ast.body;
      const imports = body.filter((statement): statement is TSESTree.ImportDeclaration => statement.type === AST_NODE_TYPES.ImportDeclaration);
      const isTypeOnly = (declaration: TSESTree.ImportDeclaration, specifier: TSESTree.ImportClause) =>
        declaration.importKind === 'type' || (specifier.type === AST_NODE_TYPES.ImportSpecifier && specifier.importKind === 'type');
      let typeImport: { declaration: TSESTree.ImportDeclaration; specifier: TSESTree.ImportClause } | undefined;
      for (const declaration of imports) {
        for (const specifier of declaration.specifiers) {
          if (specifier.local.name !== hasher.name) continue;
          // A type-only import gives no value: `hashEmail(email)` would not compile.
          if (!isTypeOnly(declaration, specifier)) return [];
          typeImport = { declaration, specifier };
        }
      }
      if (isDeclared(hasher.name)) return [];
      if (typeImport) {
        const { declaration, specifier } = typeImport;
        if (specifier.type !== AST_NODE_TYPES.ImportSpecifier || declaration.source.value !== hasher.import || importedName(specifier) !== hasher.name) {
          return undefined;
        }
        if (declaration.importKind !== 'type') {
          // `import { type hashEmail }` → `import { hashEmail }`
          const removed = removeTypeKeyword(fixer, sourceCode.getFirstToken(specifier));
          return removed ? [removed] : undefined;
        }
        // `import type { Salt, hashEmail }` → `import { type Salt, hashEmail }`: the others stay types.
        const removed = removeTypeKeyword(fixer, sourceCode.getFirstToken(declaration, 1));
        if (!removed) return undefined;
        const others = declaration.specifiers.filter((other) => other !== specifier).map((other) => fixer.insertTextBefore(other, 'type '));
        return [removed, ...others];
      }
      const fromModule = imports.find(
        (declaration) =>
          declaration.source.value === hasher.import &&
          declaration.importKind !== 'type' &&
          declaration.specifiers.length > 0 &&
          declaration.specifiers.every((specifier) => specifier.type === AST_NODE_TYPES.ImportSpecifier),
      );
      if (fromModule) return [fixer.insertTextAfter(fromModule.specifiers[fromModule.specifiers.length - 1]!, `, ${hasher.name}`)];
      const moduleName = quoted(hasher.import, quoteMark());
      const commonJs = imports.length === 0 && sourceCode.ast.sourceType !== 'module';
      const line = commonJs ? `const { ${hasher.name} } = require(${moduleName});` : `import { ${hasher.name} } from ${moduleName};`;
      // After the last import (or top-level require), else after the directive prologue, else first.
      const after = commonJs ? body.filter((statement) => statementRequire(statement) !== undefined).at(-1) : imports.at(-1);
      const anchor = after ?? directives().at(-1);
      if (anchor) return [fixer.insertTextAfter(anchor, `\n${line}`)];
      const first = body[0];
      return first ? [fixer.insertTextBefore(first, `${line}\n`)] : undefined;
    }

    /** Declared at the top of the file: in the global scope, or the module's or CommonJS's function scope inside it. */
    function isDeclared(name: string): boolean {
      const scopes = sourceCode.scopeManager?.scopes.filter((scope) => scope.block === sourceCode.ast) ?? [];
      return scopes.some((scope) => {
        const variable = scope.set.get(name);
        return variable !== undefined && !variable.defs.every((def) => def.type === 'ImportBinding');
      });
    }

    /** Judges each value the property may send, and reports (and wraps) only the plain or weak ones. */
    function check(key: string, entry: ObjectEntry): void {
      for (const branch of branches(entry.value)) {
        const { verdict, algorithm, partlyHashed } = judge(branch);
        if ((verdict !== 'plain' && verdict !== 'weak') || reported.has(branch)) continue;
        reported.add(branch);
        if (verdict === 'weak') {
          context.report({ node: branch, messageId: 'weakHash', data: { key, algorithm: `\`${algorithm ?? 'a weak hash'}\`` } });
          continue;
        }
        const text = sourceCode.getText(branch);
        const hasher = options.hasher;
        const { property } = entry;
        context.report({
          node: branch,
          messageId: 'plainEmail',
          data: { key, example: text.length <= 30 && !text.includes('\n') ? text : 'email' },
          // A constant with a hashed branch is not wrapped: that branch would be hashed twice.
          fix:
            hasher && !partlyHashed
              ? (fixer) => {
                  const imported = importFixes(fixer, hasher);
                  if (!imported) return null;
                  const wrapped = `${hasher.name}(${text})`;
                  const wrap =
                    property.shorthand && branch === property.value
                      ? fixer.replaceText(property, `${sourceCode.getText(property.key)}: ${wrapped}`)
                      : fixer.replaceText(branch, wrapped);
                  return [wrap, ...imported];
                }
              : null,
        });
      }
    }

    return onTrackingCalls(context, {
      track(call) {
        const found = argumentAt(context, call.node, call.shape.properties);
        if (found.state !== 'present' || !found.value) return;
        const shape = resolveObject(context, found.value);
        if (!shape) return;
        for (const [key, entry] of shape.entries) {
          if (keyWords.has(wordKey(key))) check(key, entry);
        }
      },
    });
  },
});
