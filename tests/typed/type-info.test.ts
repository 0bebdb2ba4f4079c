import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { describe, expect, it } from 'vitest';
import {
  hasTypeInformation,
  packageOfFile,
  programHasPackage,
  typedObjectKeys,
  typedPropertyValues,
  typedStringValues,
  typedValues,
  typeOrigin,
} from '../../src/type-info.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

describe('packageOfFile: the npm package a declaration file belongs to', () => {
  it.each([
    ['/app/node_modules/posthog-node/lib/index.d.ts', 'posthog-node'],
    ['/app/node_modules/@segment/analytics-node/dist/types/index.d.ts', '@segment/analytics-node'],
    // pnpm: the real path is inside the store, with the package's own node_modules last.
    ['/app/node_modules/.pnpm/posthog-node@4.2.1/node_modules/posthog-node/lib/index.d.ts', 'posthog-node'],
    ['/app/node_modules/.pnpm/@segment+analytics-node@2.1.0/node_modules/@segment/analytics-node/dist/types/index.d.ts', '@segment/analytics-node'],
    // Yarn's cache, and a dependency nested inside another package.
    ['/app/.yarn/cache/posthog-node-npm-4.2.1-0a1b2c.zip/node_modules/posthog-node/lib/index.d.ts', 'posthog-node'],
    ['/app/node_modules/@amplitude/analytics-node/node_modules/@amplitude/analytics-core/lib/index.d.ts', '@amplitude/analytics-core'],
    // DefinitelyTyped: `@types/x` is x, `@types/a__b` is @a/b.
    ['/app/node_modules/@types/mixpanel-browser/index.d.ts', 'mixpanel-browser'],
    ['/app/node_modules/@types/segment__analytics-node/index.d.ts', '@segment/analytics-node'],
    ['C:\\app\\node_modules\\posthog-js\\dist\\module.d.ts', 'posthog-js'],
  ])('%s → %s', (fileName, expected) => {
    expect(packageOfFile(fileName)).toBe(expected);
  });

  it.each(['/app/src/analytics.ts', '/app/node_modules/index.d.ts'])('%s is in no package', (fileName) => {
    expect(packageOfFile(fileName)).toBeUndefined();
  });
});

const node = { type: 'Identifier', name: 'name' } as TSESTree.Node;

describe('without a program', () => {
  // espree gives no parser services; typescript-eslint without a project gives services without a program.
  const contexts = [undefined, {}, { program: null, esTreeNodeToTSNodeMap: new WeakMap() }].map(
    (parserServices) => ({ sourceCode: { parserServices } }) as unknown as TSESLint.RuleContext<string, unknown[]>,
  );

  it.each(contexts.map((context, index) => [index, context] as const))('answers nothing at once (parser services #%i)', (_, context) => {
    expect(hasTypeInformation(context)).toBe(false);
    expect(typedStringValues(context, node)).toBeUndefined();
    expect(typedValues(context, node)).toBeUndefined();
    expect(typedObjectKeys(context, node)).toBeUndefined();
    expect(typeOrigin(context, node)).toBeUndefined();
    expect(programHasPackage(context, ['posthog-node'])).toBe(false);
  });

  it('never loads TypeScript: linting plain JavaScript with every rule of the built plugin', () => {
    const script = `
      const { Linter } = require('eslint');
      const plugin = require(${JSON.stringify(path.join(root, 'dist/cjs/index.cjs'))});
      const linter = new Linter({ configType: 'flat' });
      const messages = linter.verify(
        "const EVENTS = { a: 'Report Exported' };\\nexport function run(deps) {\\n  analytics.track(EVENTS.a);\\n  analytics.track(name, { ...deps.props });\\n  deps.tracker.capture({ distinctId: 'u1', event: name });\\n}\\n",
        [{ ...plugin.configs.strict, languageOptions: { sourceType: 'module' } }],
        'file.js',
      );
      const loaded = Object.keys(require.cache).filter((file) => /[\\\\/]node_modules[\\\\/]typescript[\\\\/]/.test(file));
      process.stdout.write(JSON.stringify({ rules: messages.map((message) => message.ruleId), loaded }));
    `;
    const result = JSON.parse(execFileSync(process.execPath, ['-e', script], { cwd: root, encoding: 'utf8' })) as { rules: string[]; loaded: string[] };
    // The rules ran (the track call has no account) …
    expect(result.rules).toContain('b2b-tracking/require-group-context');
    // … and TypeScript was never required.
    expect(result.loaded).toEqual([]);
  });
});

describe('with a checker that fails', () => {
  it('answers nothing, and does not throw, where the checker throws', () => {
    const failing = () => {
      throw new Error('Debug Failure.');
    };
    const type = { isTypeParameter: () => false, isUnion: () => false, isIntersection: () => false, isLiteral: () => false, getCallSignatures: () => [], getNumberIndexType: () => undefined, getStringIndexType: () => undefined, getProperty: failing, getSymbol: failing, isStringLiteral: () => false, isNumberLiteral: () => false };
    const checker = { getPropertiesOfType: failing, getTypeOfSymbolAtLocation: failing, getBaseConstraintOfType: failing };
    const parserServices = { program: { getTypeChecker: () => checker }, esTreeNodeToTSNodeMap: new WeakMap(), getTypeAtLocation: () => type };
    const context = { sourceCode: { parserServices } } as unknown as TSESLint.RuleContext<string, unknown[]>;
    expect(typedObjectKeys(context, node)).toBeUndefined();
    expect(typeOrigin(context, node)).toBeUndefined();
    expect(typedPropertyValues(context, node, 'plan')).toBeUndefined();
    const throwing = { sourceCode: { parserServices: { ...parserServices, getTypeAtLocation: failing } } } as unknown as TSESLint.RuleContext<string, unknown[]>;
    expect(typedValues(throwing, node)).toBeUndefined();
  });
});
