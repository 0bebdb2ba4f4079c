// The benchmark: what the plugin's recommended rules add to ESLint's CPU time.
//
//   npm run bench [-- --corpus app|dense|both --app-files 1500 --files 300 --rounds 9 --chunk 50 --problems 0.1 --typed-files 80 --typed-rounds 9 --no-typed --no-scaling --no-imported]
//
// It lints a generated corpus with (a) the parser and one cheap core rule
// (with no rule at all ESLint skips the traversal, a floor that flatters
// nobody) and (b) the same plus `recommended`, in turn over several rounds in
// one process, and prints the median CPU times and the median of the
// per-round ratios b/a. Three more sides say how far to trust that ratio and
// where it comes from: (a′) a second ESLint exactly like (a), whose ratio to
// (a) is the noise of the machine; (n) (a) plus ten rules that listen to
// tracking calls and do nothing, whose ratio to (a) is ESLint's own cost of
// running ten more rules; and (h) (a) plus the recommended rules set up as
// they are but with every listener emptied, so that b/h is the plugin's work
// on each call.
// Then each rule's time from ESLint's `stats`; the plugin's share of a
// sampled CPU profile (steady even on a busy machine); the same comparison
// with type information against a typed baseline; how the cost grows with
// the corpus; and a large imported plan (1,000 events, as a Segment Protocols
// export and as a directory of Iglu schemas): its load time, and whether the
// ratio moves with it.
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import tsParser from '@typescript-eslint/parser';
import { ESLint } from 'eslint';
import plugin from '../dist/esm/index.js';
import { generateAppCorpus } from './generate-app-corpus.mjs';
import { generateCorpus, generateModuleCorpus, random } from './generate-corpus.mjs';

const { values: args } = parseArgs({
  options: {
    corpus: { type: 'string', default: 'both' },
    'app-files': { type: 'string', default: '1500' },
    files: { type: 'string', default: '300' },
    rounds: { type: 'string', default: '9' },
    chunk: { type: 'string', default: '50' },
    problems: { type: 'string', default: '0.1' },
    'typed-files': { type: 'string', default: '80' },
    'typed-rounds': { type: 'string', default: '9' },
    'no-typed': { type: 'boolean', default: false },
    'no-scaling': { type: 'boolean', default: false },
    'no-imported': { type: 'boolean', default: false },
    'no-modules': { type: 'boolean', default: false },
  },
});
const root = path.resolve(new URL('..', import.meta.url).pathname, '.bench');
const settings = {
  'b2b-tracking': {
    callees: { track: ['trackEvent', 'useAnalytics().track', { callee: 'this.analyticsService.track', event: '0', properties: '2' }] },
  },
};

/** Ten rules that listen to calls named like SDK methods and do nothing: what ESLint itself spends on ten more rules. */
const idleRule = {
  meta: { type: 'problem', schema: [] },
  create: () => ({ 'CallExpression[callee.property.name=/^(?:track|capture|identify|group|reset)$/]'() {} }),
};
const idlePlugin = { rules: Object.fromEntries(Array.from({ length: 10 }, (_, index) => [`idle-${index}`, idleRule])) };

/**
 * Ten rules that ask of each file only what the plugin asks first: whether its
 * text holds a word of tracking, one search made by the first rule (the words
 * of `trackingHint` in src/sdks.ts), then nothing. On files that track nothing
 * this is the least the plugin can cost and still look at every file: the
 * floor its share there is measured against.
 */
const gateWords = /[Tt]rack|[Cc]aptur|[Ii]dentif|[Gg]roup|[Ee]vent|[Aa]nalytic|[Tt]elemetr|[Ss]egment|[Pp]ost[Hh]og|[Mm]ix[Pp]anel|[Aa]mplitude|[Rr]udder|[Aa]ccoil|[Mm]etric|[Ii]nstrument|reset/;
let gateFile;
const gateRule = {
  meta: { type: 'problem', schema: [] },
  create(context) {
    const sourceCode = context.sourceCode;
    if (sourceCode !== gateFile) {
      gateFile = sourceCode;
      gateWords.test(sourceCode.text);
    }
    return {};
  },
};
const gatePlugin = { rules: Object.fromEntries(Array.from({ length: 10 }, (_, index) => [`gate-${index}`, gateRule])) };

