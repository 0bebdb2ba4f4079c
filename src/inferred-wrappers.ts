/**
 * The team's wrappers, found from their definitions rather than named in
 * `callees`: a function whose body hands its own parameters to the places of a
 * recognised tracking call (an SDK's, or another such wrapper's) is a tracking
 * call of that kind, with its places read from the body. A hook is followed to
 * the object it returns. Functions are read in the linted file and, through
 * `modules`, in the modules it imports. When the body changes the name or
 * hides where things go, nothing is inferred.
 */
import { readFileSync, statSync } from 'node:fs';
import { AST_NODE_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import { exportOf, fileOf, importedModule, inNodeModules, moduleOf, resolveModulePath } from './modules.js';
import type { CalleeDescriptor, CalleePaths, CalleeStep } from './settings.js';
import { groupSetBy } from './groups.js';
import { type CallKind, type Platform, sdkMethodNames, sdkPackageOf, trackingWordsSource } from './sdks.js';
import { childNodes, importedName, propertyKey, sendsNothing, unwrap, variableOf } from './static-values.js';
import { collectCalls, parseArgumentPath, returnsClient, textMayCallSdk, textNamesSdk, type TrackingCall, trackingCallOf, wordsPattern } from './tracking-calls.js';

type Context = Readonly<TSESLint.RuleContext<string, readonly unknown[]>>;
type Node = TSESTree.Node;
export type FunctionNode = TSESTree.FunctionDeclaration | TSESTree.FunctionExpression | TSESTree.ArrowFunctionExpression;

/** What is known of an inferred wrapper beyond its `callees`-like descriptor. */
export interface InferredWrapper {
  descriptor: CalleeDescriptor;
  /** The platform of the call its body makes: a server helper's calls need their account on each call. */
  platform: Platform;
  /** The body sends the account whatever the caller passes (`groups: { company: currentAccountId() }`). */
  addsGroupContext: boolean;
  /**
   * Where a caller's account arrives inside what the body forwards whole (`$groups` in the forwarded
   * properties, `context.groupId` in the forwarded options): it counts when there, but is not the
   * wrapper's own place for the account, as a parameter the body puts in the group's place is.
   */
  carriedIn: string[];
  /** The body's call sends no properties at all: none are missing "because they cannot be seen". */
  sendsNoProperties: boolean;
  /** What the SDK takes at a place the caller's value is forwarded to (`$groups` wants `{ company: accountId }`), by the wrapper's path. */
  groupContextValues: Record<string, string>;
  /**
   * The body hands its first parameter on whole as the SDK call's one argument (`(event) => analytics.track(event)`):
   * the places are the object form's under argument 0, and a caller that passes a string uses the name form instead.
   */
  wholeObject: boolean;
  /** A method of an instance or class (`analytics.track`, `Analytics.track`): the name its callee starts with must be this declaration, not another of the same name. */
  root?: Node;
  /** A method called on `this` (`this.#capture`, `this.analyticsService.capture`): only inside this class body. */
  within?: Node;
}

const inferredInfo = new WeakMap<CalleeDescriptor, InferredWrapper>();

/** The inferred wrapper a descriptor stands for, when it is one. */
export function inferredWrapperOf(descriptor: CalleeDescriptor): InferredWrapper | undefined {
  return inferredInfo.get(descriptor);
}

/** The keys that carry the account in an event's properties: the linted file's `groupProperties`, and PostHog's `$groups`. */
let groupKeys = new Set(['account_id', '$groups']);
let groupKeysOf: readonly string[] | undefined;

// ---------------------------------------------------------------------------
// Reading a function's body.

export function isFunction(node: Node | null | undefined): node is FunctionNode {
  return (
    node?.type === AST_NODE_TYPES.FunctionDeclaration ||
    node?.type === AST_NODE_TYPES.FunctionExpression ||
    node?.type === AST_NODE_TYPES.ArrowFunctionExpression
  );
}

/** The argument path of a parameter of `fn` that an identifier names: `0`, or `0.eventName` for `({ eventName })`. */
function parameterPath(context: Context, fn: FunctionNode, identifier: TSESTree.Identifier): string | undefined {
  const variable = variableOf(context, identifier);
  const def = variable?.defs.length === 1 ? variable.defs[0]! : undefined;
  if (def?.type !== 'Parameter' || def.node !== fn) return undefined;
  const keys: string[] = [];
  let current: Node = def.name;
  for (;;) {
    const parent: Node | undefined = current.parent;
    if (!parent) return undefined;
    if (parent.type === AST_NODE_TYPES.AssignmentPattern && parent.left === current) {
      current = parent;
    } else if (parent.type === AST_NODE_TYPES.Property && parent.value === current && parent.parent.type === AST_NODE_TYPES.ObjectPattern) {
      const key = parent.computed ? undefined : propertyKey(context, parent);
      if (key === undefined) return undefined;
      keys.unshift(key);
      current = parent.parent;
    } else if (parent === fn) {
      const index = fn.params.indexOf(current as TSESTree.Parameter);
      return index < 0 ? undefined : [String(index), ...keys].join('.');
    } else {
      return undefined;
    }
  }
}

/** The parameter path a value is, read as written: a parameter (`name`), or a member of one (`event.name`). */
function forwardedPath(context: Context, fn: FunctionNode, node: Node): string | undefined {
  const expression = unwrap(node);
  if (expression.type === AST_NODE_TYPES.Identifier) return parameterPath(context, fn, expression);
  if (expression.type === AST_NODE_TYPES.MemberExpression && !expression.computed && expression.property.type === AST_NODE_TYPES.Identifier) {
    const object = forwardedPath(context, fn, expression.object);
    return object === undefined ? undefined : `${object}.${expression.property.name}`;
  }
  return undefined;
}

type Place = { forwarded: string; direct?: boolean } | { written: Node } | { absent: true } | { unknown: true };

/** What the body puts at a place of its call: a parameter (as a path of the wrapper's arguments), something it writes itself, nothing, or what cannot be told. */
function placeOf(context: Context, fn: FunctionNode, call: TSESTree.CallExpression, path: string | undefined): Place {
  if (path === undefined) return { absent: true };
  const { index, keys } = parseArgumentPath(path);
  for (let position = 0; position <= index && position < call.arguments.length; position++) {
    if (call.arguments[position]!.type === AST_NODE_TYPES.SpreadElement) return { unknown: true };
  }
  let node: Node | undefined = call.arguments[index];
  for (let step = 0; ; step++) {
    if (!node) return { absent: true };
    const forwarded = forwardedPath(context, fn, node);
    if (forwarded !== undefined) {
      const direct = step === keys.length && unwrap(node).type === AST_NODE_TYPES.Identifier;
      return { forwarded: [forwarded, ...keys.slice(step)].join('.'), direct };
    }
    if (step === keys.length) return sendsNothing(node) ? { absent: true } : { written: node };
    const object = unwrap(node);
    if (object.type !== AST_NODE_TYPES.ObjectExpression) return { unknown: true };
    const key = keys[step]!;
    const property = object.properties.find(
      (candidate): candidate is TSESTree.Property => candidate.type === AST_NODE_TYPES.Property && propertyKey(context, candidate) === key,
    );
    if (property) {
      node = property.value;
      continue;
    }
    // `{ ...options }`: the key is wherever the caller's object has it.
    const spreads = object.properties.filter((candidate): candidate is TSESTree.SpreadElement => candidate.type === AST_NODE_TYPES.SpreadElement);
    if (spreads.length === 0) return { absent: true };
    const spread = spreads.length === 1 ? forwardedPath(context, fn, spreads[0]!.argument) : undefined;
    return spread === undefined ? { unknown: true } : { forwarded: [spread, ...keys.slice(step)].join('.') };
  }
}

/** The calls a function's body makes, not counting those of functions it defines (they may never run). */
function callsIn(body: Node, out: TSESTree.CallExpression[], depth = 0): void {
  if (depth > 40 || out.length > 50) return;
  if (body.type === AST_NODE_TYPES.CallExpression) out.push(body);
  for (const node of childNodes(body)) {
    // A function the body defines (an effect, an event handler) may run later or never: its calls are its own.
    if (isFunction(node) || node.type === AST_NODE_TYPES.ClassDeclaration || node.type === AST_NODE_TYPES.ClassExpression) continue;
    callsIn(node, out, depth + 1);
  }
}

const inferredFunctions = new WeakMap<FunctionNode, InferredWrapper | null>();
const inProgress = new WeakSet<FunctionNode>();

/** The wrapper a function is, if its body forwards its parameters to exactly one tracking call. */
function inferFunction(context: Context, fn: FunctionNode, name: string, steps: CalleeStep[]): InferredWrapper | undefined {
  const known = inferredFunctions.get(fn);
  if (known !== undefined) return known ? withSteps(known, name, steps) : undefined;
  if (inProgress.has(fn)) return undefined;
  inProgress.add(fn);
  let found: InferredWrapper | undefined;
  try {
    found = readFunction(context, fn, name, steps);
  } finally {
    inProgress.delete(fn);
  }
  inferredFunctions.set(fn, found ?? null);
  return found;
}

/** The same wrapper under the name a module calls it by (`import { trackEvent as track }`). */
function withSteps(wrapper: InferredWrapper, name: string, steps: CalleeStep[]): InferredWrapper {
  if (wrapper.descriptor.callee === name) return wrapper;
  const copy = { ...wrapper, descriptor: { ...wrapper.descriptor, callee: name, steps } };
  inferredInfo.set(copy.descriptor, copy);
  return copy;
}

/** The same wrapper under steps that must start at a given declaration, or be called inside a given class. */
function placed(wrapper: InferredWrapper, name: string, steps: CalleeStep[], place: { root?: Node; within?: Node }): InferredWrapper {
  const copy = { ...wrapper, descriptor: { ...wrapper.descriptor, callee: name, steps }, root: place.root, within: place.within };
  inferredInfo.set(copy.descriptor, copy);
  return copy;
}

function readFunction(context: Context, fn: FunctionNode, name: string, steps: CalleeStep[]): InferredWrapper | undefined {
  // A component (`SignUpForm({ user })`) or a class uses what it is given; it is not called to send an event. A class's methods
  // (`Analytics.track`) are called by their own name.
  if (fn.params.length === 0 || fn.params.length > 6 || /^[A-Z]/.test(name.slice(name.lastIndexOf('.') + 1))) return undefined;
  const calls: TSESTree.CallExpression[] = [];
  callsIn(fn.body, calls);
  let inner: TrackingCall | undefined;
  for (const call of calls) {
    const tracking = trackingCallOf(context, call);
    if (!tracking || tracking.kind === 'reset') continue;
    // More than one call (identify then track, two events): which place goes where is not one answer.
    if (inner) return undefined;
    inner = tracking;
  }
  if (!inner) return undefined;
  const { shape } = inner;
  const paths: CalleePaths = {};
  const carriedIn: string[] = [];
  const groupContextValues: Record<string, string> = {};
  let addsGroupContext = false;
  let sendsNoProperties = false;
  const forward = (key: keyof CalleePaths, sdkPath: string | undefined): Place => {
    const place = placeOf(context, fn, inner.node, sdkPath);
    if ('forwarded' in place) paths[key] = place.forwarded;
    return place;
  };
  if (inner.kind === 'track') {
    // The event must be the caller's, as it is: `${name}_clicked` or a switch over kinds makes another name.
    if (!('forwarded' in forward('event', shape.event))) return undefined;
    const properties = placeOf(context, fn, inner.node, shape.properties);
    sendsNoProperties = 'absent' in properties;
    if ('forwarded' in properties) {
      paths.properties = properties.forwarded;
    } else if ('written' in properties) {
      // `{ ...props, account_id: currentAccountId() }`: the caller's properties, with the account added; any other key added
      // may be one the plan asks for, so what is sent cannot be told from the call.
      const object = unwrap(properties.written);
      const spreads = object.type === AST_NODE_TYPES.ObjectExpression ? object.properties.filter((property) => property.type === AST_NODE_TYPES.SpreadElement) : [];
      const added = object.type === AST_NODE_TYPES.ObjectExpression ? object.properties.flatMap((property) => (property.type === AST_NODE_TYPES.Property ? [propertyKey(context, property)] : [])) : [undefined];
      const spread = spreads.length === 1 ? forwardedPath(context, fn, (spreads[0] as TSESTree.SpreadElement).argument) : undefined;
      if (spread !== undefined && added.every((key) => key !== undefined && groupKeys.has(key))) paths.properties = spread;
      // An account key the body adds, or properties it builds where they cannot be read, may carry the account.
      if (added.some((key) => key === undefined || groupKeys.has(key)) || spreads.length > (spread === undefined ? 0 : 1)) addsGroupContext = true;
    } else if ('unknown' in properties) {
      addsGroupContext = true;
    }
    forward('options', shape.options);
    forward('userId', shape.userId);
    for (const path of shape.groupContext ?? []) {
      const place = placeOf(context, fn, inner.node, path);
      if ('forwarded' in place) {
        if (place.direct) paths.groupContext ??= place.forwarded;
        else carriedIn.push(place.forwarded);
        if (shape.groupContextValue) groupContextValues[place.forwarded] ??= shape.groupContextValue;
      } else if ('unknown' in place) addsGroupContext = true;
      else if ('written' in place) {
        // `groups: orgId ? { organization: orgId } : undefined`: the caller's parameter decides; with none, the body sends its own
        // (`{ company: currentAccountId() }`); with several, which one is the account cannot be told, so the call is taken to carry it.
        const mentioned = parametersIn(context, fn, unwrap(place.written));
        if (mentioned.size === 1) paths.groupContext ??= [...mentioned][0];
        else addsGroupContext = true;
      }
    }
    // A caller with no place to pass the account cannot add it: the body's own call is reported for it, where it can be.
    if (!paths.groupContext && carriedIn.length === 0 && paths.properties === undefined) addsGroupContext = true;
    // posthog-js, Amplitude, Mixpanel, Accoil in the browser remember the group: a module that sets it (a hook's effect
    // calling `posthog.group(…)`) is where the team keeps it, and the wrapper's calls are sent with it.
    if (!addsGroupContext && inner.platform === 'browser' && inner.sdk?.remembersGroup && moduleSetsGroup(context, inner.sdk.id)) addsGroupContext = true;
    if (inner.wrapper && !paths.groupContext && inner.wrapper.paths.groupContext === undefined) {
      // A wrapper of a wrapper adds what the inner one adds.
      addsGroupContext ||= inferredInfo.get(inner.wrapper)?.addsGroupContext === true;
    }
  } else if (inner.kind === 'identify') {
    // `identifyUser(userId, traits)` forwards; `login(user)` that identifies `user.id` is a function that identifies, checked where it is.
    const user = forward('userId', shape.userId);
    if (!('forwarded' in user) || !user.direct) return undefined;
    forward('traits', shape.traits);
  } else {
    const group = forward('groupId', shape.groupId);
    if (!('forwarded' in group) || !group.direct) return undefined;
    forward('traits', shape.traits);
    forward('groupType', shape.groupType);
    forward('userId', shape.userId);
  }
  const sole = inner.node.arguments.length === 1 ? placeOf(context, fn, inner.node, '0') : undefined;
  const wholeObject = inner.kind === 'track' && sole !== undefined && 'forwarded' in sole && sole.forwarded === '0' && sole.direct === true && paths.event?.startsWith('0.') === true;
  const descriptor: CalleeDescriptor = { kind: inner.kind as CallKind, callee: name, steps, paths };
  const wrapper: InferredWrapper = { descriptor, platform: inner.platform, addsGroupContext, carriedIn, sendsNoProperties, groupContextValues, wholeObject };
  inferredInfo.set(descriptor, wrapper);
  return wrapper;
}

const groupSetters = new WeakMap<object, Set<string>>();

/** Whether a module calls an SDK's group setter anywhere (in an effect, a handler, at its top): read once per module. */
function moduleSetsGroup(context: Context, sdkId: string): boolean {
  const program = context.sourceCode.ast;
  let set = groupSetters.get(program);
  if (!set) {
    set = new Set();
    groupSetters.set(program, set);
    if (/group/i.test(context.sourceCode.text)) {
      const calls: TSESTree.CallExpression[] = [];
      collectCalls(program, calls);
      for (const node of calls) {
        const call = trackingCallOf(context, node);
        // The SDK's remembered group (a team's group wrapper, whose SDK is not known, does not count here).
        const setBy = call?.kind === 'group' ? groupSetBy(call) : undefined;
        if (setBy !== undefined && setBy !== 'wrapper') set.add(setBy);
      }
    }
  }
  return set.has(sdkId);
}

/** The parameters of `fn` a value mentions, as paths (a function inside it counts as two: what it uses cannot be told). */
function parametersIn(context: Context, fn: FunctionNode, node: Node): Set<string> {
  const found = new Set<string>();
  const visit = (current: Node, depth: number) => {
    if (found.size > 1) return;
    if (depth > 8 || isFunction(current)) {
      found.add('?').add('??');
      return;
    }
    if (current.type === AST_NODE_TYPES.Identifier) {
      const path = parameterPath(context, fn, current);
      if (path !== undefined) found.add(path);
      return;
    }
    for (const child of childNodes(current)) visit(child, depth + 1);
  };
  visit(node, 0);
  return found;
}

/** The function a declared name holds: `function f() {}`, `const f = () => …`, `const f = useCallback(() => …, [])`. */
export function functionOfName(node: Node): FunctionNode | undefined {
  if (isFunction(node)) return node;
  const parent = node.parent;
  if (isFunction(parent) && parent.id === node) return parent;
  if (parent?.type === AST_NODE_TYPES.VariableDeclarator && parent.id === node && parent.init) {
    const init = unwrap(parent.init);
    if (isFunction(init)) return init;
    // `useCallback((e, p) => …, [])`, `memoize(fn)`: the one function handed to a call of one argument and its deps.
    if (init.type === AST_NODE_TYPES.CallExpression && init.arguments.length <= 2 && isFunction(init.arguments[0])) return init.arguments[0];
  }
  return undefined;
}

/**
 * The function a hook returns itself: a function written there, one handed to
 * `useCallback` (or `React.useCallback`), or a local name for either.
 */
function returnedFunction(context: Context, returned: Node): FunctionNode | undefined {
  if (isFunction(returned)) return returned;
  if (returned.type === AST_NODE_TYPES.CallExpression) {
    const callee = returned.callee;
    const name = callee.type === AST_NODE_TYPES.Identifier ? callee.name : callee.type === AST_NODE_TYPES.MemberExpression && callee.property.type === AST_NODE_TYPES.Identifier ? callee.property.name : undefined;
    const first = returned.arguments[0];
    return name === 'useCallback' && isFunction(first) ? first : undefined;
  }
  if (returned.type === AST_NODE_TYPES.Identifier) {
    const def = variableOf(context, returned)?.defs[0];
    const init = def?.name.parent?.type === AST_NODE_TYPES.VariableDeclarator ? def.name.parent.init : null;
    // A local function, or `const capture = useCallback(…)`; not any call's result (`const client = getClient()`).
    if (def && (isFunction(def.node) || (init && (isFunction(unwrap(init)) || returnedFunction(context, unwrap(init)))))) return functionOfName(def.name);
  }
  return undefined;
}

/** The wrappers a hook returns: `return { capture: (e, p) => posthog.capture(e, p), identify }`. */
function hookWrappers(context: Context, hook: FunctionNode, name: string): InferredWrapper[] {
  if (!/^use[A-Z0-9]/.test(name) || hook.params.length > 3) return [];
  let returned: Node | undefined;
  if (hook.body.type !== AST_NODE_TYPES.BlockStatement) {
    returned = hook.body;
  } else {
    const returns = hook.body.body.filter((statement): statement is TSESTree.ReturnStatement => statement.type === AST_NODE_TYPES.ReturnStatement);
    if (returns.length !== 1 || !returns[0]!.argument) return [];
    returned = returns[0]!.argument;
  }
  // `return useCallback((e, p) => posthog.capture(e, p), [posthog])`, `return (e, p) => …`: what the hook returns is the wrapper.
  const single = returnedFunction(context, unwrap(returned));
  if (single) {
    const steps: CalleeStep[] = [{ name }, { call: true }];
    const wrapper = inferFunction(context, single, `${name}()`, steps);
    return wrapper ? [wrapper.descriptor.steps === steps ? wrapper : withSteps(wrapper, `${name}()`, steps)] : [];
  }
  let object = unwrap(returned);
  // `return useMemo(() => ({ … }), [])`.
  if (object.type === AST_NODE_TYPES.CallExpression && isFunction(object.arguments[0]) && object.arguments[0].body.type !== AST_NODE_TYPES.BlockStatement) {
    object = unwrap(object.arguments[0].body);
  }
  if (object.type !== AST_NODE_TYPES.ObjectExpression) return [];
  const found: InferredWrapper[] = [];
  for (const property of object.properties) {
    if (property.type !== AST_NODE_TYPES.Property) continue;
    const key = propertyKey(context, property);
    if (key === undefined) continue;
    let value: Node = unwrap(property.value);
    if (value.type === AST_NODE_TYPES.Identifier) {
      const def = variableOf(context, value)?.defs[0];
      value = def ? (functionOfName(def.name) ?? value) : value;
    }
    if (!isFunction(value)) continue;
    const steps: CalleeStep[] = [{ name }, { call: true }, { name: key }];
    const wrapper = inferFunction(context, value, `${name}().${key}`, steps);
    if (wrapper) found.push(wrapper.descriptor.steps === steps ? wrapper : withSteps(wrapper, `${name}().${key}`, steps));
  }
  return found;
}

// ---------------------------------------------------------------------------
// Classes: methods called on an instance, on the class, on `this`.

type ClassNode = TSESTree.ClassDeclaration;

/** The class declared under a name in a module (`class Analytics {}`), or imported there from a module of the project that may track. */
function classOfName(context: Context, name: string): { context: Context; node: ClassNode } | undefined {
  for (const statement of context.sourceCode.ast.body) {
    const declaration = statement.type === AST_NODE_TYPES.ExportNamedDeclaration || statement.type === AST_NODE_TYPES.ExportDefaultDeclaration ? statement.declaration : statement;
    if (declaration?.type === AST_NODE_TYPES.ClassDeclaration && declaration.id?.name === name) return { context, node: declaration };
    if (statement.type !== AST_NODE_TYPES.ImportDeclaration || statement.importKind === 'type') continue;
    const specifier = statement.specifiers.find((candidate) => candidate.local.name === name);
    if (!specifier) continue;
    const from = fileOf(context);
    const path = from && !sdkPackageOf(statement.source.value) ? resolveModulePath(from, statement.source.value) : undefined;
    if (!path || specifier.type === AST_NODE_TYPES.ImportNamespaceSpecifier || !mayDefineWrappers(path, 0, new Set())) return undefined;
    const imported = importedModule(context, statement.source.value);
    const target = imported && exportOf(imported, importedName(specifier));
    if (!target || 'namespace' in target) return undefined;
    const declared = target.node.parent;
    return declared?.type === AST_NODE_TYPES.ClassDeclaration && declared.id === target.node ? { context: target.module.context, node: declared } : undefined;
  }
  return undefined;
}

/**
 * The wrappers a class's methods are, under steps that start with `prefix`:
 * `analytics.track` for an instance (its public methods), `Analytics.track`
 * for its static ones, `this.#capture` inside it (its own, private ones too).
 */
function classMethodWrappers(
  context: Context,
  node: ClassNode,
  prefix: CalleeStep[],
  methods: 'instance' | 'static' | 'own',
  place: { root?: Node; within?: Node },
): InferredWrapper[] {
  const found: InferredWrapper[] = [];
  for (const element of node.body.body) {
    if (element.type !== AST_NODE_TYPES.MethodDefinition || element.kind !== 'method' || element.computed || element.value.type !== AST_NODE_TYPES.FunctionExpression) continue;
    const isPrivate = element.key.type === AST_NODE_TYPES.PrivateIdentifier;
    if (methods === 'static' ? !element.static || isPrivate : element.static || (methods === 'instance' && isPrivate)) continue;
    const name = element.key.type === AST_NODE_TYPES.Identifier ? element.key.name : element.key.type === AST_NODE_TYPES.PrivateIdentifier ? `#${element.key.name}` : undefined;
    if (name === undefined) continue;
    const steps: CalleeStep[] = [...prefix, { name }];
    const callee = steps.map((step) => ('name' in step ? step.name : '()')).join('.');
    const wrapper = inferFunction(context, element.value, callee, steps);
    if (wrapper) found.push(placed(wrapper, callee, steps, place));
  }
  return found;
}

/** The name of the class a type annotation names (`client: PostHog`, `analyticsService: AnalyticsService`). */
function annotatedName(annotation: TSESTree.TSTypeAnnotation | undefined): string | undefined {
  const type = annotation?.typeAnnotation;
  return type?.type === AST_NODE_TYPES.TSTypeReference && type.typeName.type === AST_NODE_TYPES.Identifier && !type.typeArguments ? type.typeName.name : undefined;
}

/**
 * The methods of the services a class is handed (`constructor(private readonly
 * analyticsService: AnalyticsService)`, `@Inject() private analytics:
 * AnalyticsService`), called as `this.analyticsService.capture(…)` inside it:
 * the type annotation names the class, followed through its import.
 */
function injectedServiceWrappers(context: Context, node: ClassNode, mayTrackHere: boolean): InferredWrapper[] {
  const typed: [property: string, type: string][] = [];
  for (const element of node.body.body) {
    if (element.type === AST_NODE_TYPES.MethodDefinition && element.kind === 'constructor') {
      for (const parameter of element.value.params) {
        if (parameter.type !== AST_NODE_TYPES.TSParameterProperty || parameter.parameter.type !== AST_NODE_TYPES.Identifier) continue;
        const type = annotatedName(parameter.parameter.typeAnnotation);
        if (type) typed.push([parameter.parameter.name, type]);
      }
    } else if (element.type === AST_NODE_TYPES.PropertyDefinition && !element.value && !element.computed && element.key.type === AST_NODE_TYPES.Identifier) {
      const type = annotatedName(element.typeAnnotation);
      if (type) typed.push([element.key.name, type]);
    }
  }
  const found: InferredWrapper[] = [];
  for (const [property, type] of typed) {
    const service = classOfName(context, type);
    if (service && service.node !== node && (mayTrackHere || service.context !== context)) found.push(...classMethodWrappers(service.context, service.node, [{ name: 'this' }, { name: property }], 'instance', { within: node.body }));
  }
  return found;
}

/** `const analytics = new Analytics()`, `export default new Analytics()`: the class, when the module declares or imports it. */
function instanceClass(context: Context, declared: Node): { context: Context; node: ClassNode } | undefined {
  if (declared.type === AST_NODE_TYPES.NewExpression && declared.parent?.type === AST_NODE_TYPES.ExportDefaultDeclaration) {
    return declared.callee.type === AST_NODE_TYPES.Identifier ? classOfName(context, declared.callee.name) : undefined;
  }
  const declarator = declared.parent;
  if (declarator?.type !== AST_NODE_TYPES.VariableDeclarator || declarator.id !== declared || declarator.parent.kind !== 'const' || !declarator.init) return undefined;
  const init = unwrap(declarator.init);
  return init.type === AST_NODE_TYPES.NewExpression && init.callee.type === AST_NODE_TYPES.Identifier ? classOfName(context, init.callee.name) : undefined;
}

/**
 * The functions of an object a module declares (`export const analytics = {
 * track(event, props) { posthog.capture(event, props) } }`), by key: its
 * methods are called on its name (`analytics.track(…)`), whatever SDK that
 * name is the conventional one of.
 */
function objectMethods(context: Context, declared: Node): [string, FunctionNode][] | undefined {
  const declarator = declared.parent;
  if (declarator?.type !== AST_NODE_TYPES.VariableDeclarator || declarator.id !== declared || declarator.parent.kind !== 'const' || !declarator.init) return undefined;
  const object = unwrap(declarator.init);
  if (object.type !== AST_NODE_TYPES.ObjectExpression) return undefined;
  const found: [string, FunctionNode][] = [];
  for (const property of object.properties) {
    if (property.type !== AST_NODE_TYPES.Property || property.computed) continue;
    const key = propertyKey(context, property);
    const value = unwrap(property.value);
    if (key !== undefined && isFunction(value)) found.push([key, value]);
  }
  return found;
}

/** The wrappers a declared name is: a wrapper function, or a hook's returned wrappers. */
function wrappersOfDeclaration(context: Context, declared: Node, localName: string): InferredWrapper[] {
  // `export class Analytics { static track(…) }`, `export const analytics = new Analytics()`: its methods, under the name.
  if (declared.parent?.type === AST_NODE_TYPES.ClassDeclaration && declared.parent.id === declared) {
    return classMethodWrappers(context, declared.parent, [{ name: localName }], 'static', { root: declared });
  }
  const instance = instanceClass(context, declared);
  if (instance) return classMethodWrappers(instance.context, instance.node, [{ name: localName }], 'instance', { root: declared });
  const methods = objectMethods(context, declared);
  if (methods) return methods.flatMap(([key, fn]) => {
    const steps: CalleeStep[] = [{ name: localName }, { name: key }];
    const wrapper = inferFunction(context, fn, `${localName}.${key}`, steps);
    return wrapper ? [placed(wrapper, `${localName}.${key}`, steps, { root: declared })] : [];
  });
  let fn = functionOfName(declared);
  // `export const track = captureSafe;`: another name for a function of the module.
  const init = declared.parent?.type === AST_NODE_TYPES.VariableDeclarator && declared.parent.id === declared && declared.parent.parent.kind === 'const' ? declared.parent.init : null;
  if (!fn && init?.type === AST_NODE_TYPES.Identifier) {
    const def = variableOf(context, init)?.defs[0];
    fn = def && def.name !== declared ? functionOfName(def.name) : undefined;
  }
  if (!fn) return [];
  const hooks = hookWrappers(context, fn, localName);
  if (hooks.length > 0) return hooks;
  const wrapper = inferFunction(context, fn, localName, [{ name: localName }]);
  return wrapper ? [wrapper] : [];
}

// ---------------------------------------------------------------------------
// Which modules may hold a wrapper: a text test, before anything is parsed.

const importClause = /\bimport\s+(type\s+)?([\w$*{}\s,]+?)\s*from\s*['"]([^'"]+)['"]/g;
const reexportText = /\bexport\s+(?:\*(?:\s+as\s+[\w$]+)?|\{[^}]*\})\s*from\s*['"]([^'"]+)['"]/g;
const requireText = /\b(?:require|import)\(\s*['"]([^'"]+)['"]\s*\)/g;

