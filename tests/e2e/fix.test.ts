/**
 * `npx eslint --fix .`: the fixed files, byte for byte, and a second run
 * that changes nothing and reports only what no fix can settle.
 */
import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { copyProject, eslintJson, eslintVersions, problems } from './harness.js';

const input = fileURLToPath(new URL('./projects/fix/', import.meta.url));
const output = fileURLToPath(new URL('./projects/fix-output/', import.meta.url));

/** Every file of a tree by its relative path. */
async function readTree(root: string): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  for (const entry of await readdir(root, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const file = path.join(entry.parentPath, entry.name);
    files.set(path.relative(root, file).split(path.sep).join('/'), await readFile(file, 'utf8'));
  }
  return files;
}

/**
 * The project after --fix: the files in projects/fix-output/ where a fix
 * applies (event names, `.toISOString()`, the hasher and its import), the
 * input elsewhere.
 */
async function expectedTree(): Promise<Map<string, string>> {
  const files = await readTree(input);
  for (const [file, text] of await readTree(output)) files.set(file, text);
  return files;
}

/**
 * What no fix settles: events without their account, a verb-first name (a
 * suggestion only), a missing property. Lines are one lower than in the
 * input: the hasher's fix added an import (in the .cjs file a require,
 * after the file's own).
 */
const unfixable = [
  'src/events.js:23 b2b-tracking/require-group-context error',
  'src/events.js:23 b2b-tracking/event-name-format error',
  'src/server.cjs:16 b2b-tracking/require-group-context error',
  'src/server.cjs:16 b2b-tracking/require-event-properties error',
];

describe.each(eslintVersions)('eslint --fix under %s', (version) => {
  it('writes the fixed files byte for byte; a second run changes nothing and reports only what cannot be fixed', async () => {
    const dir = await copyProject('fix', version);
    const expected = await expectedTree();

    const before = await eslintJson(version, dir, ['.']);
    expect(problems(before.results, dir)).toEqual([
      'src/events.js:6 b2b-tracking/event-name-format error',
      'src/events.js:11 b2b-tracking/event-name-format error',
      'src/events.js:12 b2b-tracking/require-event-properties error',
      'src/events.js:12 b2b-tracking/require-event-properties error',
      'src/events.js:18 b2b-tracking/hash-invitee-email error',
      'src/events.js:22 b2b-tracking/require-group-context error',
      'src/events.js:22 b2b-tracking/event-name-format error',
      'src/server.cjs:8 b2b-tracking/event-name-format error',
      'src/server.cjs:15 b2b-tracking/require-group-context error',
      'src/server.cjs:15 b2b-tracking/require-event-properties error',
      'src/server.cjs:15 b2b-tracking/hash-invitee-email error',
    ]);

    const first = await eslintJson(version, dir, ['--fix', '.']);
    expect(await readTree(dir)).toEqual(expected);
    expect(problems(first.results, dir)).toEqual(unfixable);
    expect(first.code).toBe(1);

    const second = await eslintJson(version, dir, ['--fix', '.']);
    expect(await readTree(dir)).toEqual(expected);
    expect(problems(second.results, dir)).toEqual(unfixable);
    expect(second.code).toBe(1);
  });
});
