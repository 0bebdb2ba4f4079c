import { AST_NODE_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import { ensureImport } from '../call-edits.js';
import { createRule } from '../create-rule.js';
import { splitWords, wordKey } from '../event-words.js';
import { calleePath, hashFunctionPaths, hashWords, isListedHashFunction, nameVerdict, weakWords } from '../hashing.js';
import { getSettings, perSettingsAndOptions, type ResolvedSettings } from '../settings.js';
import { constantInit, literalValue, type ObjectEntry, resolveObject, singleString, unwrap, variableOf } from '../static-values.js';
import { findPlanEvent, findSynonym, type Plan } from '../plan.js';
import { argumentAt, calleeName, eventNamesOf, onTrackingCalls, type TrackingCall } from '../tracking-calls.js';

export type MessageIds = 'plainEmail' | 'plainPersonalData' | 'weakHash';
type Context = Readonly<TSESLint.RuleContext<string, readonly unknown[]>>;
export type Options = [{ properties?: string[]; hasher?: { name: string; import: string } }];

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
  /** Of those, the ones that must be hashed only because the plan marks them as personal data. */
  planOnly: Set<string>;
}
/** Made once per settings and options object (see perSettingsAndOptions). */
const namesCache = new WeakMap<object, WeakMap<object, Names>>();
function namesFor(settings: ResolvedSettings, options: Options[0]): Names {
  return perSettingsAndOptions(namesCache, settings, options, () => ({
    // The configured hasher hashes, whatever its name says: else its own fix would be reported and wrapped again.
    // An entry is a name or a member path (`utils.pseudo`), matched by the names a callee ends with.
    hashFunctions: hashFunctionPaths([...settings.hashFunctions, ...(options.hasher ? [options.hasher.name] : [])]),
    // Keys by their words: `inviteeEmail`, `InviteeEmail` and `invitee-email` name `invitee_email` too.
    // And every property the plan marks as personal data (`pii: true`).
    keyWords: new Set(['invitee_email', ...(options.properties ?? []), ...settings.plan.personalData].map(wordKey)),
    planOnly: new Set([...settings.plan.personalData].map(wordKey).filter((words) => !['invitee_email', ...(options.properties ?? [])].map(wordKey).includes(words))),
  }));
}

/** Words of an event name that say it is about an invitation: "Invite Sent", "Team Member Invitation Sent", "userInvited". */
const inviteWords = new Set(['invite', 'invites', 'invited', 'inviting', 'invitation', 'invitations', 'reinvite', 'reinvited', 'invitee', 'invitees']);
/** Words that say the invitee has accepted and is a user now, whose address is their own: "Invite Accepted", "Invitation Redeemed". */
const acceptedWords = new Set(['accept', 'accepted', 'joined', 'redeemed', 'claimed', 'signed', 'registered', 'activated']);
/**
 * Words of a key or a value's name that make the address someone's other than
 * the invitee's: the inviter's (`inviter_email`, `invited_by_email`,
 * `sender.email`), the signed-in user's (`currentUser.email`, `me.email`).
 */
const otherPartyWords = new Set(['inviter', 'inviters', 'by', 'from', 'sender', 'referrer', 'owner', 'admin', 'actor', 'author', 'creator', 'host', 'current', 'me', 'my', 'self', 'session', 'auth', 'viewer']);

/** A name whose words end in `email` (`email`, `work_email`, `recipientEmail`, `emailAddress`). */
function saysEmail(words: readonly string[]): boolean {
  const last = words[words.length - 1];
  return last === 'email' || (last === 'address' && words[words.length - 2] === 'email');
}

/** The names a value is read through, `invite.email` → invite, email, inside `.trim()` / `.toLowerCase()`; undefined for anything else. */
function valuePath(node: TSESTree.Node): string[] | undefined {
  let expression = unwrap(node);
  while (expression.type === AST_NODE_TYPES.CallExpression) {
    const callee = unwrap(expression.callee);
    if (callee.type !== AST_NODE_TYPES.MemberExpression || !passThrough.has(calleeName(callee) ?? '')) return undefined;
    expression = unwrap(callee.object);
  }
  if (expression.type !== AST_NODE_TYPES.Identifier && expression.type !== AST_NODE_TYPES.MemberExpression) return undefined;
  const path = calleePath(expression);
  return path.length > 0 ? path : undefined;
}

/** The name of a value that says it is an address, not a hashed one: `email`, `invite.email`, `form.inviteeEmail.trim()`. */
function emailNamed(node: TSESTree.Node): string | undefined {
  const last = valuePath(node)?.at(-1);
  return last !== undefined && saysEmail(splitWords(last)) && !nameVerdict(last) ? last : undefined;
}

/** Whether a value may be an address by its name alone, in any branch: `invite.email`, `a ? email : x`. */
function mayHoldEmail(node: TSESTree.Node): boolean {
  return branches(node).some((branch) => emailNamed(branch) !== undefined);
}