/**
 * The recommended rules, each set up for each file as it is (settings read,
 * the file's text tested, its selector made) and subscribing to what it
 * subscribes to, but doing nothing when called: what ESLint spends running
 * these rules plus the plugin's setup per file. b/h is what the plugin's work
 * per call adds on top (finding out what a call is, then checking it).
 */
const hollowPlugin = {
  rules: Object.fromEntries(
    Object.entries(plugin.rules).map(([id, rule]) => [
      id,
      {
        meta: rule.meta,
        create(context) {
          return Object.fromEntries(Object.keys(rule.create(context)).map((selector) => [selector, () => {}]));
        },
      },
    ]),
  ),
};
const hollowConfig = {
  plugins: { hollow: hollowPlugin },
  rules: Object.fromEntries(Object.entries(plugin.configs.recommended.rules).map(([id, level]) => [id.replace('b2b-tracking/', 'hollow/'), level])),
  settings,
};

/** The settings the plugin's sides run with: the dense corpus names its wrappers; the app corpus runs as a new user's project does, with none. */
let currentSettings = settings;

/** The config of one side: `plugin` the recommended config (`bare`: without settings), `idle` the ten idle rules, `hollow` the recommended rules emptied, none the baseline; `plan` settings of its own for `plugin`. */
function config({ side = 'baseline', typed, dir, plan }) {
  return [
    {
      files: ['**/*.ts', '**/*.tsx'],
      languageOptions: {
        parser: tsParser,
        parserOptions: typed ? { projectService: true, tsconfigRootDir: dir } : { ecmaFeatures: { jsx: true } },
      },
      rules: { 'no-debugger': 'error' },
    },
    ...(side === 'plugin' ? [plugin.configs.recommended, { settings: plan ? { 'b2b-tracking': { ...currentSettings['b2b-tracking'], ...plan } } : currentSettings }] : []),
    ...(side === 'bare' ? [plugin.configs.recommended] : []),
    ...(side === 'hollow' ? [{ ...hollowConfig, settings: currentSettings }] : []),
    ...(side === 'idle'
      ? [{ plugins: { idle: idlePlugin }, rules: Object.fromEntries(Object.keys(idlePlugin.rules).map((id) => [`idle/${id}`, 'error'])) }]
      : []),
    ...(side === 'gate'
      ? [{ plugins: { gate: gatePlugin }, rules: Object.fromEntries(Object.keys(gatePlugin.rules).map((id) => [`gate/${id}`, 'error'])) }]
      : []),
  ];
}

async function cpuOf(run) {
  const start = process.cpuUsage();
  const result = await run();
  const used = process.cpuUsage(start);
  return { ms: (used.user + used.system) / 1000, result };
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};
const fmt = (ms) => `${ms.toFixed(0).padStart(7)} ms`;

/**
 * Lints `files` with each side, `rounds` times after one warm-up; returns the
 * medians. Each round goes through the corpus in chunks, each chunk linted by
 * every side back to back, in an order that rotates from chunk to chunk:
 * whatever else the machine does then weighs on all sides alike, which a
 * whole-corpus run of each in turn does not give. No garbage collection is
 * forced in between, as none is in a real run (a collection forced before
 * each chunk starts every chunk from a small heap, which makes collecting
 * cost more than it does when linting a project). With `edit`, every file is
 * changed before each run, as in an editor: the type checker then answers for
 * a new program each time instead of from what it worked out before.
 */
