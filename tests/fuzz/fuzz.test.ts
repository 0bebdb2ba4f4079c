/**
 * Fuzz test for the spec's quality bar: "Never throws on any program the
 * parser accepts; every fix leaves code that parses, and a second `--fix`
 * pass changes nothing." Besides: every suggestion leaves code that parses
 * and resolves the problem it is offered for, an event name's style fix keeps
 * its words, and no message has a placeholder left in it.
 *
 * Programs come from our own generator (tracking calls of every shape, see
 * generate-program.ts) and from eslump (random JavaScript with tracking
 * spliced in). Each program is linted under every config (recommended, strict,
 * accoil), each with a naming style, plan, wrappers, `stickyGroups` and rule
 * options chosen by the program's seed, so a seed replays exactly.
 *
 *   npx vitest run tests/fuzz                                   CI: a fixed number of programs from seed 1 (about 45 s)
 *   FUZZ_SECONDS=600 npx vitest run tests/fuzz                  ten minutes from a random first seed (printed)
 *   FUZZ_SEED=123 FUZZ_PROGRAMS=1 npx vitest run tests/fuzz -t own    one program again (the failure prints this line)
 *   FUZZ_SECONDS=7200 FUZZ_PROGRAMS=5000 nice npx vitest run tests/fuzz   the long run: up to 5,000 programs from each
 *                                                               generator (10,000 in all) within two hours, three
 *                                                               quarters of the time for our own; FUZZ_SEED=n repeats one
 *
 * A failure prints the program, the config and settings, what broke and the
 * line that replays it. Each bug found this way became a regular test in
 * tests/rules or tests/unit ("Found by the fuzz test").
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import tsParser from '@typescript-eslint/parser';
import { Linter } from 'eslint';
import * as espree from 'espree';
import vueParser from 'vue-eslint-parser';
import { expect, it } from 'vitest';
import plugin from '../../src/index.js';
import { eslumpProgram, fuzzCallees, generateProgram, type Program, Random, randomPlan } from './generate-program.js';

const configNames = ['recommended', 'strict', 'accoil'] as const;
const namingStyles = ['Title Case', 'snake_case', 'object.action', 'Object_Action', 'camelCase', 'Sentence case', 'lower case', 'kebab-case', 'object:action'] as const;

// --- the budget ---------------------------------------------------------------

const seconds = Number(process.env.FUZZ_SECONDS ?? 0);
const longRun = seconds > 0;
/** Programs per generator: fixed in CI so a run is reproducible; unbounded in a long run (time decides). */
const programCount = process.env.FUZZ_PROGRAMS ? Number(process.env.FUZZ_PROGRAMS) : longRun ? Infinity : undefined;
/** The first seed: fixed in CI, random in a long run (printed, so a run can be repeated). */
const firstSeed = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : longRun ? Math.floor(Math.random() * 2 ** 31) : 1;
/** The time each generator may take at most: a safety net in CI, the budget in a long run. */
const totalMs = longRun ? seconds * 1000 : 100_000;

const generators = {
  // About 45 s on two cores: eslump's programs are quick (most of their code tracks nothing).
  own: { generate: generateProgram, programs: programCount ?? 250, share: 0.75 },
  eslump: { generate: eslumpProgram, programs: programCount ?? 600, share: 0.25 },
};
type GeneratorName = keyof typeof generators;

// --- linting one program ---------------------------------------------------------

const linter = new Linter({ configType: 'flat' });
const filenames: Record<Program['language'], string> = { js: 'fuzz.js', jsx: 'fuzz.jsx', ts: 'fuzz.ts', tsx: 'fuzz.tsx', vue: 'fuzz.vue' };

/** A TypeScript project whose files stand for programs linted with type information (typescript-eslint's project service). */
const typedDir = path.join(path.dirname(fileURLToPath(import.meta.url)), 'typed');

function filenameOf(program: Program, typed: boolean): string {
  if (!typed) return filenames[program.language];
  return path.join(typedDir, program.language === 'tsx' ? 'typed-jsx.tsx' : 'typed.ts');
}

