/**
 * `b2b-tracking <command> [paths…]`: the tracking calls of a project as the
 * plugin's rules see them (`inventory`), the tracking plan's events against
 * them (`status`), and a first plan drafted from them (`plan --from-code`).
 * Exit codes: 0 done, 1 `status --strict` found missing or unplanned
 * events, 2 an error (no config, bad settings, bad arguments).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { stringify as toYaml } from 'yaml';
import { packageName, packageVersion } from '../package-meta.js';
import { draftPlan } from './draft-plan.js';
import { inventoryTable } from './inventory-table.js';
import { CommandError, inventoryProject } from './lint-project.js';
import { planStatus, statusJson, statusMarkdown, statusText } from './status.js';

const common = `Paths (default \`.\`) are linted with the project's ESLint config (eslint.config.*),
which must use ${packageName}: its files, parsers, settings, \`callees\` and plan.

Options for every command:
  -c, --config <file>  an ESLint config file to use instead of eslint.config.* found from here
  -q, --quiet          no progress line (it is shown only when stderr is a terminal)
      --progress       show the progress line even when stderr is not a terminal
  -h, --help           this help`;

const help = {
  main: `Usage: b2b-tracking <command> [options] [paths…]

Commands:
  inventory         every tracking call: where, its kind, SDK, event, properties, account
  status            the tracking plan's events: implemented, missing, unplanned
  plan --from-code  a draft tracking plan from the events the code sends

Run \`b2b-tracking <command> --help\` for a command's options.
Exit codes: 0 done, 1 \`status --strict\` found missing or unplanned events, 2 an error.`,
  inventory: `Usage: b2b-tracking inventory [options] [paths…]

Every tracking call (track, identify, group, reset) the plugin's rules recognise:
file, line, column, kind, sdk (or the wrapper's callee), platform, event (null
when it cannot be known; one entry per branch of a conditional name),
properties (the keys seen, and whether more may be present; traits for
identify and group) and account (carried, remembered, missing or unknown).

  -f, --format <format>  table (default: grouped by event, with counts), json or yaml

${common}`,
  status: `Usage: b2b-tracking status [options] [paths…]

The tracking plan's events against the code: implemented (with where they are
sent), missing (sent nowhere), unplanned (names sent that the plan lacks, with
where), and the number of calls whose event name cannot be known. Names match
plan events by their words, whatever the casing, as in the rules.

  -f, --format <format>  text (default), json or markdown (for a pull-request comment)
      --strict           exit 1 when an event is missing or unplanned

${common}`,
  plan: `Usage: b2b-tracking plan --from-code [options] [paths…]

A draft tracking plan in the plugin's format from the events the code sends:
each event with the property keys seen and their literal types (keys every
call sends are \`required\`), and the naming style most names are written in.
Check it, save it (e.g. as tracking-plan.yaml) and point
settings['b2b-tracking'].plan at it.

      --from-code        draft the plan from the code (the only mode)
  -f, --format <format>  yaml (default) or json

${common}`,
} as const;

type Command = 'inventory' | 'status' | 'plan';
const formats: Record<Command, readonly string[]> = {
  inventory: ['table', 'json', 'yaml'],
  status: ['text', 'json', 'markdown'],
  plan: ['yaml', 'json'],
};

export interface Io {
  cwd: string;
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Whether stderr is a terminal. */
  stderrIsTty: boolean;
}

/** Runs the command line; resolves to the exit code. */
export async function main(argv: readonly string[], io: Io): Promise<number> {
  try {
    return await run(argv, io);
  } catch (error) {
    const message = error instanceof CommandError ? error.message : error instanceof Error ? error.message.split('\n')[0] : String(error);
    io.stderr(`b2b-tracking: ${message}\n`);
    return 2;
  }
}