async function compare({ label, dir, files, rounds, typed, edit = false, chunk = Number(args.chunk), sides }) {
  const eslints = sides.map((side) => new ESLint({ cwd: dir, overrideConfigFile: true, overrideConfig: config({ side: side.config, typed, dir, plan: side.plan }), cache: false }));
  const originals = new Map(edit ? files.map((file) => [file, readFileSync(file, 'utf8')]) : []);
  let edits = 0;
  const lint = async (eslint, part) => {
    if (edit) {
      edits++;
      for (const file of part) writeFileSync(file, `${originals.get(file)}\nexport const edit${edits} = ${edits};\n`);
    }
    return (await cpuOf(() => eslint.lintFiles(part))).ms;
  };
  const problems = [];
  for (const eslint of eslints) problems.push((await eslint.lintFiles(files)).reduce((sum, result) => sum + result.messages.length, 0));
  const chunks = [];
  for (let start = 0; start < files.length; start += chunk) chunks.push(files.slice(start, start + chunk));
  const times = sides.map(() => []);
  const ratios = sides.map(() => []);
  let turn = 0;
  for (let round = 0; round < rounds; round++) {
    const total = sides.map(() => 0);
    for (const part of chunks) {
      // Rotate who goes first, so no side always runs on a warmer (or colder) process.
      for (let step = 0; step < sides.length; step++) {
        const index = (step + turn) % sides.length;
        total[index] += await lint(eslints[index], part);
      }
      turn++;
    }
    total.forEach((ms, index) => {
      times[index].push(ms);
      ratios[index].push(ms / total[0]);
    });
  }
  console.log(`\n${label}: ${files.length} files, ${rounds} rounds of ${chunks.length} chunks each linted by every side in turn (CPU time, user + system)`);
  sides.forEach((side, index) => {
    const ratio = index === 0 ? '' : `   ratio to (a): median ${median(ratios[index]).toFixed(3)} (rounds ${[...ratios[index]].sort((x, y) => x - y).map((value) => value.toFixed(3)).join(' ')})`;
    console.log(`  ${side.label.padEnd(34)} median ${fmt(median(times[index]))}   ${String(problems[index]).padStart(3)} problems${ratio}`);
  });
  return Object.fromEntries(sides.map((side, index) => [side.key, { ms: median(times[index]), ratio: median(ratios[index]) }]));
}

async function ruleShares(dir, files, { rounds = 1, side = 'plugin', prefix = 'b2b-tracking/', quiet = false } = {}) {
  const eslint = new ESLint({ cwd: dir, overrideConfigFile: true, overrideConfig: config({ side, typed: false, dir }), cache: false, stats: true });
  // A warm-up round first when asked for more than one, so that what is measured is a running editor's or a long lint's.
  if (rounds > 1) await eslint.lintFiles(files);
  const results = [];
  for (let round = 0; round < Math.max(1, rounds - 1); round++) results.push(...(await eslint.lintFiles(files)));
  const totals = new Map();
  let lintTotal = 0;
  for (const result of results) {
    for (const pass of result.stats?.times?.passes ?? []) {
      lintTotal += pass.total ?? 0;
      for (const [rule, time] of Object.entries(pass.rules ?? {})) totals.set(rule, (totals.get(rule) ?? 0) + time.total);
    }
  }
  const pluginMs = [...totals].filter(([rule]) => rule.startsWith(prefix)).reduce((sum, [, ms]) => sum + ms, 0);
  if (quiet) return (100 * pluginMs) / lintTotal;
  console.log(`\nPer-rule time from ESLint's stats (${files.length} files; share of ESLint's own lint time, parse included)`);
  for (const [rule, ms] of [...totals].sort((x, y) => y[1] - x[1])) {
    console.log(`  ${rule.padEnd(42)} ${ms.toFixed(1).padStart(8)} ms  ${((100 * ms) / lintTotal).toFixed(2).padStart(6)} %`);
  }
  console.log(`  ${'all of ESLint (parse, rules, fixes)'.padEnd(42)} ${lintTotal.toFixed(1).padStart(8)} ms`);
  console.log(`  => the plugin's rules: ${pluginMs.toFixed(1)} ms, ${((100 * pluginMs) / lintTotal).toFixed(2)} % of ESLint's lint time`);
  return (100 * pluginMs) / lintTotal;
}

/**
 * The plugin's share of the CPU time of (b), from a sampling profile: the
 * samples with a frame of the plugin's code anywhere on their stack (so what
 * it calls in ESLint, typescript-eslint and TypeScript counts too). Unlike the
 * ratio, this does not move when the machine is busy.
 */
