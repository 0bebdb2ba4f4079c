/**
 * Tracking plans: the shipped `segment` and `dotted` plans (JSON files in the
 * same format a user writes), loading a user's plan from a JSON or YAML file
 * or an inline object, validating it against the shipped JSON Schema, and
 * finding the plan event a name refers to.
 */
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import { parse as parseYaml, YAMLParseError } from 'yaml';
import { ConfigError, formatPath } from './config-error.js';
import { compactKey, type NamingStyle, wordKey } from './event-words.js';
import dottedPlan from './plans/dotted.json' with { type: 'json' };
import planSchema from './plans/plan-schema.json' with { type: 'json' };
import segmentPlan from './plans/segment.json' with { type: 'json' };

export interface PlanProperty {
  description?: string;
  type?: 'string' | 'number' | 'integer' | 'boolean' | 'object' | 'array';
  enum?: (string | number | boolean)[];
  format?: 'date-time';
}

export interface PlanEventDefinition {
  description?: string;
  required?: string[];
  recommended?: string[];
  properties?: Record<string, PlanProperty>;
  synonyms?: string[];
  groupLevel?: string;
}

/** A plan as written in a file. */
export interface PlanFile {
  $schema?: string;
  name?: string;
  extends?: ShippedPlanName;
  naming?: NamingStyle;
  events: Record<string, PlanEventDefinition>;
}

export interface PlanEvent extends PlanEventDefinition {
  /** The event's name as the plan writes it. */
  name: string;
}

/**
 * A plan ready for the rules: events by their words, synonyms by theirs, and
 * both again by their letters alone (`compactKey`), for names whose words
 * part differently ("hubspot_connected" names HubSpot Connected).
 */
export interface Plan {
  name: string;
  naming: NamingStyle;
  events: PlanEvent[];
  byWords: Map<string, PlanEvent>;
  bySynonym: Map<string, PlanEvent>;
  byLetters: Map<string, PlanEvent>;
  bySynonymLetters: Map<string, PlanEvent>;
}

export const shippedPlans = { segment: segmentPlan as PlanFile, dotted: dottedPlan as PlanFile };
export type ShippedPlanName = keyof typeof shippedPlans;

function buildPlan(file: PlanFile, fallbackName: string): Plan {
  const base = file.extends ? shippedPlans[file.extends] : undefined;
  const definitions = { ...base?.events, ...file.events };
  const events = Object.entries(definitions).map(([name, definition]) => ({ ...definition, name }));
  const byWords = new Map<string, PlanEvent>();
  const bySynonym = new Map<string, PlanEvent>();
  const byLetters = new Map<string, PlanEvent>();
  const bySynonymLetters = new Map<string, PlanEvent>();
  for (const event of events) {
    byWords.set(wordKey(event.name), event);
    if (!byLetters.has(compactKey(event.name))) byLetters.set(compactKey(event.name), event);
  }
  for (const event of events) {
    for (const synonym of event.synonyms ?? []) {
      // A name that is itself a plan event is never a synonym of another one.
      if (!byWords.has(wordKey(synonym))) bySynonym.set(wordKey(synonym), event);
      if (!byLetters.has(compactKey(synonym))) bySynonymLetters.set(compactKey(synonym), event);
    }
  }
  return {
    name: file.name ?? fallbackName,
    naming: file.naming ?? base?.naming ?? 'Title Case',
    events,
    byWords,
    bySynonym,
    byLetters,
    bySynonymLetters,
  };
}

const builtShipped = new Map<ShippedPlanName, Plan>();
export function shippedPlan(name: ShippedPlanName): Plan {
  let plan = builtShipped.get(name);
  if (!plan) {
    plan = buildPlan(shippedPlans[name], name);
    builtShipped.set(name, plan);
  }
  return plan;
}

/**
 * The plan event a name refers to by its words, whatever its style:
 * "trial_started", "trialStarted" and "Trial Started" all name Trial Started,
 * and whatever capitals inside a word: "hubspot_connected" and "HubSpot
 * Connected", "2fa_enabled" and "2FA Enabled" (matched by their letters when
 * their words part differently). "User Signed Up" names Signed Up: the object
 * `user` may stand before an event that has none.
 */