/**
 * The modules a module's text may take a wrapper from: those it imports a
 * name from that it calls (`trackEvent(`, `new Analytics(`, `ns.track(`) or
 * types a parameter with (`service: AnalyticsService`), those it re-exports
 * from, and those it requires. A type import, or a name only passed around,
 * is no wrapper it calls.
 */
function importsWorthFollowing(text: string): string[] {
  const found: string[] = [];
  for (const match of text.matchAll(importClause)) {
    if (match[1]) continue;
    const names = match[2]!.match(/[\w$]+/g) ?? [];
    if (names.some((name) => name !== 'as' && name !== 'type' && (isCalledIn(text, name) || text.includes(`${name}.`) || text.includes(`: ${name}`)))) found.push(match[3]!);
  }
  for (const match of text.matchAll(reexportText)) found.push(match[1]!);
  for (const match of text.matchAll(requireText)) found.push(match[1]!);
  return found;
}
/** A module's text, with what was read from it: kept while the file's modification time stays, looked at on disk once a second at most. */
interface ModuleText {
  mtimeMs: number;
  checkedAt: number;
  text: string;
  /** `textMayCallSdk` of the text. */
  callsSdk?: boolean;
  /** `importsWorthFollowing` of the text. */
  follows?: string[];
}
const moduleTexts = new Map<string, ModuleText>();

