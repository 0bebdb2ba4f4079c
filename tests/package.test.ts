/**
 * The built package as users load it: `import` and `require()`, linting real
 * code through ESLint's Node API under ESLint 10 and ESLint 9.
 */
import { createRequire } from 'node:module';
import { ESLint as ESLint10 } from 'eslint';
import { ESLint as ESLint9 } from 'eslint-v9';
import { describe, expect, it } from 'vitest';
import pkg from '../package.json' with { type: 'json' };

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

it('has the same rules under import and require', async () => {
  const imported = await loaders.import();
  const required = await loaders.require();
  expect(Object.keys(required.rules)).toEqual(Object.keys(imported.rules));
  expect(required.configs.recommended.rules).toEqual(imported.configs.recommended.rules);
});