async function pluginShare(dir, files, { typed = false, edit = false } = {}) {
  const pluginFile = new URL('../dist/esm/index.js', import.meta.url).href;
  const eslint = new ESLint({ cwd: dir, overrideConfigFile: true, overrideConfig: config({ side: 'plugin', typed, dir }), cache: false });
  const originals = edit ? files.map((file) => readFileSync(file, 'utf8')) : [];
  const editAll = (round) => files.forEach((file, index) => writeFileSync(file, `${originals[index]}\nexport const profiled${round} = ${round};\n`));
  await eslint.lintFiles(files);
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.setSamplingInterval', { interval: 200 });
  await session.post('Profiler.start');
  for (let round = 0; round < 3; round++) {
    // Edits are written while the profiler runs, but writing files is not the plugin's code, so its share is unaffected.
    if (edit) editAll(round);
    await eslint.lintFiles(files);
  }
  const { profile } = await session.post('Profiler.stop');
  session.disconnect();
  const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
  const parents = new Map();
  for (const node of profile.nodes) for (const child of node.children ?? []) parents.set(child, node.id);
  const inPlugin = new Map();
  const isPluginStack = (id) => {
    if (id === undefined) return false;
    let known = inPlugin.get(id);
    if (known === undefined) {
      known = nodes.get(id).callFrame.url === pluginFile || isPluginStack(parents.get(id));
      inPlugin.set(id, known);
    }
    return known;
  };
  let total = 0;
  let plugin = 0;
  profile.samples.forEach((id, index) => {
    const delta = profile.timeDeltas[index] ?? 0;
    const name = nodes.get(id).callFrame.functionName;
    if (name === '(idle)' || name === '(program)') return;
    total += delta;
    if (isPluginStack(id)) plugin += delta;
  });
  console.log(
    `\nSampled profile of (b)${typed ? ' with type information' : ''}, ${files.length} files × 3: the plugin's code and what it calls (the type checker included) take ${((100 * plugin) / total).toFixed(2)} % of the CPU time (${(plugin / 3000).toFixed(0)} ms of ${(total / 3000).toFixed(0)} ms per run)`,
  );
  return (100 * plugin) / total;
}

console.log(`eslint-plugin-b2b-tracking benchmark — ${os.cpus()[0]?.model ?? 'unknown CPU'}, ${os.cpus().length} cores, Node ${process.version}, ESLint ${ESLint.version}`);

const which = args.corpus;
const rounds = Number(args.rounds);
if (!['app', 'dense', 'both'].includes(which)) throw new Error(`--corpus must be app, dense or both; got ${which}`);

