/**
 * Type information, only where the user's ESLint config provides it. Without
 * a program (plain `.js`, espree, no `projectService`) every function here
 * answers undefined at once, and TypeScript is never loaded.
 *
 * Types are told apart by the checker's own methods and `intrinsicName`, not by
 * `ts.TypeFlags`: their numeric values change between TypeScript versions
 * (`Object` is 524288 in TypeScript 4 and 5, 1048576 in 6), and reading them
 * from the `typescript` module would load it.
 */
import type { ParserServicesWithTypeInformation, TSESLint, TSESTree } from '@typescript-eslint/utils';
import type * as ts from 'typescript';

type Context = Readonly<TSESLint.RuleContext<string, readonly unknown[]>>;

interface Typed {
  services: ParserServicesWithTypeInformation;
  checker: ts.TypeChecker;
  /** Per node: its type, so that several rules asking about one node cost one checker call. */
  types: WeakMap<TSESTree.Node, ts.Type | null>;
}

const typedCache = new WeakMap<object, Typed | null>();

/** The checker for this file, or undefined when the parser gave no program. */
function typeServices(context: Context): Typed | undefined {
  const sourceCode = context.sourceCode;
  let typed = typedCache.get(sourceCode);
  if (typed === undefined) {
    const services = sourceCode.parserServices as Partial<ParserServicesWithTypeInformation> | undefined;
    typed =
      services?.program && services.esTreeNodeToTSNodeMap
        ? { services: services as ParserServicesWithTypeInformation, checker: services.program.getTypeChecker(), types: new WeakMap() }
        : null;
    typedCache.set(sourceCode, typed);
  }
  return typed ?? undefined;
}

/** Whether the parser gave a program for this file (and the checker can be asked at all). */
export function hasTypeInformation(context: Context): boolean {
  return typeServices(context) !== undefined;
}

function typeOf(typed: Typed, node: TSESTree.Node): ts.Type | undefined {
  let type = typed.types.get(node);
  if (type === undefined) {
    try {
      type = typed.services.getTypeAtLocation(node);
    } catch {
      type = null;
    }
    typed.types.set(node, type);
  }
  return type ?? undefined;
}

/**
 * Asks a question about a node's type: undefined at once without a program,
 * and undefined when the checker fails on code it cannot make sense of (a lint
 * rule must not throw where the checker does).
 */
function withType<T>(context: Context, node: TSESTree.Node, question: (typed: Typed, type: ts.Type) => T | undefined): T | undefined {
  const typed = typeServices(context);
  const type = typed && typeOf(typed, node);
  if (!typed || !type) return undefined;
  try {
    return question(typed, type);
  } catch {
    return undefined;
  }
}

/** `string`, `true`, `undefined`, `any`, …: the names of the checker's intrinsic types (undefined for others). */
function intrinsicName(type: ts.Type): string | undefined {
  return (type as { intrinsicName?: string }).intrinsicName;
}

const nullish = new Set(['undefined', 'null', 'void']);

/** A type parameter stands for its constraint (`T extends EventName`). */
function constrained(typed: Typed, type: ts.Type): ts.Type {
  return type.isTypeParameter() ? (typed.checker.getBaseConstraintOfType(type) ?? type) : type;
}

/** The members of a union (or the type itself), with `null` / `undefined` left out and counted. */
function partsOf(typed: Typed, type: ts.Type): { parts: ts.Type[]; nullable: boolean } {
  const whole = constrained(typed, type);
  const parts: ts.Type[] = [];
  let nullable = false;
  for (const part of whole.isUnion() ? whole.types : [whole]) {
    const name = intrinsicName(part);
    if (name !== undefined && nullish.has(name)) nullable = true;
    else parts.push(part);
  }
  return { parts, nullable };
}

/** A primitive value type a property can have besides literals. */
export type Primitive = 'string' | 'number' | 'bigint';