function languageOptions(program: Program, typed = false): Linter.Config['languageOptions'] {
  switch (program.language) {
    case 'js':
    case 'jsx':
      return {
        parser: espree,
        ecmaVersion: 'latest',
        sourceType: program.sourceType,
        parserOptions: { ecmaFeatures: { jsx: program.language === 'jsx' } },
      };
    case 'ts':
    case 'tsx':
      return {
        parser: tsParser as never,
        sourceType: program.sourceType,
        parserOptions: { ecmaFeatures: { jsx: program.language === 'tsx' }, ...(typed ? { projectService: true, tsconfigRootDir: typedDir } : {}) },
      };
    case 'vue':
      return { parser: vueParser as never, sourceType: 'module', parserOptions: { parser: tsParser, sourceType: 'module' } };
  }
}

/** Where the files are: every language the test lints, with its parser. */
function baseConfig(program: Program, typed = false): Linter.Config {
  return { files: ['**/*.js', '**/*.jsx', '**/*.ts', '**/*.tsx', '**/*.vue'], languageOptions: languageOptions(program, typed) };
}

interface Run {
  /** Seeds the choice of the suggestions whose effect is checked. */
  seed: number;
  config: (typeof configNames)[number];
  /** Linted with type information (TypeScript programs only, one run in twenty: the checker is slow). */
  typed: boolean;
  settings: Record<string, unknown>;
  rules: Linter.RulesRecord;
}

const inlinePlan = {
  name: 'fuzz',
  extends: 'segment',
  events: {
    'Report Exported': {
      required: ['format'],
      recommended: ['row_count'],
      properties: {
        format: { type: 'string', enum: ['csv', 'pdf'] },
        row_count: { type: 'integer' },
        exported_at: { type: 'string', format: 'date-time' },
      },
      synonyms: ['Export Report', 'report.export'],
    },
    'Trial Started': { required: ['trial_days'], properties: { trial_days: { type: 'number' }, converted: { type: 'boolean' } } },
  },
};

/** Wrappers that collide with the SDKs' own names, and places that are odd but valid. */
const collidingCallees = {
  track: ['track', 'analytics.track', 'window.analytics.track', { callee: 'posthog.capture', event: '0.name', properties: '0' }, { callee: 'logEvent', event: '5', properties: '0.a.b.c' }],
  identify: ['analytics.identify', { callee: 'identify', userId: '1.id', traits: '1' }],
  group: [{ callee: 'group', groupId: '0.id', traits: '0', groupType: '0.type' }],
  reset: ['analytics.reset', 'reset'],
};

/** The settings and rule options of one lint of a program: its config, a naming style, a plan, wrappers, … */
function runsFor(seed: number, program: Program): Run[] {
  const random = new Random(seed ^ 0x5eed);
  return configNames.map((config, index) => {
    const naming = namingStyles[(seed + index) % namingStyles.length]!;
    const settings: Record<string, unknown> = {
      plan: random.weighted<() => unknown>([
        [3, () => 'segment'],
        [2, () => 'dotted'],
        [1, () => inlinePlan],
        [2, () => randomPlan(random)],
      ])(),
      naming,
      stickyGroups: random.chance(0.5),
    };
    const callees = random.weighted([[5, fuzzCallees], [1, collidingCallees], [3, undefined]]);
    if (callees) settings.callees = callees;
    if (random.chance(0.3)) settings.hashFunctions = ['obscure'];
    if (random.chance(0.2)) settings.groupProperties = random.pick([['account_id', 'workspace_id'], ['$groups'], ['workspace_id']]);
    const level = config === 'strict' ? 'error' : 'warn';
    const rules: Linter.RulesRecord = {};
    if (random.chance(0.7)) {
      const properties = random.pick([[], ['email', 'assignee_email'], ['invitee_email', '$groups', 'Email Address']]);
      const module = random.pick(['@/lib/hash', "./it's-hashed", '../hash"quoted"']);
      rules['b2b-tracking/hash-invitee-email'] = ['error', { hasher: { name: 'hashEmail', import: module }, properties }];
    }
    if (random.chance(0.2)) {
      // The same key in both lists, and keys the generator writes.
      rules['b2b-tracking/trait-placement'] = ['error', { accountTraits: ['plan', 'email', 'mrr'], userTraits: ['email', 'plan', 'role'], requireTraits: random.chance(0.5) }];
    }
    if (random.chance(0.2)) rules['b2b-tracking/require-event-properties'] = ['error', { requireRecommended: random.chance(0.5) }];
    if (random.chance(0.3)) {
      rules['b2b-tracking/event-name-format'] = [
        'error',
        {
          affixes: random.pick([['App: ', 'web:', ' - \\[\\w+\\]'], ['[^A-Za-z]+'], ['\\W*'], ['.*? ']]),
          allowVerbFirst: random.chance(0.3),
          pastTenseVerbs: random.pick([['sunset', 'ran'], [], ['Created', 'ß']]),
          allowedNames: random.pick([['Click Button'], ['', '$pageview', 'signed out']]),
        },
      ];
    }
    if (random.chance(0.2)) rules['b2b-tracking/no-track-properties'] = level;
    const typed = (program.language === 'ts' || program.language === 'tsx') && random.chance(1 / 20);
    return { seed: seed * 3 + index, config, typed, settings, rules };
  });
}

