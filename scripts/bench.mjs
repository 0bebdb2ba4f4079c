// The benchmark: what the plugin's recommended rules add to ESLint's CPU time.
//
//   npm run bench [-- --files 300 --rounds 9 --chunk 25 --problems 0.1 --typed-files 80 --typed-rounds 9 --no-typed --no-scaling]
//
// It lints a generated corpus with (a) the parser and one cheap core rule
// (with no rule at all ESLint skips the traversal, a floor that flatters
// nobody) and (b) the same plus `recommended`, alternating a and b over several
// rounds in one process, and prints the median CPU times and the median of
// the pairwise ratios b/a; each rule's time from ESLint's `stats`; the plugin's
// share of a sampled CPU profile (steady even on a busy machine); the same
// comparison with type information against a typed baseline; and how the cost
// grows with the corpus.
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import v8 from 'node:v8';
import vm from 'node:vm';
import tsParser from '@typescript-eslint/parser';
import { ESLint } from 'eslint';
import plugin from '../dist/esm/index.js';
import { generateCorpus } from './generate-corpus.mjs';

const { values: args } = parseArgs({
  options: {
    files: { type: 'string', default: '300' },
    rounds: { type: 'string', default: '9' },
    chunk: { type: 'string', default: '25' },
    problems: { type: 'string', default: '0.1' },
    'typed-files': { type: 'string', default: '80' },
    'typed-rounds': { type: 'string', default: '9' },
    'no-typed': { type: 'boolean', default: false },
    'no-scaling': { type: 'boolean', default: false },
  },
});
const root = path.resolve(new URL('..', import.meta.url).pathname, '.bench');
const settings = {
  'b2b-tracking': {
    callees: { track: ['trackEvent', 'useAnalytics().track', { callee: 'this.analyticsService.track', event: '0', properties: '2' }] },
  },
};

function config({ withPlugin, typed, dir }) {
  return [
    {
      files: ['**/*.ts', '**/*.tsx'],
      languageOptions: {
        parser: tsParser,
        parserOptions: typed ? { projectService: true, tsconfigRootDir: dir } : { ecmaFeatures: { jsx: true } },
      },
      rules: { 'no-debugger': 'error' },
    },
    ...(withPlugin ? [plugin.configs.recommended, { settings }] : []),
  ];
}

// Collect garbage before each measured run, so one side's garbage is not collected on the other's time.
v8.setFlagsFromString('--expose-gc');
const gc = vm.runInNewContext('gc');

