/**
 * The README's config examples, copied from the README as a user would paste
 * them, each into a fresh project made by `npm init -y` (which writes
 * `"type": "commonjs"`): with the packed plugin installed, `npx eslint .`
 * lints the .js, .jsx (where the example parses JSX), .ts and .tsx files with
 * it, none skipped or stopped at a parsing error.
 */
import { mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { eslintJson, eslintVersions, problems, projectOf, repoRoot, run } from './harness.js';

let readme: string;
beforeAll(async () => {
  readme = await readFile(path.join(repoRoot, 'README.md'), 'utf8');
});

/** Every `js` code block of the README that is a whole config file: it opens with `// eslint.config.<ext>`. */
function configExamples(text: string): { file: string; code: string; section: string }[] {
  return [...text.matchAll(/```js\n(\/\/ (eslint\.config\.[cm]?js)\n[\s\S]*?)```/g)].map((match) => {
    const before = text.slice(0, match.index);
    const heading = [...before.matchAll(/^#{2,3} (.+)$/gm)].at(-1)?.[1] ?? '';
    return { file: match[2]!, code: match[1]!, section: heading };
  });
}

/** The README's example tsconfig.json (the `json` block with an `include`), for the type-information example. */
function exampleTsconfig(text: string): string {
  const block = /```json\n(\{\n\s+"compilerOptions"[\s\S]*?"include"[\s\S]*?)```/.exec(text);
  if (!block) throw new Error('README.md has no example tsconfig.json');
  return block[1]!;
}

/** One event name written in the wrong style per file, each file of another kind. */
const files = {
  'src/plain.js': `analytics.track('report exported', { format: 'csv' }, { context: { groupId: 'a1' } });\n`,
  'src/button.jsx': `export const Button = () => <button onClick={() => analytics.track('report exported', { format: 'csv' }, { context: { groupId: 'a1' } })} />;\n`,
  'src/service.ts': `export function exported(accountId: string): void {\n  analytics.track('report exported', { format: 'csv' }, { context: { groupId: accountId } });\n}\n`,
  'src/Panel.tsx': `export const Panel = (props: { id: string }) => <a onClick={() => analytics.track('report exported', { format: 'csv' }, { context: { groupId: props.id } })} />;\n`,
};

it('the README has the config examples this test runs', () => {
  const examples = configExamples(readme).map(({ file, section }) => `${section}: ${file}`);
  expect(examples).toEqual([
    'Use it: eslint.config.mjs',
    'Use it: eslint.config.cjs',
    '`eslint --fix`: eslint.config.mjs',
    'With type information: eslint.config.mjs',
  ]);
});

describe.each(eslintVersions)("the README's config examples under %s", (version) => {
  it.each([0, 1, 2, 3])('example %i lints the JavaScript, JSX, TypeScript and TSX files of a fresh npm init -y project', async (index) => {
    const example = configExamples(readme)[index]!;
    const dir = await mkdtemp(path.join(projectOf(version), 'readme-'));
    const init = await run('npm', ['init', '-y'], dir);
    expect(init.code, init.stderr).toBe(0);
    expect(JSON.parse(await readFile(path.join(dir, 'package.json'), 'utf8')).type).toBe('commonjs');
    await writeFile(path.join(dir, example.file), example.code);
    if (example.code.includes('projectService')) await writeFile(path.join(dir, 'tsconfig.json'), exampleTsconfig(readme));
    // The --cache example reads a plan file with readPlan.
    if (example.code.includes("readPlan('./tracking-plan.yaml')")) {
      await writeFile(path.join(dir, 'tracking-plan.yaml'), 'extends: segment\nevents:\n  Report Exported:\n    required: [format]\n');
    }
    // An example without the JSX line does not lint .jsx files (the type-information one is about TypeScript).
    const linted = Object.entries(files).filter(([file]) => !file.endsWith('.jsx') || example.code.includes("'**/*.jsx'"));
    await mkdir(path.join(dir, 'src'));
    for (const [file, code] of linted) await writeFile(path.join(dir, file), code);

    const { code, results, stderr } = await eslintJson(version, dir, ['.']);
    expect(stderr).toBe('');
    expect(problems(results, dir).filter((problem) => problem.startsWith('src/'))).toEqual(
      linted
        .map(([file]) => `${file}:${file.endsWith('.ts') ? 2 : 1} b2b-tracking/event-name-format error`)
        .sort((a, b) => a.localeCompare(b)),
    );
    expect(code).toBe(1);
  });
});