/** What the type of a value says it can be: literal values and primitive types. */
export interface TypedValues {
  /** Values of literal types (`'csv'`, `3`, `true`, enum members); `boolean` is `true` and `false`. */
  literals: (string | number | boolean)[];
  /** Primitive types it can also be (`string`, `number`, `bigint`). */
  primitives: Primitive[];
  /** It can also be `null` or `undefined`. */
  nullable: boolean;
}

const primitives = new Set<string>(['string', 'number', 'bigint']);

function valuesOfType(typed: Typed, type: ts.Type): TypedValues | undefined {
  const { parts, nullable } = partsOf(typed, type);
  const values: TypedValues = { literals: [], primitives: [], nullable };
  for (const part of parts) {
    const name = intrinsicName(part);
    if (part.isStringLiteral() || part.isNumberLiteral()) values.literals.push(part.value);
    else if (name === 'true' || name === 'false') values.literals.push(name === 'true');
    else if (name !== undefined && primitives.has(name)) values.primitives.push(name as Primitive);
    // Objects, `any`, `unknown`, symbols, template literal types: nothing to say.
    else return undefined;
  }
  return values.literals.length > 0 || values.primitives.length > 0 ? values : undefined;
}

/** What the type of an expression says its value can be; undefined without type information or when it is not made of literals and primitives. */
export function typedValues(context: Context, node: TSESTree.Node): TypedValues | undefined {
  return withType(context, node, valuesOfType);
}

/**
 * The strings an expression's type allows: a string literal type, or a union
 * of them (an `as const` member, an enum member, a literal-typed parameter),
 * and whether it may also be `undefined` or `null`. Undefined for `string`,
 * or for anything that is not made only of string literals.
 */
export function typedStringValues(context: Context, node: TSESTree.Node): { values: string[]; nullable: boolean } | undefined {
  const values = typedValues(context, node);
  if (!values || values.primitives.length > 0 || values.literals.some((value) => typeof value !== 'string')) return undefined;
  return { values: values.literals as string[], nullable: values.nullable };
}

// SymbolFlags.Optional: unlike TypeFlags, SymbolFlags have kept their values across TypeScript versions.
const optionalSymbol = 16777216;

/** An object type's own keys, or undefined for a primitive, literal, function, array or anything else without keys to check. */
function keysOfObject(typed: Typed, type: ts.Type): { keys: Set<string>; mayHaveMore: boolean } | undefined {
  const isValue = (part: ts.Type): boolean => intrinsicName(part) !== undefined || part.isLiteral() || part.isTypeParameter();
  if (isValue(type) || (type.isIntersection() && type.types.some(isValue))) return undefined;
  // Functions, and arrays or tuples (indexed by number only).
  if (type.getCallSignatures().length > 0 || (type.getNumberIndexType() && !type.getStringIndexType())) return undefined;
  const keys = new Set<string>();
  let mayHaveMore = type.getStringIndexType() !== undefined;
  for (const symbol of typed.checker.getPropertiesOfType(type)) {
    if (symbol.flags & optionalSymbol) mayHaveMore = true;
    else keys.add(symbol.getName());
  }
  return { keys, mayHaveMore };
}

/**
 * The keys of an expression's object type: required keys are present;
 * optional ones (or an index signature) mean the object may hold more. For a
 * union, keys every member has are present and the others may be.
 */
export function typedObjectKeys(context: Context, node: TSESTree.Node): { keys: Set<string>; mayHaveMore: boolean } | undefined {
  return withType(context, node, keysOfType);
}

function keysOfType(typed: Typed, type: ts.Type): { keys: Set<string>; mayHaveMore: boolean } | undefined {
  const { parts } = partsOf(typed, type);
  let result: { keys: Set<string>; mayHaveMore: boolean } | undefined;
  for (const part of parts) {
    const own = keysOfObject(typed, part);
    if (!own) return undefined;
    if (!result) {
      result = own;
      continue;
    }
    for (const key of result.keys) {
      if (!own.keys.has(key)) {
        result.keys.delete(key);
        result.mayHaveMore = true;
      }
    }
    if (own.mayHaveMore || [...own.keys].some((key) => !result!.keys.has(key))) result.mayHaveMore = true;
  }
  return result;
}