function moduleText(path: string): ModuleText | undefined {
  const known = moduleTexts.get(path);
  if (known && Date.now() - known.checkedAt < 1000) return known;
  try {
    const { mtimeMs } = statSync(path);
    if (known?.mtimeMs === mtimeMs) {
      known.checkedAt = Date.now();
      return known;
    }
    const read: ModuleText = { mtimeMs, checkedAt: Date.now(), text: readFileSync(path, 'utf8') };
    if (moduleTexts.size > 20000) moduleTexts.clear();
    moduleTexts.set(path, read);
    return read;
  } catch {
    moduleTexts.delete(path);
    return undefined;
  }
}

const readText = (path: string): string | undefined => moduleText(path)?.text;

/**
 * Whether a module's text can define a wrapper: it calls a tracking method, or
 * imports a module that does (a wrapper of a wrapper), a few imports deep.
 * Read, not parsed: most imports (components, utilities) end here.
 */
function mayDefineWrappers(path: string, depth: number, seen: Set<string>): boolean {
  if (seen.has(path) || depth > 3) return false;
  seen.add(path);
  // Asked for every import of every file: each answer is kept a few seconds (long enough for a run, short for an editor).
  const known = verdicts.get(path);
  if (known && Date.now() - known.checkedAt < 5000) return known.verdict;
  let verdict = false;
  const read = moduleText(path);
  if (read !== undefined) {
    // What the text itself says is kept with it: asked again only when the file changes.
    read.callsSdk ??= textMayCallSdk(read.text);
    verdict = read.callsSdk;
    // A wrapper of a wrapper: one module further, not the whole import graph.
    if (!verdict && depth === 0) read.follows ??= importsWorthFollowing(read.text);
    for (const specifier of verdict || depth > 0 ? [] : read.follows!) {
      const target = resolveModulePath(path, specifier);
      if (target && mayDefineWrappers(target, depth + 1, seen)) {
        verdict = true;
        break;
      }
    }
  }
  if (verdicts.size > 20000) verdicts.clear();
  verdicts.set(path, { checkedAt: Date.now(), verdict });
  return verdict;
}
const verdicts = new Map<string, { checkedAt: number; verdict: boolean }>();

