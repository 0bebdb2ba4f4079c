import { AST_NODE_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import { createRule } from '../create-rule.js';
import { getSettings } from '../settings.js';
import { constantInit, type ObjectEntry, resolveObject, unwrap } from '../static-values.js';
import { argumentAt, onTrackingCalls } from '../tracking-calls.js';

export type MessageIds = 'plainEmail' | 'weakHash';
export type Options = [{ properties?: string[]; hasher?: { name: string; import: string } }];

/** A name that says its value is hashed, or a function that hashes. */
const hashWords = /hash|sha-?(?:224|256|384|512|3)|hmac|digest|blake|argon|scrypt|bcrypt|pbkdf/i;
/** Hashes that are quickly reversed for e-mail addresses (tables of known addresses' digests). */
const weakWords = /md5|sha-?1(?!\d)/i;
/** Methods that pass their receiver's hashed-ness on: `digest.toString('hex')`. */
const passThrough = new Set(['toString', 'toUpperCase', 'toLowerCase', 'trim', 'slice', 'substring', 'padStart']);

type Verdict = 'hashed' | 'weak' | 'plain' | 'unknown';

function worst(a: Verdict, b: Verdict): Verdict {
  const order: Verdict[] = ['weak', 'plain', 'unknown', 'hashed'];
  return order[Math.min(order.indexOf(a), order.indexOf(b))]!;
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
              name: { type: 'string', description: 'The function name, e.g. `hashEmail`.' },
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
    const hashFunctions = new Set(settings.hashFunctions);
    const keys = ['invitee_email', ...(options.properties ?? [])];
    const reported = new Set<TSESTree.Node>();
    const sourceCode = context.sourceCode;

    function judgeCall(call: TSESTree.CallExpression, depth: number): { verdict: Verdict; algorithm?: string } {
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
        const algorithm = stringArgument(call);
        if (algorithm && weakWords.test(algorithm)) return { verdict: 'weak', algorithm };
        return { verdict: 'hashed' };
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
          return stringArgument(expression);
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

    function judge(node: TSESTree.Node, depth = 0): { verdict: Verdict; algorithm?: string } {
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
          if (hashWords.test(expression.name)) return { verdict: weakWords.test(expression.name) ? 'weak' : 'hashed', algorithm: expression.name };
          const init = constantInit(context, expression);
          return init ? judge(init, depth + 1) : { verdict: 'plain' };
        }
        case AST_NODE_TYPES.MemberExpression: {
          const name = calleeName(expression);
          if (name && hashWords.test(name)) return { verdict: weakWords.test(name) ? 'weak' : 'hashed', algorithm: name };
          return { verdict: 'plain' };
        }
        case AST_NODE_TYPES.ConditionalExpression: {
          const a = judge(expression.consequent, depth + 1);
          const b = judge(expression.alternate, depth + 1);
          return worst(a.verdict, b.verdict) === a.verdict ? a : b;
        }
        case AST_NODE_TYPES.LogicalExpression: {
          const a = judge(expression.left, depth + 1);
          const b = judge(expression.right, depth + 1);
          return worst(a.verdict, b.verdict) === a.verdict ? a : b;
        }
        default:
          return { verdict: 'unknown' };
      }
    }

    /** The quote the file uses for module names (or its first string), for the import the fix adds. */
    function quoteMark(): string {
      for (const statement of sourceCode.ast.body) {
        if (statement.type === AST_NODE_TYPES.ImportDeclaration) return sourceCode.getText(statement.source)[0] === '"' ? '"' : "'";
      }
      const firstString = sourceCode.ast.tokens?.find((token) => token.type === 'String');
      return firstString?.value.startsWith('"') ? '"' : "'";
    }

    /** The edit that makes `hasher.name` available in this file, or nothing when it already is. */
    function importFix(fixer: TSESLint.RuleFixer, hasher: { name: string; import: string }): TSESLint.RuleFix | undefined {
      const body = sourceCode.ast.body;
      const imports = body.filter((statement): statement is TSESTree.ImportDeclaration => statement.type === AST_NODE_TYPES.ImportDeclaration);
      const alreadyImported = imports.some((declaration) =>
        declaration.specifiers.some((specifier) => specifier.local.name === hasher.name),
      );
      if (alreadyImported || isDeclared(hasher.name)) return undefined;
      const quote = quoteMark();
      const fromModule = imports.find(
        (declaration) =>
          declaration.source.value === hasher.import &&
          declaration.importKind !== 'type' &&
          declaration.specifiers.length > 0 &&
          declaration.specifiers.every((specifier) => specifier.type === AST_NODE_TYPES.ImportSpecifier),
      );
      if (fromModule) return fixer.insertTextAfter(fromModule.specifiers[fromModule.specifiers.length - 1]!, `, ${hasher.name}`);
      const commonJs = imports.length === 0 && sourceCode.ast.sourceType !== 'module';
      const line = commonJs
        ? `const { ${hasher.name} } = require(${quote}${hasher.import}${quote});`
        : `import { ${hasher.name} } from ${quote}${hasher.import}${quote};`;
      const lastImport = imports[imports.length - 1];
      if (lastImport) return fixer.insertTextAfter(lastImport, `\n${line}`);
      const directives = body.filter(
        (statement) => statement.type === AST_NODE_TYPES.ExpressionStatement && statement.directive !== undefined,
      );
      const lastDirective = directives[directives.length - 1];
      if (lastDirective) return fixer.insertTextAfter(lastDirective, `\n${line}`);
      const first = body[0];
      return first ? fixer.insertTextBefore(first, `${line}\n`) : undefined;
    }

    /** Declared at the top of the file: in the global scope, or the module's or CommonJS's function scope inside it. */
    function isDeclared(name: string): boolean {
      const scopes = sourceCode.scopeManager?.scopes.filter((scope) => scope.block === sourceCode.ast) ?? [];
      return scopes.some((scope) => {
        const variable = scope.set.get(name);
        return variable !== undefined && !variable.defs.every((def) => def.type === 'ImportBinding');
      });
    }

    function check(key: string, entry: ObjectEntry): void {
      const { verdict, algorithm } = judge(entry.value);
      if ((verdict !== 'plain' && verdict !== 'weak') || reported.has(entry.value)) return;
      reported.add(entry.value);
      if (verdict === 'weak') {
        context.report({ node: entry.value, messageId: 'weakHash', data: { key, algorithm: `\`${algorithm ?? 'a weak hash'}\`` } });
        return;
      }
      const text = sourceCode.getText(entry.value);
      const hasher = options.hasher;
      const { property } = entry;
      context.report({
        node: entry.value,
        messageId: 'plainEmail',
        data: { key, example: text.length <= 30 && !text.includes('\n') ? text : 'email' },
        fix: hasher
          ? (fixer) => {
              const wrapped = `${hasher.name}(${text})`;
              const edits = [
                property.shorthand
                  ? fixer.replaceText(property, `${sourceCode.getText(property.key)}: ${wrapped}`)
                  : fixer.replaceText(entry.value, wrapped),
              ];
              const added = importFix(fixer, hasher);
              if (added) edits.push(added);
              return edits;
            }
          : null,
      });
    }

    return onTrackingCalls(context, {
      track(call) {
        const found = argumentAt(context, call.node, call.shape.properties);
        if (found.state !== 'present' || !found.value) return;
        const shape = resolveObject(context, found.value);
        if (!shape) return;
        for (const key of keys) {
          const entry = shape.entries.get(key);
          if (entry) check(key, entry);
        }
      },
    });
  },
});
