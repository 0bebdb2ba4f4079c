/**
 * What every plan reader hands the loader: the plugin's plan model (events
 * with their properties), plus what only imported formats say (identify and
 * group traits, properties marked as personal data), and the checks the
 * readers share to report a file that breaks its own format.
 */
import type { NamingStyle } from '../../event-words.js';
import type { PlanEventDefinition, PlanProperty } from '../../plan.js';

export interface PlanData {
  name?: string;
  naming?: NamingStyle;
  /** A shipped plan's name, or a path to another plan file (relative to the file that says it). */
  extends?: string;
  events: Record<string, PlanEventDefinition>;
  /** Traits the plan puts on identify calls. */
  identifyTraits?: string[];
  /** Traits the plan puts on group calls. */
  groupTraits?: string[];
  /** Event property names the plan marks as personal data. */
  personalData?: string[];
}

/** One parsed file of a plan. */
export interface PlanDocument {
  /** The file as the user would name it (the `plan` setting, or a file inside that directory). */
  file: string;
  /** Its absolute path. */
  absolute: string;
  data: unknown;
}

export type JsonPath = (string | number)[];

/** A file that breaks its format: where in it, and what is wrong; `file` when the reader read several. */
export class FormatError extends Error {
  constructor(
    readonly at: JsonPath,
    readonly problem: string,
    readonly file?: string,
  ) {
    super(problem);
  }
}

export function fail(at: JsonPath, problem: string): never {
  throw new FormatError(at, problem);
}

/** Runs a reader's work on one document, so an error names that document's file. */
export function inFile<T>(file: string, read: () => T): T {
  try {
    return read();
  } catch (error) {
    if (error instanceof FormatError && error.file === undefined) throw new FormatError(error.at, error.problem, file);
    throw error;
  }
}

export type JsonObject = Record<string, unknown>;

export function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function objectAt(value: unknown, at: JsonPath): JsonObject {
  if (!isObject(value)) fail(at, 'must be an object');
  return value;
}

/** An object that may be left out (or written `null`). */
export function optionalObject(value: unknown, at: JsonPath): JsonObject | undefined {
  return value === undefined || value === null ? undefined : objectAt(value, at);
}

/** A list that may be left out (or written `null`). */
export function optionalList(value: unknown, at: JsonPath): unknown[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) fail(at, 'must be a list');
  return value;
}

export function nameAt(value: unknown, at: JsonPath): string {
  if (typeof value !== 'string' || value.trim() === '') fail(at, 'must be a non-empty string');
  return value;
}

/** A description or other text the plugin only shows: anything else is left out, not an error. */
export function text(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}

const planTypes = new Set<PlanProperty['type']>(['string', 'number', 'integer', 'boolean', 'object', 'array']);

/**
 * A type as the formats write it: one name, a list (`["string", "null"]`),
 * or a comma-separated list (`"string,null"`). `null` beside one other type
 * says the value may be null (which no rule reports); several types, or a
 * type the plugin does not know, give none.
 */
export function typeOf(value: unknown): PlanProperty['type'] {
  const names = Array.isArray(value) ? value : typeof value === 'string' ? value.split(',').map((part) => part.trim()) : [];
  const kept = names.filter((name) => name !== 'null');
  return kept.length === 1 && planTypes.has(kept[0] as PlanProperty['type']) ? (kept[0] as PlanProperty['type']) : undefined;
}

/** An enum's values the rules can compare with a literal (null, objects and lists left out); undefined when none is left. */
export function enumOf(value: unknown): PlanProperty['enum'] {
  if (!Array.isArray(value)) return undefined;
  const kept = value.filter((item): item is string | number | boolean => ['string', 'number', 'boolean'].includes(typeof item));
  return kept.length > 0 && kept.length === value.filter((item) => item !== null).length ? kept : undefined;
}

/** A property definition without the keys that say nothing. */
export function property(parts: PlanProperty): PlanProperty {
  const out: PlanProperty = {};
  for (const [key, value] of Object.entries(parts) as [keyof PlanProperty, PlanProperty[keyof PlanProperty]][]) {
    if (value !== undefined) (out as Record<string, unknown>)[key] = value;
  }
  return out;
}

/** An event definition without empty lists. */
export function event(parts: PlanEventDefinition): PlanEventDefinition {
  const out: PlanEventDefinition = {};
  if (parts.description) out.description = parts.description;
  if (parts.required?.length) out.required = [...new Set(parts.required)];
  if (parts.recommended?.length) out.recommended = [...new Set(parts.recommended)];
  if (parts.properties && Object.keys(parts.properties).length > 0) out.properties = parts.properties;
  if (parts.groupLevel) out.groupLevel = parts.groupLevel;
  return out;
}