/** Whether the text calls a name (`trackEvent(`, `useAnalytics()`, `track?.(`): an import that is never called is no wrapper of this file. */
function isCalledIn(text: string, name: string): boolean {
  for (let index = text.indexOf(name); index >= 0; index = text.indexOf(name, index + name.length)) {
    const before = text[index - 1];
    if (before !== undefined && /[\w$.]/.test(before)) continue;
    const after = text.slice(index + name.length, index + name.length + 3).trimStart();
    if (after.startsWith('(') || after.startsWith('?.(') || after.startsWith('<')) return true;
    // `analytics.track(…)`, `Analytics.sendEvent(…)`: a method of an imported instance or class, named for tracking
    // (`logger.debug(…)`, `api.get(…)` are not worth resolving their module for).
    if (after.startsWith('.') && trackingMethodCall.test(text.slice(index + name.length, index + name.length + 60))) return true;
  }
  return false;
}

/** See `trackingWordsSource`: the words are those of the hint every linted file is tested with first, so a file without it imports none. */
const trackingWords = new RegExp(trackingWordsSource);

/** A getter of a client is named for it, or for its SDK (`getServerClient`, `usePostHog`). */
const clientWords = new RegExp(`${trackingWordsSource}|[Cc]lient`);

/**
 * Whether an import of the linted file may bring a wrapper (or, with
 * `clientWords`, a client getter): named for tracking, or from a module so
 * named, and called (`trackEvent(`, `analytics.send(`); or with a method
 * named for tracking called on it (`notifier.sendEvent(`), looked for only
 * when the file's text holds the words of one (`hinted`). Read from the
 * text, which is searched faster than the nodes of the file are walked.
 */
