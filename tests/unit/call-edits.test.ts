import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import tsParser from '@typescript-eslint/parser';
import { Linter } from 'eslint';
import { describe, expect, it } from 'vitest';
import * as espree from 'espree';
import { ensureImport, isoStringFix, stringLiteralIn } from '../../src/call-edits.js';

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

/** The string a literal written by stringLiteralIn reads back as, parsed by espree. */
function readBack(literal: string): unknown {
  const program = espree.parse(`(${literal})`, { ecmaVersion: 'latest' }) as unknown as TSESTree.Program;
  const expression = (program.body[0] as TSESTree.ExpressionStatement).expression;
  if (expression.type === 'TemplateLiteral') return expression.expressions.length === 0 ? expression.quasis[0]!.value.cooked : undefined;
  return expression.type === 'Literal' ? expression.value : undefined;
}

describe('stringLiteralIn', () => {
  it.each([
    ["it's", "'", "'it\\'s'"],
    ["it's", '"', '"it\'s"'],
    ['say "hi"\\lib', '"', '"say \\"hi\\"\\\\lib"'],
    ['say "hi"', "'", `'say "hi"'`],
    // The quotes of a literal as written.
    ['Signed Up', '"Sign Up"', '"Signed Up"'],
    ['Signed Up', '`Sign Up`', '`Signed Up`'],
    // Anything else: single quotes.
    ['Signed Up', '', "'Signed Up'"],
    // In a template, a backtick and `${` are escaped; a lone `$` or `{` is not.
    ['a`b${c}$d{e}', '`', '`a\\`b\\${c}$d{e}`'],
    ['${c}', "'", "'${c}'"],
    // Line breaks and control characters as escapes.
    ['a\nb\r\tc\u2028', "'", "'a\\nb\\r\\tc\\u2028'"],
    ['\u0000\u0001', '"', '"\\x00\\x01"'],
  ])('%j in %j → %s', (value, quoteLike, expected) => {
    expect(stringLiteralIn(value, quoteLike)).toBe(expected);
  });

  it.each(["'", '"', '`'])('reads back as the value in %s', (mark) => {
    const values = ["it's", 'say "hi"', 'a`b', '${x}', '$', '\\', '\\\'', 'line\nbreak', 'cr\r\nlf', '\u2028\u2029', '\u0000\u001f\u007f', 'é ß 😀', '\ud800 lone', 'tab\there'];
    for (const value of values) expect(readBack(stringLiteralIn(value, mark)), JSON.stringify(value)).toBe(value);
  });
});

/** A throwaway rule that makes `hashEmail` from `@/lib/hash` callable where each `email` identifier is, and wraps it. */
const importRule: TSESLint.RuleModule<'hash'> = {
  defaultOptions: [],
  meta: { type: 'problem', fixable: 'code', schema: [], messages: { hash: 'hash' } },
  create(context) {
    return {
      'Identifier[name="email"]'(node: TSESTree.Identifier) {
        context.report({
          node,
          messageId: 'hash',
          fix: (fixer) => {
            const imported = ensureImport(fixer, context.sourceCode, { name: 'hashEmail', from: '@/lib/hash' }, node);
            return imported ? [fixer.replaceText(node, 'hashEmail(email)'), ...imported] : null;
          },
        });
      },
    };
  },
};

function withImport(code: string, filename: string): string | undefined {
  const linter = new Linter({ configType: 'flat' });
  const config: Linter.Config[] = [
    {
      files: ['**/*.js', '**/*.cjs', '**/*.ts'],
      ...(filename.endsWith('.ts') ? { languageOptions: { parser: tsParser as never } } : {}),
      plugins: { test: { rules: { hash: importRule as never } } },
      rules: { 'test/hash': 'error' },
    },
  ];
  const [message] = linter.verify(code, config, filename);
  const edit = message?.fix;
  if (!edit) return undefined;
  const output = code.slice(0, edit.range[0]) + edit.text + code.slice(edit.range[1]);
  expect(linter.verify(output, config, filename).filter((found) => found.fatal)).toEqual([]);
  return output;
}

describe('ensureImport', () => {
  it.each([
    ['a new import after the imports', `import a from 'a';\nsend(email);`, 'file.js', `import a from 'a';\nimport { hashEmail } from '@/lib/hash';\nsend(hashEmail(email));`],
    ['merged into a named import with a trailing comma', `import {\n  a,\n} from '@/lib/hash';\nsend(email);`, 'file.js', `import {\n  a, hashEmail,\n} from '@/lib/hash';\nsend(hashEmail(email));`],
    ['merged into a destructuring require with a trailing comma', `const { a, } = require('@/lib/hash');\nsend(email);`, 'file.cjs', `const { a, hashEmail, } = require('@/lib/hash');\nsend(hashEmail(email));`],
    ['a require after one in any form', `"use strict";\nconst x = interop(require("./x"));\nsend(email);`, 'file.cjs', `"use strict";\nconst x = interop(require("./x"));\nconst { hashEmail } = require("@/lib/hash");\nsend(hashEmail(email));`],
    // A require in a function runs only when it is called: not where requires are.
    ['not after a require in a function', `const x = require('./x');\nsend(email);\nconst lazy = () => require('./y');`, 'file.cjs', `const x = require('./x');\nconst { hashEmail } = require('@/lib/hash');\nsend(hashEmail(email));\nconst lazy = () => require('./y');`],
    ['a value import in place of a type-only one', `import { type hashEmail } from '@/lib/hash';\nsend(email);`, 'file.ts', `import { hashEmail } from '@/lib/hash';\nsend(hashEmail(email));`],
    ['the import reused', `import { hashEmail } from '@/lib/hash';\nsend(email);`, 'file.js', `import { hashEmail } from '@/lib/hash';\nsend(hashEmail(email));`],
    ['the import reused under its own name', `import { hashEmail as hashEmail } from '@/lib/hash';\nsend(email);`, 'file.js', `import { hashEmail as hashEmail } from '@/lib/hash';\nsend(hashEmail(email));`],
  ])('%s', (_name, code, filename, expected) => {
    expect(withImport(code, filename)).toBe(expected);
  });

  it.each([
    ['a parameter', `function f(hashEmail) { send(email); }`, 'file.js'],
    ['a catch clause', `try {} catch (hashEmail) { send(email); }`, 'file.js'],
    ['a class', `class hashEmail {}\nsend(email);`, 'file.js'],
    ['a default import of the module', `import hashEmail from '@/lib/hash';\nsend(email);`, 'file.js'],
    ['an import of another module', `import { hashEmail } from './hash';\nsend(email);`, 'file.js'],
    ['a type-only import of another module', `import type { hashEmail } from './hash';\nsend(email);`, 'file.ts'],
    ['an interface', `interface hashEmail {}\nsend(email);`, 'file.ts'],
  ])('no edit where the name is something else: %s', (_name, code, filename) => {
    expect(withImport(code, filename)).toBeUndefined();
  });
});
