/**
 * Tracking plans: the shipped `segment` and `dotted` plans (JSON files in the
 * same format a user writes), loading a user's plan from a JSON or YAML file
 * or an inline object, validating it against the shipped JSON Schema, reading
 * plans kept in other tools' formats (src/plans/formats/), and finding the
 * plan event a name refers to.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import { parse as parseYaml, YAMLParseError } from 'yaml';
import { ConfigError, formatPath } from './config-error.js';
import { compactKey, matchesStyle, type NamingStyle, namingStyles, wordKey } from './event-words.js';
import { importedFormats, type PlanFormat, type ReadContext } from './plans/formats/index.js';
import { FormatError, type PlanData, type PlanDocument } from './plans/formats/model.js';
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
  /** A shipped plan's name, or a path to a plan file of any format the plugin reads (relative to this file). */
  extends?: string;
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
  /** Traits the plan puts on identify calls, and on group calls (imported formats only; empty otherwise). */
  identifyTraits: ReadonlySet<string>;
  groupTraits: ReadonlySet<string>;
  /** Event property names the plan marks as personal data. */
  personalData: ReadonlySet<string>;
  /** Every event property name the plan gives: the team's own spelling, never reported for its style. */
  propertyNames: ReadonlySet<string>;
}

export const shippedPlans = { segment: segmentPlan as PlanFile, dotted: dottedPlan as PlanFile };
export type ShippedPlanName = keyof typeof shippedPlans;

/**
 * The naming style most of the plan's event names are written in (the first
 * of the styles on a tie); Title Case when none is.
 */
function namingOf(names: readonly string[]): NamingStyle {
  let best: NamingStyle = 'Title Case';
  let bestCount = 0;
  for (const style of namingStyles) {
    const count = names.filter((name) => matchesStyle(name, style)).length;
    if (count > bestCount) [best, bestCount] = [style, count];
  }
  return best;
}

/**
 * A plan for the rules from what a file says and the plan it extends. A plan
 * in another tool's format (`imported`) that does not say its naming style
 * is written in the style of its own event names.
 */
