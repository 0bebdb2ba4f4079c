/**
 * The built package as users load it: `import` and `require()`, linting real
 * code through ESLint's Node API under ESLint 10 and ESLint 9.
 */
import { copyFileSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import css from '@eslint/css';
import json from '@eslint/json';
import markdown from '@eslint/markdown';
import ts from 'typescript';
import { ESLint as ESLint10 } from 'eslint';
import { ESLint as ESLint9 } from 'eslint-v9';
import { describe, expect, it } from 'vitest';
import pkg from '../package.json' with { type: 'json' };
import { tempDirs } from './temp-dirs.js';

const require = createRequire(import.meta.url);

const loaders = {
  import: async () => (await import('eslint-plugin-b2b-tracking')).default,
  require: async () => require('eslint-plugin-b2b-tracking'),
};
const eslints = { 'ESLint 10': ESLint10, 'ESLint 9': ESLint9 };

describe.each(Object.keys(loaders) as (keyof typeof loaders)[])('the package loaded with %s', (loader) => {
  it('is a flat-config plugin with meta, rules and the three configs', async () => {
    const plugin = await loaders[loader]();
    expect(plugin.meta).toEqual({ name: 'eslint-plugin-b2b-tracking', version: pkg.version });
    expect(Object.keys(plugin.configs).sort()).toEqual(['accoil', 'recommended', 'strict']);
    for (const config of Object.values(plugin.configs) as { plugins: Record<string, unknown> }[]) {
      expect(config.plugins['b2b-tracking']).toBe(plugin);
    }
    expect(plugin.rules['require-group-context']).toBeDefined();
  });

  it('exports readPlan, which reads a plan file into settings', async () => {
    const readPlan =
      loader === 'import'
        ? (await import('eslint-plugin-b2b-tracking')).readPlan
        : (require('eslint-plugin-b2b-tracking') as typeof import('eslint-plugin-b2b-tracking')).readPlan;
    const plan = readPlan('tests/fixtures/plan-loading/acme.yaml');
    expect(plan.name).toBe('acme-yaml');
    expect(plan.events['report.exported']?.required).toEqual(['format']);
  });

  it.each(Object.keys(eslints) as (keyof typeof eslints)[])('reports a track call without its account under %s', async (version) => {
    const plugin = await loaders[loader]();
    const ESLint = eslints[version];
    const eslint = new ESLint({ overrideConfigFile: true, overrideConfig: [plugin.configs.recommended] });
    const [withoutAccount] = await eslint.lintText(`analytics.track('Report Exported', { format: 'csv' });\n`, { filePath: 'export.js' });
    expect(withoutAccount!.messages.map((message) => [message.ruleId, message.line])).toEqual([
      ['b2b-tracking/require-group-context', 1],
    ]);
    const [withAccount] = await eslint.lintText(
      `analytics.track('Report Exported', { format: 'csv' }, { context: { groupId } });\n`,
      { filePath: 'export.js' },
    );
    expect(withAccount!.messages).toEqual([]);
  });
});

describe('the configs', () => {
  /** Each problem as `rule severity messageId`, and the names the message quotes in backticks. */
  async function lintWith(config: 'recommended' | 'strict' | 'accoil', code: string) {
    const plugin = await loaders.import();
    const eslint = new ESLint10({ overrideConfigFile: true, overrideConfig: [plugin.configs[config]] });
    const [result] = await eslint.lintText(code, { filePath: 'app.js' });
    return result!.messages.map((message) => {
      const names = [...message.message.matchAll(/`([^`]*)`/g)].map((match) => match[1]).join(', ');
      return `${message.ruleId} ${message.severity === 2 ? 'error' : 'warn'} ${message.messageId} ${names}`.trim();
    });
  }
  const signUp = `analytics.identify('u1', { name: 'Ann' });\nanalytics.group('a1');\nanalytics.track('Signed Up', { type: 'organic' }, { context: { groupId: 'a1' } });\nanalytics.track('User Activated', {}, { context: { groupId: 'a1' } });\n`;

  it('recommended asks for required properties only, and warns on activation events', async () => {
    expect(await lintWith('recommended', signUp)).toEqual(['b2b-tracking/no-activation-event warn activationEvent User Activated']);
  });

  it('strict also asks for recommended properties and identify traits, and errs on activation events', async () => {
    expect(await lintWith('strict', signUp)).toEqual([
      'b2b-tracking/trait-placement error missingTraits email, role',
      'b2b-tracking/require-event-properties error missingRecommended Signed Up, first_name, last_name, email, username',
      'b2b-tracking/no-activation-event error activationEvent User Activated',
    ]);
  });

  it('accoil writes event names as Object_Action and sends no properties on track', async () => {
    expect(await lintWith('accoil', `accoil.group('a1');\naccoil.track('Report Exported', { format: 'csv' });\n`)).toEqual([
      'b2b-tracking/event-name-format error wrongStyle Report Exported, Report_Exported',
      'b2b-tracking/no-track-properties error trackProperties',
    ]);
  });
});

/**
 * A config that also lints Markdown, JSON and CSS with ESLint's own language
 * plugins: the configs stay on the JavaScript family, and a user's own
 * config without `files` neither crashes on the other languages (ESLint 9,
 * which hands the rules their source) nor lets them through unnoticed
 * (ESLint 10, which reads `meta.languages` and names the rules it refuses).
 */
describe('beside other languages', () => {
  const otherLanguages = [
    ...markdown.configs.recommended,
    { ...json.configs.recommended, files: ['**/*.json'], language: 'json/json' },
    { ...css.configs.recommended, files: ['**/*.css'], language: 'css/css' },
  ];
  // Each file is clean for its own language's rules, and names a tracking call the plugin would report in JavaScript.
  const files = {
    'README.md': "# Exports\n\nCall `analytics.track('report exported')` after an export.\n",
    'events.json': '{ "event": "report exported", "call": "analytics.track(\'report exported\')" }\n',
    'styles.css': '.analytics-track { color: red; }\n',
    'app.js': "analytics.track('report exported', { format: 'csv' }, { context: { groupId } });\n",
  };
  async function lintAll(ESLint: typeof ESLint10 | typeof ESLint9, config: unknown[]) {
    const eslint = new ESLint({ overrideConfigFile: true, overrideConfig: config as never });
    const out: Record<string, string[]> = {};
    for (const [file, text] of Object.entries(files)) {
      try {
        const [result] = await eslint.lintText(text, { filePath: file });
        out[file] = result!.messages.map((message) => `${message.line}:${message.column} ${message.ruleId}`);
      } catch (error) {
        out[file] = [`threw: ${(error as Error).message.split('\n')[0]}`];
      }
    }
    return out;
  }
  const jsOnly = { 'README.md': [], 'events.json': [], 'styles.css': [], 'app.js': ['1:17 b2b-tracking/event-name-format'] };

  it.each(Object.keys(eslints) as (keyof typeof eslints)[])('%s runs the configs on the JavaScript files only', async (version) => {
    const plugin = await loaders.import();
    for (const config of ['recommended', 'strict', 'accoil'] as const) {
      expect(plugin.configs[config].files).toEqual(['**/*.{js,mjs,cjs,jsx,ts,mts,cts,tsx,vue}']);
      expect(plugin.configs[config].name).toBe(`b2b-tracking/${config}`);
    }
    expect(await lintAll(eslints[version], [...otherLanguages, plugin.configs.recommended])).toEqual(jsOnly);
  });

  it('every rule declares JavaScript as its language', async () => {
    const plugin = await loaders.require();
    for (const rule of Object.values(plugin.rules) as { meta: { languages?: string[] } }[]) expect(rule.meta.languages).toEqual(['js/js']);
  });

  it("ESLint 9 hands an unscoped config's rules the other languages' source: they do nothing", async () => {
    const plugin = await loaders.import();
    const unscoped = { plugins: { 'b2b-tracking': plugin }, rules: plugin.configs.strict.rules };
    expect(await lintAll(ESLint9, [...otherLanguages, unscoped])).toEqual(jsOnly);
  });

  // Under scripts/with-eslint9.mjs, `eslint` is ESLint 9 too.
  it.skipIf(!ESLint10.version.startsWith('10.'))('ESLint 10 refuses an unscoped config on the other languages, naming the language', async () => {
    const plugin = await loaders.import();
    const unscoped = { plugins: { 'b2b-tracking': plugin }, rules: plugin.configs.strict.rules };
    expect(await lintAll(ESLint10, [...otherLanguages, unscoped])).toEqual({
      'README.md': ['threw: Key "rules": The following rules do not support the language "markdown/commonmark":'],
      'events.json': ['threw: Key "rules": The following rules do not support the language "json/json":'],
      'styles.css': ['threw: Key "rules": The following rules do not support the language "css/css":'],
      'app.js': jsOnly['app.js'],
    });
  });
});

it('has the same rules under import and require', async () => {
  const imported = await loaders.import();
  const required = await loaders.require();
  expect(Object.keys(required.rules)).toEqual(Object.keys(imported.rules));
  expect(required.configs.recommended.rules).toEqual(imported.configs.recommended.rules);
});

/**
 * A user's `eslint.config.mts` and `.cts` (tests/package-types) type-checked
 * against the built declarations and ESLint's own types, 10 and 9, in a
 * project laid out as an install is (the plugin and `eslint` in its
 * node_modules): the configs go into `defineConfig` and `Linter.Config[]`,
 * the plugin into `plugins`.
 */
describe('the package types', () => {
  const tempDir = tempDirs();
  const root = path.resolve(new URL('.', import.meta.url).pathname, '..');
  const versions = { 'ESLint 10': 'eslint', 'ESLint 9': 'eslint-v9' };
  it.each(Object.keys(versions) as (keyof typeof versions)[])('fit a typed eslint.config under %s', (version) => {
    const project = tempDir('b2b-types-');
    mkdirSync(path.join(project, 'node_modules'));
    symlinkSync(path.join(root, 'node_modules', versions[version]), path.join(project, 'node_modules', 'eslint'));
    symlinkSync(root, path.join(project, 'node_modules', 'eslint-plugin-b2b-tracking'));
    writeFileSync(path.join(project, 'package.json'), '{ "type": "module" }');
    const files = ['consumer.mts', 'consumer.cts'].map((file) => {
      copyFileSync(path.join(root, 'tests/package-types', file), path.join(project, file));
      return path.join(project, file);
    });
    const program = ts.createProgram(files, {
      module: ts.ModuleKind.NodeNext,
      moduleResolution: ts.ModuleResolutionKind.NodeNext,
      target: ts.ScriptTarget.ES2022,
      strict: true,
      noEmit: true,
      skipLibCheck: true,
      types: [],
    });
    const problems = ts.getPreEmitDiagnostics(program).map((diagnostic) => ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n'));
    expect(problems).toEqual([]);
  });
});
