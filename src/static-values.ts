/**
 * What can be known about a value without running the code: strings (for
 * event names) and object shapes (for properties, options and traits). It
 * never guesses: what it cannot see is reported as unknown, and the rules
 * stay silent about it.
 */
import { AST_NODE_TYPES, ASTUtils, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import { exportOf, importedModule } from './modules.js';
import { hasTypeInformation, typedObjectKeys, typedPropertyValues, typedStringValues, type TypedValues, typedValues } from './type-info.js';

type Node = TSESTree.Node;
type Expression = TSESTree.Expression;
type Context = Readonly<TSESLint.RuleContext<string, readonly unknown[]>>;

/** A string the expression may evaluate to, and the literal in the code that spells it (when there is one). */
export interface KnownString {
  value: string;
  /** The literal that holds the text, where a fix can rewrite it; absent for a value known only from a type. */
  literal?: TSESTree.StringLiteral | TSESTree.TemplateLiteral;
}

export interface StringResolution {
  /** Every value that could be seen. */
  values: KnownString[];
  /** Parts that build the string at run time: template literals with expressions, `+` concatenations. */
  dynamic: Node[];
  /** Some branch could not be resolved (a parameter, a call, an import from another module without types). */
  unknown: boolean;
}

/** TypeScript's wrappers that leave the value as it is: `x as T`, `x satisfies T`, `x!`, `<T>x`. */
export type TypeWrapper = TSESTree.TSAsExpression | TSESTree.TSSatisfiesExpression | TSESTree.TSNonNullExpression | TSESTree.TSTypeAssertion;

const typeWrapperTypes = new Set<string>([
  AST_NODE_TYPES.TSAsExpression,
  AST_NODE_TYPES.TSSatisfiesExpression,
  AST_NODE_TYPES.TSNonNullExpression,
  AST_NODE_TYPES.TSTypeAssertion,
]);

export function isTypeWrapper(node: Node): node is TypeWrapper {
  return typeWrapperTypes.has(node.type);
}

/** Removes wrappers that do not change the value: `x as const`, `x satisfies T`, `x!`, `<T>x`, and the `?.` chain around `a?.b`. */
export function unwrap(node: Node): Node {
  let current = node;
  while (isTypeWrapper(current) || current.type === AST_NODE_TYPES.ChainExpression) current = current.expression;
  return current;
}

const variables = new WeakMap<TSESTree.Identifier, TSESLint.Scope.Variable | null>();

/**
 * The variable an identifier refers to, or undefined for an undeclared
 * global. Each identifier is looked up in scope once, whichever rule asks
 * (call recognition and value resolution ask about the same names).
 */
export function variableOf(context: Context, identifier: TSESTree.Identifier): TSESLint.Scope.Variable | undefined {
  let variable = variables.get(identifier);
  if (variable === undefined) {
    variable = ASTUtils.findVariable(context.sourceCode.getScope(identifier), identifier) ?? null;
    variables.set(identifier, variable);
  }
  return variable ?? undefined;
}

/**
 * The initial value of a variable that is never reassigned (`const`, or a
 * `let`/`var` with no later write), or undefined.
 */
export function constantInit(context: Context, identifier: TSESTree.Identifier): Expression | undefined {
  const variable = variableOf(context, identifier);
  if (!variable || variable.defs.length !== 1) return undefined;
  const def = variable.defs[0]!;
  if (def.node.type !== AST_NODE_TYPES.VariableDeclarator || def.node.id.type !== AST_NODE_TYPES.Identifier) {
    return undefined;
  }
  if (!def.node.init) return undefined;
  const writes = variable.references.filter((reference) => reference.isWrite());
  if (def.node.parent.kind !== 'const' && writes.length > 1) return undefined;
  return def.node.init;
}

/** Functions that change the object passed first: `Object.assign(props, …)`, lodash's `merge` / `set` / `defaults`, `Reflect.set`. */
const mutatorNames = new Set(['assign', 'defineProperty', 'defineProperties', 'setPrototypeOf', 'deleteProperty', 'set', 'merge', 'mergeWith', 'extend', 'defaults', 'defaultsDeep']);

/** Methods that change the array, map or set they are called on. */
const changingMethods = new Set(['push', 'pop', 'shift', 'unshift', 'splice', 'sort', 'reverse', 'fill', 'copyWithin', 'set', 'delete', 'clear', 'add']);

const changedLater = new WeakMap<TSESLint.Scope.Variable, boolean>();

/**
 * Whether the code changes the object a constant holds after declaring it:
 * `props.account_id = id`, `delete props.x`, `props.items.push(…)`… at any
 * depth (`opts.context.groupId = id`), or `Object.assign(props, …)`. What it
 * holds then is not what its initialiser says, so the object is not read from
 * there. A call that merely receives it (`send(props)`) is taken not to change it.
 */
function isChangedLater(variable: TSESLint.Scope.Variable): boolean {
  let changed = changedLater.get(variable);
  if (changed !== undefined) return changed;
  changed = variable.references.some((reference) => {
    if (reference.init || reference.isWrite()) return false;
    let current: Node = reference.identifier;
    while (current.parent && (isTypeWrapper(current.parent) || current.parent.type === AST_NODE_TYPES.ChainExpression)) current = current.parent;
    const direct = current;
    while (current.parent?.type === AST_NODE_TYPES.MemberExpression && current.parent.object === current) {
      current = current.parent;
      while (current.parent && (isTypeWrapper(current.parent) || current.parent.type === AST_NODE_TYPES.ChainExpression)) current = current.parent;
    }
    const parent = current.parent;
    if (!parent) return false;
    if (current !== direct) {
      if (parent.type === AST_NODE_TYPES.AssignmentExpression && parent.left === current) return true;
      if (parent.type === AST_NODE_TYPES.UpdateExpression) return true;
      if (parent.type === AST_NODE_TYPES.UnaryExpression && parent.operator === 'delete') return true;
      if ((parent.type === AST_NODE_TYPES.ForInStatement || parent.type === AST_NODE_TYPES.ForOfStatement) && parent.left === current) return true;
      // `props.items.push(x)`: a method that changes the member it is called on.
      return (
        parent.type === AST_NODE_TYPES.CallExpression &&
        parent.callee === current &&
        current.type === AST_NODE_TYPES.MemberExpression &&
        current.object !== direct &&
        !current.computed &&
        current.property.type === AST_NODE_TYPES.Identifier &&
        changingMethods.has(current.property.name)
      );
    }
    if (parent.type === AST_NODE_TYPES.CallExpression && parent.arguments[0] === current) {
      const callee = unwrap(parent.callee);
      const name =
        callee.type === AST_NODE_TYPES.Identifier
          ? callee.name
          : callee.type === AST_NODE_TYPES.MemberExpression && !callee.computed && callee.property.type === AST_NODE_TYPES.Identifier
            ? callee.property.name
            : undefined;
      return name !== undefined && mutatorNames.has(name);
    }
    return false;
  });
  changedLater.set(variable, changed);
  return changed;
}

/**
 * The initial value of a constant (see `constantInit`) when it still holds that
 * value's contents where it is read: an object or array the code does not
 * change after declaring it (see `isChangedLater`). For reading keys and members.
 */
function constantContents(context: Context, identifier: TSESTree.Identifier): Expression | undefined {
  const init = constantInit(context, identifier);
  if (!init) return undefined;
  const variable = variableOf(context, identifier);
  return variable && isChangedLater(variable) ? undefined : init;
}

const maxDepth = 12;

/** Every string an expression can be, as far as the code (and type information, when there is some) shows. */
export function resolveStrings(context: Context, node: Node): StringResolution {
  const result: StringResolution = { values: [], dynamic: [], unknown: false };
  collectStrings(context, node, result, 0);
  return result;
}

function collectStrings(context: Context, node: Node, result: StringResolution, depth: number): void {
  const expression = unwrap(node);
  if (depth > maxDepth) {
    result.unknown = true;
    return;
  }
  switch (expression.type) {
    case AST_NODE_TYPES.Literal:
      if (typeof expression.value === 'string') {
        result.values.push({ value: expression.value, literal: expression as TSESTree.StringLiteral });
      } else {
        result.unknown = true;
      }
      return;
    case AST_NODE_TYPES.TemplateLiteral:
      if (expression.expressions.length === 0) {
        result.values.push({ value: expression.quasis[0]?.value.cooked ?? '', literal: expression });
      } else if (!collectTemplate(context, expression, result, depth)) {
        result.dynamic.push(expression);
      }
      return;
    case AST_NODE_TYPES.BinaryExpression:
      if (expression.operator === '+') {
        // `'Report ' + 'Exported'`, or of constants, is one known string (no single literal spells it, so no fix);
        // any part that is not one known string makes it a name built at run time.
        let joined: string | undefined = '';
        for (const part of [expression.left, expression.right]) {
          const resolved: StringResolution = { values: [], dynamic: [], unknown: false };
          if (joined !== undefined) collectStrings(context, part, resolved, depth + 1);
          const single = !resolved.unknown && resolved.dynamic.length === 0 && resolved.values.length === 1;
          joined = single && joined !== undefined ? joined + resolved.values[0]!.value : undefined;
        }
        if (joined === undefined) result.dynamic.push(expression);
        else result.values.push({ value: joined });
      } else {
        result.unknown = true;
      }
      return;
    case AST_NODE_TYPES.ConditionalExpression:
      collectStrings(context, expression.consequent, result, depth + 1);
      collectStrings(context, expression.alternate, result, depth + 1);
      return;
    case AST_NODE_TYPES.LogicalExpression:
      if (expression.operator === '??' || expression.operator === '||') {
        collectStrings(context, expression.left, result, depth + 1);
        collectStrings(context, expression.right, result, depth + 1);
      } else {
        result.unknown = true;
      }
      return;
    case AST_NODE_TYPES.Identifier: {
      if (expression.name === 'undefined') {
        result.unknown = true;
        return;
      }
      const init = constantInit(context, expression);
      if (init) {
        collectStrings(context, init, result, depth + 1);
        return;
      }
      const imported = importedValue(context, expression, depth);
      if (imported) {
        collectImportedStrings(imported, result, depth);
        return;
      }
      break;
    }
    case AST_NODE_TYPES.MemberExpression: {
      const member = resolveMember(context, expression, depth);
      if (member) {
        collectStrings(context, member, result, depth + 1);
        return;
      }
      const imported = importedValue(context, expression, depth);
      if (imported) {
        collectImportedStrings(imported, result, depth);
        return;
      }
      break;
    }
    default:
      break;
  }
  const typed = typedStringValues(context, expression);
  if (typed) {
    for (const value of typed.values) result.values.push({ value });
    // `name?: 'Signed Up'`: the literal is checked, and the value may still be missing.
    if (typed.nullable) result.unknown = true;
  } else {
    result.unknown = true;
  }
}

/**
 * The strings a value in another module can be. They are known by value only:
 * no literal of this file spells them (so no fix rewrites them), and a name
 * built there at run time is unknown here (it is that module's to report).
 */
function collectImportedStrings(imported: ValueIn, result: StringResolution, depth: number): void {
  const found: StringResolution = { values: [], dynamic: [], unknown: false };
  collectStrings(imported.context, imported.node, found, depth + 1);
  for (const known of found.values) result.values.push({ value: known.value });
  if (found.unknown || found.dynamic.length > 0) result.unknown = true;
}

/** A node and the context of the module it is in (the linted file, or a module read through `modules`). */
export interface ValueIn {
  context: Context;
  node: Node;
}

/** What an imported name is in the module it comes from: `import { SIGN_UP } from './events'` → the `SIGN_UP` that module declares. */
export function importTargetOf(context: Context, identifier: TSESTree.Identifier) {
  const variable = variableOf(context, identifier);
  const def = variable?.defs.length === 1 ? variable.defs[0]! : undefined;
  if (def?.type !== 'ImportBinding' || def.parent?.type !== AST_NODE_TYPES.ImportDeclaration) return undefined;
  const node = def.node;
  if (node.type !== AST_NODE_TYPES.ImportSpecifier && node.type !== AST_NODE_TYPES.ImportDefaultSpecifier && node.type !== AST_NODE_TYPES.ImportNamespaceSpecifier) return undefined;
  const module = importedModule(context, def.parent.source.value);
  return module && exportOf(module, importedName(node));
}

/**
 * Where a name imported from another module of the project has its value:
 * `SIGN_UP`, `EVENTS.SIGN_UP`, `Events.SignedUp` (an enum), `events.EVENTS.SIGN_UP`
 * (a namespace import), through re-exports. Undefined for a name that is not
 * imported, or whose module or value cannot be read.
 */
export function importedValue(context: Context, expression: Node, depth = 0): ValueIn | undefined {
  if (depth > maxDepth) return undefined;
  const keys: string[] = [];
  let root = unwrap(expression);
  while (root.type === AST_NODE_TYPES.MemberExpression) {
    const key = memberKey(context, root);
    if (key === undefined) return undefined;
    keys.unshift(key);
    root = unwrap(root.object);
  }
  if (root.type !== AST_NODE_TYPES.Identifier) return undefined;
  let target = importTargetOf(context, root);
  // A namespace (`import * as events`, `export * as events`) is a module: its first key is an export's name.
  while (target && 'namespace' in target && keys.length > 0) target = exportOf(target.module, keys.shift()!);
  if (!target || 'namespace' in target) return undefined;
  let value: ValueIn | undefined = { context: target.module.context, node: target.node };
  for (const key of keys) {
    value = value && memberIn(value, key, depth + 1);
  }
  return value;
}

/** The value at a key of a value in its module: an enum's member, an object constant's entry, through its imports. */
function memberIn({ context, node }: ValueIn, key: string, depth: number): ValueIn | undefined {
  if (depth > maxDepth) return undefined;
  const expression = unwrap(node);
  if (expression.type === AST_NODE_TYPES.Identifier) {
    const variable = variableOf(context, expression);
    const declaration = variable?.defs.length === 1 ? variable.defs[0]!.node : undefined;
    if (declaration?.type === AST_NODE_TYPES.TSEnumDeclaration) {
      const found = declaration.body.members.find((candidate) => (candidate.id.type === AST_NODE_TYPES.Identifier ? candidate.id.name : candidate.id.value) === key);
      return found?.initializer ? { context, node: found.initializer } : undefined;
    }
  }
  const shape = resolveObject(context, expression, { useTypes: false });
  if (!shape && (expression.type === AST_NODE_TYPES.Identifier || expression.type === AST_NODE_TYPES.MemberExpression)) {
    const imported = importedValue(context, expression, depth + 1);
    return imported && memberIn(imported, key, depth + 1);
  }
  const entry = shape?.entries.get(key);
  return entry ? { context, node: entry.value } : undefined;
}

/**
 * A template whose parts are each one of a few known strings is each
 * combination: `${APP}: Report Exported` with `const APP = 'Web'`, or
 * `${element}_clicked` with `element: 'save' | 'cancel'` when types say so.
 * Any part that is not known makes it a name built at run time.
 */
function collectTemplate(context: Context, template: TSESTree.TemplateLiteral, result: StringResolution, depth: number): boolean {
  let combinations = [template.quasis[0]?.value.cooked ?? ''];
  for (let index = 0; index < template.expressions.length; index++) {
    const part = template.expressions[index]!;
    const local: StringResolution = { values: [], dynamic: [], unknown: false };
    collectStrings(context, part, local, depth + 1);
    if (local.unknown || local.dynamic.length > 0 || local.values.length === 0) return false;
    const options = [...new Set(local.values.map((known) => known.value))];
    const tail = template.quasis[index + 1]?.value.cooked ?? '';
    combinations = combinations.flatMap((prefix) => options.map((option) => prefix + option + tail));
    if (combinations.length > 64) return false;
  }
  for (const value of combinations) result.values.push({ value });
  return true;
}

/** `EVENTS.SIGNED_UP` or `EVENTS['Signed Up']` where EVENTS is a constant object literal in scope. */
function resolveMember(context: Context, member: TSESTree.MemberExpression, depth: number): Node | undefined {
  const objectNode = unwrap(member.object);
  let object: Node | undefined;
  if (objectNode.type === AST_NODE_TYPES.Identifier) {
    object = constantContents(context, objectNode);
    if (!object) return enumMemberValue(context, objectNode, member);
  } else if (objectNode.type === AST_NODE_TYPES.MemberExpression && depth < maxDepth) {
    object = resolveMember(context, objectNode, depth + 1);
  }
  if (!object) return undefined;
  // The key after the object: a computed key may cost a checker call, worth it only for an object that can be read.
  const key = memberKey(context, member);
  if (key === undefined) return undefined;
  const shape = objectShapeOf(context, object, depth + 1);
  return shape?.entries.get(key)?.value;
}

/**
 * `Events.Created` where `Events` is an enum of this module that gives the
 * member a value: `enum Events { Created = 'Account Created' }`. Declared
 * once (an enum merged from several declarations is not followed).
 */
function enumMemberValue(context: Context, enumName: TSESTree.Identifier, member: TSESTree.MemberExpression): Node | undefined {
  const variable = variableOf(context, enumName);
  const declaration = variable?.defs.length === 1 ? variable.defs[0]!.node : undefined;
  if (declaration?.type !== AST_NODE_TYPES.TSEnumDeclaration) return undefined;
  const key = memberKey(context, member);
  if (key === undefined) return undefined;
  const found = declaration.body.members.find((candidate) => (candidate.id.type === AST_NODE_TYPES.Identifier ? candidate.id.name : candidate.id.value) === key);
  return found?.initializer;
}

/** `Object.freeze({ … })`: the object it freezes (the global `Object`'s freeze). */
function frozenObject(context: Context, node: Node): Node | undefined {
  if (node.type !== AST_NODE_TYPES.CallExpression || node.arguments.length !== 1 || node.arguments[0]!.type === AST_NODE_TYPES.SpreadElement) return undefined;
  const callee = unwrap(node.callee);
  return callee.type === AST_NODE_TYPES.MemberExpression &&
    !callee.computed &&
    callee.property.type === AST_NODE_TYPES.Identifier &&
    callee.property.name === 'freeze' &&
    callee.object.type === AST_NODE_TYPES.Identifier &&
    callee.object.name === 'Object' &&
    !variableOf(context, callee.object)?.defs.length
    ? node.arguments[0]
    : undefined;
}

function memberKey(context: Context, member: TSESTree.MemberExpression): string | undefined {
  if (!member.computed) return member.property.type === AST_NODE_TYPES.Identifier ? member.property.name : undefined;
  return singleString(context, member.property);
}

/** Whether `node` stands inside `outer` in the source text. */
export function isWithin(node: Node, outer: Node): boolean {
  return node.range[0] >= outer.range[0] && node.range[1] <= outer.range[1];
}

/** The one string an expression is, when the code (or its type) says so: `'md5'`, `ALGO` with `const ALGO = 'md5'`, `'a' + 'b'`. */
export function singleString(context: Context, node: Node): string | undefined {
  const resolved = resolveStrings(context, node);
  return resolved.values.length === 1 && !resolved.unknown && resolved.dynamic.length === 0 ? resolved.values[0]!.value : undefined;
}

/** One key of an object as the code writes it. */
export interface ObjectEntry {
  key: string;
  /** The property node (for reports and fixes). */
  property: TSESTree.Property;
  /** Its value, with wrappers such as `as const` left on. */
  value: Node;
}

export interface ObjectShape {
  /** The object literal the shape was read from, when there is one (fixes insert here). */
  node?: TSESTree.ObjectExpression;
  /** Keys that are certainly there, last one written wins. */
  entries: Map<string, ObjectEntry>;
  /** Keys that are there according to the type checker, each with the expression whose type has it (there is no property node to point at). */
  typedKeys: Map<string, Node>;
  /** It may hold keys that cannot be seen: a spread of an unknown value, a computed key, an optional typed key. */
  mayHaveMore: boolean;
}

/**
 * With type information, what the value at `key` can be where the code does not
 * spell it as a literal: the type of the entry's value, or of the typed object
 * that holds the key.
 */
export function typedValueAt(context: Context, shape: ObjectShape, key: string): TypedValues | undefined {
  const entry = shape.entries.get(key);
  if (entry) return literalValue(entry.value) ? undefined : typedValues(context, unwrap(entry.value));
  const source = shape.typedKeys.get(key);
  return source ? typedPropertyValues(context, source, key) : undefined;
}

/**
 * Whether the object sends a value at the key, or may: a key written with
 * `undefined` or `null` sends nothing (one a spread may overwrite may send something).
 */
export function shapeHas(shape: ObjectShape, key: string): boolean | 'maybe' {
  const entry = shape.entries.get(key);
  if ((entry && !sendsNothing(entry.value)) || shape.typedKeys.has(key)) return true;
  return shape.mayHaveMore ? 'maybe' : false;
}

/**
 * The keys of an object expression, following constants and spreads of known
 * objects. Undefined when the value is not known to be an object at all.
 * `useTypes: false` reads only what the code spells, for callers that need
 * the object literal itself and would waste a checker call.
 */
export function resolveObject(context: Context, node: Node, { useTypes = true }: { useTypes?: boolean } = {}): ObjectShape | undefined {
  // Every rule asks about the same properties objects: each is read once (shapes are never changed after).
  // Without a program the types add nothing, so both kinds of question share one answer.
  const cache = useTypes && hasTypeInformation(context) ? typedShapes : codeShapes;
  const cached = cache.get(node);
  if (cached !== undefined) return cached ?? undefined;
  const shape = objectShapeOf(context, node, 0, useTypes);
  cache.set(node, shape ?? null);
  return shape;
}

const typedShapes = new WeakMap<Node, ObjectShape | null>();
const codeShapes = new WeakMap<Node, ObjectShape | null>();

function objectShapeOf(context: Context, node: Node, depth: number, useTypes = true): ObjectShape | undefined {
  const expression = unwrap(node);
  if (depth > maxDepth) return undefined;
  // A frozen object has the keys it is written with (`const EVENTS = Object.freeze({ … })`).
  const frozen = frozenObject(context, expression);
  if (frozen) return objectShapeOf(context, frozen, depth + 1, useTypes);
  const typedShapeOf = (typedNode: Node) => (useTypes ? typedShape(context, typedNode) : undefined);
  if (expression.type === AST_NODE_TYPES.Identifier) {
    const init = constantContents(context, expression);
    if (init) return objectShapeOf(context, init, depth + 1, useTypes);
    return typedShapeOf(expression);
  }
  if (expression.type === AST_NODE_TYPES.MemberExpression) {
    const value = resolveMember(context, expression, depth);
    if (value) return objectShapeOf(context, value, depth + 1, useTypes);
    return typedShapeOf(expression);
  }
  if (expression.type !== AST_NODE_TYPES.ObjectExpression) return typedShapeOf(expression);
  const shape: ObjectShape = { node: expression, entries: new Map(), typedKeys: new Map(), mayHaveMore: false };
  for (const property of expression.properties) {
    if (property.type === AST_NODE_TYPES.SpreadElement) {
      const spread = objectShapeOf(context, property.argument, depth + 1, useTypes);
      if (!spread) {
        shape.mayHaveMore = true;
        continue;
      }
      for (const [key, entry] of spread.entries) shape.entries.set(key, entry);
      for (const [key, source] of spread.typedKeys) shape.typedKeys.set(key, source);
      shape.mayHaveMore ||= spread.mayHaveMore;
      continue;
    }
    const key = propertyKey(context, property);
    if (key === undefined) {
      shape.mayHaveMore = true;
      continue;
    }
    shape.entries.set(key, { key, property, value: property.value });
  }
  return shape;
}

function typedShape(context: Context, node: Node): ObjectShape | undefined {
  const typed = typedObjectKeys(context, node);
  if (!typed) return undefined;
  return { entries: new Map(), typedKeys: new Map([...typed.keys].map((key) => [key, node])), mayHaveMore: typed.mayHaveMore };
}

/** The key of a property when it can be known: `a`, `'a'`, `[A_CONST]`, `1`. */
export function propertyKey(context: Context, property: TSESTree.Property): string | undefined {
  if (!property.computed) {
    if (property.key.type === AST_NODE_TYPES.Identifier) return property.key.name;
    if (property.key.type === AST_NODE_TYPES.Literal) return String(property.key.value);
    return undefined;
  }
  return singleString(context, property.key);
}

/** The value at a key path (`['context', 'groupId']`) inside an object shape: present, absent or unknown. */
export type Lookup =
  | {
      state: 'present';
      value: Node | undefined;
      entry?: ObjectEntry;
      /** For a key known only from a type: the expression whose type has it. */
      typedIn?: Node;
      key?: string;
    }
  | {
      state: 'absent';
      /** the innermost object literal reached, where the missing key would go */
      container?: TSESTree.ObjectExpression;
      /** the `undefined` or `null` written in the value's place */
      written?: Node;
    }
  | { state: 'unknown' };

/** `undefined`, `void 0` or `null`: a value that sends nothing, in an argument's place or at a key. */
export function sendsNothing(node: Node): boolean {
  const expression = unwrap(node);
  return (
    (expression.type === AST_NODE_TYPES.Identifier && expression.name === 'undefined') ||
    (expression.type === AST_NODE_TYPES.UnaryExpression && expression.operator === 'void') ||
    (expression.type === AST_NODE_TYPES.Literal && expression.raw === 'null')
  );
}

/**
 * What is sent at a key path: `present` only for a value that sends something,
 * `absent` where the path ends in nothing or in `undefined` / `null`
 * (`{ context: null }` has no `context.groupId`), `unknown` where it cannot be seen.
 */
export function lookupPath(context: Context, node: Node | undefined, path: readonly string[]): Lookup {
  if (!node) return { state: 'absent' };
  if (sendsNothing(node)) return { state: 'absent', written: node };
  if (path.length === 0) return { state: 'present', value: node };
  // `trackEvents([{ name }])` at `0.0.name`: an element of an array written in the call.
  const array = unwrap(node);
  if (array.type === AST_NODE_TYPES.ArrayExpression && /^\d+$/.test(path[0]!)) {
    const index = Number(path[0]);
    for (let position = 0; position <= index && position < array.elements.length; position++) {
      if (array.elements[position]?.type === AST_NODE_TYPES.SpreadElement) return { state: 'unknown' };
    }
    const element = array.elements[index];
    if (!element) return { state: 'absent' };
    const inner = lookupPath(context, element, path.slice(1));
    return path.length === 1 && inner.state === 'present' ? { state: 'present', value: element } : inner;
  }
  const shape = resolveObject(context, node);
  if (!shape) return { state: 'unknown' };
  const [head, ...rest] = path as [string, ...string[]];
  const entry = shape.entries.get(head);
  if (entry) {
    // A spread of an unknown object may put a value where this key has none.
    if (shape.mayHaveMore && sendsNothing(entry.value)) return { state: 'unknown' };
    const inner = lookupPath(context, entry.value, rest);
    return rest.length === 0 && inner.state === 'present' ? { state: 'present', value: entry.value, entry } : inner;
  }
  const typedIn = shape.typedKeys.get(head);
  if (typedIn) return rest.length === 0 ? { state: 'present', value: undefined, typedIn, key: head } : { state: 'unknown' };
  if (shape.mayHaveMore) return { state: 'unknown' };
  return { state: 'absent', container: shape.node };
}

/** The `new Date(...)` (or `new Date`) a value is, inside any `as` / `!` wrappers. */
function newDateOf(node: Node): TSESTree.NewExpression | undefined {
  const expression = unwrap(node);
  return expression.type === AST_NODE_TYPES.NewExpression &&
    expression.callee.type === AST_NODE_TYPES.Identifier &&
    expression.callee.name === 'Date'
    ? expression
    : undefined;
}

/** A `new Date(...)` a value may be. */
export interface DateObject {
  date: TSESTree.NewExpression;
  /**
   * Rewriting the `new Date` changes nothing but this value: it is written in
   * the value, or in a constant that nothing else reads (not exported).
   */
  editable: boolean;
}

/**
 * Every `new Date(...)` a value may be, as far as the code shows: the value
 * itself, each branch of `?:`, `??`, `||` and `&&`, and what a constant in
 * scope holds (`const start = new Date(); … { trial_start_date: start }`).
 */
export function dateObjectsOf(context: Context, node: Node): DateObject[] {
  const found: DateObject[] = [];
  collectDates(context, node, true, found, 0);
  return found;
}

function collectDates(context: Context, node: Node, editable: boolean, found: DateObject[], depth: number): void {
  if (depth > maxDepth) return;
  const date = newDateOf(node);
  if (date) {
    found.push({ date, editable: editable && !inTypedPlace(date) });
    return;
  }
  const expression = unwrap(node);
  if (expression.type === AST_NODE_TYPES.ConditionalExpression) {
    collectDates(context, expression.consequent, editable, found, depth + 1);
    collectDates(context, expression.alternate, editable, found, depth + 1);
  } else if (expression.type === AST_NODE_TYPES.LogicalExpression) {
    collectDates(context, expression.left, editable, found, depth + 1);
    collectDates(context, expression.right, editable, found, depth + 1);
  } else if (expression.type === AST_NODE_TYPES.Identifier) {
    const init = constantInit(context, expression);
    if (!init) return;
    const variable = variableOf(context, expression);
    const exported = variable?.defs[0]?.node.parent?.parent?.type === AST_NODE_TYPES.ExportNamedDeclaration;
    const readOnce = variable?.references.filter((reference) => reference.isRead()).length === 1;
    collectDates(context, init, editable && readOnce && !exported, found, depth + 1);
  }
}

/**
 * Whether a value stands where a type says what it is, so that a string in
 * its place would not compile: `const start: Date = new Date()`,
 * `{ trial_start_date: new Date() } satisfies TrialProps`, a typed class
 * field. A wrapper right around the value (`new Date(s) as Date`) is not
 * such a place: the fix rewrites the wrapper with it.
 */
function inTypedPlace(node: Node): boolean {
  let current = node;
  while (current.parent && isTypeWrapper(current.parent) && current.parent.expression === current) current = current.parent;
  for (let parent = current.parent; parent; current = parent, parent = parent.parent) {
    switch (parent.type) {
      case AST_NODE_TYPES.Property:
        if (parent.value !== current) return false;
        break;
      case AST_NODE_TYPES.ObjectExpression:
      case AST_NODE_TYPES.ArrayExpression:
      case AST_NODE_TYPES.ConditionalExpression:
      case AST_NODE_TYPES.LogicalExpression:
      case AST_NODE_TYPES.ChainExpression:
      case AST_NODE_TYPES.TSNonNullExpression:
        break;
      case AST_NODE_TYPES.TSAsExpression:
        // `as const` keeps the value's own type.
        if (parent.typeAnnotation.type !== AST_NODE_TYPES.TSTypeReference || parent.typeAnnotation.typeName.type !== AST_NODE_TYPES.Identifier || parent.typeAnnotation.typeName.name !== 'const') return true;
        break;
      case AST_NODE_TYPES.TSSatisfiesExpression:
      case AST_NODE_TYPES.TSTypeAssertion:
        return true;
      case AST_NODE_TYPES.VariableDeclarator:
        return parent.init === current && parent.id.typeAnnotation !== undefined;
      case AST_NODE_TYPES.PropertyDefinition:
        return parent.value === current && parent.typeAnnotation !== undefined;
      default:
        return false;
    }
  }
  return false;
}

/**
 * The values an expression may have, one node per branch, as far as the code
 * shows: each side of `?:`, `??`, `||` and `&&`, and what a constant or a
 * member of a constant object holds. A value that cannot be followed (a
 * parameter, a call) is a branch of its own; callers judge each.
 */
export function valueBranches(context: Context, node: Node): Node[] {
  const found: Node[] = [];
  collectBranches(context, node, found, 0);
  return found;
}

function collectBranches(context: Context, node: Node, found: Node[], depth: number): void {
  const expression = unwrap(node);
  if (depth > maxDepth) {
    found.push(node);
    return;
  }
  if (expression.type === AST_NODE_TYPES.ConditionalExpression) {
    collectBranches(context, expression.consequent, found, depth + 1);
    collectBranches(context, expression.alternate, found, depth + 1);
    return;
  }
  if (expression.type === AST_NODE_TYPES.LogicalExpression) {
    collectBranches(context, expression.left, found, depth + 1);
    collectBranches(context, expression.right, found, depth + 1);
    return;
  }
  if (expression.type === AST_NODE_TYPES.Identifier && expression.name !== 'undefined') {
    const init = constantInit(context, expression);
    if (init) {
      collectBranches(context, init, found, depth + 1);
      return;
    }
  }
  if (expression.type === AST_NODE_TYPES.MemberExpression) {
    const member = resolveMember(context, expression, depth);
    if (member) {
      collectBranches(context, member, found, depth + 1);
      return;
    }
  }
  found.push(node);
}

/** A literal's value when the expression is one (after unwrapping), for type checks of property values. */
export function literalValue(node: Node): { value: unknown } | undefined {
  const expression = unwrap(node);
  if (expression.type === AST_NODE_TYPES.Literal) return { value: expression.value };
  if (expression.type === AST_NODE_TYPES.TemplateLiteral && expression.expressions.length === 0) {
    return { value: expression.quasis[0]?.value.cooked ?? '' };
  }
  if (
    expression.type === AST_NODE_TYPES.UnaryExpression &&
    (expression.operator === '-' || expression.operator === '+') &&
    expression.argument.type === AST_NODE_TYPES.Literal &&
    typeof expression.argument.value === 'number'
  ) {
    return { value: expression.operator === '-' ? -expression.argument.value : expression.argument.value };
  }
  return undefined;
}

/** `Date.now()` or `new Date(…).getTime()`, with the global `Date`: a number of milliseconds, not a date string. */
export function isTimestamp(context: Context, node: Node): boolean {
  const expression = unwrap(node);
  if (expression.type !== AST_NODE_TYPES.CallExpression || expression.arguments.length > 0) return false;
  const callee = unwrap(expression.callee);
  if (callee.type !== AST_NODE_TYPES.MemberExpression || callee.computed || callee.property.type !== AST_NODE_TYPES.Identifier) return false;
  const object = unwrap(callee.object);
  const date = object.type === AST_NODE_TYPES.NewExpression ? object.callee : object;
  const method = object.type === AST_NODE_TYPES.NewExpression ? 'getTime' : 'now';
  return callee.property.name === method && date.type === AST_NODE_TYPES.Identifier && date.name === 'Date' && !variableOf(context, date)?.defs.length;
}

/**
 * The one string a looked-up value is: a string literal in the code or, with
 * type information, a single string literal type (`group_type: 'workspace'`
 * in a typed traits object). Undefined when it is absent, unknown or may be
 * more than one string.
 */
export function knownString(context: Context, found: Lookup): string | undefined {
  if (found.state !== 'present') return undefined;
  if (found.value) {
    const literal = literalValue(found.value);
    if (literal) return typeof literal.value === 'string' ? literal.value : undefined;
  }
  const typed = found.value
    ? typedValues(context, unwrap(found.value))
    : found.typedIn && found.key !== undefined
      ? typedPropertyValues(context, found.typedIn, found.key)
      : undefined;
  const only = typed && typed.primitives.length === 0 && !typed.nullable && typed.literals.length === 1 ? typed.literals[0] : undefined;
  return typeof only === 'string' ? only : undefined;
}

/** The name a module exports under an import specifier: `default`, `*` for a namespace, or the imported name (`a` in `{ a as b }`, `a-b` in `{ 'a-b' as c }`). */
export function importedName(specifier: TSESTree.ImportClause): string {
  if (specifier.type === AST_NODE_TYPES.ImportDefaultSpecifier) return 'default';
  if (specifier.type === AST_NODE_TYPES.ImportNamespaceSpecifier) return '*';
  return specifier.imported.type === AST_NODE_TYPES.Identifier ? specifier.imported.name : specifier.imported.value;
}

/** The module a `require('x')` call names, as its string literal; undefined for anything else. */
export function requiredModule(node: Node | null | undefined): TSESTree.StringLiteral | undefined {
  const expression = node ? unwrap(node) : undefined;
  if (
    expression?.type === AST_NODE_TYPES.CallExpression &&
    expression.callee.type === AST_NODE_TYPES.Identifier &&
    expression.callee.name === 'require' &&
    expression.arguments[0]?.type === AST_NODE_TYPES.Literal &&
    typeof expression.arguments[0].value === 'string'
  ) {
    return expression.arguments[0] as TSESTree.StringLiteral;
  }
  return undefined;
}

const effectTypes = new Set<string>([
  AST_NODE_TYPES.CallExpression,
  AST_NODE_TYPES.NewExpression,
  AST_NODE_TYPES.AssignmentExpression,
  AST_NODE_TYPES.UpdateExpression,
  AST_NODE_TYPES.AwaitExpression,
  AST_NODE_TYPES.YieldExpression,
  AST_NODE_TYPES.TaggedTemplateExpression,
  AST_NODE_TYPES.ImportExpression,
]);

/** Whether evaluating the code may do something besides making its value: a call, an assignment, an `await`… anywhere in it, except in functions it only defines. */
export function mayHaveEffects(sourceCode: Readonly<TSESLint.SourceCode>, node: TSESTree.Node): boolean {
  if (effectTypes.has(node.type)) return true;
  if (node.type === AST_NODE_TYPES.UnaryExpression && node.operator === 'delete') return true;
  if (node.type === AST_NODE_TYPES.FunctionExpression || node.type === AST_NODE_TYPES.ArrowFunctionExpression) return false;
  for (const key of sourceCode.visitorKeys[node.type] ?? []) {
    const child = (node as unknown as Record<string, unknown>)[key];
    for (const item of Array.isArray(child) ? child : [child]) {
      if (isNode(item) && mayHaveEffects(sourceCode, item)) return true;
    }
  }
  return false;
}

export function isNode(value: unknown): value is TSESTree.Node {
  return typeof value === 'object' && value !== null && typeof (value as { type?: unknown }).type === 'string';
}

/** The nodes directly under a node, from its own keys (also for nodes of parsers whose visitor keys are not at hand). */
export function childNodes(node: TSESTree.Node): TSESTree.Node[] {
  const children: TSESTree.Node[] = [];
  for (const key of Object.keys(node)) {
    if (key === 'parent' || key === 'loc' || key === 'range') continue;
    const child = (node as unknown as Record<string, unknown>)[key];
    for (const item of Array.isArray(child) ? child : [child]) if (isNode(item)) children.push(item);
  }
  return children;
}
