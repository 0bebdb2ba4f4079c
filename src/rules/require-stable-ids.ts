import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/utils';
import { createRule } from '../create-rule.js';
import { splitWords } from '../event-words.js';
import { hashFunctionPaths, isListedHashFunction, nameVerdict } from '../hashing.js';
import { getSettings, type ResolvedSettings } from '../settings.js';
import { isWithin, knownString, type Lookup, resolveObject, sendsNothing, unwrap, valueBranches } from '../static-values.js';
import { argumentAt, calleeName, onTrackingCalls, propertiesOf, type TrackingCall } from '../tracking-calls.js';
import { hasTypeInformation, typedStringValues } from '../type-info.js';

export type MessageIds = 'email' | 'slug' | 'name' | 'empty' | 'missing';
export type Options = [];

type Entity = 'user' | 'account';
type Node = TSESTree.Node;
/** What a value is, where it is not a stable id; undefined where it may be one (or cannot be seen). */
type Problem = 'email' | 'slug' | 'name' | 'empty' | 'missing';
/** Values a place may take without being reported: no id at all, or an empty one, where the SDK then sends the call anonymously. */
type Allowances = { allowMissing?: boolean; allowEmpty?: boolean };

/** Methods that return what their receiver is, as an id: `user.email.toLowerCase()` is still the address. */
const passThrough = new Set(['toString', 'toLowerCase', 'toUpperCase', 'toLocaleLowerCase', 'toLocaleUpperCase', 'trim', 'normalize']);

/**
 * What a name says its value is: `email`, `userEmail`, `invitee_email`,
 * `emailAddress` an address; `slug`, `workspaceSlug` a slug; `name`,
 * `accountName` a display name (only for an account id: a user's `userName`
 * or `username` is as often the login the app knows the user by). A name that
 * says it is hashed (`emailHash`, `hashed_email`) is none of these.
 */
function problemOfName(name: string, entity: Entity): Problem | undefined {
  if (nameVerdict(name)) return undefined;
  const words = splitWords(name);
  const last = words[words.length - 1];
  if (last === 'email' || (last === 'address' && words[words.length - 2] === 'email')) return 'email';
  if (last === 'slug') return 'slug';
  if (last === 'name' && entity === 'account') return 'name';
  return undefined;
}

/** A function whose name says what it returns: `getEmail()`, `getWorkspaceSlug()`, `slugify(…)`. */
function problemOfCallee(name: string, entity: Entity): Problem | undefined {
  if (nameVerdict(name)) return undefined;
  const words = splitWords(name);
  if (words.includes('slugify')) return 'slug';
  return words[0] === 'get' && words.length > 1 ? problemOfName(words.slice(1).join('_'), entity) : undefined;
}

/** The `hashFunctions` setting as paths of names, made once per settings object. */
const hashPathsCache = new WeakMap<ResolvedSettings, string[][]>();