async function run(argv: readonly string[], io: Io): Promise<number> {
  const [first, ...rest] = argv;
  if (first === undefined || first === '--help' || first === '-h' || first === 'help') {
    io.stdout(`${help.main}\n`);
    return first === undefined ? 2 : 0;
  }
  if (first === '--version' || first === '-v') {
    io.stdout(`${packageVersion}\n`);
    return 0;
  }
  if (!Object.hasOwn(formats, first)) throw new CommandError(`"${first}" is not a command; use inventory, status or plan (see b2b-tracking --help).`);
  const command = first as Command;
  let parsed;
  try {
    parsed = parseArgs({
      args: [...rest],
      allowPositionals: true,
      strict: true,
      options: {
        format: { type: 'string', short: 'f' },
        config: { type: 'string', short: 'c' },
        quiet: { type: 'boolean', short: 'q' },
        progress: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
        ...(command === 'status' ? { strict: { type: 'boolean' } } : {}),
        ...(command === 'plan' ? { 'from-code': { type: 'boolean' } } : {}),
      },
    });
  } catch (error) {
    throw new CommandError(`${error instanceof Error ? error.message.split('\n')[0] : String(error)} (see b2b-tracking ${command} --help).`);
  }
  const { values, positionals } = parsed as { values: Record<string, string | boolean | undefined>; positionals: string[] };
  if (values.help) {
    io.stdout(`${help[command]}\n`);
    return 0;
  }
  const format = (values.format as string | undefined) ?? formats[command][0]!;
  if (!formats[command].includes(format)) {
    throw new CommandError(`--format ${format} is not a format of ${command}; use ${formats[command].join(', ')}.`);
  }
  if (command === 'plan' && !values['from-code']) throw new CommandError('plan needs --from-code: it drafts a plan from the events the code sends.');

  const showProgress = !values.quiet && (values.progress === true || io.stderrIsTty);
  let shown = false;
  let lastShown = 0;
  const progress = showProgress
    ? (done: number, total: number) => {
        const now = Date.now();
        if (done < total && now - lastShown < 100) return;
        lastShown = now;
        shown = true;
        io.stderr(`\r${done}/${total} files`);
      }
    : undefined;
  let inventory;
  try {
    inventory = await inventoryProject({
      cwd: io.cwd,
      paths: positionals.length > 0 ? positionals : ['.'],
      ...(typeof values.config === 'string' ? { configFile: values.config } : {}),
      ...(progress ? { progress } : {}),
    });
  } finally {
    if (shown) io.stderr(io.stderrIsTty ? '\r\x1b[K' : '\n');
  }
  if (!values.quiet) {
    for (const { file, message } of inventory.parseErrors) io.stderr(`b2b-tracking: ${file} was not read: ${message}\n`);
  }
  const { entries, plans } = inventory;

  if (command === 'inventory') {
    io.stdout(format === 'json' ? `${JSON.stringify(entries, null, 2)}\n` : format === 'yaml' ? toYaml(entries) : inventoryTable(entries));
    return 0;
  }
  if (command === 'status') {
    const status = planStatus(entries, plans);
    io.stdout(format === 'json' ? statusJson(status) : format === 'markdown' ? statusMarkdown(status) : statusText(status));
    return values.strict && (status.missing.length > 0 || status.unplanned.length > 0) ? 1 : 0;
  }
  const plan = draftPlan(entries, projectName(io.cwd));
  io.stdout(
    format === 'json'
      ? `${JSON.stringify(plan, null, 2)}\n`
      : `# A draft tracking plan from the events the code sends (b2b-tracking plan --from-code).\n# Check it, then point settings['b2b-tracking'].plan at this file.\n${toYaml(plan)}`,
  );
  return 0;
}

/** The name in the project's package.json, else its directory's: the draft plan's name. */
function projectName(cwd: string): string {
  try {
    const { name } = JSON.parse(readFileSync(path.join(cwd, 'package.json'), 'utf8')) as { name?: unknown };
    if (typeof name === 'string' && name !== '') return name;
  } catch {
    // No package.json here, or not one that can be read.
  }
  return path.basename(cwd);
}
