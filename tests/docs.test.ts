/**
 * The rule pages say what each rule does; this checks they are right. Every
 * rule has a page, every code sample parses, and each example in a page's
 * ❌ section (a paragraph of its code block: examples are separated by blank
 * lines) is reported by the rule, while each ✅ example is not.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { Linter } from 'eslint';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import plugin from '../src/index.js';

const docsDir = path.join(import.meta.dirname, '..', 'docs', 'rules');
const ruleIds = Object.keys(plugin.rules);

interface Sample {
  lang: string;
  code: string;
  section: string;
  line: number;
}

/** The fenced code blocks of a page, with the `###`/`##` heading they stand under. */
function samplesOf(markdown: string): Sample[] {
  const samples: Sample[] = [];
  const lines = markdown.split('\n');
  let section = '';
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]!;
    if (/^#{2,3} /.test(line)) section = line.replace(/^#+ /, '');
    const fence = /^```(\w*)/.exec(line);
    if (!fence) continue;
    const start = index + 1;
    let end = start;
    while (end < lines.length && !lines[end]!.startsWith('```')) end++;
    samples.push({ lang: fence[1] ?? '', code: lines.slice(start, end).join('\n'), section, line: start + 1 });
    index = end;
  }
  return samples;
}

/** The examples of a code block: its paragraphs, with comment-only paragraphs dropped. */
function examplesOf(code: string): string[] {
  return code
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.trim())
    .filter((paragraph) => paragraph.split('\n').some((line) => !/^\s*\/\//.test(line)));
}

const linter = new Linter({ configType: 'flat' });
const languageOptions = { ecmaVersion: 'latest', sourceType: 'module', parserOptions: { ecmaFeatures: { jsx: true } } } as const;

function lint(ruleId: string, code: string) {
  return linter.verify(code, [
    {
      plugins: { 'b2b-tracking': plugin as never },
      languageOptions,
      rules: { [`b2b-tracking/${ruleId}`]: 'error' },
    },
  ]);
}

it('has a page for every rule and a rule for every page', () => {
  const pages = readdirSync(docsDir)
    .filter((file) => file.endsWith('.md'))
    .map((file) => file.slice(0, -3));
  expect(pages.sort()).toEqual([...ruleIds].sort());
});

describe.each(ruleIds)('docs/rules/%s.md', (ruleId) => {
  const markdown = readFileSync(path.join(docsDir, `${ruleId}.md`), 'utf8');
  const samples = samplesOf(markdown);

  it('explains why before its examples, and has ❌ and ✅ examples', () => {
    const why = markdown.split('<!-- end auto-generated rule header -->')[1] ?? '';
    expect(why.indexOf('## Examples')).toBeGreaterThan(200);
    expect(samples.some((sample) => sample.section.includes('❌'))).toBe(true);
    expect(samples.some((sample) => sample.section.includes('✅'))).toBe(true);
  });

  it('has code samples that parse', () => {
    for (const sample of samples) {
      if (sample.lang === 'js') {
        const fatal = linter.verify(sample.code, [{ languageOptions }]).filter((message) => message.fatal);
        expect(fatal, `the ${sample.lang} sample at line ${sample.line}`).toEqual([]);
      } else if (sample.lang === 'yaml') {
        expect(() => parseYaml(sample.code), `the yaml sample at line ${sample.line}`).not.toThrow();
      } else if (sample.lang === 'json') {
        expect(() => JSON.parse(sample.code), `the json sample at line ${sample.line}`).not.toThrow();
      }
    }
  });

  it('reports each ❌ example', () => {
    for (const sample of samples.filter((candidate) => candidate.section.includes('❌') && candidate.lang === 'js')) {
      for (const example of examplesOf(sample.code)) {
        const messages = lint(ruleId, example);
        // A paragraph that does not parse on its own would be "reported" by the parser, not the rule.
        expect(messages.filter((message) => message.fatal), `does not parse on its own:\n${example}`).toEqual([]);
        expect(messages.length, `not reported:\n${example}`).toBeGreaterThan(0);
      }
    }
  });

  it('reports no ✅ example', () => {
    for (const sample of samples.filter((candidate) => candidate.section.includes('✅') && candidate.lang === 'js')) {
      for (const example of examplesOf(sample.code)) {
        expect(lint(ruleId, example), `reported:\n${example}`).toEqual([]);
      }
    }
  });
});