function lintConfig(program: Program, run: Run): Linter.Config[] {
  return [baseConfig(program, run.typed), plugin.configs[run.config] as Linter.Config, { settings: { 'b2b-tracking': run.settings }, rules: run.rules }];
}

class FuzzFailure extends Error {}

/** The parse error of a program under its parser, as ESLint reports it, if any. */
function lintParseError(program: Program, code: string): string | undefined {
  const fatal = linter.verify(code, [baseConfig(program)], filenames[program.language]).find((message) => message.fatal);
  return fatal ? `${fatal.line}:${fatal.column} ${fatal.message}` : undefined;
}

/** Whether code parses under the program's parser, asked of the parser directly (no scope analysis): the suggestion checks make many. */
function parseError(program: Program, code: string): string | undefined {
  try {
    switch (program.language) {
      case 'js':
      case 'jsx':
        espree.parse(code, { ecmaVersion: 'latest', sourceType: program.sourceType, ecmaFeatures: { jsx: program.language === 'jsx' } });
        return undefined;
      case 'ts':
      case 'tsx':
        tsParser.parse(code, { sourceType: program.sourceType === 'module' ? 'module' : 'script', ecmaFeatures: { jsx: program.language === 'tsx' } });
        return undefined;
      case 'vue':
        return lintParseError(program, code);
    }
  } catch (error) {
    return (error as Error).message;
  }
}

/** Parse results of code with suggestions applied, per program (the configs share many suggestions). */
const parsed = new Map<string, string | undefined>();

function parsesWith(program: Program, code: string, edits: readonly { fix: { range: [number, number]; text: string } }[]): { applied: string; error: string | undefined } {
  let applied = code;
  for (const { fix } of [...edits].sort((a, b) => b.fix.range[0] - a.fix.range[0])) {
    applied = applied.slice(0, fix.range[0]) + fix.text + applied.slice(fix.range[1]);
  }
  if (!parsed.has(applied)) parsed.set(applied, parseError(program, applied));
  return { applied, error: parsed.get(applied) };
}

/**
 * Every suggestion must leave code that parses. Parsing is what costs, so the
 * suggestions are applied many at once (one of each message, none overlapping),
 * and one by one only when that fails: a failure is one suggestion's.
 */
function checkSuggestions(program: Program, source: string, messages: Linter.LintMessage[], when: string): void {
  // Fix ranges index the text without its byte order mark, as ESLint's own fixer applies them.
  const code = source.replace(/^\uFEFF/, '');
  let pending = messages.flatMap((message) => (message.suggestions ?? []).map((suggestion) => ({ message, suggestion })));
  while (pending.length > 0) {
    const batch: typeof pending = [];
    const deferred: typeof pending = [];
    let end = -1;
    for (const item of [...pending].sort((a, b) => a.suggestion.fix.range[0] - b.suggestion.fix.range[0])) {
      const fits = item.suggestion.fix.range[0] > end && !batch.some((taken) => taken.message === item.message);
      (fits ? batch : deferred).push(item);
      if (fits) end = item.suggestion.fix.range[1];
    }
    if (parsesWith(program, code, batch.map((item) => item.suggestion)).error) {
      for (const { message, suggestion } of batch) {
        const { applied, error } = parsesWith(program, code, [suggestion]);
        if (error) {
          throw new FuzzFailure(
            `the suggestion "${suggestion.desc}" of ${message.ruleId} (${message.messageId}) at ${message.line}:${message.column} ${when} leaves code that does not parse: ${error}\n--- code with the suggestion applied ---\n${applied}`,
          );
        }
      }
    }
    pending = deferred;
  }
}