/** What the type of property `key` of an expression's object type says the value can be. */
export function typedPropertyValues(context: Context, node: TSESTree.Node, key: string): TypedValues | undefined {
  return withType(context, node, (typed, type) => {
    const combined: TypedValues = { literals: [], primitives: [], nullable: false };
    for (const part of partsOf(typed, type).parts) {
      const property = part.getProperty(key);
      const values = property && valuesOfType(typed, typed.checker.getTypeOfSymbolAtLocation(property, typed.services.esTreeNodeToTSNodeMap.get(node)));
      if (!values) return undefined;
      combined.literals.push(...values.literals);
      combined.primitives.push(...values.primitives);
      combined.nullable ||= values.nullable;
    }
    return combined.literals.length > 0 || combined.primitives.length > 0 ? combined : undefined;
  });
}

/**
 * The npm package a path inside `node_modules` belongs to, with
 * DefinitelyTyped's `@types/x` read as `x` (and `@types/a__b` as `@a/b`):
 * `…/node_modules/.pnpm/posthog-node@4.0.0/node_modules/posthog-node/lib/index.d.ts` → `posthog-node`.
 */
export function packageOfFile(fileName: string): string | undefined {
  const path = fileName.replaceAll('\\', '/');
  const start = path.lastIndexOf('/node_modules/');
  if (start === -1) return undefined;
  const match = /^\/node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(path.slice(start));
  const name = match?.[1];
  if (!name?.startsWith('@types/')) return name;
  const typed = name.slice('@types/'.length);
  return typed.includes('__') ? `@${typed.replace('__', '/')}` : typed;
}

/** Where the type of a value is declared: the package and the type's name (`posthog-node`, `PostHog`; `*` for a module namespace). */
export interface TypeOrigin {
  packageName: string;
  typeName: string;
}

function originOfType(type: ts.Type): TypeOrigin | undefined {
  const symbol = type.getSymbol() ?? type.aliasSymbol;
  if (!symbol) return undefined;
  for (const declaration of symbol.getDeclarations() ?? []) {
    const packageName = packageOfFile(declaration.getSourceFile().fileName);
    // A module's symbol is named by its quoted path.
    if (packageName) return { packageName, typeName: symbol.getName().startsWith('"') ? '*' : symbol.getName() };
  }
  return undefined;
}

/**
 * The package a value's type is declared in (`posthog-node` for a `PostHog`
 * client, also as `PostHog | undefined`), so that an injected client is known
 * whatever its name. Undefined when the members of a union disagree.
 */
export function typeOrigin(context: Context, node: TSESTree.Node): TypeOrigin | undefined {
  return withType(context, node, (typed, type) => {
    let found: TypeOrigin | undefined;
    for (const part of partsOf(typed, type).parts) {
      const origin = originOfType(part);
      if (!origin || (found && (found.packageName !== origin.packageName || found.typeName !== origin.typeName))) return undefined;
      found = origin;
    }
    return found;
  });
}

const programPackages = new WeakMap<ts.Program, Set<string>>();

/**
 * Whether the program holds declarations from any of these packages at all:
 * one pass over its file names per program, so that a project that has no SDK
 * installed never asks the checker what a `form.reset()` is called on.
 */
export function programHasPackage(context: Context, names: Iterable<string>): boolean {
  const typed = typeServices(context);
  if (!typed) return false;
  const program = typed.services.program;
  let packages = programPackages.get(program);
  if (!packages) {
    packages = new Set();
    for (const file of program.getSourceFiles()) {
      const name = packageOfFile(file.fileName);
      if (name) packages.add(name);
    }
    programPackages.set(program, packages);
  }
  for (const name of names) if (packages.has(name)) return true;
  return false;
}
