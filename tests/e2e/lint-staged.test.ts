/**
 * The pre-commit hook: examples/saas-app as a git repository, with the hook
 * simple-git-hooks writes from its package.json (the README's hook command,
 * `npx lint-staged`) and its lint-staged config (`eslint --fix` on staged
 * files). `git commit` runs it as it would for the user.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { copyExample, type EslintVersion, eslintVersions, repoRoot, run, type RunResult } from './harness.js';

/** The hook command the README's husky set-up writes to .husky/pre-commit. */
async function readmeHookCommand(): Promise<string> {
  const readme = await readFile(path.join(repoRoot, 'README.md'), 'utf8');
  const husky = /^echo "(.*)" > \.husky\/pre-commit$/m.exec(readme);
  if (!husky) throw new Error('README.md has no `echo "…" > .husky/pre-commit` line');
  return husky[1]!;
}

const git = (cwd: string, ...args: string[]) => run('git', args, cwd);

/** The example app committed to a new repository, then the pre-commit hook installed. */
async function exampleRepository(version: EslintVersion): Promise<string> {
  const dir = await copyExample(version);
  for (const args of [
    ['init', '-q', '-b', 'main'],
    ['config', 'user.name', 'End To End'],
    ['config', 'user.email', 'e2e@example.com'],
    ['add', '.'],
    ['commit', '-q', '-m', 'The example app'],
  ]) {
    const result = await git(dir, ...args);
    expect(result.code, result.stderr).toBe(0);
  }
  // What simple-git-hooks writes for `"simple-git-hooks": { "pre-commit": ... }` (husky's .husky/pre-commit is the same line).
  const manifest = JSON.parse(await readFile(path.join(dir, 'package.json'), 'utf8')) as { 'simple-git-hooks': { 'pre-commit': string } };
  expect(manifest['simple-git-hooks']['pre-commit']).toBe(await readmeHookCommand());
  await writeFile(path.join(dir, '.git/hooks/pre-commit'), `#!/bin/sh\n${manifest['simple-git-hooks']['pre-commit']}\n`, { mode: 0o755 });
  return dir;
}

/** Writes and stages a file, then commits it: `git commit` runs the pre-commit hook. */
async function commitFile(dir: string, file: string, text: string): Promise<RunResult> {
  await mkdir(path.dirname(path.join(dir, file)), { recursive: true });
  await writeFile(path.join(dir, file), text);
  expect((await git(dir, 'add', file)).code).toBe(0);
  return git(dir, 'commit', '-m', `Add ${file}`);
}

const commitCount = async (dir: string) => Number((await git(dir, 'rev-list', '--count', 'HEAD')).stdout.trim());

