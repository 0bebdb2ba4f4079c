/**
 * The rules listen to a narrow selector (`trackingCallSelector` in
 * src/tracking-calls.ts), not to every CallExpression, so that the calls that
 * cannot be tracking calls reach no rule. This checks that nothing is lost:
 * on generated programs of every tracking-call shape, the calls a rule sees
 * through `onTrackingCalls` are exactly the calls that call recognition
 * accepts when it is asked about every CallExpression.
 */
import tsParser from '@typescript-eslint/parser';
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { Linter } from 'eslint';
import * as espree from 'espree';
import vueParser from 'vue-eslint-parser';
import { expect, it } from 'vitest';
import { onTrackingCalls, trackingCallOf } from '../../src/tracking-calls.js';
import { eslumpProgram, fuzzCallees, generateProgram, type Program } from './generate-program.js';

type Context = Readonly<TSESLint.RuleContext<string, readonly unknown[]>>;

/** Where each rule saw a call, as "line:column kind". */
const seen = { narrow: [] as string[], every: [] as string[] };
const where = (node: TSESTree.Node, kind: string) => `${node.loc.start.line}:${node.loc.start.column} ${kind}`;

const probes = {
  narrow: {
    meta: { schema: [] },
    create: (context: Context) =>
      onTrackingCalls(context, {
        track: (call) => seen.narrow.push(where(call.node, 'track')),
        identify: (call) => seen.narrow.push(where(call.node, 'identify')),
        group: (call) => seen.narrow.push(where(call.node, 'group')),
        reset: (call) => seen.narrow.push(where(call.node, 'reset')),
      }),
  },
  every: {
    meta: { schema: [] },
    create: (context: Context) => ({
      CallExpression(node: TSESTree.CallExpression) {
        const call = trackingCallOf(context, node);
        if (call) seen.every.push(where(node, call.kind));
      },
    }),
  },
};

function languageOptions(program: Program): Linter.Config['languageOptions'] {
  switch (program.language) {
    case 'js':
    case 'jsx':
      return { parser: espree, ecmaVersion: 'latest', sourceType: program.sourceType, parserOptions: { ecmaFeatures: { jsx: true } } };
    case 'ts':
    case 'tsx':
      return { parser: tsParser as never, sourceType: program.sourceType, parserOptions: { ecmaFeatures: { jsx: program.language === 'tsx' } } };
    case 'vue':
      return { parser: vueParser as never, sourceType: 'module', parserOptions: { parser: tsParser, sourceType: 'module' } };
  }
}

const linter = new Linter({ configType: 'flat' });
const extensions: Record<Program['language'], string> = { js: 'js', jsx: 'jsx', ts: 'ts', tsx: 'tsx', vue: 'vue' };

it('lets every call that call recognition accepts reach the rules, with and without wrappers', { timeout: 60_000 }, () => {
  let calls = 0;
  for (let seed = 1; seed <= 150; seed++) {
    for (const program of [generateProgram(seed), eslumpProgram(seed)]) {
      for (const callees of [fuzzCallees, undefined]) {
        seen.narrow = [];
        seen.every = [];
        const messages = linter.verify(
          program.code,
          [
            {
              files: ['**/*'],
              languageOptions: languageOptions(program),
              plugins: { probe: { rules: probes } as never },
              rules: { 'probe/narrow': 'error', 'probe/every': 'error' },
              settings: callees ? { 'b2b-tracking': { callees } } : {},
            },
          ],
          `program.${extensions[program.language]}`,
        );
        if (messages.some((message) => message.fatal)) continue;
        expect(seen.narrow.sort(), `seed ${seed}, ${program.language}, ${callees ? 'with' : 'without'} wrappers:\n${program.code}`).toEqual(
          seen.every.sort(),
        );
        calls += seen.every.length;
      }
    }
  }
  // The programs are full of tracking calls; a probe that saw none would prove nothing.
  expect(calls).toBeGreaterThan(1000);
});
