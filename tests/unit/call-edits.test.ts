import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import tsParser from '@typescript-eslint/parser';
import { Linter } from 'eslint';
import { describe, expect, it } from 'vitest';
import * as espree from 'espree';
import { ensureImport, isoStringFix, removeProperty, stringLiteralIn } from '../../src/call-edits.js';

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

/** A throwaway rule that removes each `plan` property with removeProperty. */
const removeRule: TSESLint.RuleModule<'remove'> = {
  defaultOptions: [],
  meta: { type: 'problem', fixable: 'code', schema: [], messages: { remove: 'remove' } },
  create(context) {
    return {
      'Property[key.name="plan"]'(node: TSESTree.Property) {
        context.report({ node, messageId: 'remove', fix: (fixer) => removeProperty(fixer, context.sourceCode, node) });
      },
    };
  },
};

function withoutPlan(code: string): string {
  const linter = new Linter({ configType: 'flat' });
  const config: Linter.Config[] = [
    { files: ['**/*.ts'], languageOptions: { parser: tsParser as never }, plugins: { test: { rules: { remove: removeRule as never } } }, rules: { 'test/remove': 'error' } },
  ];
  const edit = linter.verify(code, config, 'file.ts')[0]?.fix;
  if (!edit) throw new Error(`no fix for ${code}`);
  const output = code.slice(0, edit.range[0]) + edit.text + code.slice(edit.range[1]);
  expect(linter.verify(output, config, 'file.ts').filter((found) => found.fatal)).toEqual([]);
  return output;
}

describe('removeProperty', () => {
  it.each([
    // On a line with others: with the comma between it and its neighbour.
    ['first of one line', `f({ plan: 'p', email: 'e' });`, `f({ email: 'e' });`],
    ['last of one line', `f({ email: 'e', plan: 'p' });`, `f({ email: 'e' });`],
    ['the only one', `f({ plan: 'p' });`, `f({  });`],
    ['a comment before the next one stays', `f({ plan: 'p', /* c */ email: 'e' });`, `f({ /* c */ email: 'e' });`],
    ['a comment after the previous comma stays', `f({ email: 'e', /* x */ plan: 'p' });`, `f({ email: 'e' /* x */ });`],
    ['the line break before the next one stays', `f({ email: 'e', plan: 'p',\n  role: 'r' });`, `f({ email: 'e',\n  role: 'r' });`],
    ['sharing its line with the next one', `f({\n  plan: 'p', email: 'e',\n});`, `f({\n  email: 'e',\n});`],
    // On lines of its own: those lines, with the comment that ends them.
    ['a comment on the line before the next one stays', `f({\n  plan: 'p',\n  // the user's email\n  email: 'e',\n});`, `f({\n  // the user's email\n  email: 'e',\n});`],
    ['the last one with a trailing comma: the closing brace keeps its indentation', `f({\n  email: 'e',\n  plan: 'p',\n});`, `f({\n  email: 'e',\n});`],
    ['its own trailing comment goes with it', `f({\n  email: 'e',\n  plan: 'p', // account\n  role: 'r',\n});`, `f({\n  email: 'e',\n  role: 'r',\n});`],
    ['the last one without a trailing comma, with its comment', `f({\n  email: 'e',\n  plan: 'p' // account plan\n});`, `f({\n  email: 'e'\n});`],
    ['the last one without a trailing comma: the comment after the previous comma stays', `f({\n  email: 'e', // user\n  plan: 'p'\n});`, `f({\n  email: 'e' // user\n});`],
    ['a value over several lines', `f({\n  plan: {\n    tier: 'p',\n  },\n  email: 'e',\n});`, `f({\n  email: 'e',\n});`],
    ['the only one on its line', `f({\n  plan: 'p'\n});`, `f({\n});`],
    ['CRLF line ends', `f({\r\n  email: 'e',\r\n  plan: 'p',\r\n});`, `f({\r\n  email: 'e',\r\n});`],
    // The last one sharing its line with the closing brace, after a `//` comment: the comment keeps the line break that ends it.
    ['after a `//` comment that ends the previous line', `f({ email: 'e', // user\nplan: 'p' }); g();`, `f({ email: 'e' // user\n }); g();`],
    ['after a `//` comment on a line of its own', `f({ email: 'e',\n  // user\nplan: 'p' }); g();`, `f({ email: 'e'\n  // user\n }); g();`],
    ['after a `//` comment, CRLF line ends', `f({ email: 'e', // user\r\nplan: 'p' }); g();`, `f({ email: 'e' // user\r\n }); g();`],
  ])('%s', (_name, code, expected) => {
    expect(withoutPlan(code)).toBe(expected);
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
    // One place per file, before any other code runs (`setUp()` may call the name): after the leading requires only.
    ['a require after the leading requires', `const x = require('./x');\nsetUp();\nconst y = require('./y');\nsend(email);`, 'file.cjs', `const x = require('./x');\nconst { hashEmail } = require('@/lib/hash');\nsetUp();\nconst y = require('./y');\nsend(hashEmail(email));`],
    ['not merged into a require after other code', `setUp();\nconst { a } = require('@/lib/hash');\nsend(email);`, 'file.cjs', `const { hashEmail } = require('@/lib/hash');\nsetUp();\nconst { a } = require('@/lib/hash');\nsend(hashEmail(email));`],
    // ESLint parses `.js` as a module by default: a file that requires or exports the CommonJS way as it loads is CommonJS.
    ['a require in a .js module that requires', `const x = require('./x');\nsend(email);`, 'file.js', `const x = require('./x');\nconst { hashEmail } = require('@/lib/hash');\nsend(hashEmail(email));`],
    ['a require in a .js module that sets module.exports', `send(email);\nmodule.exports = {};`, 'file.js', `const { hashEmail } = require('@/lib/hash');\nsend(hashEmail(email));\nmodule.exports = {};`],
    ['a require in a .js module that sets module.exports[…]', `module.exports['run'] = () => send(email);`, 'file.js', `const { hashEmail } = require('@/lib/hash');\nmodule.exports['run'] = () => send(hashEmail(email));`],
    ['a require in a .js module that sets exports.x', `if (ok) exports.run = () => send(email);`, 'file.js', `const { hashEmail } = require('@/lib/hash');\nif (ok) exports.run = () => send(hashEmail(email));`],
    ['an import in a .js module that also exports', `const x = require('./x');\nexport const run = () => send(email);`, 'file.js', `import { hashEmail } from '@/lib/hash';\nconst x = require('./x');\nexport const run = () => send(hashEmail(email));`],
    ['an import in a .js module that requires only in a function', `const load = () => require('./x');\nsend(email);`, 'file.js', `import { hashEmail } from '@/lib/hash';\nconst load = () => require('./x');\nsend(hashEmail(email));`],
    ['an import in a .js module that only reads module.exports', `const api = module.exports;\nsend(email);`, 'file.js', `import { hashEmail } from '@/lib/hash';\nconst api = module.exports;\nsend(hashEmail(email));`],
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

  it('makes no edit for a call within the leading requires of a CommonJS file: no place runs before it for every call', () => {
    expect(withImport(`const x = require('./x')(send(email));`, 'file.cjs')).toBeUndefined();
  });
});