function buildPlan(file: PlanData, fallbackName: string, base?: Plan, imported = false): Plan {
  const definitions: Record<string, PlanEventDefinition> = {};
  for (const { name, ...definition } of base?.events ?? []) definitions[name] = definition;
  Object.assign(definitions, file.events);
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
  const propertyNames = new Set<string>();
  for (const event of events) {
    for (const key of [...Object.keys(event.properties ?? {}), ...(event.required ?? []), ...(event.recommended ?? [])]) propertyNames.add(key);
  }
  return {
    name: file.name ?? fallbackName,
    naming: file.naming ?? base?.naming ?? (imported ? namingOf(Object.keys(file.events)) : 'Title Case'),
    events,
    byWords,
    bySynonym,
    byLetters,
    bySynonymLetters,
    identifyTraits: new Set([...(base?.identifyTraits ?? []), ...(file.identifyTraits ?? [])]),
    groupTraits: new Set([...(base?.groupTraits ?? []), ...(file.groupTraits ?? [])]),
    personalData: new Set([...(base?.personalData ?? []), ...(file.personalData ?? [])]),
    propertyNames,
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

/** The plugin's own format, tried first: a plan whose `events` is an object (not a list, as Avo's and Accoil's are). */
const ownFormat: PlanFormat = {
  id: 'b2b-tracking',
  label: "this plugin's plan format",
  marker: '`events` (an object of events by name)',
  recognises: (data) => typeof data === 'object' && data !== null && 'events' in data && !Array.isArray((data as { events: unknown }).events),
  read: ([document]) => validatePlanFile(document!.data, document!.file),
};

export const planFormats: readonly PlanFormat[] = [ownFormat, ...importedFormats];
/** The values of the `planFormat` setting. */
export const planFormatIds = planFormats.map((format) => format.id);

/** A file or directory a plan was read from, as it was then (a directory's time changes when a file is added to it or removed). */
interface Dependency {
  absolute: string;
  mtimeMs: number;
  size: number;
}

interface CachedFile {
  dependencies: Dependency[];
  plan: Plan;
  /** When its files are next looked at (`Date.now()`). */
  checkAfter: number;
}

/**
 * How often the files of a plan read from several (a directory, a plan and
 * what it extends) are looked at again: at most once a second, and at most
 * a fiftieth of the time (a `stat` of each of a thousand Iglu schemas and
 * their directories is more than linting a file should pay each time). A plan
 * of one file is looked at for every file linted, as it always was.
 */
export const planRecheckMs = 1000;
const fileCache = new Map<string, CachedFile>();

/** What one read of a plan went through: the files and directories it read, and the plans being read (to stop an `extends` cycle). */
interface Reading {
  dependencies: Dependency[];
  chain: { file: string; absolute: string }[];
}

function unchanged(dependency: Dependency): boolean {
  try {
    const stats = statSync(dependency.absolute);
    return stats.mtimeMs === dependency.mtimeMs && stats.size === dependency.size;
  } catch {
    return false;
  }
}

/**
 * Reads a plan file or directory once per process and again when it (or a
 * file in it, or a plan it extends) changes, so an editor that keeps ESLint
 * running sees edits to the plan. `format` is the `planFormat` setting: the
 * format to read it as, instead of the one its content looks like.
 */
export function loadPlanFile(file: string, cwd: string, format?: string): Plan {
  const absolute = path.resolve(cwd, file);
  const key = `${absolute}\u0000${format ?? ''}`;
  const cached = fileCache.get(key);
  const now = Date.now();
  if (cached && cached.dependencies.length > 1 && now < cached.checkAfter) return cached.plan;
  const started = performance.now();
  if (cached && cached.dependencies.every(unchanged)) {
    cached.checkAfter = now + Math.max(planRecheckMs, 50 * (performance.now() - started));
    return cached.plan;
  }
  const reading: Reading = { dependencies: [], chain: [] };
  const plan = readPlanAt(file, absolute, format, reading, true);
  fileCache.set(key, { dependencies: reading.dependencies, plan, checkAfter: now + planRecheckMs });
  return plan;
}

function record(reading: Reading, absolute: string): void {
  const stats = statSync(absolute);
  reading.dependencies.push({ absolute, mtimeMs: stats.mtimeMs, size: stats.size });
}

/**
 * The files of a directory plan, relative to it, sorted: JSON, YAML and
 * extension-less files (Iglu's `1-0-0`); none hidden. Each directory walked
 * is recorded, to see a file added or removed.
 */
function planFilesIn(directory: string, reading: Reading): string[] {
  const found: string[] = [];
  const walk = (relative: string) => {
    record(reading, path.join(directory, relative));
    for (const entry of readdirSync(path.join(directory, relative), { withFileTypes: true })) {
      if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
      const inside = relative ? path.join(relative, entry.name) : entry.name;
      if (entry.isDirectory()) walk(inside);
      else if (entry.isFile() && /(?:\.(?:json|ya?ml)|^[^.]*)$/i.test(entry.name)) found.push(inside);
    }
  };
  walk('');
  return found.sort();
}

function settingProblem(problem: string): never {
  throw new ConfigError(`settings['b2b-tracking'].plan: ${problem}`);
}

/** Reads and parses one file of a plan: JSON, YAML by its extension, and a file without one (Iglu's `1-0-1`) as JSON, else YAML. */
function readDocument(file: string, absolute: string, reading: Reading): PlanDocument {
  let text: string;
  try {
    text = readFileSync(absolute, 'utf8');
    record(reading, absolute);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new ConfigError(`settings['b2b-tracking'].plan: the plan file ${JSON.stringify(file)} cannot be read (${detail}).`);
  }
  // Editors on Windows may save a byte-order mark, which JSON.parse rejects.
  if (text.startsWith('\uFEFF')) text = text.slice(1);
  const isYaml = /\.ya?ml$/i.test(absolute);
  const isJson = /\.json$/i.test(absolute);
  try {
    return { file, absolute, data: isYaml ? parseYaml(text) : JSON.parse(text) };
  } catch (error) {
    if (!isYaml && !isJson) {
      try {
        return { file, absolute, data: parseYaml(text) };
      } catch {
        // Reported as JSON, the format such files mostly are.
      }
    }
    const detail =
      error instanceof YAMLParseError
        ? error.message.split('\n')[0]!.replace(/:$/, '')
        : error instanceof Error
          ? withLineAndColumn(error.message, text)
          : String(error);
    throw new ConfigError(`${file}: the plan file is not valid ${isYaml ? 'YAML' : 'JSON'}: ${detail}`);
  }
}

const formatList = planFormats.map((format) => format.label).join(', ');

/** The format a file is in: the `planFormat` setting's, else the first whose shape the content has. */
function formatOf(document: PlanDocument, named: PlanFormat | undefined): PlanFormat {
  if (named && !named.recognises(document.data)) {
    throw new ConfigError(`${document.file}: the \`planFormat\` setting says this file is in the format "${named.id}" (${named.label}), but it has no ${named.marker}.`);
  }
  if (named) return named;
  const found = planFormats.find((format) => format.recognises(document.data));
  if (!found) {
    throw new ConfigError(
      `${document.file}: the file is in none of the plan formats this plugin reads (${formatList}); if it is one of them, say which with the \`planFormat\` setting.`,
    );
  }
  return found;
}

function readPlanAt(file: string, absolute: string, formatId: string | undefined, reading: Reading, fromSetting: boolean): Plan {
  let stats;
  try {
    stats = statSync(absolute);
  } catch {
    if (fromSetting) settingProblem(`the plan file ${JSON.stringify(file)} was not found (looked for ${absolute}).`);
    throw new ConfigError(`${reading.chain.at(-1)?.file ?? "settings['b2b-tracking'].plan"}: extends ${JSON.stringify(file)}, which was not found (looked for ${absolute}).`);
  }
  const named = formatId === undefined ? undefined : planFormats.find((format) => format.id === formatId);
  let documents: PlanDocument[];
  let format: PlanFormat;
  if (stats.isDirectory()) {
    // Besides JSON and YAML files, the extension-less files of Iglu's layout (`1-0-0`) that hold a JSON object; not a LICENSE or CHANGES.
    const files = planFilesIn(absolute, reading).filter((inside) => path.extname(inside) !== '' || /^\s*\{/.test(readFileSync(path.join(absolute, inside), 'utf8')));
    documents = files.map((inside) => readDocument(path.join(file, inside), path.join(absolute, inside), reading));
    if (documents.length === 0) settingProblem(`the directory ${JSON.stringify(file)} holds no plan files (JSON or YAML).`);
    const formats = documents.map((document) => formatOf(document, named));
    format = formats[0]!;
    const other = formats.findIndex((each) => each !== format);
    if (!format.directory || other !== -1) {
      const directoryFormats = planFormats.filter((each) => each.directory).map((each) => each.label).join(', ');
      const odd = other === -1 ? 0 : other;
      throw new ConfigError(
        `${documents[odd]!.file}: a directory plan is the files of one format that comes as several (${directoryFormats}); this file is read as ${formats[odd]!.label}${other === -1 ? '' : ` and ${documents[0]!.file} as ${format.label}`}. Name one file as the plan.`,
      );
    }
  } else {
    documents = [readDocument(file, absolute, reading)];
    format = formatOf(documents[0]!, named);
  }
  reading.chain.push({ file, absolute });
  let data: PlanData;
  try {
    data = format.read(documents, siblingsOf(file, absolute, reading, stats.isDirectory()));
  } catch (error) {
    if (!(error instanceof FormatError)) throw error;
    const at = formatPath(error.at);
    throw new ConfigError(`${error.file ?? file}: ${at ? `${at} ` : ''}${error.problem} (read as ${format.label}).`);
  }
  let base: Plan | undefined;
  if (data.extends !== undefined) base = extendedPlan(data.extends, file, absolute, reading);
  reading.chain.pop();
  return buildPlan(data, path.basename(file).replace(/\.(json|ya?ml)$/i, ''), base, format !== ownFormat);
}

/** The plan a plan extends: a shipped one, or a file or directory (relative to the file that extends it). */
function extendedPlan(name: string, file: string, absolute: string, reading: Reading): Plan {
  if (Object.hasOwn(shippedPlans, name)) return shippedPlan(name as ShippedPlanName);
  const target = path.resolve(path.dirname(absolute), name);
  const shown = path.join(path.dirname(file), name);
  if (reading.chain.some((each) => each.absolute === target)) {
    throw new ConfigError(`${file}: extends: ${JSON.stringify(name)} extends this plan again.`);
  }
  return readPlanAt(shown, target, undefined, reading, false);
}

/** The other YAML and JSON files beside a single plan file, read only if a reader asks (an Accoil template's base). */
function siblingsOf(file: string, absolute: string, reading: Reading, isDirectory: boolean): ReadContext {
  return {
    siblings() {
      if (isDirectory) return [];
      const directory = path.dirname(absolute);
      return readdirSync(directory)
        .filter((name) => /\.(?:json|ya?ml)$/i.test(name) && path.join(directory, name) !== absolute)
        .sort()
        .flatMap((name) => {
          try {
            return [readDocument(path.join(path.dirname(file), name), path.join(directory, name), reading)];
          } catch {
            // A file beside the plan that does not parse is not part of it.
            return [];
          }
        });
    },
  };
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
export function inlinePlan(value: object, cwd = process.cwd()): Plan {
  let plan = inlineCache.get(value);
  if (!plan) {
    const data = validatePlanFile(value, "settings['b2b-tracking'].plan");
    const base = data.extends === undefined ? undefined : extendedPlan(data.extends, "settings['b2b-tracking'].plan", path.join(cwd, 'inline'), { dependencies: [], chain: [] });
    plan = buildPlan(data, 'inline', base);
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
