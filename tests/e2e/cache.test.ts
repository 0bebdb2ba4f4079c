/**
 * `eslint --cache` (results reused until a file or the config changes) and
 * `eslint --concurrency` (worker threads, each loading the config and the
 * plugin on its own). Both flags exist in ESLint 9.34+ and 10, so both
 * versions are tested. Which files ESLint lints again comes from its own
 * debug log (`--debug`).
 */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';
import { copyExample, copyProject, eslintCli, eslintJson, eslintVersions, problems } from './harness.js';

/** The files ESLint linted again rather than taking from the cache, from its `--debug` log. */
function relinted(stderr: string, cwd: string): string[] {
  return [...stderr.matchAll(/Cache entry not found or no longer valid: (.+)$/gm)]
    .map((match) => path.relative(cwd, match[1]!.trim()).split(path.sep).join('/'))
    .filter((file) => file.startsWith('src/'))
    .sort();
}

/** Everything a result says about each problem, to compare runs exactly. */
function details(results: readonly ESLint.LintResult[], cwd: string) {
  return [...results]
    .sort((a, b) => a.filePath.localeCompare(b.filePath))
    .map((result) => ({
      file: path.relative(cwd, result.filePath),
      messages: result.messages.map(({ ruleId, severity, message, line, column, endLine, endColumn, fix, suggestions }) => ({
        ruleId,
        severity,
        message,
        line,
        column,
        endLine,
        endColumn,
        fix,
        suggestions,
      })),
    }));
}

describe.each(eslintVersions)('%s', (version) => {
  it('--cache reuses results on the second run, and a changed plan invalidates them', async () => {
    // The fixture's eslint.config.js reads the plan with readPlan, so the plan is part of the config ESLint hashes.
    const dir = await copyProject('cache', version);
    const args = ['--cache', '--debug', '.'];
    const needsFormat = ['src/reports.js:2 b2b-tracking/require-event-properties error'];

    const first = await eslintJson(version, dir, args);
    expect(problems(first.results, dir)).toEqual(needsFormat);
    expect(relinted(first.stderr, dir)).toEqual(['src/reports.js', 'src/signup.js', 'src/untracked.js']);

    const second = await eslintJson(version, dir, args);
    expect(problems(second.results, dir)).toEqual(needsFormat);
    expect(second.code).toBe(1);
    expect(relinted(second.stderr, dir)).toEqual([]);

    // The plan now requires `row_count`, which the call sends, instead of `format`.
    const planFile = path.join(dir, 'tracking-plan.yaml');
    await writeFile(planFile, (await readFile(planFile, 'utf8')).replace('required: [format]', 'required: [row_count]'));
    const third = await eslintJson(version, dir, args);
    expect(relinted(third.stderr, dir)).toEqual(['src/reports.js', 'src/signup.js', 'src/untracked.js']);
    expect(problems(third.results, dir)).toEqual([]);
    expect(third.code).toBe(0);
  });

  it('--concurrency 2 reports exactly what one thread does', async () => {
    const dir = await copyExample(version);
    const single = await eslintJson(version, dir, ['--concurrency', 'off', '.']);
    const threaded = await eslintJson(version, dir, ['--concurrency', '2', '--debug', '.']);
    expect(threaded.stderr).toMatch(/Linting using 2 worker thread\(s\)/);
    expect(details(threaded.results, dir)).toEqual(details(single.results, dir));
    expect(problems(threaded.results, dir)).toHaveLength(6);
    expect(threaded.code).toBe(single.code);

    // --fix in threads writes the same files as in one thread.
    const other = await copyExample(version);
    await eslintCli(version, dir, ['--fix', '--concurrency', 'off', '.']);
    await eslintCli(version, other, ['--fix', '--concurrency', '2', '.']);
    for (const file of ['src/browser/reports.js', 'src/server/accounts.js', 'src/server/invites.js']) {
      expect(await readFile(path.join(other, file), 'utf8')).toBe(await readFile(path.join(dir, file), 'utf8'));
    }
  });
});
