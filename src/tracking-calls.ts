/**
 * Recognises tracking calls: is this call a track, identify, group or reset
 * call, of which SDK, in its browser or server form, and where are its event
 * name, properties, options, traits and ids. Rules ask here and judge; they
 * never look at callees themselves.
 */
import { AST_NODE_TYPES, ASTUtils, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import { type CalleeDescriptor, type CalleeStep, getSettings, type ResolvedSettings } from './settings.js';
import {
  type CallKind,
  type MethodShape,
  type Platform,
  type SdkDefinition,
  type SdkPackage,
  sdkByGlobal,
  sdkClientTypes,
  sdkMethodNames,
  trackingHint,
  sdkPackageOf,
  sdks,
  sdkTypePackages,
} from './sdks.js';
import { childNodes, importedName, isWithin, type Lookup, lookupPath, propertyKey, requiredModule, resolveObject, resolveStrings, sendsNothing, type StringResolution, unwrap, variableOf } from './static-values.js';
import {
  type FunctionNode,
  functionOfName,
  importedFromProject,
  importedTextNamesSdk,
  importsClientGetter,
  type InferredWrapper,
  inferredWrapperOf,
  inferredWrappers,
  isFunction,
} from './inferred-wrappers.js';
import { exportOf, importedModule, moduleOf } from './modules.js';
import { hasTypeInformation, programHasPackage, typedStringValues, typeOrigin } from './type-info.js';

type Context = Readonly<TSESLint.RuleContext<string, readonly unknown[]>>;
type Node = TSESTree.Node;

export interface TrackingCall {
  node: TSESTree.CallExpression;
  kind: CallKind;
  /** The SDK, or undefined for a team wrapper named in `callees`. */
  sdk: SdkDefinition | undefined;
  /** "Segment", "PostHog", or the wrapper's callee. */
  label: string;
  platform: Platform;
  /** The method name as called: `track`, `capture`, `set_group`, or the wrapper's last name. */
  method: string;
  /** The client the method is called on (`analytics`, `window.analytics`, `this.posthog`), if any. */
  receiver: TSESTree.Expression | undefined;
  /** Where each part of the call is, as argument paths. */
  shape: MethodShape;
  /** The `callees` entry that matched, for a wrapper. */
  wrapper: CalleeDescriptor | undefined;
}

/**
 * Whether a module this file imports (of the project, read through `modules`)
 * makes a group call that associates the user: an SDK's group call, or a
 * group wrapper's. Only the modules imported directly are read.
 */
export function importsGroupCall(context: Context): boolean {
  for (const statement of context.sourceCode.ast.body) {
    if (statement.type !== AST_NODE_TYPES.ImportDeclaration || statement.importKind === 'type') continue;
    const module = importedModule(context, statement.source.value);
    if (!module || !/\.(?:group|setGroup|set_group)\s*\(|\bgroup\s*\(/.test(module.context.sourceCode.text)) continue;
    const calls: TSESTree.CallExpression[] = [];
    collectCalls(module.ast, calls);
    if (calls.some((call) => {
      const found = trackingCallOf(module.context, call);
      return found?.kind === 'group' && (found.shape.associatesUser === true || found.wrapper !== undefined);
    })) return true;
  }
  return false;
}

/** Every call in a tree, outermost first. */
export function collectCalls(node: Node, out: TSESTree.CallExpression[]): void {
  if (node.type === AST_NODE_TYPES.CallExpression) out.push(node);
  for (const child of childNodes(node)) collectCalls(child, out);
}

/** Whether the call is of a wrapper found from its definition (not named in `callees`). */
export function isInferredWrapperCall(call: TrackingCall): boolean {
  return call.wrapper !== undefined && inferredWrapperOf(call.wrapper) !== undefined;
}

const parsedPaths = new Map<string, { readonly index: number; readonly keys: readonly string[] }>();

/** Parses `"0.context.groupId"` into the argument index and the keys inside it (once per path: there are a few dozen). */
export function parseArgumentPath(path: string): { readonly index: number; readonly keys: readonly string[] } {
  let parsed = parsedPaths.get(path);
  if (!parsed) {
    const [index, ...keys] = path.split('.');
    parsed = { index: Number(index), keys };
    // Paths come from the SDK table and the settings' `callees`: a bound only matters for settings that keep changing.
    if (parsedPaths.size > 1000) parsedPaths.clear();
    parsedPaths.set(path, parsed);
  }
  return parsed;
}

/** Per call: lookups by argument path, shared by every rule linting the file. */
const lookupCache = new WeakMap<TSESTree.CallExpression, Map<string, Lookup>>();

/** The value at an argument path of a call: present (with its node), absent, or unknown. */
export function argumentAt(context: Context, call: TSESTree.CallExpression, path: string | undefined): Lookup {
  if (path === undefined) return { state: 'absent' };
  let cached = lookupCache.get(call);
  if (!cached) {
    cached = new Map();
    lookupCache.set(call, cached);
  }
  let found = cached.get(path);
  if (!found) {
    found = lookupArgument(context, call, path);
    cached.set(path, found);
  }
  return found;
}

function lookupArgument(context: Context, call: TSESTree.CallExpression, path: string): Lookup {
  const { index, keys } = parseArgumentPath(path);
  for (let position = 0; position <= index && position < call.arguments.length; position++) {
    if (call.arguments[position]!.type === AST_NODE_TYPES.SpreadElement) return { state: 'unknown' };
  }
  const argument = call.arguments[index];
  if (!argument) return { state: 'absent' };
  return lookupPath(context, argument, keys);
}

/**
 * What a track call sends as its properties (`key`: at one key of them). A
 * wrapper whose `callees` entry names no place for them may send any: unknown,
 * so nothing is reported missing from them.
 */
export function propertiesOf(context: Context, call: TrackingCall, key?: string): Lookup {
  const path = call.shape.properties;
  if (path === undefined) return call.wrapper && !inferredWrapperOf(call.wrapper)?.sendsNoProperties ? { state: 'unknown' } : { state: 'absent' };
  return argumentAt(context, call.node, key === undefined ? path : `${path}.${key}`);
}

/** `node` where the call's own text holds it, so a report points at what the call writes; else `fallback` (a value in a constant elsewhere). */
export function reportNodeWithin(call: TSESTree.CallExpression, node: Node | undefined, fallback: Node = call): Node {
  return node && isWithin(node, call) ? node : fallback;
}

/** A member's name as written: `a.track`, `a['track']`; undefined for a private name or a computed key that is not a string literal. */
function memberName(member: TSESTree.MemberExpression): string | undefined {
  const { property } = member;
  // `this.#capture` is named `#capture`, as a `callees` entry writes it.
  if (!member.computed) return property.type === AST_NODE_TYPES.Identifier ? property.name : property.type === AST_NODE_TYPES.PrivateIdentifier ? `#${property.name}` : undefined;
  return property.type === AST_NODE_TYPES.Literal && typeof property.value === 'string' ? property.value : undefined;
}

const namesCache = new WeakMap<TSESTree.CallExpression, StringResolution | null>();

/** The event name(s) of a track call, or undefined when the call has no event argument. Shared by every rule. */
export function eventNamesOf(context: Context, call: TrackingCall): StringResolution | undefined {
  const cached = namesCache.get(call.node);
  if (cached !== undefined) return cached ?? undefined;
  const found = argumentAt(context, call.node, call.shape.event);
  const names =
    found.state === 'unknown'
      ? { values: [], dynamic: [], unknown: true }
      : found.state === 'absent' || !found.value
        ? undefined
        : resolveStrings(context, found.value);
  namesCache.set(call.node, names ?? null);
  return names;
}

// ---------------------------------------------------------------------------
// What a module imports from the SDK packages.

interface SdkBinding {
  sdk: SdkDefinition;
  pkg: SdkPackage;
  /** `namespace`: the whole module (`import * as Seg`, `require('posthog-node')`) where that is not itself a client; its factories build clients. */
  role: 'client' | 'factory' | 'method' | 'namespace';
  /** For `method` bindings, the SDK method it is. */
  method: string;
}

function bindingFor(packageName: string, exportName: string): SdkBinding | undefined {
  const found = sdkPackageOf(packageName);
  if (!found) return undefined;
  const exported = found.pkg.exports.find((candidate) => candidate.name === exportName);
  if (exported) return { sdk: found.sdk, pkg: found.pkg, role: exported.role, method: exportName };
  return exportName === '*' ? { sdk: found.sdk, pkg: found.pkg, role: 'namespace', method: '' } : undefined;
}

/** What a whole module binds: its listed `*` or default export, else the module as a namespace of factories. */
function moduleBinding(packageName: string, specifier: 'default' | '*'): SdkBinding | undefined {
  return specifier === '*'
    ? (bindingFor(packageName, '*') ?? bindingFor(packageName, 'default'))
    : (bindingFor(packageName, 'default') ?? bindingFor(packageName, '*'));
}

/** The binding identifiers of this file that name SDK imports (read once per file). */
function sdkImports(context: Context): Map<Node, SdkBinding> {
  return importsOf(fileStateOf(context));
}

function importsOf(file: FileState): Map<Node, SdkBinding> {
  if (file.imports) return file.imports;
  const sourceCode = file.sourceCode;
  const imports = new Map<Node, SdkBinding>();
  for (const statement of sourceCode.ast.body) {
    if (statement.type === AST_NODE_TYPES.ImportDeclaration) {
      if (!sdkPackageOf(statement.source.value)) continue;
      for (const specifier of statement.specifiers) {
        const name = importedName(specifier);
        const binding = name === '*' || name === 'default' ? moduleBinding(statement.source.value, name) : bindingFor(statement.source.value, name);
        if (binding) imports.set(specifier.local, binding);
      }
      continue;
    }
    if (statement.type !== AST_NODE_TYPES.VariableDeclaration) continue;
    for (const declarator of statement.declarations) {
      // `const PostHog = require('posthog-node').PostHog`: one export of the required module.
      const init = declarator.init && unwrap(declarator.init);
      const member = init?.type === AST_NODE_TYPES.MemberExpression && !init.computed && init.property.type === AST_NODE_TYPES.Identifier ? init : undefined;
      const memberModule = member && requiredModule(member.object)?.value;
      if (memberModule && member && declarator.id.type === AST_NODE_TYPES.Identifier && member.property.type === AST_NODE_TYPES.Identifier) {
        const binding = bindingFor(memberModule, member.property.name);
        if (binding) imports.set(declarator.id, binding);
        continue;
      }
      const packageName = requiredModule(declarator.init)?.value;
      if (!packageName || !sdkPackageOf(packageName)) continue;
      if (declarator.id.type === AST_NODE_TYPES.Identifier) {
        const binding = moduleBinding(packageName, '*');
        if (binding) imports.set(declarator.id, binding);
      } else if (declarator.id.type === AST_NODE_TYPES.ObjectPattern) {
        for (const property of declarator.id.properties) {
          if (
            property.type === AST_NODE_TYPES.Property &&
            property.key.type === AST_NODE_TYPES.Identifier &&
            property.value.type === AST_NODE_TYPES.Identifier
          ) {
            const binding = bindingFor(packageName, property.key.name);
            if (binding) imports.set(property.value, binding);
          }
        }
      }
    }
  }
  const methodNames = new Set<string>();
  for (const [identifier, binding] of imports) {
    if (binding.role === 'method' && identifier.type === AST_NODE_TYPES.Identifier) methodNames.add(identifier.name);
  }
  file.imports = imports;
  file.importedMethodNames = methodNames;
  return imports;
}

// ---------------------------------------------------------------------------
// What a receiver is.

interface ClientInfo {
  sdk: SdkDefinition;
  /** Known from the package it came from (or `browser` for `window.analytics`); undefined for a conventional name. */
  platform: Platform | undefined;
  /** Known by its conventional name alone (`analytics`, `window.analytics`, `this.posthog`): a `callees` entry that names the call says what it is. */
  conventional?: true;
}

const globalObjects = new Set(['window', 'globalThis', 'self']);

/** The variable an identifier refers to, with its single definition. */
function definitionOf(context: Context, identifier: TSESTree.Identifier) {
  const variable = variableOf(context, identifier);
  if (!variable || variable.defs.length !== 1) return undefined;
  return variable.defs[0];
}

/** How many names and calls a client is followed through (`c` ← `await ready` ← `getClient()` ← `analytics` ← `load()`). */
const clientDepth = 6;

/**
 * A client built from an SDK factory (`new PostHog()`, `AnalyticsBrowser.load()`,
 * `Mixpanel.init()`, `usePostHog()`), made only when configured (`key ? new
 * PostHog(key) : null`, `key && new PostHog(key)`), or another name for a
 * client (`const a = window.analytics`).
 */
function builtClient(context: Context, init: Node, depth: number): ClientInfo | undefined {
  let expression = unwrap(init);
  if (expression.type === AST_NODE_TYPES.AwaitExpression) expression = unwrap(expression.argument);
  // `AnalyticsBrowser.load(…).then(([analytics]) => analytics).catch(() => null)`: the loaded client, once it is there.
  while (isPromiseStep(expression)) expression = unwrap(expression.callee.object);
  if (expression.type === AST_NODE_TYPES.Identifier || expression.type === AST_NODE_TYPES.MemberExpression) {
    return depth < clientDepth ? clientOf(context, expression, depth + 1) : undefined;
  }
  // `key ? new PostHog(key) : null`: a client made only when configured, where each branch is the client or nothing.
  if (expression.type === AST_NODE_TYPES.ConditionalExpression) return depth < clientDepth ? clientOrNothing(context, [expression.consequent, expression.alternate], depth + 1) : undefined;
  // `key && new PostHog(key)`: the client, or the guard's falsy value (an empty key, undefined), which is no client either.
  if (expression.type === AST_NODE_TYPES.LogicalExpression && expression.operator === '&&') return depth < clientDepth ? builtClient(context, expression.right, depth + 1) : undefined;
  if (expression.type !== AST_NODE_TYPES.NewExpression && expression.type !== AST_NODE_TYPES.CallExpression) return undefined;
  const factory = factoryOf(context, unwrap(expression.callee), 0);
  if (factory) return { sdk: factory.sdk, platform: factory.pkg.platform };
  // `useTracking()`, `await getServerClient()`: a function of the project that returns a client.
  const called = expression.type === AST_NODE_TYPES.CallExpression && depth < clientDepth ? calledFunction(context, unwrap(expression.callee)) : undefined;
  return called ? returnedClient(called.context, called.fn, depth + 1) : undefined;
}

/** `x.then(…)`, `x.catch(…)`, `x.finally(…)` on an SDK factory's call: what it settles to is that SDK's client (or nothing). */
function isPromiseStep(node: Node): node is TSESTree.CallExpression & { callee: TSESTree.MemberExpression } {
  if (node.type !== AST_NODE_TYPES.CallExpression || node.callee.type !== AST_NODE_TYPES.MemberExpression || node.callee.computed) return false;
  const { property } = node.callee;
  if (property.type !== AST_NODE_TYPES.Identifier || !['then', 'catch', 'finally'].includes(property.name)) return false;
  let object = unwrap(node.callee.object);
  while (isPromiseStep(object)) object = unwrap(object.callee.object);
  return (object.type === AST_NODE_TYPES.CallExpression || object.type === AST_NODE_TYPES.NewExpression) && object.callee.type === AST_NODE_TYPES.MemberExpression;
}

/** `Promise.resolve(null)`, `Promise.resolve()`: a promise of no client, the other branch of one that loads it. */
function isResolvedNothing(node: Node): boolean {
  const call = unwrap(node);
  if (call.type !== AST_NODE_TYPES.CallExpression || call.callee.type !== AST_NODE_TYPES.MemberExpression) return false;
  const { object, property } = call.callee;
  return (
    object.type === AST_NODE_TYPES.Identifier &&
    object.name === 'Promise' &&
    property.type === AST_NODE_TYPES.Identifier &&
    property.name === 'resolve' &&
    (call.arguments.length === 0 || (call.arguments.length === 1 && call.arguments[0]!.type !== AST_NODE_TYPES.SpreadElement && sendsNothing(call.arguments[0]!)))
  );
}

/** The client the branches give, where each is a client of the same SDK on the same platform or nothing (`null`, `undefined`), and one is a client. */
function clientOrNothing(context: Context, branches: readonly Node[], depth: number): ClientInfo | undefined {
  let found: ClientInfo | undefined;
  for (const branch of branches) {
    if (sendsNothing(branch) || isResolvedNothing(branch)) continue;
    const client = builtClient(context, branch, depth);
    if (!client || (found && (found.sdk !== client.sdk || found.platform !== client.platform))) return undefined;
    found = client;
  }
  return found;
}

/** The function a callee names, declared in this module or imported from another one of the project, with the context to read it in. */
function calledFunction(context: Context, callee: Node): { context: Context; fn: FunctionNode } | undefined {
  if (callee.type !== AST_NODE_TYPES.Identifier) return undefined;
  const def = definitionOf(context, callee);
  if (def?.type === 'ImportBinding') {
    const declaration = def.parent;
    if (declaration?.type !== AST_NODE_TYPES.ImportDeclaration || def.node.type === AST_NODE_TYPES.TSImportEqualsDeclaration || declaration.importKind === 'type') return undefined;
    // Only a module whose text names an SDK is parsed to find out.
    if (!importedTextNamesSdk(context, declaration.source.value)) return undefined;
    const module = importedModule(context, declaration.source.value);
    const target = module && exportOf(module, importedName(def.node));
    const fn = target && !('namespace' in target) ? functionOfName(target.node) : undefined;
    return target && fn ? { context: target.module.context, fn } : undefined;
  }
  const fn = def ? functionOfName(def.name) : undefined;
  return fn ? { context, fn } : undefined;
}

const returnedClients = new WeakMap<FunctionNode, ClientInfo | null>();

/**
 * The client a function returns (`return posthog` after `const posthog =
 * usePostHog()`, `return new PostHog(key)`, a module's client kept in a
 * variable): every return gives a client of the same SDK on the same
 * platform, or the function returns no client.
 */
function returnedClient(context: Context, fn: FunctionNode, depth: number): ClientInfo | undefined {
  const known = returnedClients.get(fn);
  if (known !== undefined) return known ?? undefined;
  returnedClients.set(fn, null);
  const returned: (Node | null)[] = fn.body.type === AST_NODE_TYPES.BlockStatement ? returnsOf(fn.body, []) : [fn.body];
  let found: ClientInfo | undefined;
  // `if (!ready) return null; … return client`: a getter that returns its client, or nothing when there is none.
  const values = returned.filter((value): value is Node => value !== null && !sendsNothing(value));
  for (const value of values) {
    const client = builtClient(context, value, depth);
    if (!client || (found && (found.sdk !== client.sdk || found.platform !== client.platform))) {
      found = undefined;
      break;
    }
    found = client;
  }
  if (values.length === 0) found = undefined;
  returnedClients.set(fn, found ?? null);
  return found;
}

/** The values a function body returns, not counting those of functions it defines; null for a bare `return`. */
function returnsOf(node: Node, out: (Node | null)[]): (Node | null)[] {
  if (out.length > 8) return out;
  if (node.type === AST_NODE_TYPES.ReturnStatement) {
    out.push(node.argument);
    return out;
  }
  for (const child of childNodes(node)) {
    if (!isFunction(child) && child.type !== AST_NODE_TYPES.ClassDeclaration && child.type !== AST_NODE_TYPES.ClassExpression) returnsOf(child, out);
  }
  return out;
}

/** Whether a function of the project returns an SDK client (a hook, a server getter), for the file filter of the modules that call it. */
export function returnsClient(context: Context, fn: FunctionNode): boolean {
  return returnedClient(context, fn, 1) !== undefined;
}

/**
 * The SDK package whose factory a callee is: `PostHog` (`new PostHog()`),
 * `AnalyticsBrowser.load`, `Mixpanel.init`, and the same through the module
 * or a client (`amplitude.createInstance`, `Seg.AnalyticsBrowser.load`,
 * `new Ph.PostHog()`, `mixpanel.init(token, config, name)`).
 */
function factoryOf(context: Context, callee: Node, depth: number): SdkBinding | undefined {
  if (callee.type === AST_NODE_TYPES.Identifier) {
    const binding = importBinding(context, callee);
    return binding?.role === 'factory' ? binding : undefined;
  }
  if (callee.type !== AST_NODE_TYPES.MemberExpression || callee.computed || callee.property.type !== AST_NODE_TYPES.Identifier || depth > 1) return undefined;
  const object = unwrap(callee.object);
  // `AnalyticsBrowser.load`, `Seg.AnalyticsBrowser.load`: a method of a factory makes a client.
  const owner = factoryOf(context, object, depth + 1);
  if (owner) return owner;
  if (object.type !== AST_NODE_TYPES.Identifier) return undefined;
  const binding = importBinding(context, object);
  if (binding?.role !== 'namespace' && binding?.role !== 'client') return undefined;
  const name = callee.property.name;
  return binding.pkg.exports.some((exported) => exported.name === name && exported.role === 'factory') ? { ...binding, role: 'factory', method: name } : undefined;
}

/** Whether the file imports an SDK method on its own under this name. */
function isImportedMethod(file: FileState, name: string): boolean {
  importsOf(file);
  return file.importedMethodNames?.has(name) === true;
}

function importBinding(context: Context, identifier: TSESTree.Identifier): SdkBinding | undefined {
  const imports = sdkImports(context);
  if (imports.size === 0) return undefined;
  const def = definitionOf(context, identifier);
  return def ? imports.get(def.name) : undefined;
}

/** `this.client` (also `this.#client`) where the class sets `client = new PostHog()` (as a field or in its constructor). */
function classFieldClient(context: Context, member: TSESTree.MemberExpression, depth: number): ClientInfo | undefined {
  // `#client` for a private name, so `this.#client` is never read as the field `client`.
  const name = member.computed ? undefined : memberName(member);
  if (name === undefined) return undefined;
  let classNode: Node | undefined = member.parent;
  while (classNode && classNode.type !== AST_NODE_TYPES.ClassBody) classNode = classNode.parent;
  if (!classNode) return undefined;
  for (const element of classNode.body) {
    if (
      element.type === AST_NODE_TYPES.PropertyDefinition &&
      classKeyName(element) === name &&
      element.value &&
      // `private client: PostHog | null = null`, made later in the constructor: what is assigned there says.
      !sendsNothing(element.value)
    ) {
      return builtClient(context, element.value, depth + 1);
    }
    if (element.type === AST_NODE_TYPES.MethodDefinition && element.kind === 'constructor') {
      // `constructor(private readonly client: PostHog)`: the type it is given names the client.
      for (const parameter of element.value.params) {
        const own = parameter.type === AST_NODE_TYPES.TSParameterProperty ? parameter.parameter : undefined;
        const typed = own?.type === AST_NODE_TYPES.AssignmentPattern ? own.left : own;
        if (typed?.type === AST_NODE_TYPES.Identifier && typed.name === name) return annotatedClient(context, typed.typeAnnotation);
      }
      // `this.client = new PostHog(key)`, also under an `if (apiKey)` or a `try`.
      const assigned = constructorAssignment(element.value.body?.body ?? [], name, 0);
      if (assigned) return builtClient(context, assigned, depth + 1);
    }
  }
  // `private readonly client: PostHog` (set by a framework's injection, or in a way not read here).
  const field = classNode.body.find(
    (element): element is TSESTree.PropertyDefinition =>
      element.type === AST_NODE_TYPES.PropertyDefinition && (!element.value || sendsNothing(element.value)) && classKeyName(element) === name,
  );
  return field ? annotatedClient(context, field.typeAnnotation) : undefined;
}

/** A class field's name as `this` reads it: `client`, or `#client` for a private one; undefined for a computed key. */
function classKeyName(element: TSESTree.PropertyDefinition): string | undefined {
  if (element.computed) return undefined;
  return element.key.type === AST_NODE_TYPES.Identifier ? element.key.name : element.key.type === AST_NODE_TYPES.PrivateIdentifier ? `#${element.key.name}` : undefined;
}

/** What a constructor assigns to `this.<name>` (or `this.#name`) first, in its statements or the blocks of its `if`s and `try`s. */
function constructorAssignment(statements: readonly TSESTree.Statement[], name: string, depth: number): Node | undefined {
  for (const statement of depth > 3 ? [] : statements) {
    if (
      statement.type === AST_NODE_TYPES.ExpressionStatement &&
      statement.expression.type === AST_NODE_TYPES.AssignmentExpression &&
      statement.expression.left.type === AST_NODE_TYPES.MemberExpression &&
      statement.expression.left.object.type === AST_NODE_TYPES.ThisExpression &&
      !statement.expression.left.computed &&
      memberName(statement.expression.left) === name
    ) {
      return statement.expression.right;
    }
    const blocks: (TSESTree.Statement | null | undefined)[] =
      statement.type === AST_NODE_TYPES.IfStatement
        ? [statement.consequent, statement.alternate]
        : statement.type === AST_NODE_TYPES.TryStatement
          ? [statement.block]
          : statement.type === AST_NODE_TYPES.BlockStatement
            ? [statement]
            : [];
    for (const block of blocks) {
      if (!block) continue;
      const found = constructorAssignment(block.type === AST_NODE_TYPES.BlockStatement ? block.body : [block], name, depth + 1);
      if (found) return found;
    }
  }
  return undefined;
}

/**
 * The client a type annotation names without type information: a class an SDK
 * package exports, imported under that name (`client: PostHog` with
 * `import { PostHog } from 'posthog-node'`).
 */
function annotatedClient(context: Context, annotation: TSESTree.TSTypeAnnotation | undefined): ClientInfo | undefined {
  let type = annotation?.typeAnnotation;
  // `PostHog | null`, `PostHog | undefined`.
  if (type?.type === AST_NODE_TYPES.TSUnionType) {
    const named = type.types.filter((member) => member.type !== AST_NODE_TYPES.TSNullKeyword && member.type !== AST_NODE_TYPES.TSUndefinedKeyword);
    type = named.length === 1 ? named[0] : undefined;
  }
  if (type?.type !== AST_NODE_TYPES.TSTypeReference || type.typeName.type !== AST_NODE_TYPES.Identifier) return undefined;
  const def = definitionOf(context, type.typeName);
  if (def?.type !== 'ImportBinding' || def.parent?.type !== AST_NODE_TYPES.ImportDeclaration || def.node.type === AST_NODE_TYPES.TSImportEqualsDeclaration) return undefined;
  const found = sdkPackageOf(def.parent.source.value);
  const imported = importedName(def.node);
  return found?.pkg.clientTypes?.includes(imported) ? { sdk: found.sdk, platform: found.pkg.platform } : undefined;
}

/**
 * Which SDK client an expression is, if it is one: from the code, and with
 * type information from the package its type is declared in, which also tells
 * the browser library from the server one behind a conventional name.
 */
function clientOf(context: Context, receiver: Node, depth = 0): ClientInfo | undefined {
  const seen = clientInCode(context, receiver, depth);
  // Asked once, for the receiver itself: `const a = b` has the type of `b`.
  if (seen === null || (seen?.platform !== undefined && !seen.conventional) || depth > 0) return seen ?? undefined;
  return clientByType(context, unwrap(receiver)) ?? seen;
}

function clientByType(context: Context, expression: Node): ClientInfo | undefined {
  const file = fileStateOf(context);
  if (!hasSdkTypes(context, file)) return undefined;
  // Per file: the answer for each variable (or undeclared global) a receiver names, so `router.track()` twelve times is asked once.
  const cache = (file.typedClients ??= new Map());
  const key = receiverKey(context, expression);
  const cached = key === undefined ? undefined : cache.get(key);
  if (cached !== undefined) return cached ?? undefined;
  const origin = typeOrigin(context, expression);
  const found = origin && sdkClientTypes.get(`${origin.packageName}#${origin.typeName}`);
  const client = found ? { sdk: found.sdk, platform: found.pkg.platform } : undefined;
  if (key !== undefined) cache.set(key, client ?? null);
  return client;
}

/**
 * What a receiver names, where every use has the same declared type: a variable
 * (or an undeclared global), or `this.name` in one class. Narrowing a client's
 * type between uses is too rare to pay a checker call per use for.
 */
function receiverKey(context: Context, expression: Node): unknown {
  if (expression.type === AST_NODE_TYPES.Identifier) {
    return variableOf(context, expression) ?? `global ${expression.name}`;
  }
  // `window.analytics`, where `window` is the global one: the same type at every use.
  if (expression.type === AST_NODE_TYPES.MemberExpression && expression.object.type === AST_NODE_TYPES.Identifier && globalObjects.has(expression.object.name)) {
    const name = memberName(expression);
    const declared = variableOf(context, expression.object)?.defs.length;
    return name !== undefined && !declared ? `global ${expression.object.name}.${name}` : undefined;
  }
  if (
    expression.type === AST_NODE_TYPES.MemberExpression &&
    !expression.computed &&
    expression.property.type === AST_NODE_TYPES.Identifier &&
    expression.object.type === AST_NODE_TYPES.ThisExpression
  ) {
    let classBody: Node | undefined = expression.parent;
    while (classBody && classBody.type !== AST_NODE_TYPES.ClassBody) classBody = classBody.parent;
    return classBody ? `this.${expression.property.name} ${classBody.range[0]}` : undefined;
  }
  return undefined;
}

/** The client as the code shows it; null for an SDK import that is not a client (a factory, a method), whatever its type. */
function clientInCode(context: Context, receiver: Node, depth: number): ClientInfo | null | undefined {
  const expression = unwrap(receiver);
  if (expression.type === AST_NODE_TYPES.Identifier) {
    const binding = importBinding(context, expression);
    if (binding) return binding.role === 'client' ? { sdk: binding.sdk, platform: binding.pkg.platform } : null;
    const def = definitionOf(context, expression);
    // `({ mixpanel = getClient() }) => mixpanel.track(…)`: the parameter is what its default is, whatever its name says.
    const defaultValue = def ? parameterDefault(def.name) : undefined;
    if (defaultValue) return depth < clientDepth ? (builtClient(context, defaultValue, depth) ?? null) : null;
    // `(client: PostHog) => client.capture(…)`: the parameter is of the type it names.
    if (def?.type === 'Parameter' && def.name.type === AST_NODE_TYPES.Identifier) {
      const typed = annotatedClient(context, def.name.typeAnnotation);
      if (typed) return typed;
    }
    // `const client = …`, and `const [client] = await AnalyticsBrowser.load(…)` (Segment's load resolves to `[analytics, context]`).
    const declared =
      def?.node.type === AST_NODE_TYPES.VariableDeclarator &&
      (def.node.id === def.name ||
        (def.node.id.type === AST_NODE_TYPES.ArrayPattern &&
          def.node.id.elements[0] === def.name &&
          def.node.init !== null &&
          unwrap(def.node.init).type === AST_NODE_TYPES.AwaitExpression));
    if (declared && def.node.type === AST_NODE_TYPES.VariableDeclarator && def.node.init && !sendsNothing(def.node.init) && depth < clientDepth) {
      const built = builtClient(context, def.node.init, depth);
      if (built) return built;
      // `const analytics = new Analytics()` of the team's own class: an instance of that class, whatever its name says.
      if (isProjectClassInstance(context, def.node.init)) return null;
      // A package's class that names no SDK (`const analytics = new Tracker()` of `@acme/tracker`): not the SDK its name is for.
      const named = sdkByGlobal.get(expression.name);
      if (named && !classNamesSdk(def.node.init, named)) return null;
    } else if (def?.node.type === AST_NODE_TYPES.VariableDeclarator && def.node.id === def.name && depth < clientDepth) {
      // `let client = null; … client = new PostHog(key)`: a module's client made once, when every value given it is one.
      const assigned = assignedClient(context, expression, depth);
      if (assigned) return assigned;
    }
    const conventional = sdkByGlobal.get(expression.name);
    if (conventional) return { sdk: conventional, platform: undefined, conventional: true };
  } else if (expression.type === AST_NODE_TYPES.MemberExpression) {
    const object = unwrap(expression.object);
    const isGlobal = object.type === AST_NODE_TYPES.Identifier && globalObjects.has(object.name);
    // `window['analytics']` is `window.analytics`.
    const name = memberName(expression);
    if (object.type === AST_NODE_TYPES.ThisExpression) {
      const field = classFieldClient(context, expression, depth);
      if (field) return field;
    }
    const conventional = name === undefined ? undefined : sdkByGlobal.get(name);
    if (conventional) return { sdk: conventional, platform: isGlobal ? 'browser' : undefined, conventional: true };
  } else if (expression.type === AST_NODE_TYPES.CallExpression && depth < clientDepth) {
    const built = builtClient(context, expression, depth);
    if (built) return built;
  }
  return undefined;
}

/** `new Analytics()` of a class declared in this module or imported from one of the project (not a package's: `new Mixpanel(token)`). */
function isProjectClassInstance(context: Context, init: Node): boolean {
  const expression = unwrap(init);
  if (expression.type !== AST_NODE_TYPES.NewExpression || expression.callee.type !== AST_NODE_TYPES.Identifier) return false;
  const def = definitionOf(context, expression.callee);
  if (def?.type === 'ClassName') return true;
  return def?.type === 'ImportBinding' && def.parent?.type === AST_NODE_TYPES.ImportDeclaration && importedFromProject(context, def.parent.source.value);
}

/** Whether a value is an instance of a class named for the SDK (`new Mixpanel(token)` of a package not listed, for `mixpanel`); true for what is not an instance. */
function classNamesSdk(init: Node, sdk: SdkDefinition): boolean {
  const expression = unwrap(init);
  if (expression.type !== AST_NODE_TYPES.NewExpression) return true;
  const name = calleeName(expression.callee);
  return name !== undefined && name.toLowerCase().includes(sdk.id === 'rudderstack' ? 'rudder' : sdk.id);
}

/** The client every assignment of a variable declared without one gives it, if they agree. */
function assignedClient(context: Context, identifier: TSESTree.Identifier, depth: number): ClientInfo | undefined {
  const writes = variableOf(context, identifier)?.references.filter((reference) => reference.isWrite() && !reference.init) ?? [];
  if (writes.length === 0 || writes.length > 4) return undefined;
  let found: ClientInfo | undefined;
  for (const write of writes) {
    const assignment = write.identifier.parent;
    if (assignment?.type !== AST_NODE_TYPES.AssignmentExpression || assignment.left !== write.identifier || (assignment.operator !== '=' && assignment.operator !== '??=')) return undefined;
    const client = builtClient(context, assignment.right, depth + 1);
    if (!client || (found && (found.sdk !== client.sdk || found.platform !== client.platform))) return undefined;
    found = client;
  }
  return found;
}

/** The default value of a parameter (`client = new PostHog()`, `{ mixpanel = getClient() }`), for its declared name. */
function parameterDefault(name: Node): TSESTree.Expression | undefined {
  const parent = name.parent;
  if (parent?.type !== AST_NODE_TYPES.AssignmentPattern || parent.left !== name) return undefined;
  // Only a parameter's own default: `const { a = b } = c` is a variable's.
  let owner: Node | undefined = parent.parent;
  while (owner && (owner.type === AST_NODE_TYPES.Property || owner.type === AST_NODE_TYPES.ObjectPattern || owner.type === AST_NODE_TYPES.ArrayPattern)) owner = owner.parent;
  const isParameter =
    owner?.type === AST_NODE_TYPES.FunctionDeclaration || owner?.type === AST_NODE_TYPES.FunctionExpression || owner?.type === AST_NODE_TYPES.ArrowFunctionExpression;
  return isParameter ? parent.right : undefined;
}

/** The method shape a call of an SDK client takes, choosing the browser or server form. */
function methodShape(
  context: Context,
  client: ClientInfo,
  method: string,
  call: TSESTree.CallExpression,
): { shape: MethodShape; platform: Platform } | undefined {
  const { sdk } = client;
  if (client.platform === 'server') {
    const shape = sdk.server[method];
    return shape ? { shape, platform: 'server' } : undefined;
  }
  const first = call.arguments[0];
  // Only an object literal in the code tells the form: a typed variable's keys would cost a checker call for nothing.
  const firstObject = first && first.type !== AST_NODE_TYPES.SpreadElement ? resolveObject(context, first, { useTypes: false }) : undefined;
  // A conventional name whose call has the server's shape: markers such as `userId` / `distinctId`,
  // or a method only the server library has (`posthog.groupIdentify({ ... })`).
  if (
    firstObject?.node &&
    client.platform === undefined &&
    (sdk.serverMarkers.some((key) => firstObject.entries.has(key)) || !sdk.browser[method])
  ) {
    const shape = sdk.server[method];
    if (shape) return { shape, platform: 'server' };
  }
  // `mixpanel.track('X', { distinct_id })` on a conventional name: the Node library's call.
  if (client.platform === undefined && sdk.serverPropertyMarkers && sdk.server[method]) {
    const second = call.arguments[1];
    const properties = second && second.type !== AST_NODE_TYPES.SpreadElement ? resolveObject(context, second, { useTypes: false }) : undefined;
    if (properties?.node && sdk.serverPropertyMarkers.some((key) => properties.entries.has(key))) return { shape: sdk.server[method]!, platform: 'server' };
  }
  if (firstObject?.node) {
    const shape = sdk.browserObjectForm?.[method];
    if (shape) return { shape, platform: 'browser' };
  }
  const whole = wholeObjectForm(context, client, method, call);
  if (whole) return whole;
  const shape = sdk.browser[method];
  return shape ? { shape, platform: 'browser' } : undefined;
}

/**
 * `(event) => analytics.track(event)`: a function's own parameter handed on
 * whole may be the event's name or the whole event of the SDK's object form
 * (`{ userId, event, properties }`); the call alone cannot tell. It is read in
 * the object form, where nothing can be looked up and so nothing is reported
 * (a browser-form suggestion would write the wrong shape); a wrapper inferred
 * from it takes the object form's places under its argument. A parameter that
 * says it is a name (`name`, `eventName`, typed `string`) keeps the name form.
 */
function wholeObjectForm(context: Context, client: ClientInfo, method: string, call: TSESTree.CallExpression): { shape: MethodShape; platform: Platform } | undefined {
  if (call.arguments.length !== 1 || client.platform === 'server') return undefined;
  const argument = unwrap(call.arguments[0]!);
  if (argument.type !== AST_NODE_TYPES.Identifier) return undefined;
  const def = definitionOf(context, argument);
  if (def?.type !== 'Parameter' || def.name.type !== AST_NODE_TYPES.Identifier || !isFunction(def.name.parent) || isNameParameter(def.name)) return undefined;
  // With type information, a parameter whose type is strings (`event: TrialEvent`, a union of names) is a name.
  if (hasTypeInformation(context) && typedStringValues(context, argument) !== undefined) return undefined;
  const browserObject = client.sdk.browserObjectForm?.[method];
  const shape = browserObject ?? (client.platform === undefined ? client.sdk.server[method] : undefined);
  if (shape?.kind !== 'track' || !shape.event?.startsWith('0.')) return undefined;
  return { shape, platform: browserObject ? 'browser' : 'server' };
}

/** A parameter that is an event's name by its name (`name`, `eventName`, `event_name`) or its type (`string`, a union of strings). */
function isNameParameter(parameter: TSESTree.Identifier): boolean {
  if (/(?:^|_)name$|Name$/.test(parameter.name)) return true;
  const type = parameter.typeAnnotation?.typeAnnotation;
  if (!type) return false;
  const isString = (node: TSESTree.TypeNode): boolean =>
    node.type === AST_NODE_TYPES.TSStringKeyword ||
    node.type === AST_NODE_TYPES.TSTemplateLiteralType ||
    (node.type === AST_NODE_TYPES.TSLiteralType && node.literal.type === AST_NODE_TYPES.Literal && typeof node.literal.value === 'string') ||
    (node.type === AST_NODE_TYPES.TSUnionType && node.types.every(isString));
  return isString(type);
}

// ---------------------------------------------------------------------------
// Team wrappers named in `callees`.

/** The steps of a callee expression: `this.analytics.track` → this, analytics, track. */
function stepsOf(node: Node, out: CalleeStep[]): boolean {
  const expression = unwrap(node);
  switch (expression.type) {
    case AST_NODE_TYPES.Identifier:
      out.push({ name: expression.name });
      return true;
    case AST_NODE_TYPES.ThisExpression:
      out.push({ name: 'this' });
      return true;
    case AST_NODE_TYPES.MemberExpression: {
      // `this.analyticsService['track']` is `this.analyticsService.track`.
      const name = memberName(expression);
      if (name === undefined || !stepsOf(expression.object, out)) return false;
      out.push({ name });
      return true;
    }
    case AST_NODE_TYPES.CallExpression:
      if (!stepsOf(expression.callee, out)) return false;
      out.push({ call: true });
      return true;
    default:
      return false;
  }
}

/**
 * The steps of a callee, also through the variable its root names:
 * `track` from `const { track } = useAnalytics()` is `useAnalytics().track`,
 * so is `send` from `const { track: send } = useAnalytics()`;
 * `capture` from `const capture = useCapture()` is `useCapture()`.
 */
function calleeStepVariants(context: Context, callee: Node): CalleeStep[][] {
  const direct: CalleeStep[] = [];
  if (!stepsOf(callee, direct)) return [];
  const variants = [direct];
  let root: Node = unwrap(callee);
  while (root.type === AST_NODE_TYPES.MemberExpression || root.type === AST_NODE_TYPES.CallExpression) {
    root = unwrap(root.type === AST_NODE_TYPES.MemberExpression ? root.object : root.callee);
  }
  if (root.type !== AST_NODE_TYPES.Identifier) return variants;
  const def = definitionOf(context, root);
  // `({ mixpanel = getClient() }) => mixpanel.track(…)` is `getClient().track` for a `callees` entry.
  const defaultValue = def ? parameterDefault(def.name) : undefined;
  if (defaultValue) {
    const defaultSteps: CalleeStep[] = [];
    if (stepsOf(defaultValue, defaultSteps)) variants.push([...defaultSteps, ...direct.slice(1)]);
    return variants;
  }
  if (def?.node.type !== AST_NODE_TYPES.VariableDeclarator || !def.node.init) return variants;
  const init = unwrap(def.node.init);
  const initSteps: CalleeStep[] = [];
  if (!stepsOf(init, initSteps)) return variants;
  const rest = direct.slice(1);
  if (def.node.id.type === AST_NODE_TYPES.Identifier) {
    variants.push([...initSteps, ...rest]);
  } else if (def.node.id.type === AST_NODE_TYPES.ObjectPattern) {
    const property = def.node.id.properties.find(
      (candidate): candidate is TSESTree.Property =>
        candidate.type === AST_NODE_TYPES.Property && candidate.value === def.name,
    );
    const key = property && propertyKey(context, property);
    if (key !== undefined) variants.push([...initSteps, { name: key }, ...rest]);
  }
  return variants;
}

function sameSteps(a: readonly CalleeStep[], b: readonly CalleeStep[]): boolean {
  return a.length === b.length && a.every((step, index) => ('name' in step ? step.name === (b[index] as { name?: string }).name : 'call' in b[index]!));
}

interface FileWrappers {
  /** The `callees` entries that can match in this file: each name of theirs is somewhere in its text. */
  descriptors: CalleeDescriptor[];
  /** Their last names. */
  names: Set<string>;
  /** One of them comes from a hook (`useCapture()`, `useAnalytics().track`, also renamed): any identifier may be one. */
  matchesAnyIdentifier: boolean;
}

/**
 * The wrappers that can occur in this file. A wrapper call is matched by the
 * names of its callee and of the declaration it comes from, all written in the
 * file, so an entry with a name the text lacks (`useAnalytics`) is skipped
 * here once rather than looked up in scope at every `.track()` of the file.
 */
function fileWrappers(context: Context, file: FileState): FileWrappers {
  const inferred = inferredOf(context, file);
  let wrappers = inferred.wrappers;
  if (!wrappers) {
    const text = file.sourceCode.text;
    // Entries in `callees` come first: they win over what is inferred.
    const descriptors = [...file.settings.callees, ...inferred.descriptors].filter((descriptor) =>
      descriptor.steps.every((step) => !('name' in step) || step.name === 'this' || text.includes(step.name)),
    );
    const names = new Set<string>();
    for (const descriptor of descriptors) {
      const last = descriptor.steps[descriptor.steps.length - 1]!;
      if ('name' in last) names.add(last.name);
    }
    const matchesAnyIdentifier = descriptors.some((descriptor) => descriptor.steps.some((step) => 'call' in step));
    wrappers = { descriptors, names, matchesAnyIdentifier };
    // While wrappers are being inferred, `inferred` is a partial state of its own, not kept.
    inferred.wrappers = wrappers;
  }
  return wrappers;
}

function matchWrapper(context: Context, file: FileState, call: TSESTree.CallExpression): CalleeDescriptor | undefined {
  const wrappers = fileWrappers(context, file);
  if (wrappers.descriptors.length === 0) return undefined;
  const callee = unwrap(call.callee);
  // Only a wrapper's own last name, or what a hook may have returned (an identifier, the hook's call itself), can match:
  // skip the scope lookups otherwise.
  const hookResult = callee.type === AST_NODE_TYPES.Identifier || callee.type === AST_NODE_TYPES.CallExpression;
  if (!wrappers.names.has(calleeName(callee) ?? '') && !(wrappers.matchesAnyIdentifier && hookResult)) {
    return undefined;
  }
  const variants = calleeStepVariants(context, call.callee);
  for (const descriptor of wrappers.descriptors) {
    for (const steps of variants) {
      if (sameSteps(descriptor.steps, steps) && isWrapperPlace(context, descriptor, call)) return descriptor;
      // A plain name is also the team's method on `this` (`this.trackEvent(...)`).
      if (descriptor.steps.length === 1 && steps.length === 2 && sameSteps([{ name: 'this' }, ...descriptor.steps], steps)) {
        return descriptor;
      }
    }
  }
  return undefined;
}

/**
 * Whether a call stands where an inferred method can be called: `this.…` inside
 * its class, `analytics.track` on the declaration it was inferred for (a
 * parameter or inner variable of the same name is something else).
 */
function isWrapperPlace(context: Context, descriptor: CalleeDescriptor, call: TSESTree.CallExpression): boolean {
  const inferred = inferredWrapperOf(descriptor);
  if (inferred?.within && !isWithin(call, inferred.within)) return false;
  if (!inferred?.root) return true;
  let root: Node = unwrap(call.callee);
  while (root.type === AST_NODE_TYPES.MemberExpression) root = unwrap(root.object);
  return root.type === AST_NODE_TYPES.Identifier && definitionOf(context, root)?.name === inferred.root;
}

// ---------------------------------------------------------------------------
// The entry points.

interface FileFilter {
  /** The names a tracking call's callee can end with: SDK methods and the last names of wrappers. */
  names: Set<string>;
  /**
   * A wrapper is what a hook returns (`useCapture()`), or a method of it under
   * any name (`const { track: send } = useAnalytics()`): any identifier may be one.
   */
  matchesAnyIdentifier: boolean;
  /** Any SDK method name: an SDK call's text has one. */
  methods: RegExp;
  /** Any name of a wrapper's callee: a wrapper call's text has one. */
  wrappers: RegExp | undefined;
  /** The names in wrappers' callees (`analyticsService` in `this.analyticsService.track`). */
  wrapperSteps: Set<string>;
}
const filterCache = new WeakMap<ResolvedSettings, FileFilter>();

/** The names a callee must end with to be worth a look, and a pattern to skip files that have none. */
function fileFilter(settings: ResolvedSettings): FileFilter {
  if (settings === lastFilter?.settings) return lastFilter.filter;
  let filter = filterCache.get(settings);
  if (filter) {
    lastFilter = { settings, filter };
    return filter;
  }
  const wrapperNames = new Set<string>();
  const mentioned = new Set<string>();
  let matchesAnyIdentifier = false;
  for (const descriptor of settings.callees) {
    const last = descriptor.steps[descriptor.steps.length - 1]!;
    if ('name' in last) wrapperNames.add(last.name);
    if (descriptor.steps.some((step) => 'call' in step)) matchesAnyIdentifier = true;
    // `const capture = useCapture(); capture()` mentions only the hook's name.
    for (const step of descriptor.steps) if ('name' in step && step.name !== 'this') mentioned.add(step.name);
  }
  filter = {
    names: new Set([...sdkMethodNames, ...wrapperNames]),
    matchesAnyIdentifier,
    methods: wordsPattern(sdkMethodNames),
    wrappers: mentioned.size > 0 ? wordsPattern(mentioned) : undefined,
    wrapperSteps: mentioned,
  };
  filterCache.set(settings, filter);
  lastFilter = { settings, filter };
  return filter;
}
/** The filter asked for last: a config has one settings object for all its files. */
let lastFilter: { settings: ResolvedSettings; filter: FileFilter } | undefined;

/**
 * What every rule and helper reads of one file, worked out once for all of
 * them and handed down: the settings, the settings' filter and what the
 * file's text says to it, the SDK imports, and (once inferred) the file's
 * wrappers and the filter they make. Kept by the file's `sourceCode`, which
 * the contexts of all rules linting the file share; a module read through
 * `modules` has one of its own.
 */
interface FileState {
  readonly sourceCode: TSESLint.SourceCode;
  readonly settings: ResolvedSettings;
  /** The settings' filter. */
  readonly base: FileFilter;
  /** The text holds a word every SDK method's name, and every method named for tracking, holds (see `trackingHint`). */
  readonly hinted: boolean;
  /** The text names an SDK method. */
  readonly namesMethod: boolean;
  /** The text names a wrapper of the settings' `callees`. */
  readonly namesWrapper: boolean;
  /** The text names an SDK package or a conventional client: tested only when asked. */
  namesAnchor?: boolean;
  /** The program (given with type information) holds an SDK's types: asked only when needed. */
  sdkTypes?: boolean;
  /** The binding identifiers that name SDK imports, and the local names of SDK methods imported on their own. */
  imports?: Map<Node, SdkBinding>;
  importedMethodNames?: Set<string>;
  /** What the file's inferred wrappers make, once inferred. */
  inferred?: InferredState;
  /** The answer for each variable (or undeclared global) a receiver names, from its type. */
  typedClients?: Map<unknown, ClientInfo | null>;
  /** For each bare receiver name asked about, whether it may be a client; null where any name may be (SDK types in the program). */
  receiverVerdicts?: Map<string, boolean> | null;
  /** The call the rules' listeners met last, and what it is: the first rule to meet a call decides for the others. */
  readonly last: { node: TSESTree.CallExpression | undefined; call: TrackingCall | null };
}

interface InferredState {
  /** The inferred wrappers, as `callees` entries. */
  descriptors: CalleeDescriptor[];
  /** The settings' filter, with the inferred wrappers' names. */
  filter: FileFilter;
  wrappers?: FileWrappers;
  mentions?: boolean;
  selector?: string;
}

const fileStates = new WeakMap<object, FileState>();

/** The state of the file a context reads, made on the first ask (`hinted`: the test of `trackingHint`, when made already). */
function fileStateOf(context: Context, hinted?: boolean): FileState {
  const sourceCode = context.sourceCode;
  let file = fileStates.get(sourceCode);
  if (file) return file;
  const settings = getSettings(context);
  const base = fileFilter(settings);
  const text = sourceCode.text;
  hinted ??= trackingHint.test(text);
  file = {
    sourceCode,
    settings,
    base,
    hinted,
    namesMethod: hinted && base.methods.test(text),
    namesWrapper: base.wrappers?.test(text) === true,
    last: { node: undefined, call: null },
  };
  fileStates.set(sourceCode, file);
  return file;
}

function namesAnchor(file: FileState): boolean {
  file.namesAnchor ??= sdkAnchors.test(file.sourceCode.text);
  return file.namesAnchor;
}

function hasSdkTypes(context: Context, file: FileState): boolean {
  // Without a program (no type information, the common case) there is nothing to look for.
  file.sdkTypes ??= (file.sourceCode.parserServices as { program?: unknown } | undefined)?.program ? programHasPackage(context, sdkTypePackages) : false;
  return file.sdkTypes;
}

/** Inference of wrappers is under way: what is found meanwhile is partial, and is not kept. */
let inferring = 0;

/**
 * What the wrappers inferred for this file (its own functions, and what it
 * imports) make: their `callees`-like descriptors and the file's filter, with
 * their names. Kept in the file's state once complete; an ask made while
 * wrappers are being inferred (a wrapper's body is read for its tracking call)
 * gets what is found so far, which is not kept.
 */
function inferredOf(context: Context, file: FileState): InferredState {
  if (file.inferred) return file.inferred;
  // A text without the words of tracking (most files) imports no wrapper named for it and calls no method named for it: nothing to infer.
  if (!file.hinted && !moduleOf(context)) {
    file.inferred = { descriptors: [], filter: file.base };
    return file.inferred;
  }
  const mayTrackHere = file.namesMethod && (file.namesWrapper || namesAnchor(file));
  let found: InferredWrapper[];
  inferring++;
  try {
    found = inferredWrappers(context, mayTrackHere, file.settings.groupProperties, file.hinted);
  } finally {
    inferring--;
  }
  const descriptors = found.map((wrapper) => wrapper.descriptor);
  const inferred: InferredState = { descriptors, filter: descriptors.length === 0 ? file.base : withDescriptors(file.base, descriptors) };
  if (!inferring) file.inferred = inferred;
  return inferred;
}

function withDescriptors(base: FileFilter, descriptors: readonly CalleeDescriptor[]): FileFilter {
  const names = new Set(base.names);
  const mentioned = new Set(base.wrapperSteps);
  let matchesAnyIdentifier = base.matchesAnyIdentifier;
  for (const descriptor of descriptors) {
    const last = descriptor.steps[descriptor.steps.length - 1]!;
    if ('name' in last) names.add(last.name);
    if (descriptor.steps.some((step) => 'call' in step)) matchesAnyIdentifier = true;
    for (const step of descriptor.steps) if ('name' in step && step.name !== 'this') mentioned.add(step.name);
  }
  return { names, matchesAnyIdentifier, methods: base.methods, wrappers: wordsPattern(mentioned), wrapperSteps: mentioned };
}

const patterns = new Map<string, RegExp>();

/** Any of the names, as a whole word of JavaScript (one RegExp per set of names: files that import the same wrappers share it). */
export function wordsPattern(names: Iterable<string>): RegExp {
  const words = [...names].map((name) => name.replace(/[$]/g, '\\$')).join('|');
  let pattern = patterns.get(words);
  if (!pattern) {
    // A look-behind, not `(?:^|[^\\w$])`: the test of a text that names none of them (most files) is a fifth faster.
    pattern = new RegExp(`(?<![\\w$])(?:${words})(?![\\w$])`);
    if (patterns.size > 200) patterns.clear();
    patterns.set(words, pattern);
  }
  return pattern;
}

/** A name written as a regular expression that matches it alone. */
const escapeRegExp = (name: string) => name.replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&');

/**
 * What a file that calls an SDK, as far as the code can show it, mentions: a
 * conventional client name (`analytics`, `posthog`, …) or an SDK package
 * (`@segment/…`, `rudder-sdk-node`, …) it imports. Only type information
 * can show a client the file does not name (`deps.tracker.capture()`).
 */
const anchorNames = [
  ...new Set(sdks.flatMap((sdk) => [...sdk.globals, ...sdk.packages.map((pkg) => pkg.name), ...(sdk.packageScope ? [sdk.packageScope.scope] : [])]).map((name) => name.toLowerCase())),
];
// A name that holds another (`@segment/analytics-next` holds `analytics`) is found whenever that one is: only the others
// are tried, which makes the test of a file that names none (most files) a third cheaper.
const sdkAnchors = new RegExp(
  anchorNames
    .filter((name) => !anchorNames.some((other) => other !== name && name.includes(other)))
    .map(escapeRegExp)
    .join('|'),
  'i',
);

const sdkMethodsPattern = wordsPattern(sdkMethodNames);

const sdkGlobals = [...new Set(sdks.flatMap((sdk) => sdk.globals))].map(escapeRegExp).join('|');
/**
 * Where a module's text shows an SDK client, beyond the bare words (in an app
 * about usage analytics, "analytics" is in every other import path): a call on
 * a conventional name (`analytics.track`, `window.posthog?.capture`), an SDK
 * package imported, or a module imported whose own name is an SDK's
 * (`@/lib/posthog`, `./analytics`, `../segment/index`).
 */
const sdkInText = new RegExp(
  [
    `(?:^|[^\\w$])(?:${sdkGlobals})\\s*!?\\s*\\??\\.\\s*(?:${[...sdkMethodNames].map(escapeRegExp).join('|')})(?![\\w$])`,
    `['"](?:${[...new Set(sdks.flatMap((sdk) => [...sdk.packages.map((pkg) => pkg.name), ...(sdk.packageScope ? [sdk.packageScope.scope] : [])]))].map(escapeRegExp).join('|')})`,
    `['"](?:[^'"\\n]*/)?[\\w.-]*(?:${sdkGlobals}|segment)[\\w.-]*(?:/index)?(?:\\.[cm]?[jt]sx?)?['"]`,
  ].join('|'),
  'i',
);

/** Whether a module's text shows an SDK client (see `sdkInText`): where a function may return one. */
export function textNamesSdk(text: string): boolean {
  return sdkInText.test(text);
}

/**
 * Whether a module's text can call an SDK: an SDK method's name, and a client
 * shown the way `sdkInText` says. Read before a module is parsed, for every
 * module a linted file calls into.
 */
export function textMayCallSdk(text: string): boolean {
  return sdkMethodsPattern.test(text) && sdkInText.test(text);
}

const callCache = new WeakMap<TSESTree.CallExpression, TrackingCall | null>();

/** The name a callee ends with: `track` for `track(…)`, `analytics.track(…)` and `(analytics!.track as Track)(…)`. */
export function calleeName(callee: Node): string | undefined {
  const expression = unwrap(callee);
  if (expression.type === AST_NODE_TYPES.Identifier) return expression.name;
  return expression.type === AST_NODE_TYPES.MemberExpression ? memberName(expression) : undefined;
}

/**
 * Whether a call's callee ends in a name some SDK method or wrapper has: the
 * cheap test every call of a file goes through, before anything is cached or
 * looked up in scope (most calls are `filter`, `push`, `set`, …).
 */
function mayBeTrackingCall(context: Context, file: FileState, filter: FileFilter, node: TSESTree.CallExpression): boolean {
  const callee = unwrap(node.callee);
  const name = calleeName(callee);
  // `useCapture()('X')`: what a hook returns, called at once.
  if (name === undefined) return filter.matchesAnyIdentifier && callee.type === AST_NODE_TYPES.CallExpression;
  if (filter.names.has(name)) return callee.type !== AST_NODE_TYPES.MemberExpression || mayBeClientOrWrapper(context, file, filter, callee.object);
  return callee.type === AST_NODE_TYPES.Identifier && (filter.matchesAnyIdentifier || isImportedMethod(file, name));
}

/**
 * Whether `router` in `router.track()` can be a client or the start of a
 * wrapper's callee, by its name alone: an SDK's conventional name or a
 * global object, a name an SDK import binds, a wrapper's name, or a variable
 * declared with a value (which may build a client or take a hook's result).
 * Anything else (an undeclared global, a parameter, another module's import)
 * is a client only by its type. Each name is looked up once per file, so the
 * twelfth `router.track()` of a file costs a map lookup, not a walk of scopes.
 */
function mayBeClientOrWrapper(context: Context, file: FileState, filter: FileFilter, receiver: Node): boolean {
  const expression = unwrap(receiver);
  if (expression.type !== AST_NODE_TYPES.Identifier) return true;
  const name = expression.name;
  // The usual receivers (`analytics`, `window`, a wrapper's own name) are known without looking at the file.
  if (sdkByGlobal.has(name) || globalObjects.has(name) || filter.wrapperSteps.has(name)) return true;
  // For each bare receiver name asked about, whether it may be a client; null where any name may be (SDK types in the program).
  if (file.receiverVerdicts === undefined) file.receiverVerdicts = hasSdkTypes(context, file) ? null : new Map();
  const verdicts = file.receiverVerdicts;
  if (verdicts === null) return true;
  let verdict = verdicts.get(name);
  if (verdict === undefined) {
    verdict = namesImportOrValue(file, name);
    verdicts.set(name, verdict);
  }
  return verdict;
}

/** Whether the file binds a name to an SDK import, or declares a variable of that name with a value, in any scope. */
function namesImportOrValue(file: FileState, name: string): boolean {
  for (const identifier of importsOf(file).keys()) if (identifier.type === AST_NODE_TYPES.Identifier && identifier.name === name) return true;
  const sourceCode = file.sourceCode;
  // The global scope also holds every global the parser or config declares (typescript-eslint's lib types, the browser's):
  // a script's own top-level declarations are read from the program instead.
  for (const scope of sourceCode.scopeManager?.scopes ?? []) {
    if (scope.type === 'global') continue;
    // A parameter with a default (`client = getClient()`) or a type it is named by (`client: PostHog`) may be a client.
    const isTyped = (name: Node) => name.type === AST_NODE_TYPES.Identifier && name.typeAnnotation?.typeAnnotation.type === AST_NODE_TYPES.TSTypeReference;
    if (scope.set.get(name)?.defs.some((def) => (def.type === 'Variable' && def.node.init) || (def.type === 'Parameter' && (parameterDefault(def.name) || isTyped(def.name))))) return true;
  }
  for (const statement of sourceCode.ast.body) {
    const declaration = statement.type === AST_NODE_TYPES.ExportNamedDeclaration ? statement.declaration : statement;
    if (declaration?.type !== AST_NODE_TYPES.VariableDeclaration) continue;
    for (const declarator of declaration.declarations) {
      if (declarator.init && boundNames(declarator.id).includes(name)) return true;
    }
  }
  return false;
}

/** The names a declaration's pattern binds: `a`, `{ a, b: c }`, `[d, ...e]`. */
function boundNames(pattern: TSESTree.Node): string[] {
  switch (pattern.type) {
    case AST_NODE_TYPES.Identifier:
      return [pattern.name];
    case AST_NODE_TYPES.ObjectPattern:
      return pattern.properties.flatMap((property) => boundNames(property.type === AST_NODE_TYPES.RestElement ? property.argument : property.value));
    case AST_NODE_TYPES.ArrayPattern:
      return pattern.elements.flatMap((element) => (element ? boundNames(element) : []));
    case AST_NODE_TYPES.RestElement:
      return boundNames(pattern.argument);
    case AST_NODE_TYPES.AssignmentPattern:
      return boundNames(pattern.left);
    default:
      return [];
  }
}

/** The tracking call a call expression is, or null. Results are shared by every rule linting the file. */
export function trackingCallOf(
  context: Context,
  node: TSESTree.CallExpression,
  filter?: FileFilter,
): TrackingCall | null {
  // The first rule to meet a call decides for all: the others only look it up.
  const cached = callCache.get(node);
  if (cached !== undefined) return cached;
  const file = fileStateOf(context);
  const result = mayBeTrackingCall(context, file, filter ?? inferredOf(context, file).filter, node) ? detect(context, file, node) : null;
  if (!inferring) callCache.set(node, result);
  return result;
}

/** Recognises a call that passed `mayBeTrackingCall`. */
function detect(context: Context, file: FileState, node: TSESTree.CallExpression): TrackingCall | null {
  const callee = unwrap(node.callee);
  // `useCapture()('X')` has no name of its own: it goes by the hook's.
  const name = calleeName(callee) ?? (callee.type === AST_NODE_TYPES.CallExpression ? calleeName(callee.callee) : undefined) ?? '';
  const wrapper = matchWrapper(context, file, node);
  // A function imported from an SDK, or a method of a client from an SDK package (or known by its type), is the SDK's call
  // even when a `callees` entry names it; a client known only by its conventional name (`this.analytics`,
  // `window.analytics`) is a guess the entry overrides.
  const sdkCall = sdkCallOf(context, node, callee, name, !wrapper);
  if (sdkCall || !wrapper) return sdkCall;
  const inferred = inferredWrapperOf(wrapper);
  // `send('Report Exported')` of a wrapper that hands its argument on whole: the name form, with no place for the account.
  if (inferred?.wholeObject && isStringValue(context, node.arguments[0])) {
    return { node, kind: 'track', sdk: undefined, label: `\`${wrapper.callee}\``, platform: 'browser', method: name, receiver: undefined, shape: { kind: 'track', event: '0', addsGroupContext: true }, wrapper };
  }
  const groupContext = wrapper.paths.groupContext
    ? [wrapper.paths.groupContext]
    : inferred
      ? inferred.carriedIn
      : wrapper.kind === 'track' && wrapper.paths.options
        ? [`${wrapper.paths.options}.context.groupId`]
        : [];
  return {
    node,
    kind: wrapper.kind,
    sdk: undefined,
    label: `\`${wrapper.callee}\``,
    // A track or group wrapper that is handed the user's id is a server's: a browser SDK knows its user from the session.
    // An inferred wrapper is on the platform of the call its body makes.
    platform: inferred?.platform ?? (wrapper.kind !== 'identify' && wrapper.paths.userId !== undefined ? 'server' : 'browser'),
    method: name,
    receiver: callee.type === AST_NODE_TYPES.MemberExpression ? callee.object : undefined,
    shape: {
      kind: wrapper.kind,
      ...wrapper.paths,
      groupContext,
      ...(inferred?.addsGroupContext ? { addsGroupContext: true } : {}),
      // The value the SDK behind an inferred wrapper takes where its account goes (PostHog's `$groups: { company: … }`).
      ...(inferred && groupContext[0] !== undefined && inferred.groupContextValues[groupContext[0]] ? { groupContextValue: inferred.groupContextValues[groupContext[0]] } : {}),
    },
    wrapper,
  };
}

/** A string as written or as a constant says (`'Report Exported'`, `` `${a} b` ``, `EVENTS.EXPORTED`), not what is only known at run time. */
function isStringValue(context: Context, node: Node | undefined): boolean {
  const expression = node && unwrap(node);
  if (!expression || expression.type === AST_NODE_TYPES.SpreadElement) return false;
  if ((expression.type === AST_NODE_TYPES.Literal && typeof expression.value === 'string') || expression.type === AST_NODE_TYPES.TemplateLiteral) return true;
  const strings = resolveStrings(context, expression);
  return !strings.unknown && strings.values.length + strings.dynamic.length > 0;
}

/** The call as an SDK's: a function imported from an SDK package, or a method of an SDK client (`byName`: also one known by its conventional name alone). */
function sdkCallOf(context: Context, node: TSESTree.CallExpression, callee: Node, name: string, byName: boolean): TrackingCall | null {
  if (callee.type === AST_NODE_TYPES.Identifier) {
    // A method imported on its own: `import { track } from '@amplitude/analytics-browser'`.
    const binding = importBinding(context, callee);
    if (!binding || binding.role !== 'method') return null;
    const found = methodShape(context, { sdk: binding.sdk, platform: binding.pkg.platform }, binding.method, node);
    return found ? { node, kind: found.shape.kind, sdk: binding.sdk, label: binding.sdk.label, platform: found.platform, method: name, receiver: undefined, shape: found.shape, wrapper: undefined } : null;
  }
  if (callee.type !== AST_NODE_TYPES.MemberExpression || !sdkMethodNames.has(name)) return null;
  const client = clientOf(context, callee.object);
  if (!client || (!byName && client.conventional)) return null;
  const found = methodShape(context, client, name, node);
  if (!found) return null;
  return {
    node,
    kind: found.shape.kind,
    sdk: client.sdk,
    label: client.sdk.label,
    platform: found.platform,
    method: name,
    receiver: callee.object,
    shape: found.shape,
    wrapper: undefined,
  };
}

// ---------------------------------------------------------------------------
// The reset that goes with a call.

/** A client that can be named again without running anything: `analytics`, `window.analytics`, `window['analytics']`, `this.posthog!`. */
function isPlainReference(node: Node): boolean {
  const expression = unwrap(node);
  if (expression.type === AST_NODE_TYPES.Identifier || expression.type === AST_NODE_TYPES.ThisExpression) return true;
  return (
    expression.type === AST_NODE_TYPES.MemberExpression &&
    (!expression.computed || expression.property.type === AST_NODE_TYPES.Literal) &&
    isPlainReference(expression.object)
  );
}

/**
 * What resets the session of a browser tracking call, as a callee to call
 * right after it, where it is: the same client's `reset` named as the call
 * names the client, parentheses and `?.` included (`window.analytics?.reset`,
 * `(window.analytics as Analytics).reset`); the SDK's `reset` imported or
 * required on its own, by the name that reaches that import at the call
 * (`resetAmplitude` for `import { reset as resetAmplitude }`); for a wrapper,
 * the team's reset wrapper from `callees`. Undefined when there is none: a
 * server call, an SDK without a reset, a `reset` not imported or shadowed at
 * the call (a parameter named `reset`), a client that naming again would run
 * something (`useAnalytics().track`), a wrapper without a reset wrapper.
 */
export function resetCalleeFor(context: Context, call: TrackingCall): string | undefined {
  if (call.platform === 'server') return undefined;
  if (!call.sdk) {
    for (const descriptor of fileStateOf(context).settings.callees) {
      if (descriptor.kind !== 'reset') continue;
      if (descriptor.steps.every((step) => 'name' in step)) return descriptor.callee;
      // A hook's reset (`useAnalytics().reset`) cannot be called again wherever the track is, only where the code holds it.
      const held = heldHookResult(context, call.node, descriptor.steps);
      if (held) return held;
    }
    return undefined;
  }
  if (!call.sdk.browser.reset) return undefined;
  if (!call.receiver) return importedResetAt(context, call.sdk, call.node);
  const callee = unwrap(call.node.callee);
  if (callee.type !== AST_NODE_TYPES.MemberExpression || !isPlainReference(call.receiver)) return undefined;
  // A parenthesised receiver keeps its parentheses: its node ends inside them, the callee starts at the first.
  let receiverEnd = callee.object.range[1];
  for (const token of context.sourceCode.getTokensBetween(callee.object, callee.property)) {
    if (token.value !== ')') break;
    receiverEnd = token.range[1];
  }
  return `${context.sourceCode.text.slice(callee.range[0], receiverEnd)}${callee.optional ? '?.' : '.'}reset`;
}

/**
 * How the code at `at` already holds what a hook callee names: `reset` for
 * `useAnalytics().reset` after `const { reset } = useAnalytics()` (or
 * `{ reset: clear }` → `clear`), `a.reset` after `const a = useAnalytics()`,
 * `reset` for `useReset()` after `const reset = useReset()`. Undefined when
 * nothing in scope holds it.
 */
function heldHookResult(context: Context, at: Node, steps: readonly CalleeStep[]): string | undefined {
  const last = steps[steps.length - 1]!;
  const scopeAt = context.sourceCode.getScope(at);
  for (let scope: TSESLint.Scope.Scope | null = scopeAt; scope && scope.type !== 'global'; scope = scope.upper) {
    for (const variable of scope.variables) {
      const def = variable.defs.length === 1 ? variable.defs[0]! : undefined;
      if (def?.type !== 'Variable' || !def.node.init) continue;
      const initSteps: CalleeStep[] = [];
      if (!stepsOf(def.node.init, initSteps)) continue;
      let held: string | undefined;
      if (def.node.id === def.name && sameSteps(initSteps, steps)) {
        held = variable.name;
      } else if (def.node.id === def.name && 'name' in last && sameSteps(initSteps, steps.slice(0, -1))) {
        held = `${variable.name}.${last.name}`;
      } else if (def.node.id.type === AST_NODE_TYPES.ObjectPattern && 'name' in last && sameSteps(initSteps, steps.slice(0, -1))) {
        const property = def.node.id.properties.find(
          (candidate): candidate is TSESTree.Property => candidate.type === AST_NODE_TYPES.Property && candidate.value === def.name,
        );
        if (property && propertyKey(context, property) === last.name) held = variable.name;
      }
      // The name must reach this variable where the call is (an inner scope may declare the same name).
      if (held && ASTUtils.findVariable(scopeAt, variable.name) === variable) return held;
    }
  }
  return undefined;
}

/** The local name of an SDK's own `reset`, imported or required on its own, where that name reaches the import at `at`. */
function importedResetAt(context: Context, sdk: SdkDefinition, at: Node): string | undefined {
  const scope = context.sourceCode.getScope(at);
  for (const [identifier, binding] of sdkImports(context)) {
    if (binding.sdk.id !== sdk.id || binding.role !== 'method' || binding.method !== 'reset' || identifier.type !== AST_NODE_TYPES.Identifier) continue;
    const variable = ASTUtils.findVariable(scope, identifier.name);
    if (variable?.defs.length === 1 && variable.defs[0]!.name === identifier) return identifier.name;
  }
  return undefined;
}

/**
 * Whether the file's text can hold a tracking call: a wrapper's name, or an
 * SDK method named with an SDK (or SDK types in the program): a few regex
 * tests per file, made once for all rules. Every rule asks it before anything
 * else (see create-rule), so a file that tracks nothing costs each rule one
 * look-up here.
 */
export function mentionsTracking(context: Context): boolean {
  const sourceCode = context.sourceCode;
  // Most files: no word of tracking in the text and no wrapper of the settings. Nothing is kept for them, nothing else done.
  let hinted: boolean | undefined;
  if (!fileStates.has(sourceCode)) {
    hinted = trackingHint.test(sourceCode.text);
    if (!hinted && !fileFilter(getSettings(context)).wrappers?.test(sourceCode.text)) return false;
  }
  const file = fileStateOf(context, hinted);
  const inferred = inferredOf(context, file);
  // The settings' filter was tested when the file's state was made; a filter with inferred wrappers has a pattern of its own to test.
  // A file that calls a getter of the project returning a client (`useTracking()`) calls an SDK though it names none.
  inferred.mentions ??=
    (inferred.filter === file.base ? file.namesWrapper : inferred.filter.wrappers?.test(file.sourceCode.text) === true) ||
    (file.namesMethod && (namesAnchor(file) || hasSdkTypes(context, file) || importsClientGetter(context)));
  return inferred.mentions;
}

export type TrackingHandlers = Partial<Record<CallKind, (call: TrackingCall) => void>>;

const selectorParts = new WeakMap<FileFilter, { member: string; identifier: string }>();
// A selector sees a private name (`#capture`) without its `#`.
const namesPattern = (names: Iterable<string>) => `/^(?:${[...new Set([...names].map((name) => name.replace(/^#/, '')))].map(escapeRegExp).join('|')})$/`;

/**
 * The selector of the calls worth a look in this file, the same string for
 * every rule: ESLint matches a selector once per node however many rules
 * listen to it, and calls those rules only for the nodes it matches, so the
 * `filter(…)`, `push(…)` and `set(…)` calls of a file reach no rule at all.
 * It lets through a little more than `mayBeTrackingCall` (any computed member,
 * a callee in parentheses with a type assertion), never less. Most files share
 * one string per settings; a file that imports SDK methods under their own
 * names, or may call what a hook returned, gets its own.
 */
function trackingCallSelector(context: Context, file: FileState, inferred: InferredState): string {
  if (inferred.selector) return inferred.selector;
  const filter = inferred.filter;
  let selector: string;
  let parts = selectorParts.get(filter);
  if (!parts) {
    const member = [
      `CallExpression[callee.type="MemberExpression"][callee.property.name=${namesPattern(filter.names)}]`,
      'CallExpression[callee.type="MemberExpression"][callee.computed=true]',
      // `(analytics!.track as Track)(…)`, `(a?.track)(…)`, `useCapture()(…)`.
      'CallExpression[callee.type!=/^(?:MemberExpression|Identifier)$/]',
    ].join(', ');
    parts = { member, identifier: `${member}, CallExpression[callee.type="Identifier"][callee.name=${namesPattern(filter.names)}]` };
    selectorParts.set(filter, parts);
  }
  if (filter.matchesAnyIdentifier && fileWrappers(context, file).matchesAnyIdentifier) {
    selector = `${parts.member}, CallExpression[callee.type="Identifier"]`;
  } else {
    importsOf(file);
    const imported = file.importedMethodNames;
    selector =
      imported && imported.size > 0
        ? `${parts.member}, CallExpression[callee.type="Identifier"][callee.name=${namesPattern([...filter.names, ...imported])}]`
        : parts.identifier;
  }
  inferred.selector = selector;
  return selector;
}

/**
 * The shared visitor: calls a handler for each tracking call of the kinds the
 * rule cares about. In a file whose text names no tracking method or wrapper
 * it subscribes to nothing, so files without tracking cost one regex test;
 * elsewhere it subscribes to the calls whose callee could be one (see
 * `trackingCallSelector`). `extra` listeners (e.g. function exits) are merged
 * in for such rules.
 */
export function onTrackingCalls(
  context: Context,
  handlers: TrackingHandlers,
  extra: TSESLint.RuleListener = {},
): TSESLint.RuleListener {
  if (!mentionsTracking(context)) return {};
  const file = fileStateOf(context);
  const inferred = inferredOf(context, file);
  const filter = inferred.filter;
  const last = file.last;
  return {
    ...extra,
    [trackingCallSelector(context, file, inferred)](node: TSESTree.CallExpression) {
      // ESLint calls every rule's listener for a node in turn: the first rule decides, the others take its answer here.
      let call: TrackingCall | null;
      if (last.node === node) {
        call = last.call;
      } else {
        call = trackingCallOf(context, node, filter);
        last.node = node;
        last.call = call;
      }
      if (call) handlers[call.kind]?.(call);
    },
  };
}

/** The function a node is in (its nearest function), or the Program for module-level code. */
export function enclosingFunction(node: TSESTree.Node): TSESTree.Node {
  let current: TSESTree.Node | undefined = node.parent;
  while (current) {
    if (
      current.type === AST_NODE_TYPES.FunctionDeclaration ||
      current.type === AST_NODE_TYPES.FunctionExpression ||
      current.type === AST_NODE_TYPES.ArrowFunctionExpression ||
      current.type === AST_NODE_TYPES.Program
    ) {
      return current;
    }
    current = current.parent;
  }
  return node;
}