function mayBringWrapper(text: string, statement: TSESTree.ImportDeclaration, hinted: boolean, words = trackingWords): boolean {
  if (statement.importKind === 'type') return false;
  const fromTrackingModule = words.test(statement.source.value);
  for (const specifier of statement.specifiers) {
    if (specifier.type === AST_NODE_TYPES.ImportNamespaceSpecifier) continue;
    if (specifier.type === AST_NODE_TYPES.ImportSpecifier && specifier.importKind === 'type') continue;
    const local = specifier.local.name;
    const named = fromTrackingModule || words.test(local) || words.test(importedName(specifier));
    if (named ? isCalledIn(text, local) || text.includes(`${local}.`) : hinted && trackingMethodReceivers(text).has(local)) return !sdkPackageOf(statement.source.value);
  }
  return false;
}

/**
 * Wrappers a component or a function declares inside itself and calls there:
 * `const trackStep = useCallback((name, extra) => capture(name, { step,
 * ...extra }), [capture, step])`, `const send = (name) => posthog.capture(name)`.
 * Found from the text (a `const` given a function or `useCallback`), then
 * read like the module's own functions; each is matched only where its name
 * is that declaration (another function's `trackStep` is another thing).
 */
function innerWrappers(context: Context, found: readonly InferredWrapper[]): InferredWrapper[] {
  const sourceCode = context.sourceCode;
  const text = sourceCode.text;
  const inner: InferredWrapper[] = [];
  let calls: { of: number; pattern: RegExp } | undefined;
  innerFunctionDeclaration.lastIndex = 0;
  for (let match = innerFunctionDeclaration.exec(text); match; match = innerFunctionDeclaration.exec(text)) {
    const name = match[1]!;
    const node = sourceCode.getNodeByRangeIndex(match.index + match[0].indexOf(name, 5));
    const declaration = node?.parent?.type === AST_NODE_TYPES.VariableDeclarator && node.parent.id === node ? node.parent.parent : undefined;
    // A declaration of the module is read with the others; one in a block is a function's.
    if (!declaration || declaration.parent?.type === AST_NODE_TYPES.Program || declaration.parent?.type === AST_NODE_TYPES.ExportNamedDeclaration) continue;
    const fn = functionOfName(node!);
    if (!fn || fn.params.length === 0) continue;
    // Only a body that names an SDK method, or a wrapper found so far, can forward to one: most handlers name neither.
    if (calls?.of !== inner.length) {
      const names = [...found, ...inner].map((wrapper) => lastName(wrapper.descriptor)).filter((name): name is string => name !== undefined);
      calls = { of: inner.length, pattern: wordsPattern([...sdkMethodNames, ...names]) };
    }
    if (!calls.pattern.test(text.slice(fn.body.range[0], fn.body.range[1]))) continue;
    const wrapper = inferFunction(context, fn, name, [{ name }]);
    if (wrapper) inner.push(placed(wrapper, name, [{ name }], { root: node! }));
  }
  return inner;
}

