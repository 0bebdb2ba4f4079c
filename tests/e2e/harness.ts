/**
 * What the end-to-end tests share: the temporary projects the global setup
 * installed (one per ESLint version, with the packed plugin), copies of the
 * fixture projects in tests/e2e/projects/ inside them, and running the
 * `eslint` CLI, git and lint-staged there as a user's shell would.
 */
import { execFile } from 'node:child_process';
import { cp, mkdtemp } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ESLint } from 'eslint';
import { inject } from 'vitest';

export const eslintVersions = ['ESLint 10', 'ESLint 9'] as const;
export type EslintVersion = (typeof eslintVersions)[number];

export interface E2eContext {
  /** The temporary directory holding the packed tarball and the projects. */
  root: string;
  /** Per ESLint version, a project with the tarball, that ESLint, lint-staged and the parsers installed. */
  projects: Record<EslintVersion, string>;
}

declare module 'vitest' {
  export interface ProvidedContext {
    e2e: E2eContext;
  }
}

export const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
const fixtureRoot = fileURLToPath(new URL('./projects/', import.meta.url));
export const exampleRoot = fileURLToPath(new URL('../../examples/saas-app/', import.meta.url));

/**
 * The environment for child processes. npm's variables from an outer
 * `npm test` and git's from an outer hook would point nested npm and git
 * commands at this repository; colours would garble the output we read.
 * Git reads no global or system config, so the user's hooksPath or signing
 * settings cannot change what a commit does here.
 */
export function childEnv(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (/^npm_(?:config_local_prefix|package_|lifecycle_|command$)/i.test(key) || /^GIT_/.test(key)) continue;
    env[key] = value;
  }
  return { ...env, FORCE_COLOR: '0', NO_COLOR: '1', GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: '/dev/null', ...extra };
}

export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs a command to completion; a non-zero exit is a result, not an error. */
export function run(command: string, args: readonly string[], cwd: string, env: NodeJS.ProcessEnv = {}): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    execFile(command, args, { cwd, env: childEnv(env), maxBuffer: 16 * 1024 * 1024 }, (error, stdout, stderr) => {
      if (error && typeof error.code !== 'number') reject(error);
      else resolve({ code: error ? (error.code as number) : 0, stdout, stderr });
    });
  });
}

export function projectOf(version: EslintVersion): string {
  return inject('e2e').projects[version];
}

/**
 * A fresh copy of a fixture project, inside the installed project of that
 * ESLint version so that `eslint-plugin-b2b-tracking` and the parsers resolve
 * from its node_modules, as in a user's repository.
 */
export async function copyProject(fixture: string, version: EslintVersion): Promise<string> {
  return copyTree(path.join(fixtureRoot, fixture), fixture, version);
}

/** The example app in examples/saas-app, copied the same way (without any local install or cache of it). */
export async function copyExample(version: EslintVersion): Promise<string> {
  return copyTree(exampleRoot, 'saas-app', version);
}

const notCopied = new Set(['node_modules', '.git', '.eslintcache']);

async function copyTree(from: string, name: string, version: EslintVersion): Promise<string> {
  const dir = await mkdtemp(path.join(projectOf(version), `${name}-`));
  await cp(from, dir, { recursive: true, filter: (source) => !notCopied.has(path.basename(source)) });
  return dir;
}

/** Runs the `eslint` CLI of that version's project in `cwd`. */
export function eslintCli(version: EslintVersion, cwd: string, args: readonly string[], env: NodeJS.ProcessEnv = {}): Promise<RunResult> {
  return run(process.execPath, [path.join(projectOf(version), 'node_modules/eslint/bin/eslint.js'), ...args], cwd, env);
}

export interface JsonRun {
  code: number;
  results: ESLint.LintResult[];
  stderr: string;
}

/** Runs the CLI with `--format json` and parses what it reports. */
export async function eslintJson(version: EslintVersion, cwd: string, args: readonly string[], env: NodeJS.ProcessEnv = {}): Promise<JsonRun> {
  const { code, stdout, stderr } = await eslintCli(version, cwd, ['--format', 'json', ...args], env);
  let results: ESLint.LintResult[];
  try {
    results = JSON.parse(stdout) as ESLint.LintResult[];
  } catch {
    throw new Error(`eslint exited with ${code} without JSON output.\nstdout: ${stdout}\nstderr: ${stderr}`);
  }
  return { code, results, stderr };
}

/**
 * Each reported problem as `file:line rule-id severity`, files in path
 * order, problems in ESLint's order (line, then column).
 */
export function problems(results: readonly ESLint.LintResult[], cwd: string): string[] {
  return [...results]
    .sort((a, b) => a.filePath.localeCompare(b.filePath))
    .flatMap((result) =>
      result.messages.map((message) => {
        const file = path.relative(cwd, result.filePath).split(path.sep).join('/');
        return `${file}:${message.line} ${message.ruleId ?? `fatal: ${message.message}`} ${message.severity === 2 ? 'error' : 'warn'}`;
      }),
    );
}

/** The `ESLint` class of that version's project, as an editor integration loads it. */
export function eslintApi(version: EslintVersion): typeof ESLint {
  const load = createRequire(path.join(projectOf(version), 'package.json'));
  return (load('eslint') as { ESLint: typeof ESLint }).ESLint;
}
