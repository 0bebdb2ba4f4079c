/**
 * Publishing from a fresh clone: the repository's files without dist/, with
 * the dependencies `npm ci` installs (this repository's node_modules, linked
 * rather than installed again to keep the suite fast), then `npm pack` alone.
 * Its `prepack` builds dist/, so the tarball loads with `import` and
 * `require()` and lints.
 */
import { execFile } from 'node:child_process';
import { copyFile, mkdir, mkdtemp, readdir, rename, rm, symlink } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, expect, it } from 'vitest';
import pkg from '../../package.json' with { type: 'json' };
import { childEnv, projectOf, repoRoot, run } from './harness.js';

const git = promisify(execFile);
let root: string;

beforeAll(async () => {
  root = await mkdtemp(path.join(path.dirname(projectOf('ESLint 10')), 'fresh-clone-'));
});
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

/** The files a clone of the working tree has: tracked and not ignored (so no dist/ and no node_modules). */
async function cloneWorkingTree(to: string): Promise<void> {
  const { stdout } = await git('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], {
    cwd: repoRoot,
    env: childEnv(),
    maxBuffer: 16 * 1024 * 1024,
  });
  for (const file of stdout.split('\0').filter(Boolean)) {
    await mkdir(path.join(to, path.dirname(file)), { recursive: true });
    // A file deleted but not yet staged is listed and absent.
    await copyFile(path.join(repoRoot, file), path.join(to, file)).catch((error: NodeJS.ErrnoException) => {
      if (error.code !== 'ENOENT') throw error;
    });
  }
  await symlink(path.join(repoRoot, 'node_modules'), path.join(to, 'node_modules'), 'dir');
}

/** A project with the tarball unpacked in its node_modules, next to the package's dependencies and ESLint. */
async function installTarball(tarball: string, project: string): Promise<void> {
  const modules = path.join(project, 'node_modules');
  await mkdir(modules, { recursive: true });
  await git('tar', ['-xzf', tarball, '-C', modules], { env: childEnv() });
  await rename(path.join(modules, 'package'), path.join(modules, 'eslint-plugin-b2b-tracking'));
  for (const name of [...Object.keys(pkg.dependencies), 'eslint']) {
    await mkdir(path.dirname(path.join(modules, name)), { recursive: true });
    await symlink(path.join(repoRoot, 'node_modules', name), path.join(modules, name), 'dir');
  }
}

const lintOneCall = (load: string) => `
${load}
const { ESLint } = require('eslint');
const eslint = new ESLint({ overrideConfigFile: true, overrideConfig: [b2b.configs.recommended] });
eslint.lintText("analytics.track('report exported', {}, { context: { groupId: 'a1' } });\\n", { filePath: 'app.js' })
  .then(([result]) => console.log(result.messages.map((message) => message.ruleId).join(',')));
`;

it('builds dist/ when packed from a fresh clone, and the tarball loads with import and require', async () => {
  const clone = path.join(root, 'clone');
  await cloneWorkingTree(clone);
  expect(await readdir(clone)).not.toContain('dist');

  const packed = await run('npm', ['pack', '--json', '--pack-destination', root], clone);
  expect(packed.code, packed.stderr).toBe(0);
  // The JSON follows what the build printed.
  const [{ filename, files }] = JSON.parse(packed.stdout.slice(packed.stdout.indexOf('\n[') + 1)) as [{ filename: string; files: { path: string }[] }];
  expect(files.map((file) => file.path)).toEqual(
    expect.arrayContaining(['dist/esm/index.js', 'dist/esm/index.d.ts', 'dist/cjs/index.cjs', 'dist/cjs/index.d.cts', 'dist/plan-schema.json']),
  );

  const project = path.join(root, 'project');
  await installTarball(path.join(root, filename), project);
  const imported = await run(
    process.execPath,
    ['--input-type=module', '-e', lintOneCall("import { createRequire } from 'node:module';\nconst require = createRequire(import.meta.url);\nconst { default: b2b } = await import('eslint-plugin-b2b-tracking');")],
    project,
  );
  expect(imported.stderr).toBe('');
  expect(imported.stdout).toBe('b2b-tracking/event-name-format\n');
  const required = await run(process.execPath, ['-e', lintOneCall("const b2b = require('eslint-plugin-b2b-tracking');")], project);
  expect(required.stderr).toBe('');
  expect(required.stdout).toBe('b2b-tracking/event-name-format\n');
}, 180_000);
