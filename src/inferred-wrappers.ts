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
import { isAbsolute } from 'node:path';
import { AST_NODE_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import { importedModule, exportOf, moduleOf, resolveModulePath } from './modules.js';
import type { CalleeDescriptor, CalleePaths, CalleeStep } from './settings.js';
import type { CallKind, Platform } from './sdks.js';
import { importedName, propertyKey, sendsNothing, unwrap, variableOf } from './static-values.js';
import { parseArgumentPath, textMayCallSdk, type TrackingCall, trackingCallOf } from './tracking-calls.js';

type Context = Readonly<TSESLint.RuleContext<string, readonly unknown[]>>;
type Node = TSESTree.Node;
type FunctionNode = TSESTree.FunctionDeclaration | TSESTree.FunctionExpression | TSESTree.ArrowFunctionExpression;

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

function isFunction(node: Node | null | undefined): node is FunctionNode {
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
  for (const key of Object.keys(body)) {
    if (key === 'parent' || key === 'loc' || key === 'range') continue;
    const child = (body as unknown as Record<string, unknown>)[key];
    for (const item of Array.isArray(child) ? child : [child]) {
      if (typeof item !== 'object' || item === null || typeof (item as Node).type !== 'string') continue;
      const node = item as Node;
      // A function the body defines (an effect, an event handler) may run later or never: its calls are its own.
      if (isFunction(node) || node.type === AST_NODE_TYPES.ClassDeclaration || node.type === AST_NODE_TYPES.ClassExpression) continue;
      callsIn(node, out, depth + 1);
    }
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

function readFunction(context: Context, fn: FunctionNode, name: string, steps: CalleeStep[]): InferredWrapper | undefined {
  // A component (`SignUpForm({ user })`) or a class uses what it is given; it is not called to send an event.
  if (fn.params.length === 0 || fn.params.length > 6 || /^[A-Z]/.test(name)) return undefined;
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
  const descriptor: CalleeDescriptor = { kind: inner.kind as CallKind, callee: name, steps, paths };
  const wrapper: InferredWrapper = { descriptor, platform: inner.platform, addsGroupContext, carriedIn, sendsNoProperties, groupContextValues };
  inferredInfo.set(descriptor, wrapper);
  return wrapper;
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
    for (const key of Object.keys(current)) {
      if (key === 'parent' || key === 'loc' || key === 'range') continue;
      const child = (current as unknown as Record<string, unknown>)[key];
      for (const item of Array.isArray(child) ? child : [child]) {
        if (typeof item === 'object' && item !== null && typeof (item as Node).type === 'string') visit(item as Node, depth + 1);
      }
    }
  };
  visit(node, 0);
  return found;
}

/** The function a declared name holds: `function f() {}`, `const f = () => …`, `const f = useCallback(() => …, [])`. */
function functionOfName(node: Node): FunctionNode | undefined {
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

/** The wrappers a declared name is: a wrapper function, or a hook's returned wrappers. */
function wrappersOfDeclaration(context: Context, declared: Node, localName: string): InferredWrapper[] {
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

const importText = /(?:from|import|require\()\s*\(?\s*['"]([^'"]+)['"]/g;
const moduleTexts = new Map<string, { mtimeMs: number; text: string }>();

function readText(path: string): string | undefined {
  try {
    const { mtimeMs } = statSync(path);
    const known = moduleTexts.get(path);
    if (known?.mtimeMs === mtimeMs) return known.text;
    const text = readFileSync(path, 'utf8');
    moduleTexts.set(path, { mtimeMs, text });
    return text;
  } catch {
    return undefined;
  }
}

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
  const text = readText(path);
  if (text !== undefined) {
    verdict = textMayCallSdk(text);
    // A wrapper of a wrapper: one module further, not the whole import graph.
    for (const match of verdict || depth > 0 ? [] : text.matchAll(importText)) {
      const target = resolveModulePath(path, match[1]!);
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
  }
  return false;
}

// ---------------------------------------------------------------------------
// Per file.

const fileCache = new WeakMap<object, InferredWrapper[]>();

/**
 * The wrappers a file can call without `callees`: its own functions that
 * forward to a tracking call, and the functions and hooks it imports from
 * modules of the project that do.
 */
export function inferredWrappers(context: Context, mayTrackHere: boolean, groupProperties: readonly string[]): InferredWrapper[] {
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
  const named = module?.path ?? (context.physicalFilename || context.filename);
  const from = named && isAbsolute(named) ? named : undefined;
  for (const statement of sourceCode.ast.body) {
    if (statement.type === AST_NODE_TYPES.ImportDeclaration) {
      if (!from) continue;
      if (statement.importKind === 'type' || statement.specifiers.length === 0) continue;
      if (!statement.specifiers.some((specifier) => specifier.type !== AST_NODE_TYPES.ImportNamespaceSpecifier && isCalledIn(sourceCode.text, specifier.local.name))) continue;
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
          found.push(withSteps(wrapper, callee, steps));
        }
      }
    }
  }
  // A module that calls a tracking method, or a wrapper it imports, may define wrappers of its own.
  if (!mayTrackHere && found.length === 0) return found;
  for (const statement of sourceCode.ast.body) {
    const declaration = statement.type === AST_NODE_TYPES.ExportNamedDeclaration || statement.type === AST_NODE_TYPES.ExportDefaultDeclaration ? statement.declaration : statement;
    if (declaration?.type === AST_NODE_TYPES.FunctionDeclaration && declaration.id) {
      found.push(...wrappersOfDeclaration(context, declaration.id, declaration.id.name));
    } else if (declaration?.type === AST_NODE_TYPES.VariableDeclaration) {
      for (const declarator of declaration.declarations) {
        if (declarator.id.type === AST_NODE_TYPES.Identifier) found.push(...wrappersOfDeclaration(context, declarator.id, declarator.id.name));
      }
    }
  }
  return found;
}