/** The name a wrapper's calls end with (`capture` of `useTracking().capture`), if it ends with a name. */
function lastName(descriptor: CalleeDescriptor): string | undefined {
  const last = descriptor.steps[descriptor.steps.length - 1];
  return last && 'name' in last ? last.name : undefined;
}

const innerFunctionDeclaration = /\bconst\s+([\w$]+)\s*(?::[^=;]*)?=\s*(?:(?:React\s*\.\s*)?useCallback\b|async\b|function\b|\(\s*[^)\s]|[\w$]+\s*=>)/g;

/**
 * The names the text calls a method named for tracking on (`Analytics` in
 * `Analytics.sendEvent(`, `tracker` in `tracker?.track(`): found with one
 * search of the text, made once per text, whatever the number of imports.
 */
function trackingMethodReceivers(text: string): Set<string> {
  if (receiversOf?.text === text) return receiversOf.receivers;
  const receivers = new Set<string>();
  trackingMethodCallAnywhere.lastIndex = 0;
  for (let match = trackingMethodCallAnywhere.exec(text); match; match = trackingMethodCallAnywhere.exec(text)) {
    // Back from the dot over `?`, `!` and spaces to the name before it.
    let end = match.index;
    while (end > 0 && /[\s?!]/.test(text[end - 1]!)) end--;
    let start = end;
    while (start > 0 && /[\w$]/.test(text[start - 1]!)) start--;
    if (start < end && (start === 0 || text[start - 1] !== '.')) receivers.add(text.slice(start, end));
  }
  // One text at a time: asked again only by the other imports and declarations of the same file.
  receiversOf = { text, receivers };
  return receivers;
}
let receiversOf: { text: string; receivers: Set<string> } | undefined;