describe.each(eslintVersions)('lint-staged in a pre-commit hook under %s', (version) => {
  it('fails the commit with the message for what it cannot fix, and leaves the file as it was', async () => {
    const dir = await exampleRepository(version);
    const file = 'src/browser/onboarding.js';
    const written = [
      "import posthog from 'posthog-js';",
      '',
      'export function trialStarted(trial) {',
      "  posthog.capture('trial started', { trial_start_date: trial.start, trial_end_date: trial.end, trial_plan_name: trial.plan });",
      '}',
      '',
    ].join('\n');
    const commit = await commitFile(dir, file, written);
    expect(commit.code).not.toBe(0);
    const output = commit.stdout + commit.stderr;
    expect(output).toContain(
      "4:3  error  `Trial Started` is sent without its account: pass `$groups: { company: accountId }` in the properties, or call `posthog.group(type, key)` earlier in this module.",
    );
    expect(output).toContain('b2b-tracking/require-group-context');
    expect(await commitCount(dir)).toBe(1);

    // lint-staged's default puts back what was there: the name's fix is undone in the index and the working tree (the
    // README says so: that is the price of keeping the unstaged lines, below).
    expect((await git(dir, 'show', `:${file}`)).stdout).toBe(written);
    expect(await readFile(path.join(dir, file), 'utf8')).toBe(written);
  });

  /**
   * A committed file, then a change to it staged (a call without its account, which --fix cannot fix) and a line of
   * work in progress added after it, not staged; `git commit` runs the hook, which stops the commit.
   */
  async function stopCommitOfPartiallyStagedFile(dir: string) {
    const file = 'src/browser/report-views.js';
    const committed = [
      "import posthog from 'posthog-js';",
      '',
      'export function reportOpened(id, accountId) {',
      "  posthog.capture('Report Opened', { report_id: id, $groups: { company: accountId } });",
      '}',
      '',
    ].join('\n');
    const first = await commitFile(dir, file, committed);
    expect(first.code, first.stdout + first.stderr).toBe(0);
    const staged = `${committed}\nexport function reportClosed(id) {\n  posthog.capture('Report Closed', { report_id: id });\n}\n`;
    const unstaged = `${staged}\n// Work in progress, not staged: this line must survive the stopped commit.\nexport const draft = 1;\n`;
    await writeFile(path.join(dir, file), staged);
    expect((await git(dir, 'add', file)).code).toBe(0);
    await writeFile(path.join(dir, file), unstaged);

    const commit = await git(dir, 'commit', '-m', 'Report closed');
    expect(commit.code).not.toBe(0);
    expect(commit.stdout + commit.stderr).toContain('b2b-tracking/require-group-context');
    expect(await commitCount(dir)).toBe(2);
    return { file, staged, unstaged, workingTree: await readFile(path.join(dir, file), 'utf8'), index: (await git(dir, 'show', `:${file}`)).stdout };
  }

  it('keeps the lines that were not staged when the commit is stopped (a partially staged file)', async () => {
    const dir = await exampleRepository(version);
    const { staged, unstaged, workingTree, index } = await stopCommitOfPartiallyStagedFile(dir);
    expect(workingTree).toBe(unstaged);
    expect(index).toBe(staged);
  });

  // What the README says of --no-revert (lint-staged 16.4): if this starts to fail, lint-staged has changed, and so should the README.
  it.runIf(version === 'ESLint 10')('with --no-revert, which the README warns against, the unstaged lines are lost', async () => {
    const dir = await exampleRepository(version);
    await writeFile(path.join(dir, '.git/hooks/pre-commit'), '#!/bin/sh\nnpx lint-staged --no-revert\n', { mode: 0o755 });
    const { staged, workingTree } = await stopCommitOfPartiallyStagedFile(dir);
    expect(workingTree).toBe(staged);
  });

  it('commits the fixed file when every problem is fixable, linting only what is staged', async () => {
    // The example's own deliberate problems are committed already; only the staged file is linted.
    const dir = await exampleRepository(version);
    const file = 'src/server/trials.js';
    const written = [
      "import { Analytics } from '@segment/analytics-node';",
      '',
      'const analytics = new Analytics({ writeKey: process.env.SEGMENT_WRITE_KEY });',
      '',
      'export function trialEnded(user, trial) {',
      '  analytics.track({',
      '    userId: user.id,',
      "    event: 'trial_ended',",
      '    properties: { trial_start_date: new Date(trial.start), trial_end_date: new Date(trial.end), trial_plan_name: trial.plan },',
      '    context: { groupId: user.accountId },',
      '  });',
      '}',
      '',
    ].join('\n');
    const commit = await commitFile(dir, file, written);
    expect(commit.code, commit.stdout + commit.stderr).toBe(0);
    expect(await commitCount(dir)).toBe(2);
    const fixed = written
      .replace("'trial_ended'", "'Trial Ended'")
      .replace('new Date(trial.start)', 'new Date(trial.start).toISOString()')
      .replace('new Date(trial.end)', 'new Date(trial.end).toISOString()');
    expect((await git(dir, 'show', `HEAD:${file}`)).stdout).toBe(fixed);
    expect((await git(dir, 'status', '--porcelain')).stdout).toBe('');
  });
});