export function findPlanEvent(plan: Plan, name: string): PlanEvent | undefined {
  return lookUp(plan.byWords, plan.byLetters, name);
}

/** The plan event a name is a known synonym of ("Login" → Signed In), unless it names a plan event itself. */
export function findSynonym(plan: Plan, name: string): PlanEvent | undefined {
  if (findPlanEvent(plan, name)) return undefined;
  return lookUp(plan.bySynonym, plan.bySynonymLetters, name);
}

/** A name's entry by its words, else by its letters, also without a leading `user`. */
function lookUp(byWords: Map<string, PlanEvent>, byLetters: Map<string, PlanEvent>, name: string): PlanEvent | undefined {
  const words = wordKey(name);
  const found = byWords.get(words) ?? (words.startsWith('user ') ? byWords.get(words.slice(5)) : undefined);
  if (found || byLetters.size === 0) return found;
  const letters = words.replaceAll(' ', '');
  return byLetters.get(letters) ?? (words.startsWith('user ') ? byLetters.get(letters.slice(4)) : undefined);
}

let validatePlan: ValidateFunction | undefined;
function planValidator(): ValidateFunction {
  validatePlan ??= new Ajv({ allErrors: false, strict: false }).compile(planSchema);
  return validatePlan;
}

function describeError(error: ErrorObject): string {
  const keys = error.instancePath
    .split('/')
    .slice(1)
    .map((part) => part.replaceAll('~1', '/').replaceAll('~0', '~'))
    .map((part) => (/^\d+$/.test(part) ? Number(part) : part));
  // A key that breaks `propertyNames`: the only one the schema has is that an event has a name.
  if (error.propertyName !== undefined) {
    const key = formatPath([...keys, error.propertyName]);
    return keys.length === 1 && keys[0] === 'events' && error.propertyName === ''
      ? `${key}: an event name must not be empty`
      : `${key}: the key ${JSON.stringify(error.propertyName)} ${error.message ?? 'is invalid'}`;
  }
  const at = formatPath(keys);
  switch (error.keyword) {
    case 'minLength':
      return error.params.limit === 1 ? `${at} must not be empty` : `${at} ${error.message ?? 'is too short'}`;
    case 'type':
      return `${at || 'the plan'} must be ${/^[aeiou]/.test(String(error.params.type)) ? 'an' : 'a'} ${String(error.params.type)}`;
    case 'required':
      return `${at || 'the plan'} must have \`${String(error.params.missingProperty)}\``;
    case 'additionalProperty':
    case 'additionalProperties':
      return `${formatPath([...keys, String(error.params.additionalProperty)])} is not a known key`;
    case 'enum':
      return `${at} must be one of ${(error.params.allowedValues as unknown[]).map((value) => JSON.stringify(value)).join(', ')}`;
    default:
      return `${at || 'the plan'} ${error.message ?? 'is invalid'}`;
  }
}

/**
 * The plan's `date-time` format: an ISO-8601 date ("2018-08-28"), or a date
 * and time with an optional zone ("2018-08-28T04:09:47Z",
 * "2018-08-28 04:09:47.123+02:00"), each field in its range (month 01–12, the
 * days of that month, hours 00–23, minutes and seconds 00–59).
 */
export function isIsoDateTime(text: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(?:Z|[+-](\d{2}):?(\d{2}))?)?$/.exec(text);
  if (!match) return false;
  const [year = 0, month = 0, day = 0, hour = 0, minute = 0, second = 0, zoneHours = 0, zoneMinutes = 0] = match.slice(1).map((part) => Number(part ?? 0));
  const leapYear = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  const daysInMonth = [31, leapYear ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] ?? 0;
  return day >= 1 && day <= daysInMonth && hour <= 23 && minute <= 59 && second <= 59 && zoneHours <= 23 && zoneMinutes <= 59;
}

