import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import tsParser from '@typescript-eslint/parser';
import { Linter } from 'eslint';
import { describe, expect, it } from 'vitest';
import { isoStringFix } from '../../src/call-edits.js';

/** A throwaway rule that applies isoStringFix to every `new Date` (the `new` expression itself, as rules find it after unwrapping). */
const dateRule: TSESLint.RuleModule<'date'> = {
  defaultOptions: [],
  meta: { type: 'problem', fixable: 'code', schema: [], messages: { date: 'date' } },
  create(context) {
    return {
      NewExpression(node: TSESTree.NewExpression) {
        context.report({ node, messageId: 'date', fix: (fixer) => isoStringFix(fixer, context.sourceCode, node) });
      },
    };
  },
};

function fix(code: string): { output: string; messages: Linter.LintMessage[] } {
  const linter = new Linter({ configType: 'flat' });
  // typescript-eslint's rule and parser types are not ESLint's own; they are compatible at run time.
  const config: Linter.Config[] = [
    {
      files: ['**/*.ts'],
      languageOptions: { parser: tsParser as never },
      plugins: { test: { rules: { date: dateRule as never } } },
      rules: { 'test/date': 'error' },
    },
  ];
  // One pass only: the throwaway rule reports every `new` again.
  const edit = linter.verify(code, config, 'file.ts')[0]?.fix;
  if (!edit) throw new Error(`no fix for ${code}`);
  const output = code.slice(0, edit.range[0]) + edit.text + code.slice(edit.range[1]);
  // A parsing error shows up as a fatal message.
  return { output, messages: linter.verify(output, config, 'file.ts') };
}

describe('isoStringFix', () => {
  it.each([
    ['const d = new Date(s);', 'const d = new Date(s).toISOString();'],
    ['const d = new Date();', 'const d = new Date().toISOString();'],
    // Without parentheses `new Date.toISOString()` would be `new (Date.toISOString)()`.
    ['const d = new Date;', 'const d = new Date().toISOString();'],
    ['const d = (new Date);', 'const d = (new Date().toISOString());'],
    ['const d = new (Date);', 'const d = new (Date)().toISOString();'],
    // A string asserted to be a Date does not compile: the assertion is parenthesised with the date.
    ['const d = new Date(s) as Date;', 'const d = (new Date(s) as Date).toISOString();'],
    ['const d = <Date>new Date(s);', 'const d = (<Date>new Date(s)).toISOString();'],
    ['const d = new Date(s) satisfies Date;', 'const d = (new Date(s) satisfies Date).toISOString();'],
    ['const d = new Date(s)!;', 'const d = (new Date(s)!).toISOString();'],
  ])('%s → %s', (code, expected) => {
    const { output, messages } = fix(code);
    expect(output).toBe(expected);
    expect(messages.filter((message) => message.fatal)).toEqual([]);
  });
});
