/**
 * Runs the project's own ESLint (9 or 10, resolved from the project) on the
 * given paths with its own config, plus the recorder rule, in this process:
 * the files, parsers, settings, `callees` and plan are exactly the lint's.
 * The project's rules are left out of that run (`ruleFilter`), since only the
 * recorder's answers are wanted.
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import type { ESLint as ESLintClass, Linter } from 'eslint';
import { packageName } from '../package-meta.js';
import type { Plan } from '../plan.js';
import { type Collector, type InventoryEntry, recorderRule, relativeFile } from './inventory.js';

/** An error that ends the command with exit code 2 and this one message. */
export class CommandError extends Error {}

export interface LintOptions {
  cwd: string;
  paths: string[];
  /** `--config`: the config file to use instead of the one ESLint finds. */
  configFile?: string;
  /** Called with (files done, total) while files are linted; turns on counting the files first. */
  progress?: (done: number, total: number) => void;
}

export interface ProjectInventory {
  entries: InventoryEntry[];
  /** The plan in effect for each linted file the plugin is configured for. */
  plans: Map<string, Plan>;
  /** Files that could not be parsed, with the parser's message. */
  parseErrors: { file: string; message: string }[];
}

type EslintModule = { ESLint: typeof ESLintClass };

const recorderNamespace = 'b2b-tracking-command';
const recorderId = `${recorderNamespace}/record`;

/** The project's `eslint`, else the one beside this package. */
function loadEslint(cwd: string): EslintModule {
  for (const from of [path.join(cwd, 'package.json'), import.meta.url]) {
    try {
      const found = createRequire(from)('eslint') as EslintModule;
      const version = (found.ESLint as unknown as { version?: string }).version ?? '0';
      if (Number(version.split('.')[0]) < 9) throw new CommandError(`ESLint ${version} is installed; ${packageName} needs ESLint 9 or 10 with a flat config (eslint.config.*).`);
      return found;
    } catch (error) {
      if (error instanceof CommandError) throw error;
    }
  }
  throw new CommandError(`ESLint is not installed in ${cwd}: install it (npm install --save-dev eslint) and run the command from the project's directory.`);
}

/** Whether a file's config registers this plugin (under any namespace) and turns one of its rules on. */
function usesPlugin(config: Linter.Config | undefined): boolean {
  if (!config?.plugins || !config.rules) return false;
  const namespaces = Object.entries(config.plugins)
    .filter(([, plugin]) => (plugin as { meta?: { name?: string } } | undefined)?.meta?.name === packageName)
    .map(([namespace]) => `${namespace}/`);
  if (namespaces.length === 0) return false;
  return Object.entries(config.rules).some(([id, level]) => {
    if (!namespaces.some((prefix) => id.startsWith(prefix))) return false;
    const severity = Array.isArray(level) ? level[0] : level;
    return severity !== 0 && severity !== 'off' && severity !== undefined;
  });
}

/** The first line of an error's message (ESLint appends where it happened on the next lines). */
function firstLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.split('\n')[0]!.trim();
}

function explain(error: unknown, cwd: string): CommandError {
  if (error instanceof CommandError) return error;
  // ESLint names the rule that threw: it is ours, and the user's settings are what is wrong.
  // Its prefix says which tool speaks: the command's own says it already.
  const message = firstLine(error)
    .replace(/^Error while loading rule '[^']*': /, '')
    .replace(`${packageName}: `, '');
  if (/Could not find config file/i.test(message)) {
    return new CommandError(`No ESLint config (eslint.config.js, .mjs, .cjs, .ts, …) was found in ${cwd} or above it: the command reads the project's ESLint config, which must use ${packageName}.`);
  }
  return new CommandError(message);
}

/** Lints the project with the recorder rule and returns what it recorded. */
export async function inventoryProject(options: LintOptions): Promise<ProjectInventory> {
  const { cwd } = options;
  const { ESLint } = loadEslint(cwd);
  const collector: Collector = { cwd, entries: [], plans: new Map() };
  const recorder = recorderRule(collector);
  const base = {
    cwd,
    ...(options.configFile ? { overrideConfigFile: options.configFile } : {}),
    // Problems are not wanted, nor fixes, nor a cache: what the recorder sees is.
    fix: false,
    cache: false,
  };
  const overrideConfig: Linter.Config = {
    plugins: { [recorderNamespace]: { rules: { record: recorder as never } } },
    rules: { [recorderId]: 'error' },
  };

  // `ruleFilter` (ESLint 9.0 and later): the project's own rules are not run, only the recorder.
  const make = (extra: Partial<ESLintClass.Options>) => new ESLint({ ...base, ...extra, ruleFilter: ({ ruleId }) => ruleId === recorderId });

  try {
    if (options.progress) {
      // Counting the files ESLint will lint: a processor that keeps each file's name and hands ESLint no code to parse.
      const files = new Set<string>();
      const counter = make({
        overrideConfig: {
          processor: {
            preprocess: (_text: string, filename: string) => {
              files.add(filename);
              return [];
            },
            postprocess: () => [],
          },
        },
      });
      await counter.lintFiles(options.paths);
      const total = files.size;
      let done = 0;
      options.progress(0, total);
      collector.onFile = () => {
        // The recorder starts on a file when ESLint has parsed it: that file is under way.
        done += 1;
        options.progress!(Math.min(done, total), total);
      };
    }
    const eslint = make({ overrideConfig });
    const results = await eslint.lintFiles(options.paths);
    const parseErrors: ProjectInventory['parseErrors'] = [];
    const configured = new Set<string>();
    for (const result of results) {
      const file = relativeFile(cwd, result.filePath);
      for (const message of result.messages) {
        if (message.fatal) parseErrors.push({ file, message: `${message.message} (line ${message.line})` });
      }
      if (usesPlugin((await eslint.calculateConfigForFile(result.filePath)) as Linter.Config | undefined)) configured.add(file);
    }
    if (configured.size === 0 && results.length > 0) {
      throw new CommandError(`No file linted here has ${packageName}'s rules turned on: add \`b2b.configs.recommended\` (import b2b from '${packageName}') to eslint.config.js.`);
    }
    // Only the files the plugin lints: a config may turn its rules on for some directories only.
    const plans = new Map([...collector.plans].filter(([file]) => configured.has(file)));
    const entries = collector.entries
      .filter((entry) => configured.has(entry.file))
      .sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column);
    return { entries, plans, parseErrors };
  } catch (error) {
    throw explain(error, cwd);
  }
}
