/**
 * Once per end-to-end run: packs the plugin with `npm pack` and installs the
 * tarball, as a user would, into one temporary project per ESLint version,
 * with the tools the workflows need (lint-staged, the Vue and TypeScript
 * parsers, ESLint's Markdown, JSON and CSS languages) pinned to the versions this repository develops against. Installs
 * come from the npm cache (`npm ci` has just filled it) and run in parallel.
 */
import { execFile } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { mkdir, mkdtemp, rm, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import type { TestProject } from 'vitest/node';
import pkg from '../../package.json' with { type: 'json' };
import { childEnv, type E2eContext, type EslintVersion, eslintVersions, repoRoot as repo } from './harness.js';

const run = promisify(execFile);

/** The newest modification time of the files under a directory. */
function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) newest = Math.max(newest, statSync(path.join(entry.parentPath, entry.name)).mtimeMs);
  }
  return newest;
}

/** The package is packed from dist/: refuse to test a build older than its source. */
async function assertBuilt(): Promise<void> {
  const built = await stat(path.join(repo, 'dist/esm/index.js')).catch(() => undefined);
  if (!built) throw new Error('dist/ is missing: run `npm run build` before the end-to-end tests.');
  if (newestMtime(path.join(repo, 'src')) > built.mtimeMs) {
    throw new Error('dist/ is older than src/: run `npm run build` before the end-to-end tests.');
  }
}

/** Exact versions of what the temporary projects install, from this repository's devDependencies. */
function pinned(eslint: EslintVersion): Record<string, string> {
  const dev = pkg.devDependencies;
  return {
    eslint: eslint === 'ESLint 10' ? dev.eslint : dev['eslint-v9'].replace(/^npm:eslint@/, ''),
    'lint-staged': dev['lint-staged'],
    'vue-eslint-parser': dev['vue-eslint-parser'],
    '@typescript-eslint/parser': dev['@typescript-eslint/parser'],
    'typescript-eslint': dev['typescript-eslint'],
    typescript: dev.typescript,
    '@eslint/markdown': dev['@eslint/markdown'],
    '@eslint/json': dev['@eslint/json'],
    '@eslint/css': dev['@eslint/css'],
  };
}

async function install(dir: string, version: EslintVersion, tarball: string): Promise<void> {
  const manifest = {
    name: `b2b-tracking-e2e-${path.basename(dir)}`,
    private: true,
    type: 'module',
    devDependencies: { ...pinned(version), 'eslint-plugin-b2b-tracking': `file:${tarball}` },
  };
  await writeFile(path.join(dir, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  await run('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', '--loglevel=error'], { cwd: dir, env: childEnv() });
}

async function packAndInstall(root: string): Promise<Record<EslintVersion, string>> {
  // dist/ was just checked to be current, so `prepack` (the build) is skipped here; tests/e2e/pack.test.ts packs with it.
  const { stdout } = await run('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', root], { cwd: repo, env: childEnv() });
  const [packed] = JSON.parse(stdout) as { filename: string }[];
  const tarball = path.join(root, packed!.filename);
  const projects = {} as Record<EslintVersion, string>;
  await Promise.all(
    eslintVersions.map(async (version) => {
      const dir = path.join(root, version.replace(/\W+/g, '').toLowerCase());
      await mkdir(dir);
      await install(dir, version, tarball);
      projects[version] = dir;
    }),
  );
  return projects;
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  await assertBuilt();
  const root = await mkdtemp(path.join(os.tmpdir(), 'b2b-tracking-e2e-'));
  const removeRoot = () => rm(root, { recursive: true, force: true });
  try {
    project.provide('e2e', { root, projects: await packAndInstall(root) } satisfies E2eContext);
  } catch (error) {
    await removeRoot();
    throw error;
  }
  return removeRoot;
}