/** A method named for tracking: `track…`, `…Capture…`, `sendEvent`, `identify…`, `…Group…` (each holds a word of `trackingHint`, so a file without one has none). */
const trackingMethodName = '[\\w$]*(?:[Tt]rack|[Cc]apture|[Ee]vent|[Ii]dentif|[Gg]roup)[\\w$]*';
const trackingMethodCallAnywhere = new RegExp(`\\.\\s*${trackingMethodName}\\s*\\(`, 'g');
const trackingMethodCall = new RegExp(`^\\.\\s*${trackingMethodName}\\s*\\(`);

/** Whether an import names a module of the project (a file it resolves to), not a package. */
export function importedFromProject(context: Context, specifier: string): boolean {
  const from = fileOf(context);
  const path = from && !sdkPackageOf(specifier) ? resolveModulePath(from, specifier) : undefined;
  return path !== undefined && !inNodeModules(path);
}

/** Whether the module an import names is of the project and its text names an SDK: read, not parsed. */
export function importedTextNamesSdk(context: Context, specifier: string): boolean {
  const from = fileOf(context);
  const path = from && !sdkPackageOf(specifier) ? resolveModulePath(from, specifier) : undefined;
  const text = path && readText(path);
  return text ? textNamesSdk(text) : false;
}

const clientGetterImports = new WeakMap<object, boolean>();

/**
 * Whether the file calls a function it imports from a module of the project
 * that returns an SDK client (`useTracking()`, `getServerClient()`): its
 * calls on what that returns (`ph.capture(…)`) are an SDK's, though the file
 * names no SDK. Only modules whose text names an SDK are parsed.
 */
export function importsClientGetter(context: Context): boolean {
  const sourceCode = context.sourceCode;
  const known = clientGetterImports.get(sourceCode);
  if (known !== undefined) return known;
  let found = false;
  const from = fileOf(context);
  for (const statement of from ? sourceCode.ast.body : []) {
    if (found) break;
    if (statement.type !== AST_NODE_TYPES.ImportDeclaration || !mayBringWrapper(sourceCode.text, statement, true, clientWords)) continue;
    const called = statement.specifiers.filter((specifier) => specifier.type !== AST_NODE_TYPES.ImportNamespaceSpecifier && isCalledIn(sourceCode.text, specifier.local.name));
    if (called.length === 0) continue;
    if (!importedTextNamesSdk(context, statement.source.value)) continue;
    const imported = importedModule(context, statement.source.value);
    for (const specifier of imported ? called : []) {
      const target = exportOf(imported!, importedName(specifier));
      const fn = target && !('namespace' in target) ? functionOfName(target.node) : undefined;
      if (target && fn && returnsClient(target.module.context, fn)) found = true;
    }
  }
  clientGetterImports.set(sourceCode, found);
  return found;
}