/** The offset of a message's line and column (ESLint counts lines as JavaScript does, U+2028 included). */
function offsetOf(code: string, line: number, column: number): number {
  const lineBreak = /\r\n|[\r\n\u2028\u2029]/g;
  let start = 0;
  for (let current = 1; current < line && lineBreak.exec(code); current++) start = lineBreak.lastIndex;
  return start + column - 1;
}

/**
 * A suggestion must resolve the problem it is offered for: after applying it,
 * the same message is not reported at the same place. Each lint costs, so a
 * couple of suggestions per run are checked, chosen by the run's seed.
 */
function checkSuggestionsResolve(source: string, messages: Linter.LintMessage[], lint: (code: string) => Linter.LintMessage[], random: Random): void {
  const code = source.replace(/^\uFEFF/, '');
  const offered = messages.filter((message) => message.suggestions?.length);
  for (let checked = 0; checked < (longRun ? 6 : 2) && offered.length > 0; checked++) {
    const message = offered.splice(random.int(offered.length), 1)[0]!;
    const suggestion = random.pick(message.suggestions!);
    const { range, text } = suggestion.fix;
    const start = offsetOf(code, message.line, message.column);
    // Where the reported place is after the edit (unknown when the edit rewrites it).
    const inserted = range[0] === range[1];
    if (!inserted && start > range[0] && start < range[1]) continue;
    const moved = start > range[0] || (inserted && start === range[0]) ? start + text.length - (range[1] - range[0]) : start;
    const applied = code.slice(0, range[0]) + text + code.slice(range[1]);
    const again = lint(applied).find(
      (other) => other.ruleId === message.ruleId && other.message === message.message && offsetOf(applied, other.line, other.column) === moved,
    );
    if (again) {
      throw new FuzzFailure(
        `the suggestion "${suggestion.desc}" does not resolve the problem it is offered for: ${message.ruleId} still reports "${message.message}" at ${again.line}:${again.column}\n--- code with the suggestion applied ---\n${applied}`,
      );
    }
  }
}

/** The value of a string literal or a template without expressions, as source text. */
function stringValueOf(text: string): string | undefined {
  try {
    const program = espree.parse(`(${text})`, { ecmaVersion: 'latest' }) as unknown as { body: [{ expression: { type: string; value?: unknown; expressions?: unknown[]; quasis?: { value: { cooked: string } }[] } }] };
    const expression = program.body[0].expression;
    if (expression.type === 'Literal' && typeof expression.value === 'string') return expression.value;
    if (expression.type === 'TemplateLiteral' && expression.expressions!.length === 0) return expression.quasis![0]!.value.cooked;
  } catch {
    // Not a string: nothing to compare.
  }
  return undefined;
}

/**
 * The words of an event name as its reader sees them, to compare a name with
 * its fix: what stands between separators (space, `_`, `.`, `:`, `-`), any other
 * character being part of its word ("A/B", "customer's"); only a name without
 * separators splits at its camelCase humps ("accountCreated", "APIKey", while
 * "OAuth" stays one word). Lower-cased: "OAuth" and "oauth" are one word,
 * "OAuth" and "O Auth" are not, nor "ﬁle" and "file".
 */
function wordsOfName(name: string): string[] {
  const parts = name.split(/[\s_.:-]+/u).filter((part) => part.length > 0);
  const words = parts.length === 1 ? parts[0]!.split(/(?<=[\p{Ll}\p{N}]\p{M}*)(?=\p{Lu})|(?<=\p{Lu}{2})(?=\p{Lu}\p{Ll})/u) : parts;
  return words.map((word) => word.toLowerCase());
}

