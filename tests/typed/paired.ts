/**
 * Typed cases with their untyped twins: each case runs under the typed rule
 * tester (as `fixtures/file.ts`, with the fixture project's types) and, with
 * the same code, under the plain TypeScript rule tester, where what types
 * alone reveal must stay unseen and nothing may throw.
 */
import type { InvalidTestCase, TestCaseError, ValidTestCase } from '@typescript-eslint/rule-tester';
import type { RuleModule } from '@typescript-eslint/utils/ts-eslint';
import { tsRuleTester } from '../rule-tester.js';
import { fixtureFile, typedRuleTester } from './typed-rule-tester.js';

export interface PairedCase<MessageIds extends string, Options extends readonly unknown[]> {
  code: string;
  options?: Options;
  /** `settings['b2b-tracking']`. */
  settings?: Record<string, unknown>;
  /** What the rule reports with type information (none: valid). */
  typed?: TestCaseError<MessageIds>[];
  /** The fixed code with type information, when the rule fixes something. */
  typedOutput?: string;
  /** What it reports without (none: valid). */
  untyped?: TestCaseError<MessageIds>[];
  untypedOutput?: string;
}

function testCase<MessageIds extends string, Options extends readonly unknown[]>(
  paired: PairedCase<MessageIds, Options>,
  errors: TestCaseError<MessageIds>[] | undefined,
  output: string | undefined,
  filename: string | undefined,
): { valid: ValidTestCase<Options> } | { invalid: InvalidTestCase<MessageIds, Options> } {
  const common = {
    code: paired.code,
    ...(filename ? { filename } : {}),
    ...(paired.options ? { options: paired.options } : {}),
    ...(paired.settings ? { settings: { 'b2b-tracking': paired.settings } } : {}),
  };
  if (!errors || errors.length === 0) return { valid: common };
  return { invalid: { ...common, errors, ...(output === undefined ? {} : { output }) } };
}

export function runPaired<MessageIds extends string, Options extends readonly unknown[]>(
  name: string,
  rule: RuleModule<MessageIds, Options>,
  cases: readonly PairedCase<MessageIds, Options>[],
): void {
  for (const [tester, label, typed] of [
    [typedRuleTester, 'with type information', true],
    [tsRuleTester, 'same code without type information', false],
  ] as const) {
    const valid: ValidTestCase<Options>[] = [];
    const invalid: InvalidTestCase<MessageIds, Options>[] = [];
    for (const paired of cases) {
      const made = typed
        ? testCase(paired, paired.typed, paired.typedOutput, fixtureFile)
        : testCase(paired, paired.untyped, paired.untypedOutput, undefined);
      if ('valid' in made) valid.push(made.valid);
      else invalid.push(made.invalid);
    }
    tester.run(`${name} (${label})`, rule, { valid, invalid });
  }
}