if (which !== 'dense') {
  // The corpus shaped like a real app, linted as a new user's project is: no settings at all.
  currentSettings = {};
  const appCount = Number(args['app-files']);
  const appDir = path.join(root, 'app');
  const appFiles = generateAppCorpus(appDir, appCount, 11, { problemRate: Number(args.problems) });
  const tracking = appFiles.filter((file) => /\b(?:trackEvent|capture|captureServerEvent|posthog|analytics)\b/.test(readFileSync(file, 'utf8')));
  console.log(`\nCorpus shaped like a real app: ${appFiles.length} files (pages, components, API routes, services, tests), ${tracking.length} of them with tracking code (names in lib/events.ts, a Segment wrapper in lib/, a PostHog hook, a posthog-node helper); no settings.`);
  // The module layer, cold (the first lint in this process parses the modules the files import) and warm (a second lint, as
  // an editor or a long lint has it): how many modules it parsed, the time that took, and how often one came from the cache.
  const moduleStats = globalThis[Symbol.for('b2b-tracking.moduleStats')];
  const layer = new ESLint({ cwd: appDir, overrideConfigFile: true, overrideConfig: config({ side: 'plugin', typed: false, dir: appDir }), cache: false });
  for (const pass of ['cold', 'warm']) {
    const before = { ...moduleStats };
    const { ms } = await cpuOf(() => layer.lintFiles(appFiles));
    const parsed = moduleStats.parsed - before.parsed;
    const hits = moduleStats.hits - before.hits;
    console.log(
      `  module layer, ${pass}: ${parsed} modules parsed in ${(moduleStats.parseMs - before.parseMs).toFixed(0)} ms (${((100 * (moduleStats.parseMs - before.parseMs)) / ms).toFixed(2)} % of the lint's ${ms.toFixed(0)} ms), ${hits} taken from the cache (hit rate ${parsed + hits ? ((100 * hits) / (parsed + hits)).toFixed(1) : '—'} %)`,
    );
  }
  const app = await compare({
    label: 'Real-shaped app, without type information',
    dir: appDir,
    files: appFiles,
    rounds,
    typed: false,
    chunk: 250,
    sides: [
      { key: 'a', label: '(a) parser + no-debugger', config: 'baseline' },
      { key: 'control', label: "(a′) the same again (noise)", config: 'baseline' },
      { key: 'b', label: '(b) (a) + recommended', config: 'plugin' },
    ],
  });
  console.log(`  => recommended adds ${((app.b.ratio - 1) * 100).toFixed(1)} % (b/a ${app.b.ratio.toFixed(3)}); the noise of this machine ${((app.control.ratio - 1) * 100).toFixed(1)} % (a′/a)`);
  const appStats = await ruleShares(appDir, appFiles, { rounds: 3 });
  const appProfile = await pluginShare(appDir, appFiles);

  const quietDir = path.join(root, 'app-quiet');
  const quietFiles = generateAppCorpus(quietDir, Math.round(appCount / 2), 12, { track: false });
  console.log(`\nThe same kind of app code with no tracking at all: ${quietFiles.length} files.`);
  const quietStats = await ruleShares(quietDir, quietFiles, { rounds: 3 });
  const quietProfile = await pluginShare(quietDir, quietFiles);
  // What the same files cost ten rules that do nothing, and ten that make only the plugin's first test of each file.
  const idleStats = await ruleShares(quietDir, quietFiles, { rounds: 3, side: 'idle', prefix: 'idle/', quiet: true });
  const gateStats = await ruleShares(quietDir, quietFiles, { rounds: 3, side: 'gate', prefix: 'gate/', quiet: true });
  console.log(`  Floors on the same files (stats): ten idle rules ${idleStats.toFixed(2)} %; ten rules that only search each file's text for the words of tracking ${gateStats.toFixed(2)} %.`);
  console.log(
    `\nReal-shaped summary: the plugin's rules ${appStats.toFixed(2)} % of ESLint's lint time (stats), its code ${appProfile.toFixed(2)} % of a sampled profile; on files that track nothing ${quietStats.toFixed(2)} % (stats) and ${quietProfile.toFixed(2)} % (profile), against a floor of ${gateStats.toFixed(2)} % for the text search alone; b/a ${app.b.ratio.toFixed(3)} with noise a′/a ${app.control.ratio.toFixed(3)}.`,
  );
  currentSettings = settings;
}
if (which === 'app') process.exit(0);
const fileCount = Number(args.files);
const problemRate = Number(args.problems);
console.log(`Corpus: ${fileCount} files, ${Math.round(problemRate * 100)}% of tracking calls written with a mistake (--problems).`);
const dir = path.join(root, 'corpus');
const files = generateCorpus(dir, fileCount, 1, problemRate);
const untypedSides = [
  { key: 'a', label: '(a) parser + no-debugger', config: 'baseline' },
  { key: 'control', label: "(a′) the same again (noise)", config: 'baseline' },
  { key: 'idle', label: '(n) (a) + ten idle rules', config: 'idle' },
  { key: 'hollow', label: '(h) (a) + recommended, emptied', config: 'hollow' },
  { key: 'b', label: '(b) (a) + recommended', config: 'plugin' },
];
const untyped = await compare({ label: 'Without type information', dir, files, rounds, typed: false, sides: untypedSides });
console.log(
  `  => recommended adds ${((untyped.b.ratio - 1) * 100).toFixed(1)} % (b/a ${untyped.b.ratio.toFixed(3)}): its rules set up and called with nothing to do ${((untyped.hollow.ratio - 1) * 100).toFixed(1)} % (h/a), the plugin's work on each call the rest (b/h ${(untyped.b.ms / untyped.hollow.ms).toFixed(3)}). ESLint's own cost of ten more rules is ${((untyped.idle.ratio - 1) * 100).toFixed(1)} % (n/a); the noise of this machine ${((untyped.control.ratio - 1) * 100).toFixed(1)} % (a′/a)`,
);
await ruleShares(dir, files);
await pluginShare(dir, files);