/** A name's namespace before ("App: ", "[Store] ") and after (" - [Dashboard]"), if any, and what stands between. */
function namespaceOf(name: string): { prefix: string; core: string; suffix: string } {
  const prefix = /^(?:\[[^\]]*\] (?:- )?|[^:[\]]+: )/u.exec(name)?.[0] ?? '';
  const suffix = / - \[[^\]]*\]$/u.exec(name.slice(prefix.length))?.[0] ?? '';
  return { prefix, core: name.slice(prefix.length, name.length - suffix.length), suffix };
}

/** event-name-format fixes the casing and separators "when the words stay the same": the fixed name has the same letters in the same words. */
function checkNameFixesKeepWords(source: string, messages: Linter.LintMessage[]): void {
  const code = source.replace(/^\uFEFF/, '');
  for (const message of messages) {
    if (message.ruleId !== 'b2b-tracking/event-name-format' || !message.fix) continue;
    const before = stringValueOf(code.slice(...message.fix.range));
    const after = stringValueOf(message.fix.text);
    if (before === undefined || after === undefined) continue;
    // A namespace kept as written around the name ("[Dashboard]" of "Invite Sent - [Dashboard]") is compared apart.
    const [outerBefore, outerAfter] = [namespaceOf(before), namespaceOf(after)];
    const kept = outerBefore.prefix === outerAfter.prefix && outerBefore.suffix === outerAfter.suffix;
    const [wordsBefore, wordsAfter] = kept ? [wordsOfName(outerBefore.core), wordsOfName(outerAfter.core)] : [wordsOfName(before), wordsOfName(after)];
    if (wordsBefore.join('\u0000') === wordsAfter.join('\u0000')) continue;
    throw new FuzzFailure(
      `the fix for "${message.message}" at ${message.line}:${message.column} changes the words of the name: ${JSON.stringify(before)} (${JSON.stringify(wordsBefore)}) becomes ${JSON.stringify(after)} (${JSON.stringify(wordsAfter)})`,
    );
  }
}

/** Every placeholder of a message is filled: a `{{name}}` left in it means the report lacks its data. */
function checkMessagesComplete(messages: Linter.LintMessage[]): void {
  const unfilled = messages.find((message) => /\{\{\s*\w+\s*\}\}/.test(message.message));
  if (unfilled) throw new FuzzFailure(`${unfilled.ruleId} (${unfilled.messageId}) at ${unfilled.line}:${unfilled.column} reports a message with a placeholder left in it: ${unfilled.message}`);
}

/** Lints a program with a run's config and fixes it; throws a FuzzFailure for any broken promise. */
function checkRun(program: Program, run: Run): void {
  const config = lintConfig(program, run);
  const filename = filenameOf(program, run.typed);
  const lint = (code: string) => linter.verify(code, config, filename);
  const fix = (code: string) => linter.verifyAndFix(code, config, { filename });
  let messages: Linter.LintMessage[];
  try {
    messages = lint(program.code);
  } catch (error) {
    throw new FuzzFailure(`a rule threw: ${(error as Error).stack ?? String(error)}`);
  }
  checkMessagesComplete(messages);
  checkSuggestions(program, program.code, messages, 'on the program');
  checkSuggestionsResolve(program.code, messages, lint, new Random(run.seed));
  // A user's affix patterns may take letters from the name: its words are then the core's.
  if (!run.rules['b2b-tracking/event-name-format']) checkNameFixesKeepWords(program.code, messages);

  let fixed: Linter.FixReport;
  try {
    fixed = fix(program.code);
  } catch (error) {
    throw new FuzzFailure(`a rule threw while fixing: ${(error as Error).stack ?? String(error)}`);
  }
  if (!fixed.fixed) return;
  const fatal = fixed.messages.find((message) => message.fatal);
  if (fatal) {
    throw new FuzzFailure(`the fixes leave code that does not parse: ${fatal.line}:${fatal.column} ${fatal.message}\n--- fixed code ---\n${fixed.output}`);
  }
  checkSuggestions(program, fixed.output, fixed.messages, 'on the fixed code');
  let again: Linter.FixReport;
  try {
    again = fix(fixed.output);
  } catch (error) {
    throw new FuzzFailure(`a rule threw on the fixed code: ${(error as Error).stack ?? String(error)}\n--- fixed code ---\n${fixed.output}`);
  }
  if (again.fixed) {
    throw new FuzzFailure(`a second --fix pass changes the code again\n--- after the first pass ---\n${fixed.output}\n--- after the second ---\n${again.output}`);
  }
}