/** Checks a plan against the plan schema; `source` names the file or setting in the message. */
export function validatePlanFile(value: unknown, source: string): PlanFile {
  const validate = planValidator();
  if (!validate(value)) {
    const error = validate.errors?.[0];
    throw new ConfigError(`${source}: ${error ? describeError(error) : 'is not a valid tracking plan'}.`);
  }
  return value as PlanFile;
}

interface CachedFile {
  mtimeMs: number;
  size: number;
  plan: Plan;
}
const fileCache = new Map<string, CachedFile>();

/**
 * Reads a plan file once per process and again when it changes, so an editor
 * that keeps ESLint running sees edits to the plan.
 */
export function loadPlanFile(file: string, cwd: string): Plan {
  const absolute = path.resolve(cwd, file);
  let stats;
  try {
    stats = statSync(absolute);
  } catch {
    throw new ConfigError(
      `settings['b2b-tracking'].plan: the plan file ${JSON.stringify(file)} was not found (looked for ${absolute}).`,
    );
  }
  if (stats.isDirectory()) {
    throw new ConfigError(`settings['b2b-tracking'].plan: ${JSON.stringify(file)} is a directory, not a plan file (${absolute}).`);
  }
  const cached = fileCache.get(absolute);
  if (cached && cached.mtimeMs === stats.mtimeMs && cached.size === stats.size) return cached.plan;
  let text: string;
  try {
    text = readFileSync(absolute, 'utf8');
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new ConfigError(`settings['b2b-tracking'].plan: the plan file ${JSON.stringify(file)} cannot be read (${detail}).`);
  }
  const isYaml = /\.ya?ml$/i.test(absolute);
  // Editors on Windows may save a byte-order mark, which JSON.parse rejects.
  if (text.startsWith('\uFEFF')) text = text.slice(1);
  let data: unknown;
  try {
    data = isYaml ? parseYaml(text) : JSON.parse(text);
  } catch (error) {
    const detail =
      error instanceof YAMLParseError
        ? error.message.split('\n')[0]!.replace(/:$/, '')
        : error instanceof Error
          ? withLineAndColumn(error.message, text)
          : String(error);
    throw new ConfigError(`${file}: the plan file is not valid ${isYaml ? 'YAML' : 'JSON'}: ${detail}`);
  }
  const plan = buildPlan(validatePlanFile(data, file), path.basename(file).replace(/\.(json|ya?ml)$/i, ''));
  fileCache.set(absolute, { mtimeMs: stats.mtimeMs, size: stats.size, plan });
  return plan;
}

/** JSON.parse's "… at position 58" (Node 20) with the line and column a user can go to. */
function withLineAndColumn(message: string, text: string): string {
  const match = /\bposition (\d+)/.exec(message);
  if (!match || /\bline \d+/.test(message)) return message;
  const before = text.slice(0, Number(match[1]));
  const line = before.split('\n').length;
  const column = before.length - before.lastIndexOf('\n');
  return `${message} (line ${line} column ${column})`;
}

const inlineCache = new WeakMap<object, Plan>();
export function inlinePlan(value: object): Plan {
  let plan = inlineCache.get(value);
  if (!plan) {
    plan = buildPlan(validatePlanFile(value, "settings['b2b-tracking'].plan"), 'inline');
    inlineCache.set(value, plan);
  }
  return plan;
}

/**
 * A plan file's content, for `settings['b2b-tracking'].plan` in a config:
 * read, checked and with its `extends` resolved as the `plan` setting reads a
 * path (the same messages), and written out as an inline plan. ESLint's
 * `--cache` knows the config, not the files it names: a plan in the config
 * makes an edit to the plan an edit to the config. A relative path is
 * resolved from the directory ESLint runs in, as the setting's is.
 */
export function readPlan(file: string): PlanFile {
  const plan = loadPlanFile(file, process.cwd());
  const events = Object.fromEntries(plan.events.map(({ name, ...definition }) => [name, definition]));
  return { name: plan.name, naming: plan.naming, events };
}