/** Whether names speak of the inviter or the signed-in user: any word of them (`inviter`, `currentUser`, `me`), or `user` alone. */
function namesOtherParty(names: readonly string[], owner: readonly string[]): boolean {
  if (names.some((name) => splitWords(name).some((word) => otherPartyWords.has(word)))) return true;
  return owner.length === 1 && owner[0] === 'user';
}

/**
 * A value read from someone other than the invitee: the inviter or the
 * signed-in user (`inviter.email`, `currentUser.email`, `session.user.email`,
 * and a bare `user.email` / `userEmail`, which in invite code is as often the
 * inviter as the invitee), also through a destructuring of them
 * (`const { email } = useUser()`, `const { email } = session.user`).
 */
function isOtherPartys(context: Context, node: TSESTree.Node): boolean {
  const path = valuePath(node);
  if (!path) return false;
  const last = path[path.length - 1]!;
  if (namesOtherParty(path, path.length > 1 ? splitWords(path[path.length - 2]!) : splitWords(last).slice(0, -1))) return true;
  let root = unwrap(node);
  while (root.type === AST_NODE_TYPES.CallExpression || root.type === AST_NODE_TYPES.MemberExpression) {
    root = unwrap(root.type === AST_NODE_TYPES.CallExpression ? root.callee : root.object);
  }
  if (root.type !== AST_NODE_TYPES.Identifier || path.length !== 1) return false;
  const variable = variableOf(context, root);
  const def = variable?.defs.length === 1 ? variable.defs[0]! : undefined;
  if (def?.node.type !== AST_NODE_TYPES.VariableDeclarator || def.node.id.type !== AST_NODE_TYPES.ObjectPattern || !def.node.init) return false;
  let source = unwrap(def.node.init);
  if (source.type === AST_NODE_TYPES.AwaitExpression) source = unwrap(source.argument);
  // `useUser()`, `useCurrentUser()`, `getSession()`, `useAuth()`: what the app knows of its signed-in user.
  if (source.type === AST_NODE_TYPES.CallExpression) {
    const name = calleeName(source.callee);
    return name !== undefined && splitWords(name).some((word) => word === 'user' || otherPartyWords.has(word));
  }
  const sourcePath = valuePath(source);
  return sourcePath !== undefined && namesOtherParty(sourcePath, splitWords(sourcePath[sourcePath.length - 1]!));
}

/**
 * An event about an invitation that has not been accepted: its name says
 * invite or invitation (in any style, around any prefix), or it is a plan
 * event (or a plan synonym) with an `invitee_email` property. Every name a
 * call may send counts.
 */
function isInviteEvent(context: Context, call: TrackingCall, plan: Plan): boolean {
  const names = eventNamesOf(context, call);
  return (names?.values ?? []).some(({ value }) => {
    const planEvent = findPlanEvent(plan, value) ?? findSynonym(plan, value);
    if (planEvent && (planEvent.required?.includes('invitee_email') || planEvent.recommended?.includes('invitee_email') || planEvent.properties?.invitee_email)) return true;
    const words = splitWords(value);
    return words.some((word) => inviteWords.has(word)) && !words.some((word) => acceptedWords.has(word));
  });
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
      plainPersonalData: '`{{key}}` is sent in plain text; hash it (e.g. `{{hasher}}({{example}})`): the tracking plan marks it as personal data.',
      weakHash: '`{{key}}` is hashed with {{algorithm}}, which is quickly reversed for e-mail addresses; use SHA-256 or an HMAC.',
    },
  },
  create(context, [options]) {
    const settings = getSettings(context);
    const { hashFunctions, keyWords, planOnly } = namesFor(settings, options);
    const reported = new Set<TSESTree.Node>();
    const sourceCode = context.sourceCode;

    function isHashFunction(callee: TSESTree.Node): boolean {
      return isListedHashFunction(callee, hashFunctions);
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
    /** `include`: which values of the property are the invitee's address (all, for a key that must be hashed on every event). */
    function check(key: string, entry: ObjectEntry, include?: (branch: TSESTree.Node) => boolean, messageId: 'plainEmail' | 'plainPersonalData' = 'plainEmail'): void {
      for (const branch of branches(entry.value)) {
        if (include && !include(branch)) continue;
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
          messageId,
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
        let invite: boolean | undefined;
        for (const [key, entry] of shape.entries) {
          if (keyWords.has(wordKey(key))) {
            check(key, entry, undefined, planOnly.has(wordKey(key)) ? 'plainPersonalData' : 'plainEmail');
            continue;
          }
          // On an invite event, the address is the invitee's under any key that is not someone else's:
          // every value of an e-mail key, and a value named for an address under another key.
          // Whether the event is an invite is asked once per call, before anything about its other keys.
          invite ??= isInviteEvent(context, call, settings.plan);
          if (!invite) continue;
          const words = splitWords(key);
          if (words.some((word) => otherPartyWords.has(word)) || nameVerdict(key)) continue;
          const emailKey = saysEmail(words);
          if (!emailKey && !mayHoldEmail(entry.value)) continue;
          check(key, entry, emailKey ? (branch) => !isOtherPartys(context, branch) : (branch) => !isOtherPartys(context, branch) && emailNamed(branch) !== undefined);
        }
      },
    });
  },
});