if (!args['no-modules']) {
  // The module layer: names in a constants module and a wrapper in lib/, found with no settings at all.
  const modulesDir = path.join(root, 'modules');
  const moduleFiles = generateModuleCorpus(modulesDir, fileCount, 4, problemRate);
  const modules = await compare({
    label: 'Module layer (names and the wrapper in other modules, no settings)',
    dir: modulesDir,
    files: moduleFiles,
    rounds,
    typed: false,
    sides: [
      { key: 'a', label: '(a) parser + no-debugger', config: 'baseline' },
      { key: 'control', label: "(a′) the same again (noise)", config: 'baseline' },
      { key: 'b', label: '(m) (a) + recommended, no settings', config: 'bare' },
    ],
  });
  console.log(`  => recommended with the module layer adds ${((modules.b.ratio - 1) * 100).toFixed(1)} % (m/a ${modules.b.ratio.toFixed(3)}); the noise of this machine ${((modules.control.ratio - 1) * 100).toFixed(1)} % (a′/a)`);
}

if (!args['no-typed']) {
  const typedDir = path.join(root, 'typed');
  const typedFiles = generateCorpus(typedDir, Number(args['typed-files']), 2, problemRate);
  // The SDKs' client types (the typed tests' stand-ins), so that clients are known by type as in a real app.
  cpSync(new URL('../tests/typed/fixtures/node_modules', import.meta.url), path.join(typedDir, 'node_modules'), { recursive: true });
  await compare({
    label: 'With type information (projectService, SDK types installed, every file edited before each run; every side typed)',
    dir: typedDir,
    files: typedFiles,
    rounds: Number(args['typed-rounds']),
    typed: true,
    edit: true,
    chunk: Math.max(1, Math.ceil(typedFiles.length / 4)),
    sides: [
      { key: 'a', label: '(a) typed parser + no-debugger', config: 'baseline' },
      { key: 'control', label: "(a′) the same again (noise)", config: 'baseline' },
      { key: 'b', label: '(b) (a) + recommended', config: 'plugin' },
    ],
  });
  await pluginShare(typedDir, typedFiles, { typed: true, edit: true });
}

/**
 * A plan of 1,000 events, written twice: as Segment Protocols rules (one
 * file) and as Iglu schemas (a directory of 1,000 files in Iglu's layout).
 * The first events are the shipped Segment plan's, with their required
 * properties, so that the corpus's calls are checked as under (b).
 */
function writeImportedPlans(dir) {
  rmSync(dir, { recursive: true, force: true });
  const shipped = JSON.parse(readFileSync(new URL('../src/plans/segment.json', import.meta.url), 'utf8')).events;
  const next = random(4);
  const objects = ['Widget', 'Report', 'Board', 'Sheet', 'Alert', 'Folder', 'Seat', 'Invoice', 'Webhook', 'Token'];
  const actions = ['Created', 'Updated', 'Deleted', 'Shared', 'Archived', 'Restored', 'Exported', 'Viewed', 'Renamed', 'Moved'];
  const events = Object.entries(shipped).map(([name, event]) => ({ name, required: event.required ?? [], properties: event.properties ?? {} }));
  for (let index = 0; events.length < 1000; index++) {
    const name = `${objects[index % 10]} ${index} ${actions[Math.floor(index / 10) % 10]}`;
    const properties = {
      item_id: { type: 'string' },
      item_kind: { type: 'string', enum: ['a', 'b', 'c'] },
      item_count: { type: 'integer' },
      source: { type: ['string', 'null'] },
      changed_at: { type: 'string', format: 'date-time' },
    };
    events.push({ name, required: next() < 0.8 ? ['item_id', 'item_kind'] : [], properties });
  }
  const rules = events.map((event) => ({
    key: event.name,
    type: 'TRACK',
    version: 1,
    jsonSchema: { type: 'object', properties: { properties: { type: 'object', properties: event.properties, required: event.required } } },
  }));
  mkdirSync(dir, { recursive: true });
  const protocols = path.join(dir, 'segment-rules.json');
  writeFileSync(protocols, JSON.stringify({ rules }, null, 2));
  const iglu = path.join(dir, 'iglu');
  for (const event of events) {
    const name = event.name.toLowerCase().replaceAll(' ', '_');
    const schemaDir = path.join(iglu, 'schemas', 'com.bench', name, 'jsonschema');
    mkdirSync(schemaDir, { recursive: true });
    const self = { vendor: 'com.bench', name, format: 'jsonschema', version: '1-0-0' };
    writeFileSync(path.join(schemaDir, '1-0-0'), JSON.stringify({ self, type: 'object', properties: event.properties, required: event.required }, null, 2));
  }
  return { protocols, iglu };
}

