import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/utils';
import { ensureImport } from '../call-edits.js';
import { createRule } from '../create-rule.js';
import { splitWords, wordKey } from '../event-words.js';
import { getSettings, perSettingsAndOptions, type ResolvedSettings } from '../settings.js';
import { constantInit, literalValue, type ObjectEntry, resolveObject, singleString, unwrap, variableOf } from '../static-values.js';
import { argumentAt, calleeName, onTrackingCalls } from '../tracking-calls.js';

export type MessageIds = 'plainEmail' | 'weakHash';
export type Options = [{ properties?: string[]; hasher?: { name: string; import: string } }];

/** A name that says its value is hashed, or a function that hashes. */
const hashWords = /hash|sha-?(?:224|256|384|512|3)|hmac|digest|blake|argon|scrypt|bcrypt|pbkdf/i;
/** Hashes that are quickly reversed for e-mail addresses (tables of known addresses' digests). */
const weakWords = /md5|sha-?1(?!\d)/i;
/** Words in a name that say its value is not hashed, though it mentions hashing: `unhashedEmail`, `plainEmailHash`. */
const notHashedWords = /(?:^| )(?:(?:un|non|not) ?hashed|plain(?:text)?|raw|clear(?:text)?)(?: |$)/;
/** Methods that send what their receiver is, whatever that is: `digest.toString('hex')`, `email.trim()`. */
const passThrough = new Set(['toString', 'toUpperCase', 'toLowerCase', 'trim', 'slice', 'substring', 'padStart']);

/** `none`: no address at all (an empty string, `undefined`). */
type Verdict = 'hashed' | 'weak' | 'plain' | 'unknown' | 'none';
/** `partlyHashed`: some branch behind a constant is hashed, so wrapping the constant would hash that branch twice. */
type Judgement = { verdict: Verdict; algorithm?: string; partlyHashed?: boolean };

const severity: Verdict[] = ['weak', 'plain', 'unknown', 'none', 'hashed'];