async function cpuOf(run) {
  gc();
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
 * Lints `files` with a and b, `rounds` times after one warm-up; returns the medians.
 * Each round goes through the corpus in chunks, each chunk linted by a and by b
 * back to back (in alternating order, after a garbage collection): whatever
 * else the machine does then weighs on both sides of a pair alike, which a
 * whole-corpus run of each side in turn does not give. With `edit`, every file
 * is changed before each run, as in an editor: the type checker then answers
 * for a new program each time instead of from what it worked out before.
 */
async function compare({ label, dir, files, rounds, typed, edit = false, chunk = Number(args.chunk) }) {
  const a = new ESLint({ cwd: dir, overrideConfigFile: true, overrideConfig: config({ withPlugin: false, typed, dir }), cache: false });
  const b = new ESLint({ cwd: dir, overrideConfigFile: true, overrideConfig: config({ withPlugin: true, typed, dir }), cache: false });
  const originals = new Map(edit ? files.map((file) => [file, readFileSync(file, 'utf8')]) : []);
  let edits = 0;
  const lint = async (eslint, part) => {
    if (edit) {
      edits++;
      for (const file of part) writeFileSync(file, `${originals.get(file)}\nexport const edit${edits} = ${edits};\n`);
    }
    return (await cpuOf(() => eslint.lintFiles(part))).ms;
  };
  await lint(a, files);
  const warm = await b.lintFiles(files);
  const problems = warm.reduce((sum, result) => sum + result.messages.length, 0);
  const chunks = [];
  for (let start = 0; start < files.length; start += chunk) chunks.push(files.slice(start, start + chunk));
  const timesA = [];
  const timesB = [];
  const ratios = [];
  let pairs = 0;
  for (let round = 0; round < rounds; round++) {
    let roundA = 0;
    let roundB = 0;
    for (const part of chunks) {
      // Alternate which goes first, so neither always runs on a warmer process.
      const bFirst = pairs++ % 2 === 1;
      if (bFirst) roundB += await lint(b, part);
      roundA += await lint(a, part);
      if (!bFirst) roundB += await lint(b, part);
    }
    timesA.push(roundA);
    timesB.push(roundB);
    ratios.push(roundB / roundA);
  }
  console.log(`\n${label}: ${files.length} files, ${rounds} rounds of ${chunks.length} chunks each linted by (a) and (b) in turn (CPU time, user + system)`);
  console.log(`  (a) parser + no-debugger        median ${fmt(median(timesA))}`);
  console.log(`  (b) (a) + recommended           median ${fmt(median(timesB))}   (${problems} problems reported)`);
  const sortedRatios = [...ratios].sort((x, y) => x - y);
  console.log(
    `  ratio b/a: median of rounds ${median(ratios).toFixed(3)}   (ratio of medians ${(median(timesB) / median(timesA)).toFixed(3)}; rounds ${sortedRatios.map((ratio) => ratio.toFixed(3)).join(' ')})`,
  );
  return { a: median(timesA), b: median(timesB), ratio: median(ratios) };
}

async function ruleShares(dir, files) {
  const eslint = new ESLint({ cwd: dir, overrideConfigFile: true, overrideConfig: config({ withPlugin: true, typed: false, dir }), cache: false, stats: true });
  const results = await eslint.lintFiles(files);
  const totals = new Map();
  let lintTotal = 0;
  for (const result of results) {
    for (const pass of result.stats?.times?.passes ?? []) {
      lintTotal += pass.total ?? 0;
      for (const [rule, time] of Object.entries(pass.rules ?? {})) totals.set(rule, (totals.get(rule) ?? 0) + time.total);
    }
  }
  console.log(`\nPer-rule time from ESLint's stats (${files.length} files; share of ESLint's own lint time, parse included)`);
  for (const [rule, ms] of [...totals].sort((x, y) => y[1] - x[1])) {
    console.log(`  ${rule.padEnd(42)} ${ms.toFixed(1).padStart(8)} ms  ${((100 * ms) / lintTotal).toFixed(2).padStart(6)} %`);
  }
  console.log(`  ${'all of ESLint (parse, rules, fixes)'.padEnd(42)} ${lintTotal.toFixed(1).padStart(8)} ms`);
}

/**
 * The plugin's share of the CPU time of (b), from a sampling profile: the
 * samples with a frame of the plugin's code anywhere on their stack (so what
 * it calls in ESLint, typescript-eslint and TypeScript counts too). Unlike the
 * ratio, this does not move when the machine is busy.
 */
async function pluginShare(dir, files, { typed = false, edit = false } = {}) {
  const pluginFile = new URL('../dist/esm/index.js', import.meta.url).href;
  const eslint = new ESLint({ cwd: dir, overrideConfigFile: true, overrideConfig: config({ withPlugin: true, typed, dir }), cache: false });
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
}

console.log(`eslint-plugin-b2b-tracking benchmark — ${os.cpus()[0]?.model ?? 'unknown CPU'}, ${os.cpus().length} cores, Node ${process.version}, ESLint ${ESLint.version}`);
const fileCount = Number(args.files);
const problemRate = Number(args.problems);
console.log(`Corpus: ${fileCount} files, ${Math.round(problemRate * 100)}% of tracking calls written with a mistake (--problems).`);
const rounds = Number(args.rounds);
const dir = path.join(root, 'corpus');
const files = generateCorpus(dir, fileCount, 1, problemRate);
await compare({ label: 'Without type information', dir, files, rounds, typed: false });
await ruleShares(dir, files);
await pluginShare(dir, files);

if (!args['no-typed']) {
  const typedDir = path.join(root, 'typed');
  const typedFiles = generateCorpus(typedDir, Number(args['typed-files']), 2, problemRate);
  // The SDKs' client types (the typed tests' stand-ins), so that clients are known by type as in a real app.
  cpSync(new URL('../tests/typed/fixtures/node_modules', import.meta.url), path.join(typedDir, 'node_modules'), { recursive: true });
  await compare({
    label: 'With type information (projectService, SDK types installed, every file edited before each run; both sides typed)',
    dir: typedDir,
    files: typedFiles,
    rounds: Number(args['typed-rounds']),
    typed: true,
    edit: true,
  });
  await pluginShare(typedDir, typedFiles, { typed: true, edit: true });
}

if (!args['no-scaling']) {
  console.log('\nScaling: the same kind of corpus at 1×, 2× and 4× the size (one run of each after a warm-up)');
  for (const factor of [1, 2, 4]) {
    const scaleDir = path.join(root, `scale-${factor}`);
    const scaleFiles = generateCorpus(scaleDir, Math.round((fileCount * factor) / 2), 3, problemRate);
    const perFile = [];
    for (const withPlugin of [false, true]) {
      const eslint = new ESLint({ cwd: scaleDir, overrideConfigFile: true, overrideConfig: config({ withPlugin, typed: false, dir: scaleDir }), cache: false });
      await eslint.lintFiles(scaleFiles.slice(0, 20));
      const { ms } = await cpuOf(() => eslint.lintFiles(scaleFiles));
      perFile.push(ms / scaleFiles.length);
    }
    console.log(
      `  ${String(factor).padStart(2)}× ${String(scaleFiles.length).padStart(5)} files   (a) ${perFile[0].toFixed(2)} ms/file   (b) ${perFile[1].toFixed(2)} ms/file   b/a ${(perFile[1] / perFile[0]).toFixed(3)}`,
    );
  }
}