// ---------------------------------------------------------------------------
// Per file.

const fileCache = new WeakMap<object, InferredWrapper[]>();

/**
 * The wrappers a file can call without `callees`: its own functions that
 * forward to a tracking call, and the functions and hooks it imports from
 * modules of the project that do.
 */
export function inferredWrappers(context: Context, mayTrackHere: boolean, groupProperties: readonly string[], hinted = true): InferredWrapper[] {
  const sourceCode = context.sourceCode;
  const known = fileCache.get(sourceCode);
  if (known) return known;
  const module = moduleOf(context);
  // The same list for every file of a config: its set is made again only when another list comes.
  if (!module && groupProperties !== groupKeysOf) {
    groupKeys = new Set([...groupProperties, '$groups']);
    groupKeysOf = groupProperties;
  }
  const found: InferredWrapper[] = [];
  fileCache.set(sourceCode, found);
  // Text from stdin (`<input>`) has no place on disk to resolve its imports from.
  const from = fileOf(context);
  for (const statement of sourceCode.ast.body) {
    if (statement.type === AST_NODE_TYPES.ImportDeclaration) {
      if (!from) continue;
      // A module is read for the linted file only when it may track (it, or a module it calls, names an SDK): every import it calls is worth a look.
      if (module ? statement.importKind === 'type' || !statement.specifiers.some((specifier) => specifier.type !== AST_NODE_TYPES.ImportNamespaceSpecifier && isCalledIn(sourceCode.text, specifier.local.name)) : !mayBringWrapper(sourceCode.text, statement, hinted)) continue;
      const path = resolveModulePath(from, statement.source.value);
      if (!path || !mayDefineWrappers(path, 0, new Set())) continue;
      const imported = importedModule(context, statement.source.value);
      if (!imported) continue;
      for (const specifier of statement.specifiers) {
        if (specifier.type === AST_NODE_TYPES.ImportNamespaceSpecifier) continue;
        if (specifier.type === AST_NODE_TYPES.ImportSpecifier && specifier.importKind === 'type') continue;
        const target = exportOf(imported, importedName(specifier));
        if (!target || 'namespace' in target) continue;
        const local = specifier.local.name;
        for (const wrapper of wrappersOfDeclaration(target.module.context, target.node, local)) {
          const steps = wrapper.descriptor.steps.length === 1 ? [{ name: local }] : [{ name: local }, ...wrapper.descriptor.steps.slice(1)];
          const callee = steps.map((step) => ('name' in step ? step.name : '()')).join('.').replace('.()', '()');
          // A method of an imported instance or class starts at the import.
          found.push(wrapper.root ? placed(wrapper, callee, steps, { root: specifier.local }) : withSteps(wrapper, callee, steps));
        }
      }
    }
  }
  // Classes of the file handed services (`this.analyticsService.capture(…)`), and instances of classes it declares or imports.
  const instances = new Set<Node>();
  for (const statement of from ? sourceCode.ast.body : []) {
    const declaration = statement.type === AST_NODE_TYPES.ExportNamedDeclaration || statement.type === AST_NODE_TYPES.ExportDefaultDeclaration ? statement.declaration : statement;
    if (declaration?.type === AST_NODE_TYPES.ClassDeclaration) found.push(...injectedServiceWrappers(context, declaration, mayTrackHere));
    if (declaration?.type !== AST_NODE_TYPES.VariableDeclaration) continue;
    for (const declarator of declaration.declarations) {
      // In the linted file, an instance named for nothing of tracking and given no tracking method call (`const app = new Hono()`) is not looked up.
      const worthIt =
        declarator.id.type === AST_NODE_TYPES.Identifier &&
        declarator.init?.type !== undefined &&
        unwrap(declarator.init).type === AST_NODE_TYPES.NewExpression &&
        (module !== undefined || trackingWords.test(declarator.id.name) || (hinted && trackingMethodReceivers(sourceCode.text).has(declarator.id.name)));
      const instance = worthIt ? instanceClass(context, declarator.id as TSESTree.Identifier) : undefined;
      // A class of this file is read below, when the file may track at all.
      if (instance && declarator.id.type === AST_NODE_TYPES.Identifier && (mayTrackHere || instance.context !== context)) {
        instances.add(declarator.id);
        found.push(...classMethodWrappers(instance.context, instance.node, [{ name: declarator.id.name }], 'instance', { root: declarator.id }));
      }
    }
  }
  // A module that calls a tracking method, or a wrapper it imports, may define wrappers of its own.
  if (!mayTrackHere && found.length === 0) return found;
  for (const statement of sourceCode.ast.body) {
    const declaration = statement.type === AST_NODE_TYPES.ExportNamedDeclaration || statement.type === AST_NODE_TYPES.ExportDefaultDeclaration ? statement.declaration : statement;
    if (declaration?.type === AST_NODE_TYPES.ClassDeclaration) {
      // Its own methods on `this` (private ones too), inside it; its static methods by its name.
      found.push(...classMethodWrappers(context, declaration, [{ name: 'this' }], 'own', { within: declaration.body }));
      if (declaration.id) found.push(...classMethodWrappers(context, declaration, [{ name: declaration.id.name }], 'static', { root: declaration.id }));
      continue;
    }
    if (declaration?.type === AST_NODE_TYPES.FunctionDeclaration && declaration.id) {
      found.push(...wrappersOfDeclaration(context, declaration.id, declaration.id.name));
    } else if (declaration?.type === AST_NODE_TYPES.VariableDeclaration) {
      for (const declarator of declaration.declarations) {
        if (declarator.id.type === AST_NODE_TYPES.Identifier && !instances.has(declarator.id)) found.push(...wrappersOfDeclaration(context, declarator.id, declarator.id.name));
      }
    }
  }
  // Then what a component or function declares for itself, forwarding to an SDK method or to one of those.
  if (!module) found.push(...innerWrappers(context, found));
  return found;
}
