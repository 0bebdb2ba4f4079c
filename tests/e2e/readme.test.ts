/**
 * The README's "Use it" config, copied from the README as a user would paste
 * it: with the packed plugin installed, `npx eslint` lints .js, .jsx, .ts and
 * .tsx files with it (none is skipped as "no matching configuration").
 */
import { mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { eslintJson, eslintVersions, problems, projectOf, repoRoot } from './harness.js';

/** The first `js` code block under the README's "## Use it" heading. */
async function readmeConfig(): Promise<string> {
  const readme = await readFile(path.join(repoRoot, 'README.md'), 'utf8');
  const section = readme.slice(readme.indexOf('\n## Use it\n'));
  const block = /```js\n([\s\S]*?)```/.exec(section);
  if (!block) throw new Error('README.md has no js block under "## Use it"');
  return block[1]!;
}

/** One event name written in the wrong style per file, each file of another kind; the wrapper the README's settings name. */
const files = {
  'src/plain.js': `analytics.track('report exported', {}, { context: { groupId: 'a1' } });\n`,
  'src/button.jsx': `export const Button = () => <button onClick={() => analytics.track('report exported', {}, { context: { groupId: 'a1' } })} />;\n`,
  'src/service.ts': `export function exported(accountId: string): void {\n  analytics.track('report exported', {}, { context: { groupId: accountId } });\n}\n`,
  'src/Panel.tsx': `export const Panel = (props: { id: string }) => <a onClick={() => trackEvent('report exported', { account_id: props.id })} />;\n`,
};

describe.each(eslintVersions)("the README's eslint.config.js under %s", (version) => {
  it('lints JavaScript, JSX, TypeScript and TSX files', async () => {
    const dir = await mkdtemp(path.join(projectOf(version), 'readme-'));
    await writeFile(path.join(dir, 'eslint.config.js'), await readmeConfig());
    await mkdir(path.join(dir, 'src'));
    for (const [file, code] of Object.entries(files)) await writeFile(path.join(dir, file), code);
    const { code, results, stderr } = await eslintJson(version, dir, Object.keys(files));
    expect(stderr).toBe('');
    expect(problems(results, dir)).toEqual([
      'src/button.jsx:1 b2b-tracking/event-name-format error',
      'src/Panel.tsx:1 b2b-tracking/event-name-format error',
      'src/plain.js:1 b2b-tracking/event-name-format error',
      'src/service.ts:2 b2b-tracking/event-name-format error',
    ]);
    expect(code).toBe(1);
  });
});