/** A value that is one of two: judged by the worse, remembering whether either is hashed. */
function either(a: Judgement, b: Judgement): Judgement {
  const worse = severity.indexOf(a.verdict) <= severity.indexOf(b.verdict) ? a : b;
  const partlyHashed = [a, b].some((side) => side.verdict === 'hashed' || side.partlyHashed === true);
  return { ...worse, partlyHashed };
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

/** The static names a callee ends with: `this.utils.pseudo` → this, utils, pseudo; `make().utils.pseudo` → utils, pseudo. */
function calleePath(callee: TSESTree.Node): string[] {
  const names: string[] = [];
  for (let current = unwrap(callee); ; ) {
    if (current.type === AST_NODE_TYPES.Identifier) return [current.name, ...names];
    if (current.type === AST_NODE_TYPES.ThisExpression) return ['this', ...names];
    const name = current.type === AST_NODE_TYPES.MemberExpression ? calleeName(current) : undefined;
    if (current.type !== AST_NODE_TYPES.MemberExpression || name === undefined) return names;
    names.unshift(name);
    current = unwrap(current.object);
  }
}

/**
 * The parts of a string built from pieces that are not text of their own:
 * the expressions of a template, the operands of a `+` chain that are not
 * string literals (`'mailto:' + email` → `email`).
 */
function builtFrom(expression: TSESTree.Node): TSESTree.Node[] | undefined {
  if (expression.type === AST_NODE_TYPES.TemplateLiteral) return expression.expressions;
  if (expression.type !== AST_NODE_TYPES.BinaryExpression || expression.operator !== '+') return undefined;
  return [expression.left, expression.right].flatMap((side) => {
    const part = unwrap(side);
    if (part.type === AST_NODE_TYPES.PrivateIdentifier) return [];
    const inner = part.type === AST_NODE_TYPES.BinaryExpression ? builtFrom(part) : undefined;
    if (inner) return inner;
    const isText = (part.type === AST_NODE_TYPES.Literal && typeof part.value === 'string') || (part.type === AST_NODE_TYPES.TemplateLiteral && part.expressions.length === 0);
    return isText ? [] : [part];
  });
}

interface Names {
  /** Hash functions as paths of names: a callee ending with one hashes. */
  hashFunctions: string[][];
  /** The keys that must be hashed, by their words. */
  keyWords: Set<string>;
}
/** Made once per settings and options object (see perSettingsAndOptions). */
const namesCache = new WeakMap<object, WeakMap<object, Names>>();
function namesFor(settings: ResolvedSettings, options: Options[0]): Names {
  return perSettingsAndOptions(namesCache, settings, options, () => ({
    // The configured hasher hashes, whatever its name says: else its own fix would be reported and wrapped again.
    // An entry is a name or a member path (`utils.pseudo`), matched by the names a callee ends with.
    hashFunctions: [...settings.hashFunctions, ...(options.hasher ? [options.hasher.name] : [])].map((entry) => entry.split('.').map((name) => name.trim())),
    // Keys by their words: `inviteeEmail`, `InviteeEmail` and `invitee-email` name `invitee_email` too.
    keyWords: new Set(['invitee_email', ...(options.properties ?? [])].map(wordKey)),
  }));
}

export default createRule<Options, MessageIds>({
  name: 'hash-invitee-email',
  meta: {
    type: 'problem',
    languages: ['js/js'],
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
      plainEmail: '`{{key}}` is sent in plain text; hash it (e.g. `{{hasher}}({{example}})`): the invitee has not agreed to be tracked.',
      weakHash: '`{{key}}` is hashed with {{algorithm}}, which is quickly reversed for e-mail addresses; use SHA-256 or an HMAC.',
    },
  },
  create(context, [options]) {
    const { hashFunctions, keyWords } = namesFor(getSettings(context), options);
    const reported = new Set<TSESTree.Node>();
    const sourceCode = context.sourceCode;

    function isHashFunction(callee: TSESTree.Node): boolean {
      const path = calleePath(callee);
      return hashFunctions.some((entry) => entry.length <= path.length && entry.every((name, index) => name === path[path.length - entry.length + index]));
    }

    /** A weak algorithm named by any string argument: `hash(email, 'md5')`, `createHash('sha1')`, `createHash(ALGO)`. */
    function weakArgument(call: TSESTree.CallExpression): string | undefined {
      for (const argument of call.arguments) {
        const value = singleString(context, argument);
        if (value !== undefined && weakWords.test(value)) return value;
      }
      return undefined;
    }

    function judgeCall(call: TSESTree.CallExpression, depth: number): Judgement {
      const callee = unwrap(call.callee);
      const name = calleeName(callee);
      if (name !== undefined) {
        if (isHashFunction(callee)) return { verdict: 'hashed' };
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
      }
      // `Buffer.from(digest)`, `Array.from(bytes)`: a global namespace is not a value that is sent.
      const receiver = callee.type === AST_NODE_TYPES.MemberExpression && !isGlobalName(callee.object) ? [callee.object] : [];
      return conversion([...receiver, ...call.arguments], name === undefined ? 'unknown' : 'plain', depth);
    }

    /** An identifier the file does not declare (`Buffer`, `Array`, `String`). */
    function isGlobalName(node: TSESTree.Node): boolean {
      const expression = unwrap(node);
      return expression.type === AST_NODE_TYPES.Identifier && !variableOf(context, expression)?.defs.length;
    }

    /**
     * What a call or `new` that does not hash sends: a conversion of a hashed
     * value is hashed (`toHex(digest)`, `Buffer.from(digest, 'hex')`,
     * `bytes.map(…).join('')`, `String(emailHash)`), of a weak one weak;
     * one that is also given a plain value (`buildInviteLink(invite.email,
     * invite.tokenHash)`) sends that value, and is plain; else `otherwise`
     * (`normalize(email)` is plain). Text written in the call (`'hex'`, `':'`)
     * is an option or a separator, not an address.
     */
    function conversion(inputs: readonly TSESTree.Node[], otherwise: Verdict, depth: number): Judgement {
      let hashed: Judgement | undefined;
      let partlyHashed = false;
      let plain = false;
      for (const input of inputs) {
        const judged = judge(input, depth + 1);
        if (judged.verdict === 'weak') return judged;
        if (judged.verdict === 'hashed') hashed ??= judged;
        if (judged.verdict === 'plain' && literalValue(input) === undefined) plain = true;
        partlyHashed ||= judged.partlyHashed === true;
      }
      // A hashed part must not be wrapped again by the fix: the call is reported without one.
      if (plain) return hashed || partlyHashed ? { verdict: 'plain', partlyHashed: true } : { verdict: 'plain' };
      return hashed ?? (partlyHashed ? { verdict: otherwise, partlyHashed } : { verdict: otherwise });
    }

    /** The algorithm named along a `createHash(...)` / `createHmac(...)` / `crypto.subtle.digest(...)` chain. */
    function chainAlgorithm(call: TSESTree.CallExpression): string | undefined {
      let current: TSESTree.Node = call;
      for (let step = 0; step < 8; step++) {
        const expression = unwrap(current);
        if (expression.type !== AST_NODE_TYPES.CallExpression) return undefined;
        const name = calleeName(expression.callee);
        if (name === 'createHash' || name === 'createHmac' || (name === 'digest' && isSubtle(expression))) {
          const first = expression.arguments[0];
          return weakArgument(expression) ?? (first && singleString(context, first));
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
        case AST_NODE_TYPES.NewExpression:
          return conversion(expression.arguments, 'unknown', depth);
        case AST_NODE_TYPES.Literal:
        case AST_NODE_TYPES.TemplateLiteral:
        case AST_NODE_TYPES.BinaryExpression: {
          // Text alone (`'ann' + '@example.com'`) is an address written out; an empty string is none.
          const text = singleString(context, expression);
          if (text !== undefined) return { verdict: text.trim() === '' ? 'none' : 'plain' };
          if (expression.type === AST_NODE_TYPES.Literal) return { verdict: expression.value === null ? 'none' : 'unknown' };
          // A string built around a value sends what that value is: `'mailto:' + email` sends the address.
          const parts = builtFrom(expression);
          if (!parts || parts.length === 0) return { verdict: 'unknown' };
          return parts.map((part) => judge(part, depth + 1)).reduce(either);
        }
        case AST_NODE_TYPES.Identifier: {
          if (expression.name === 'undefined') return { verdict: 'none' };
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
        // A long value, or one whose backticks would end the message's code span, is shown as `email`.
        const example = text.length <= 30 && !/[\n`]/.test(text) ? text : 'email';
        context.report({
          node: branch,
          messageId: 'plainEmail',
          data: { key, hasher: hasher?.name ?? 'sha256', example },
          // A constant with a hashed branch is not wrapped: that branch would be hashed twice.
          fix:
            hasher && !partlyHashed
              ? (fixer) => {
                  const imported = ensureImport(fixer, sourceCode, { name: hasher.name, from: hasher.import }, branch);
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
