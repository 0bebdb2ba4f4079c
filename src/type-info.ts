/**
 * Type information, only where the user's ESLint config provides it. Without
 * a program (plain `.js`, espree, no `projectService`) every function here
 * answers undefined at once, and TypeScript is never loaded.
 */
import type { TSESLint, TSESTree, ParserServicesWithTypeInformation } from '@typescript-eslint/utils';
import type * as ts from 'typescript';

type Context = Readonly<TSESLint.RuleContext<string, readonly unknown[]>>;

interface Typed {
  services: ParserServicesWithTypeInformation;
  checker: ts.TypeChecker;
}

const typedCache = new WeakMap<object, Typed | null>();

/** The checker for this file, or undefined when the parser gave no program. */
export function typeServices(context: Context): Typed | undefined {
  const sourceCode = context.sourceCode;
  let typed = typedCache.get(sourceCode);
  if (typed === undefined) {
    const services = sourceCode.parserServices as Partial<ParserServicesWithTypeInformation> | undefined;
    typed =
      services?.program && services.esTreeNodeToTSNodeMap
        ? { services: services as ParserServicesWithTypeInformation, checker: services.program.getTypeChecker() }
        : null;
    typedCache.set(sourceCode, typed);
  }
  return typed ?? undefined;
}

function typeOf(typed: Typed, node: TSESTree.Node): ts.Type | undefined {
  try {
    return typed.services.getTypeAtLocation(node);
  } catch {
    return undefined;
  }
}

/**
 * The string values an expression's type allows: a string literal type, or a
 * union of them (an `as const` member, an enum member, a literal-typed
 * parameter). Undefined for `string` or anything not made only of literals.
 */
export function typedStringValues(context: Context, node: TSESTree.Node): string[] | undefined {
  const typed = typeServices(context);
  if (!typed) return undefined;
  const type = typeOf(typed, node);
  if (!type) return undefined;
  const parts = type.isUnion() ? type.types : [type];
  const values: string[] = [];
  for (const part of parts) {
    if (!part.isStringLiteral()) return undefined;
    values.push(part.value);
  }
  return values.length > 0 ? values : undefined;
}

/**
 * The keys of an object type: required keys are present, optional ones (or an
 * index signature) mean the object may hold more.
 */
export function typedObjectKeys(context: Context, node: TSESTree.Node): { keys: Set<string>; mayHaveMore: boolean } | undefined {
  const typed = typeServices(context);
  if (!typed) return undefined;
  const type = typeOf(typed, node);
  if (!type || !(type.flags & 524288 /* ts.TypeFlags.Object */) || type.getCallSignatures().length > 0) return undefined;
  const keys = new Set<string>();
  let mayHaveMore = type.getStringIndexType() !== undefined;
  for (const symbol of type.getProperties()) {
    if (symbol.flags & 16777216 /* ts.SymbolFlags.Optional */) {
      mayHaveMore = true;
    } else {
      keys.add(symbol.getName());
    }
  }
  return { keys, mayHaveMore };
}

/**
 * The npm package a value's type is declared in (`posthog-node` for a
 * `PostHog` client), so that an injected client is known whatever its name.
 */
export function typePackage(context: Context, node: TSESTree.Node): string | undefined {
  const typed = typeServices(context);
  if (!typed) return undefined;
  const type = typeOf(typed, node);
  const declaration = (type?.getSymbol() ?? type?.aliasSymbol)?.getDeclarations()?.[0];
  if (!declaration) return undefined;
  const fileName = declaration.getSourceFile().fileName.replaceAll('\\', '/');
  const match = /\/node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(fileName.slice(fileName.lastIndexOf('/node_modules/')));
  return match?.[1];
}