/** The plan's load time: the first lint of one file with it, less the second (the plan then read from the process's cache). */
async function planLoadTime(dir, file, plan) {
  const once = async () => (await cpuOf(() => new ESLint({ cwd: dir, overrideConfigFile: true, overrideConfig: config({ side: 'plugin', typed: false, dir, plan }), cache: false }).lintFiles([file]))).ms;
  const first = await once();
  const again = median([await once(), await once(), await once()]);
  return first - again;
}

if (!args['no-imported']) {
  const { protocols, iglu } = writeImportedPlans(path.join(root, 'plans'));
  console.log('\nA large imported plan: 1,000 events (the Segment plan\'s and generated ones), as Segment Protocols rules (one file) and as Iglu schemas (1,000 files)');
  console.log(`  load time (first lint of one file less the next): Protocols file ${fmt(await planLoadTime(dir, files[0], { plan: protocols }))}, Iglu directory ${fmt(await planLoadTime(dir, files[0], { plan: iglu, naming: 'Title Case' }))}`);
  const imported = await compare({
    label: 'The same corpus under the imported plans',
    dir,
    files,
    rounds,
    typed: false,
    sides: [
      { key: 'a', label: '(a) parser + no-debugger', config: 'baseline' },
      { key: 'b', label: '(b) (a) + recommended', config: 'plugin' },
      { key: 'i', label: '(i) (b) under the Protocols file', config: 'plugin', plan: { plan: protocols } },
      { key: 'j', label: '(j) (b) under the Iglu directory', config: 'plugin', plan: { plan: iglu, naming: 'Title Case' } },
    ],
  });
  console.log(`  => b/a ${imported.b.ratio.toFixed(3)}, i/a ${imported.i.ratio.toFixed(3)}, j/a ${imported.j.ratio.toFixed(3)}`);
}

if (!args['no-scaling']) {
  console.log('\nScaling: the same kind of corpus at 1×, 2× and 4× the size (each linted whole by (a) and (b) in turn, three times, after a warm-up; medians)');
  for (const factor of [1, 2, 4]) {
    const scaleDir = path.join(root, `scale-${factor}`);
    const scaleFiles = generateCorpus(scaleDir, Math.round((fileCount * factor) / 2), 3, problemRate);
    const eslints = ['baseline', 'plugin'].map(
      (side) => new ESLint({ cwd: scaleDir, overrideConfigFile: true, overrideConfig: config({ side, typed: false, dir: scaleDir }), cache: false }),
    );
    for (const eslint of eslints) await eslint.lintFiles(scaleFiles.slice(0, 20));
    const times = [[], []];
    for (let round = 0; round < 3; round++) {
      for (const index of round % 2 ? [1, 0] : [0, 1]) times[index].push((await cpuOf(() => eslints[index].lintFiles(scaleFiles))).ms);
    }
    const [a, b] = times.map((values) => median(values) / scaleFiles.length);
    console.log(`  ${String(factor).padStart(2)}× ${String(scaleFiles.length).padStart(5)} files   (a) ${a.toFixed(2)} ms/file   (b) ${b.toFixed(2)} ms/file   b/a ${(b / a).toFixed(3)}`);
  }
}