// --- the runs ---------------------------------------------------------------------

interface Tally {
  clean: number;
  rejected: number;
  failures: string[];
  /** The time limit ended the run before its programs were done. */
  timedOut: boolean;
}

function describeRun(run: Run): string {
  const { callees, ...rest } = run.settings;
  const plan = rest.plan === inlinePlan ? 'inlinePlan of fuzz.test.ts' : rest.plan;
  const wrappers = callees === fuzzCallees ? 'fuzzCallees' : callees === collidingCallees ? 'collidingCallees of fuzz.test.ts' : undefined;
  return `config ${run.config}${run.typed ? ' with type information' : ''}, settings ${JSON.stringify({ ...rest, plan, callees: wrappers })}, rules ${JSON.stringify(run.rules)}`;
}

/** What went wrong linting a program with one run's config, or undefined. */
function failureOf(program: Program, run: Run): string | undefined {
  try {
    checkRun(program, run);
    return undefined;
  } catch (error) {
    // Anything else thrown while linting (the code with a suggestion applied, say) is a rule's crash too.
    const message = error instanceof FuzzFailure ? error.message : `a rule threw: ${(error as Error).stack ?? String(error)}`;
    return `${describeRun(run)}:\n${message}`;
  }
}

function replay(name: GeneratorName, seed: number): string {
  return `replay: FUZZ_SEED=${seed} FUZZ_PROGRAMS=1 npx vitest run tests/fuzz -t ${name}`;
}

function fuzz(name: GeneratorName, budgetMs: number): Tally {
  const { generate, programs } = generators[name];
  const tally: Tally = { clean: 0, rejected: 0, failures: [], timedOut: false };
  const deadline = Date.now() + budgetMs;
  for (let index = 0; index < programs && tally.failures.length < (longRun ? 50 : 10); index++) {
    if (Date.now() >= deadline) {
      tally.timedOut = Number.isFinite(programs);
      break;
    }
    const seed = (firstSeed + index) >>> 0;
    let program: Program;
    try {
      program = generate(seed);
    } catch (error) {
      tally.failures.push(`${name} program, seed ${seed}: the generator threw: ${(error as Error).stack ?? String(error)}\n${replay(name, seed)}`);
      continue;
    }
    const rejected = lintParseError(program, program.code);
    parsed.clear();
    if (rejected) {
      // Our generator must write programs the parser accepts; eslump's may not (early errors).
      if (name === 'own') tally.failures.push(`own program, seed ${seed}: the parser rejects it: ${rejected}\n--- program ---\n${program.code}\n${replay(name, seed)}`);
      else tally.rejected += 1;
      continue;
    }
    const failure = runsFor(seed, program).map((run) => failureOf(program, run)).find(Boolean);
    if (!failure) {
      tally.clean += 1;
      continue;
    }
    tally.failures.push(
      [
        `${name} program, seed ${seed} (${program.language}, ${program.sourceType}), ${failure}`,
        `--- program ---\n${program.code}`,
        replay(name, seed),
      ].join('\n'),
    );
  }
  return tally;
}

function report(name: GeneratorName, tally: Tally, started: number): void {
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  console.log(
    `fuzz ${name}: ${tally.clean} programs clean × ${configNames.length} configs in ${seconds}s from seed ${firstSeed}` +
      (tally.timedOut ? ' (stopped by the time limit)' : '') +
      (tally.rejected ? ` (${tally.rejected} rejected by the parser, skipped)` : '') +
      (tally.failures.length ? `; ${tally.failures.length} failing` : ''),
  );
  for (const failure of tally.failures) console.log(`\n${failure}\n`);
}

for (const name of Object.keys(generators) as GeneratorName[]) {
  const budget = totalMs * generators[name].share;
  it(`fuzz: ${name} generator`, () => {
    const started = Date.now();
    const tally = fuzz(name, budget);
    report(name, tally, started);
    expect(tally.failures.map((failure) => failure.split('\n')[0]), 'failing programs (details above)').toEqual([]);
    expect(tally.clean).toBeGreaterThan(0);
  }, budget + 30_000);
}