export default createRule<Options, MessageIds>({
  name: 'require-stable-ids',
  meta: {
    type: 'problem',
    languages: ['js/js'],
    docs: {
      description: 'Require user and account ids to be stable identifiers, not e-mail addresses, slugs or names',
      recommended: true,
    },
    schema: [],
    messages: {
      email:
        "{{place}} is an e-mail address (`{{value}}`); send the {{entity}}'s stable id from your database instead. An address changes and is personal data: events sent under it do not join the {{entity}}'s other events.",
      slug: "{{place}} is a slug (`{{value}}`); send the {{entity}}'s stable id from your database instead. A slug changes when the {{entity}} is renamed: events sent under the old one no longer join the {{entity}}.",
      name: "{{place}} is a name (`{{value}}`); send the account's stable id from your database instead. Names change and are not unique: events sent under one do not join the account.",
      empty: "{{place}} is an empty string; send the {{entity}}'s stable id. Events sent with an empty id join no {{entity}}.",
      missing: "{{place}} is `{{value}}`; send the {{entity}}'s stable id. Events sent without an id join no {{entity}}.",
    },
  },
  create(context) {
    const settings = getSettings(context);
    const hashFunctions = hashPathsCache.get(settings) ?? hashFunctionPaths(settings.hashFunctions);
    hashPathsCache.set(settings, hashFunctions);
    const reported = new Set<string>();
    /** Amplitude calls a group's id its "group name" (`setGroup(groupType, groupName)`): there `groupName` is the id. */
    let amplitudeCall = false;

    function problemOfNameHere(name: string, entity: Entity): Problem | undefined {
      if (amplitudeCall && splitWords(name).join(' ') === 'group name') return undefined;
      return problemOfName(name, entity);
    }

    /** What one branch of a value is, as far as its text, its names and (with type information) its type show. */
    function problemOf(node: Node, entity: Entity, depth = 0): Problem | undefined {
      if (depth > 8) return undefined;
      const expression = unwrap(node);
      switch (expression.type) {
        case AST_NODE_TYPES.Literal:
          if (typeof expression.value === 'string') return problemOfText(expression.value);
          return expression.raw === 'null' ? 'missing' : undefined;
        case AST_NODE_TYPES.TemplateLiteral: {
          const text = expression.quasis.map((quasi) => quasi.value.cooked ?? '').join('');
          if (expression.expressions.length === 0) return problemOfText(text);
          // `${user.email}` is the address; text around values is an address only with an `@` in it or in a value.
          if (expression.expressions.length === 1 && text === '') return problemOf(expression.expressions[0]!, entity, depth + 1);
          return text.includes('@') || expression.expressions.some((part) => problemOf(part, entity, depth + 1) === 'email') ? 'email' : undefined;
        }
        case AST_NODE_TYPES.BinaryExpression: {
          // `'user:' + user.email` is built from the address.
          if (expression.operator !== '+') return undefined;
          return [expression.left, expression.right].some((part) => problemOf(part, entity, depth + 1) === 'email') ? 'email' : undefined;
        }
        case AST_NODE_TYPES.UnaryExpression:
          return sendsNothing(expression) ? 'missing' : undefined;
        case AST_NODE_TYPES.AwaitExpression:
          return problemOf(expression.argument, entity, depth + 1);
        case AST_NODE_TYPES.Identifier:
          if (expression.name === 'undefined') return 'missing';
          return problemOfNameHere(expression.name, entity) ?? problemOfType(expression);
        case AST_NODE_TYPES.MemberExpression: {
          const name = calleeName(expression);
          return (name === undefined ? undefined : problemOfNameHere(name, entity)) ?? problemOfType(expression);
        }
        case AST_NODE_TYPES.CallExpression: {
          const callee = unwrap(expression.callee);
          const name = calleeName(callee);
          if (name === undefined || isListedHashFunction(callee, hashFunctions)) return undefined;
          if (passThrough.has(name) && callee.type === AST_NODE_TYPES.MemberExpression) return problemOf(callee.object, entity, depth + 1);
          // `String(user.email)`: the global conversion sends its argument.
          if (name === 'String' && callee.type === AST_NODE_TYPES.Identifier && expression.arguments[0]) {
            return problemOf(expression.arguments[0], entity, depth + 1);
          }
          return problemOfCallee(name, entity);
        }
        default:
          return undefined;
      }
    }

    function problemOfText(text: string): Problem | undefined {
      if (text.trim() === '') return 'empty';
      return text.includes('@') ? 'email' : undefined;
    }

    /** With type information, a value whose type is only `''`, or an address written as a literal type. */
    function problemOfType(node: Node): Problem | undefined {
      if (!hasTypeInformation(context)) return undefined;
      const values = typedStringValues(context, node);
      if (!values || values.values.length === 0) return undefined;
      if (values.values.some((value) => value.includes('@'))) return 'email';
      return !values.nullable && values.values.every((value) => value.trim() === '') ? 'empty' : undefined;
    }

    /** How the value is shown in the message: its text when short (a template without its backticks), else its last name. */
    function shown(node: Node): string {
      const expression = unwrap(node);
      let text = context.sourceCode.getText(node);
      if (expression === node && expression.type === AST_NODE_TYPES.TemplateLiteral) text = text.slice(1, -1);
      if (text.length <= 40 && !/[\n`]/.test(text)) return text;
      const name = expression.type === AST_NODE_TYPES.Identifier || expression.type === AST_NODE_TYPES.MemberExpression ? calleeName(expression) : undefined;
      return name ?? '…';
    }

    function report(node: Node, at: Node, messageId: MessageIds, place: string, entity: Entity): void {
      const key = `${at.range[0]}:${at.range[1]}:${messageId}:${place}`;
      if (reported.has(key)) return;
      reported.add(key);
      context.report({ node: at, messageId, data: { place, entity, value: shown(node) } });
    }

    /**
     * Judges a value sent as an id: its first e-mail, slug or name branch is
     * reported, once for the place however many branches are such values
     * (`userEmail ?? viewerEmail` is one id sent wrong); an empty or missing
     * value only when every branch is (a fallback such as `user?.id ?? ''`
     * stands for "no user", not for an id).
     */
    function checkValue(call: TrackingCall, value: Node, place: string, entity: Entity, { allowMissing = false, allowEmpty = false }: Allowances = {}): void {
      const branches = valueBranches(context, value);
      const problems = branches.map((branch) => problemOf(branch, entity));
      // Where the call's text holds the value, the report points at it; a value held in a constant elsewhere, at the call's own text.
      const within = isWithin(value, call.node) ? value : call.node;
      const at = (branch: Node) => (isWithin(branch, call.node) ? branch : within);
      const first = problems.findIndex((problem) => problem === 'email' || problem === 'slug' || problem === 'name');
      if (first >= 0) {
        report(branches[first]!, at(branches[first]!), problems[first]!, place, entity);
        return;
      }
      if (problems.length > 0 && problems.every((problem) => problem === 'empty' || problem === 'missing')) {
        const messageId = problems.includes('empty') ? 'empty' : 'missing';
        if ((messageId === 'missing' && allowMissing) || (messageId === 'empty' && allowEmpty)) return;
        report(value, within, messageId, place, entity);
      }
    }

    /** The value at an argument path, judged; `undefined` or `null` written there counts as a value that sends no id. */
    function checkAt(call: TrackingCall, found: Lookup, place: string, entity: Entity, options: Allowances = {}): void {
      if (found.state === 'absent') {
        if (found.written && !options.allowMissing) checkValue(call, found.written, place, entity);
        return;
      }
      if (found.state !== 'present') return;
      if (found.value) {
        checkValue(call, found.value, place, entity, options);
      } else if (knownString(context, found) === '') {
        // A key known only from a type, whose type is the empty string.
        const at = found.typedIn && isWithin(found.typedIn, call.node) ? found.typedIn : call.node;
        report(at, at, 'empty', place, entity);
      }
    }

    /** The user id of a call; empty or missing is fine where the SDK takes the call without one. */
    function checkUserId(call: TrackingCall): void {
      const path = call.shape.userId;
      if (path === undefined) return;
      // `{ userId: '', anonymousId }`: the server SDKs send the event under the anonymous id.
      const anonymous = path.endsWith('.userId') ? argumentAt(context, call.node, `${path.slice(0, -'userId'.length)}anonymousId`).state !== 'absent' : false;
      // Segment's and RudderStack's browser identify takes traits without an id (`identify(null, traits)`): the anonymous user's.
      const traitsOnly =
        call.kind === 'identify' && call.platform === 'browser' && call.sdk?.browserObjectForm?.identify !== undefined && argumentAt(context, call.node, call.shape.traits).state !== 'absent';
      const found = argumentAt(context, call.node, path);
      if (anonymous && found.state === 'absent') return;
      if (anonymous || traitsOnly) {
        // Only what is sent as an id: a missing one (and beside an anonymous id, an empty one) leaves the call anonymous.
        if (found.state === 'present' && found.value) checkValue(call, found.value, 'The user id', 'user', { allowMissing: true, allowEmpty: anonymous });
        return;
      }
      checkAt(call, found, 'The user id', 'user');
    }

    /** Each id a call's group context names: the id itself (`context.groupId`), or each value of a groups object (`$groups`, `groups`). */
    function checkGroupContext(call: TrackingCall): void {
      for (const path of call.shape.groupContext ?? []) {
        const found = argumentAt(context, call.node, path);
        if (found.state !== 'present' || !found.value) continue;
        const shape = resolveObject(context, found.value);
        if (!shape?.node) {
          if (!shape) checkValue(call, found.value, 'The account id', 'account', { allowMissing: true });
          continue;
        }
        for (const [key, entry] of shape.entries) {
          if (!sendsNothing(entry.value)) checkValue(call, entry.value, `The account id in \`${key}\``, 'account');
        }
      }
    }

    return onTrackingCalls(context, {
      identify(call) {
        amplitudeCall = call.sdk?.id === 'amplitude';
        checkUserId(call);
      },
      group(call) {
        amplitudeCall = call.sdk?.id === 'amplitude';
        checkUserId(call);
        if (call.shape.groupId !== undefined) checkAt(call, argumentAt(context, call.node, call.shape.groupId), 'The account id', 'account');
      },
      track(call) {
        amplitudeCall = call.sdk?.id === 'amplitude';
        checkUserId(call);
        checkGroupContext(call);
        for (const key of settings.groupProperties) {
          const found = propertiesOf(context, call, key);
          // A property written `undefined` sends no key at all: require-group-context's concern.
          if (found.state === 'present') checkAt(call, found, `The account id in \`${key}\``, 'account');
        }
      },
    });
  },
});
