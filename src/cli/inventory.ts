/**
 * The inventory of a code base's tracking calls, recorded by a rule that the
 * `b2b-tracking` command adds to the project's own lint: it asks the shared
 * layer the rules stand on (tracking-calls, static-values, groups) what each
 * call is, and writes it down. No second detector: what the rules recognise
 * is what the inventory lists.
 */
import path from 'node:path';
import { AST_NODE_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import { accountOnCall, groupSetBy, mayRememberGroup } from '../groups.js';
import type { Plan } from '../plan.js';
import { getSettings } from '../settings.js';
import type { CallKind, Platform } from '../sdks.js';
import { literalValue, type ObjectShape, resolveObject, shapeHas, typedValueAt, unwrap, valueBranches } from '../static-values.js';
import { argumentAt, eventNamesOf, onTrackingCalls, propertiesOf, type TrackingCall } from '../tracking-calls.js';

type Context = Readonly<TSESLint.RuleContext<string, readonly unknown[]>>;

/** A property's type as a plan writes it. */
export type PropertyType = 'string' | 'number' | 'integer' | 'boolean' | 'object' | 'array';

export interface SeenProperties {
  /** The keys the code shows, in the order written. */
  keys: string[];
  /** It may hold keys that cannot be seen (a spread of an unknown object, a value from elsewhere). */
  mayHaveMore: boolean;
  /** The type of the keys whose value is a literal (or, with type information, has a literal or primitive type). */
  types: Record<string, PropertyType>;
}

export type AccountState = 'carried' | 'remembered' | 'missing' | 'unknown';

/** One recognised call; a call whose event name has several branches (`a ? 'X' : 'Y'`) is one entry per branch. */
export interface InventoryEntry {
  /** Relative to the directory the command runs in, with `/`. */
  file: string;
  line: number;
  /** 1-based, as ESLint reports columns. */
  column: number;
  kind: CallKind;
  /** The SDK ("Segment", "PostHog", …), or the wrapper's callee as `callees` names it. */
  sdk: string;
  platform: Platform;
  /** The event name, or null when it cannot be known (and for calls other than track). */
  event: string | null;
  /** A track call's properties, an identify or group call's traits; null for reset. */
  properties: SeenProperties | null;
  /** Whether a track call carries its account; null for the other kinds. */
  account: AccountState | null;
}

/** What the recorder hands back: the calls, and the plan in effect for each linted file. */
export interface Collector {
  cwd: string;
  entries: InventoryEntry[];
  plans: Map<string, Plan>;
  /** Called as each file starts, for the progress line. */
  onFile?: () => void;
}

export function relativeFile(cwd: string, filename: string): string {
  return path.relative(cwd, filename).split(path.sep).join('/');
}

/** The rule that records each tracking call of a file into the collector. */
export function recorderRule(collector: Collector): TSESLint.RuleModule<never, []> {
  return {
    defaultOptions: [],
    meta: { type: 'problem', schema: [], messages: {} },
    create(context) {
      collector.onFile?.();
      // A block a processor took out of another file (Markdown's code blocks) has lines of its own: not app code, not listed.
      if (context.filename !== context.physicalFilename) return {};
      // Bad settings or plan stop the run here with the plugin's own message, as they stop the lint.
      const settings = getSettings(context);
      const file = relativeFile(collector.cwd, context.filename);
      collector.plans.set(file, settings.plan);
      const groupsSet = new Set<string>();
      const record = (call: TrackingCall, fields: Pick<InventoryEntry, 'event' | 'properties' | 'account'>) => {
        const { line, column } = call.node.loc.start;
        collector.entries.push({
          file,
          line,
          column: column + 1,
          kind: call.kind,
          sdk: call.sdk?.label ?? call.wrapper?.callee ?? call.label.replaceAll('`', ''),
          platform: call.platform,
          ...fields,
        });
      };
      const withTraits = (call: TrackingCall) => record(call, { event: null, properties: seenAt(context, argumentAt(context, call.node, call.shape.traits)), account: null });
      return onTrackingCalls(context, {
        track(call) {
          let account: AccountState = accountOnCall(context, call, settings);
          // A group the SDK remembers arrives whether or not what cannot be seen carries one too.
          if (account !== 'carried' && mayRememberGroup(call, settings, groupsSet)) account = 'remembered';
          const properties = seenAt(context, propertiesOf(context, call));
          for (const event of eventBranches(context, call)) record(call, { event, properties, account });
        },
        identify: withTraits,
        group(call) {
          const set = groupSetBy(call);
          if (set) groupsSet.add(set);
          withTraits(call);
        },
        reset: (call) => record(call, { event: null, properties: null, account: null }),
      });
    },
  };
}

/** Each name the event may have, and null once for any part that cannot be known (a value from elsewhere, a name built at run time). */
function eventBranches(context: Context, call: TrackingCall): (string | null)[] {
  const names = eventNamesOf(context, call);
  if (!names) return [null];
  const known = [...new Set(names.values.map((value) => value.value))];
  return names.unknown || names.dynamic.length > 0 || known.length === 0 ? [...known, null] : known;
}

/** The keys of what a call sends at a place (properties, traits). */
function seenAt(context: Context, found: ReturnType<typeof argumentAt>): SeenProperties {
  if (found.state === 'absent') return { keys: [], mayHaveMore: false, types: {} };
  const shape = found.state === 'present' && found.value ? resolveObject(context, found.value) : undefined;
  if (!shape) return { keys: [], mayHaveMore: true, types: {} };
  const keys = [...shape.entries.keys(), ...[...shape.typedKeys.keys()].filter((key) => !shape.entries.has(key))].filter((key) => shapeHas(shape, key) === true);
  const types: Record<string, PropertyType> = {};
  for (const key of keys) {
    const type = typeAt(context, shape, key);
    if (type) types[key] = type;
  }
  return { keys, mayHaveMore: shape.mayHaveMore, types };
}

/** The type of the value at a key, when every branch of it has the same literal type. */
function typeAt(context: Context, shape: ObjectShape, key: string): PropertyType | undefined {
  const entry = shape.entries.get(key);
  const types = new Set<PropertyType>();
  if (entry) {
    for (const branch of valueBranches(context, entry.value)) {
      const type = literalType(branch) ?? typedType(context, shape, key);
      if (!type) return undefined;
      types.add(type);
    }
  } else {
    const type = typedType(context, shape, key);
    if (type) types.add(type);
  }
  if (types.size === 2 && types.has('integer') && types.has('number')) return 'number';
  return types.size === 1 ? [...types][0] : undefined;
}

function literalType(node: TSESTree.Node): PropertyType | undefined {
  const expression = unwrap(node);
  if (expression.type === AST_NODE_TYPES.ObjectExpression) return 'object';
  if (expression.type === AST_NODE_TYPES.ArrayExpression) return 'array';
  if (expression.type === AST_NODE_TYPES.TemplateLiteral) return 'string';
  const literal = literalValue(expression);
  if (!literal) return undefined;
  return typeOfValue(literal.value);
}

function typeOfValue(value: unknown): PropertyType | undefined {
  if (typeof value === 'string') return 'string';
  if (typeof value === 'boolean') return 'boolean';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return undefined;
}

/** With type information: a value whose type is literals or primitives of one kind. */
function typedType(context: Context, shape: ObjectShape, key: string): PropertyType | undefined {
  const typed = typedValueAt(context, shape, key);
  if (!typed) return undefined;
  const kinds = new Set<string>([...typed.literals.map((value) => typeof value), ...typed.primitives]);
  if (kinds.size !== 1) return undefined;
  const [kind] = kinds;
  return kind === 'string' ? 'string' : kind === 'number' ? (typed.primitives.length === 0 && typed.literals.every(Number.isInteger) ? 'integer' : 'number') : kind === 'boolean' ? 'boolean' : undefined;
}
