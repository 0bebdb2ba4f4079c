import tsParser from '@typescript-eslint/parser';
import type { InvalidTestCase, TestLanguageOptions } from '@typescript-eslint/rule-tester';
import { Linter } from 'eslint';
import { describe, expect, it } from 'vitest';
import rule, { type MessageIds, type Options } from '../../src/rules/hash-invitee-email.js';
import { at } from '../positions.js';
import { jsRuleTester, tsRuleTester, tsxRuleTester, vueRuleTester } from '../rule-tester.js';

type Invalid = InvalidTestCase<MessageIds, Options>;
const hasher = { name: 'hashEmail', import: '@/lib/hash' };

function plain(code: string, value: string, { output = null, options, settings }: { output?: string | string[] | null; options?: Options; settings?: Record<string, unknown> } = {}): Invalid {
  return {
    code,
    output,
    ...(options ? { options } : {}),
    ...(settings ? { settings: { 'b2b-tracking': settings } } : {}),
    errors: [{ messageId: 'plainEmail', ...at(code, value, -1) }],
  };
}
function weak(code: string, value: string): Invalid {
  return { code, errors: [{ messageId: 'weakHash', ...at(code, value) }] };
}
/**
 * A `.cjs` file as ESLint sees it: parsed and scoped as CommonJS (the tester's
 * types list only parser options; `sourceType` works at run time).
 */
const commonJs = { sourceType: 'commonjs', parserOptions: { sourceType: 'commonjs' } } as TestLanguageOptions;
const script = { sourceType: 'script' } as TestLanguageOptions;
const pseudonymize = { name: 'pseudonymize', import: '@/privacy' };

jsRuleTester.run('hash-invitee-email (JavaScript)', rule, {
  valid: [
    `analytics.track('Invite Sent', { invitee_email: sha256(email), invitee_role: 'admin' });`,
    `analytics.track('Invite Sent', { invitee_email: hash(email) });`,
    `analytics.track('Invite Sent', { invitee_email: await hashEmail(invite.email) });`,
    `analytics.track('Invite Sent', { invitee_email: crypto.sha512(email) });`,
    `analytics.track('Invite Sent', { invitee_email: hmacSha256(secret, email) });`,
    `analytics.track('Invite Sent', { invitee_email: crypto.createHash('sha256').update(email).digest('hex') });`,
    `analytics.track('Invite Sent', { invitee_email: createHmac('sha256', key).update(email).digest('base64') });`,
    `analytics.track('Invite Sent', { invitee_email: await crypto.subtle.digest('SHA-256', bytes) });`,
    `analytics.track('Invite Sent', { invitee_email: emailHash });`,
    `analytics.track('Invite Sent', { invitee_email: hashedEmail });`,
    `analytics.track('Invite Sent', { invitee_email: invite.email_sha256 });`,
    `analytics.track('Invite Sent', { invitee_email: sha256(email).toString() });`,
    `const h = sha256(email);\nanalytics.track('Invite Sent', { invitee_email: h });`,
    { code: `analytics.track('Invite Sent', { invitee_email: obscure(email) });`, settings: { 'b2b-tracking': { hashFunctions: ['obscure'] } } },
    // Other keys are not this rule's concern unless listed.
    `analytics.track('Signed Up', { email: user.email });`,
    // What cannot be seen is not reported.
    `analytics.track('Invite Sent', props);`,
    `analytics.track('Invite Sent', { ...invite });`,
    `analytics.track('Invite Sent', { invitee_email: undefined });`,
    // Not tracking calls.
    `router.track('Invite Sent', { invitee_email: email });`,
    // The configured hasher hashes, whatever its name says (else its own fix would be wrapped again).
    { code: `analytics.track('Invite Sent', { invitee_email: pseudonymize(email) });`, options: [{ hasher: pseudonymize }] },
    // Every branch hashed.
    `analytics.track('Invite Sent', { invitee_email: a ? sha256(email) : hashedEmail });`,
    `analytics.track('Invite Sent', { invitee_email: emailHash ?? sha256(email) });`,
    // \`a && x\` sends \`x\` or a falsy \`a\`, which is no address.
    `analytics.track('Invite Sent', { invitee_email: invited && sha256(email) });`,
    // Keys that only contain the words: not invitee_email.
    `analytics.track('Invite Sent', { invitee_email_hash: email });`,
  ],
  invalid: [
    plain(`analytics.track('Invite Sent', { invitee_email: 'ann@example.com' });`, `'ann@example.com'`),
    plain(`analytics.track('Invite Sent', { invitee_email: email });`, 'email'),
    plain(`analytics.track('Invite Sent', { invitee_email: user.email });`, 'user.email'),
    plain(`analytics.track('Invite Sent', { invitee_email: invite.email });`, 'invite.email'),
    plain('analytics.track(`Invite Sent`, { invitee_email: `${name}@example.com` });', '`${name}@example.com`'),
    plain(`analytics.track('Invite Sent', { invitee_email: normalize(email) });`, 'normalize(email)'),
    plain(`analytics.track('Invite Sent', { invitee_email: email.toLowerCase() });`, 'email.toLowerCase()'),
    // Each branch of a conditional is judged on its own: only the plain one is reported.
    plain(`analytics.track('Invite Sent', { invitee_email: ok ? sha256(email) : email });`, 'email'),
    plain(`const address = invite.email;\nanalytics.track('Invite Sent', { invitee_email: address });`, 'address', {}),
    // Any tracked event, not only Invite Sent.
    plain(`analytics.track('Teammate Invited', { invitee_email: email });`, 'email'),
    // Keys from the `properties` option.
    plain(`analytics.track('Seat Assigned', { assignee_email: email });`, 'email', { options: [{ properties: ['assignee_email'] }] }),
    // Weak hashes.
    weak(`analytics.track('Invite Sent', { invitee_email: md5(email) });`, 'md5(email)'),
    weak(`analytics.track('Invite Sent', { invitee_email: sha1(email) });`, 'sha1(email)'),
    weak(`analytics.track('Invite Sent', { invitee_email: crypto.createHash('md5').update(email).digest('hex') });`, `crypto.createHash('md5').update(email).digest('hex')`),
    weak(`analytics.track('Invite Sent', { invitee_email: createHash('sha1').update(email).digest('hex') });`, `createHash('sha1').update(email).digest('hex')`),
    weak(`analytics.track('Invite Sent', { invitee_email: await crypto.subtle.digest('SHA-1', bytes) });`, `await crypto.subtle.digest('SHA-1', bytes)`),
    weak(`analytics.track('Invite Sent', { invitee_email: hash('md5', email) });`, `hash('md5', email)`),
    // Every SDK form.
    plain(`analytics.track({ userId, event: 'Invite Sent', properties: { invitee_email: email } });`, 'email', {}),
    plain(`rudderanalytics.track('Invite Sent', { invitee_email: email });`, 'email'),
    plain(`amplitude.track('Invite Sent', { invitee_email: email });`, 'email'),
    plain(`mixpanel.track('Invite Sent', { invitee_email: email, distinct_id: id });`, 'email'),
    plain(`posthog.capture('Invite Sent', { invitee_email: email });`, 'email'),
    plain(`posthog.capture({ distinctId, event: 'Invite Sent', properties: { invitee_email: email } });`, 'email'),
    plain(`captureSuccess({ eventName: 'Invite Sent', payload: { invitee_email: email } });`, 'email', {
      settings: { callees: { track: [{ callee: 'captureSuccess', event: '0.eventName', properties: '0.payload' }] } },
    }),
    // The hasher fix: wraps the value and adds the import once, after the imports, in the file's quotes.
    plain(
      `import { analytics } from "./analytics";\nanalytics.track("Invite Sent", { invitee_email: email });`,
      'email',
      { options: [{ hasher }], output: `import { analytics } from "./analytics";\nimport { hashEmail } from "@/lib/hash";\nanalytics.track("Invite Sent", { invitee_email: hashEmail(email) });` },
    ),
    plain(`analytics.track('Invite Sent', { invitee_email: email });`, 'email', {
      options: [{ hasher }],
      output: `import { hashEmail } from '@/lib/hash';\nanalytics.track('Invite Sent', { invitee_email: hashEmail(email) });`,
    }),
    // An existing import of it is reused; one from the same module gains it.
    plain(`import { hashEmail } from '@/lib/hash';\nanalytics.track('Invite Sent', { invitee_email: invite.email });`, 'invite.email', {
      options: [{ hasher }],
      output: `import { hashEmail } from '@/lib/hash';\nanalytics.track('Invite Sent', { invitee_email: hashEmail(invite.email) });`,
    }),
    plain(`import { slugify } from '@/lib/hash';\nanalytics.track('Invite Sent', { invitee_email: email });`, 'email', {
      options: [{ hasher }],
      output: `import { slugify, hashEmail } from '@/lib/hash';\nanalytics.track('Invite Sent', { invitee_email: hashEmail(email) });`,
    }),
    // A shorthand property keeps its key.
    plain(`analytics.track('Invite Sent', { invitee_email });`, 'invitee_email', {
      options: [{ hasher }],
      output: `import { hashEmail } from '@/lib/hash';\nanalytics.track('Invite Sent', { invitee_email: hashEmail(invitee_email) });`,
    }),
    // Two reports in one file: the import is added once, over two passes.
    {
      code: `analytics.track('Invite Sent', { invitee_email: a });\nanalytics.track('Invite Sent', { invitee_email: b });`,
      options: [{ hasher }],
      output: [
        `import { hashEmail } from '@/lib/hash';\nanalytics.track('Invite Sent', { invitee_email: hashEmail(a) });\nanalytics.track('Invite Sent', { invitee_email: b });`,
        `import { hashEmail } from '@/lib/hash';\nanalytics.track('Invite Sent', { invitee_email: hashEmail(a) });\nanalytics.track('Invite Sent', { invitee_email: hashEmail(b) });`,
      ],
      errors: [
        { messageId: 'plainEmail', line: 1, column: 49, endLine: 1, endColumn: 50 },
        { messageId: 'plainEmail', line: 2, column: 49, endLine: 2, endColumn: 50 },
      ],
    },
    // A hasher whose name does not say it hashes: one fix, and the fixed call is accepted (see the second-pass test below).
    plain(`analytics.track('Invite Sent', { invitee_email: email });`, 'email', {
      options: [{ hasher: pseudonymize }],
      output: `import { pseudonymize } from '@/privacy';\nanalytics.track('Invite Sent', { invitee_email: pseudonymize(email) });`,
    }),
    // Per branch: only the plain branch is wrapped, never a hashed one.
    {
      code: `analytics.track('Invite Sent', { invitee_email: a ? email : hashedEmail });`,
      options: [{ hasher }],
      output: `import { hashEmail } from '@/lib/hash';\nanalytics.track('Invite Sent', { invitee_email: a ? hashEmail(email) : hashedEmail });`,
      errors: [{ messageId: 'plainEmail', data: { key: 'invitee_email', example: 'email' }, ...at(`analytics.track('Invite Sent', { invitee_email: a ? email : hashedEmail });`, 'email', 1) }],
    },
    {
      code: `analytics.track('Invite Sent', { invitee_email: invite.email ?? hashedEmail });`,
      options: [{ hasher }],
      output: `import { hashEmail } from '@/lib/hash';\nanalytics.track('Invite Sent', { invitee_email: hashEmail(invite.email) ?? hashedEmail });`,
      errors: [{ messageId: 'plainEmail', ...at(`analytics.track('Invite Sent', { invitee_email: invite.email ?? hashedEmail });`, 'invite.email') }],
    },
    {
      code: `analytics.track('Invite Sent', { invitee_email: emailHash || email });`,
      options: [{ hasher }],
      output: `import { hashEmail } from '@/lib/hash';\nanalytics.track('Invite Sent', { invitee_email: emailHash || hashEmail(email) });`,
      errors: [{ messageId: 'plainEmail', ...at(`analytics.track('Invite Sent', { invitee_email: emailHash || email });`, 'email', -1) }],
    },
    {
      code: `analytics.track('Invite Sent', { invitee_email: invited && email });`,
      options: [{ hasher }],
      output: `import { hashEmail } from '@/lib/hash';\nanalytics.track('Invite Sent', { invitee_email: invited && hashEmail(email) });`,
      errors: [{ messageId: 'plainEmail', ...at(`analytics.track('Invite Sent', { invitee_email: invited && email });`, 'email', -1) }],
    },
    // Nested branches; two plain ones are two reports (the import comes with the first, the second is wrapped on the next pass).
    {
      code: `analytics.track('Invite Sent', { invitee_email: a ? (b ? email : emailHash) : invite.email });`,
      options: [{ hasher }],
      output: [
        `import { hashEmail } from '@/lib/hash';\nanalytics.track('Invite Sent', { invitee_email: a ? (b ? hashEmail(email) : emailHash) : invite.email });`,
        `import { hashEmail } from '@/lib/hash';\nanalytics.track('Invite Sent', { invitee_email: a ? (b ? hashEmail(email) : emailHash) : hashEmail(invite.email) });`,
      ],
      errors: [
        { messageId: 'plainEmail', ...at(`analytics.track('Invite Sent', { invitee_email: a ? (b ? email : emailHash) : invite.email });`, 'email', 1) },
        { messageId: 'plainEmail', ...at(`analytics.track('Invite Sent', { invitee_email: a ? (b ? email : emailHash) : invite.email });`, 'invite.email') },
      ],
    },
    // A constant that is plain on one branch and hashed on the other: reported, but wrapping it would hash the hashed branch twice.
    plain(`const address = resent ? invite.email : hashedEmail;\nanalytics.track('Invite Sent', { invitee_email: address });`, 'address', { options: [{ hasher }], output: null }),
    // A weak branch is reported as weak, the hashed one not at all.
    weak(`analytics.track('Invite Sent', { invitee_email: ok ? md5(email) : emailHash });`, 'md5(email)'),
    // Weak algorithms named by any literal argument, or by createHash/createHmac.
    weak(`analytics.track('Invite Sent', { invitee_email: hash(email, 'md5') });`, `hash(email, 'md5')`),
    weak(`analytics.track('Invite Sent', { invitee_email: hashWith(salt, email, 'SHA-1') });`, `hashWith(salt, email, 'SHA-1')`),
    weak(`analytics.track('Invite Sent', { invitee_email: createHmac('sha1', key).update(email).digest('hex') });`, `createHmac('sha1', key).update(email).digest('hex')`),
    // Names that say the value is not hashed, though they mention hashing.
    plain(`analytics.track('Invite Sent', { invitee_email: unhashedEmail });`, 'unhashedEmail'),
    plain(`analytics.track('Invite Sent', { invitee_email: invite.unhashed_email });`, 'invite.unhashed_email'),
    plain(`analytics.track('Invite Sent', { invitee_email: emailNotHashed });`, 'emailNotHashed'),
    plain(`analytics.track('Invite Sent', { invitee_email: plainEmailHash });`, 'plainEmailHash'),
    plain(`analytics.track('Invite Sent', { invitee_email: rawEmailHash });`, 'rawEmailHash'),
    plain(`analytics.track('Invite Sent', { invitee_email: clearTextEmailHash });`, 'clearTextEmailHash'),
    // Keys named by their words, in any style; the message names the key as written.
    {
      code: `analytics.track('Invite Sent', { inviteeEmail: email });`,
      errors: [{ messageId: 'plainEmail', data: { key: 'inviteeEmail', example: 'email' }, ...at(`analytics.track('Invite Sent', { inviteeEmail: email });`, 'email', -1) }],
    },
    plain(`analytics.track('Invite Sent', { InviteeEmail: email });`, 'email'),
    plain(`analytics.track('Invite Sent', { 'invitee-email': email });`, 'email'),
    plain(`posthog.capture('Invite Sent', { 'Invitee Email': email });`, 'email'),
    plain(`analytics.track('Seat Assigned', { assigneeEmail: email });`, 'email', { options: [{ properties: ['assignee_email'] }] }),
    plain(`analytics.track('Seat Assigned', { assignee_email: email });`, 'email', { options: [{ properties: ['assigneeEmail'] }] }),
    // The module name is written as a string literal in the file's quotes, escaped.
    plain(`analytics.track('Invite Sent', { invitee_email: email });`, 'email', {
      options: [{ hasher: { name: 'hashEmail', import: "it's" } }],
      output: `import { hashEmail } from 'it\\'s';\nanalytics.track('Invite Sent', { invitee_email: hashEmail(email) });`,
    }),
    plain(`import { analytics } from "./analytics";\nanalytics.track("Invite Sent", { invitee_email: email });`, 'email', {
      options: [{ hasher: { name: 'hashEmail', import: 'say "hi"\\lib' } }],
      output: `import { analytics } from "./analytics";\nimport { hashEmail } from "say \\"hi\\"\\\\lib";\nanalytics.track("Invite Sent", { invitee_email: hashEmail(email) });`,
    }),
    // A weak hash gets no fix even with a hasher.
    { ...weak(`analytics.track('Invite Sent', { invitee_email: md5(email) });`, 'md5(email)'), options: [{ hasher }], output: null },
  ],
});

jsRuleTester.run('hash-invitee-email (CommonJS)', rule, {
  valid: [],
  invalid: [
    {
      code: `'use strict';\nanalytics.track('Invite Sent', { invitee_email: email });`,
      languageOptions: { parserOptions: { sourceType: 'script' } },
      options: [{ hasher }],
      output: `'use strict';\nconst { hashEmail } = require('@/lib/hash');\nanalytics.track('Invite Sent', { invitee_email: hashEmail(email) });`,
      errors: [{ messageId: 'plainEmail', line: 2, column: 49, endLine: 2, endColumn: 54 }],
    },
    // The require goes after the last top-level require, in the quotes of the file's module names (not of 'use strict').
    {
      code: `'use strict';\nconst { a } = require("./a");\nsetUp();\nconst b = require("./b").default;\nanalytics.track("Invite Sent", { invitee_email: email });`,
      languageOptions: commonJs,
      options: [{ hasher }],
      output: `'use strict';\nconst { a } = require("./a");\nsetUp();\nconst b = require("./b").default;\nconst { hashEmail } = require("@/lib/hash");\nanalytics.track("Invite Sent", { invitee_email: hashEmail(email) });`,
      errors: [{ messageId: 'plainEmail', line: 5, column: 49, endLine: 5, endColumn: 54 }],
    },
    // No module names: the quotes of the first string after the directive prologue.
    {
      code: `'use strict';\nanalytics.track("Invite Sent", { invitee_email: email });`,
      languageOptions: commonJs,
      options: [{ hasher }],
      output: `'use strict';\nconst { hashEmail } = require("@/lib/hash");\nanalytics.track("Invite Sent", { invitee_email: hashEmail(email) });`,
      errors: [{ messageId: 'plainEmail', line: 2, column: 49, endLine: 2, endColumn: 54 }],
    },
    {
      code: `require('dotenv/config');\nanalytics.track("Invite Sent", { invitee_email: email });`,
      languageOptions: commonJs,
      options: [{ hasher }],
      output: `require('dotenv/config');\nconst { hashEmail } = require('@/lib/hash');\nanalytics.track("Invite Sent", { invitee_email: hashEmail(email) });`,
      errors: [{ messageId: 'plainEmail', line: 2, column: 49, endLine: 2, endColumn: 54 }],
    },
    // Found by the fuzz test: a hasher declared at the top of a CommonJS module is used, not required again (which would not parse).
    {
      code: `const hashEmail = (value) => value;\nanalytics.track('Invite Sent', { invitee_email: email });`,
      languageOptions: commonJs,
      options: [{ hasher }],
      output: `const hashEmail = (value) => value;\nanalytics.track('Invite Sent', { invitee_email: hashEmail(email) });`,
      errors: [{ messageId: 'plainEmail', line: 2, column: 49, endLine: 2, endColumn: 54 }],
    },
    {
      code: `function hashEmail(value) { return value; }\nanalytics.track('Invite Sent', { invitee_email: email });`,
      languageOptions: script,
      options: [{ hasher }],
      output: `function hashEmail(value) { return value; }\nanalytics.track('Invite Sent', { invitee_email: hashEmail(email) });`,
      errors: [{ messageId: 'plainEmail', line: 2, column: 49, endLine: 2, endColumn: 54 }],
    },
  ],
});

tsRuleTester.run('hash-invitee-email (TypeScript)', rule, {
  valid: [`analytics.track('Invite Sent', { invitee_email: sha256(email as string) } as const);`],
  invalid: [
    {
      ...plain(`import type { Invite } from './types';\nanalytics.track('Invite Sent', { invitee_email: invite!.email as string });`, 'invite!.email as string', {
        options: [{ hasher }],
        output: `import type { Invite } from './types';\nimport { hashEmail } from '@/lib/hash';\nanalytics.track('Invite Sent', { invitee_email: hashEmail(invite!.email as string) });`,
      }),
    },
    // A type-only import of the hasher gives no value: it becomes a value import (a second one would be a duplicate identifier).
    plain(`import type { hashEmail } from '@/lib/hash';\nanalytics.track('Invite Sent', { invitee_email: email });`, 'email', {
      options: [{ hasher }],
      output: `import { hashEmail } from '@/lib/hash';\nanalytics.track('Invite Sent', { invitee_email: hashEmail(email) });`,
    }),
    // The other names of a type-only import stay types.
    plain(`import type { Salt, hashEmail } from '@/lib/hash';\nanalytics.track('Invite Sent', { invitee_email: email });`, 'email', {
      options: [{ hasher }],
      output: `import { type Salt, hashEmail } from '@/lib/hash';\nanalytics.track('Invite Sent', { invitee_email: hashEmail(email) });`,
    }),
    plain(`import { type hashEmail, salt } from '@/lib/hash';\nanalytics.track('Invite Sent', { invitee_email: email });`, 'email', {
      options: [{ hasher }],
      output: `import { hashEmail, salt } from '@/lib/hash';\nanalytics.track('Invite Sent', { invitee_email: hashEmail(email) });`,
    }),
    plain(`import { type Salt } from '@/lib/hash';\nanalytics.track('Invite Sent', { invitee_email: email });`, 'email', {
      options: [{ hasher }],
      output: `import { type Salt, hashEmail } from '@/lib/hash';\nanalytics.track('Invite Sent', { invitee_email: hashEmail(email) });`,
    }),
    // The name is a type from somewhere else: no fix (an import would clash with it); the report stands.
    plain(`import type { hashEmail } from './types';\nanalytics.track('Invite Sent', { invitee_email: email });`, 'email', { options: [{ hasher }], output: null }),
  ],
});

tsxRuleTester.run('hash-invitee-email (TSX)', rule, {
  valid: [],
  invalid: [
    {
      ...plain(`const I = () => <button onClick={() => posthog.capture('Invite Sent', { invitee_email: email })} />;`, 'email'),
      filename: 'i.tsx',
    },
  ],
});

vueRuleTester.run('hash-invitee-email (Vue)', rule, {
  valid: [],
  invalid: [
    {
      code: `<script setup lang="ts">\nposthog.capture('Invite Sent', { invitee_email: form.email });\n</script>`,
      filename: 'Invite.vue',
      errors: [{ messageId: 'plainEmail', line: 2, column: 49, endLine: 2, endColumn: 59 }],
    },
  ],
});

/** Runs `eslint --fix` twice: the first pass gives `expected`, the second changes nothing and leaves no report of this rule. */
function fixTwice(code: string, options: Options[0], filename: string): { first: string; second: string; remaining: Linter.LintMessage[] } {
  const linter = new Linter({ configType: 'flat' });
  const config: Linter.Config[] = [
    {
      files: ['**/*.js', '**/*.ts'],
      ...(filename.endsWith('.ts') ? { languageOptions: { parser: tsParser as never } } : {}),
      plugins: { 'b2b-tracking': { rules: { 'hash-invitee-email': rule as never } } },
      rules: { 'b2b-tracking/hash-invitee-email': ['error', options] },
    },
  ];
  const first = linter.verifyAndFix(code, config, filename).output;
  const second = linter.verifyAndFix(first, config, filename).output;
  return { first, second, remaining: linter.verify(second, config, filename) };
}

describe('hash-invitee-email: a second --fix pass changes nothing', () => {
  it.each([
    [
      'a hasher named pseudonymize',
      `analytics.track('Invite Sent', { invitee_email: email });`,
      { hasher: pseudonymize },
      'file.js',
      `import { pseudonymize } from '@/privacy';\nanalytics.track('Invite Sent', { invitee_email: pseudonymize(email) });`,
    ],
    [
      'a conditional with a hashed branch',
      `analytics.track('Invite Sent', { invitee_email: a ? email : hashedEmail });`,
      { hasher: pseudonymize },
      'file.js',
      `import { pseudonymize } from '@/privacy';\nanalytics.track('Invite Sent', { invitee_email: a ? pseudonymize(email) : hashedEmail });`,
    ],
    [
      'a type-only import of the hasher',
      `import type { hashEmail } from '@/lib/hash';\nanalytics.track('Invite Sent', { inviteeEmail: email ?? invite.email });`,
      { hasher },
      'file.ts',
      `import { hashEmail } from '@/lib/hash';\nanalytics.track('Invite Sent', { inviteeEmail: hashEmail(email) ?? hashEmail(invite.email) });`,
    ],
  ])('%s', (_name, code, options, filename, expected) => {
    const { first, second, remaining } = fixTwice(code, options, filename);
    expect(first).toBe(expected);
    expect(second).toBe(first);
    expect(remaining).toEqual([]);
  });
});

describe('hash-invitee-email: options', () => {
  it('stops the run on a hasher name that is not a function name (the fix would write broken code)', () => {
    const linter = new Linter({ configType: 'flat' });
    const config: Linter.Config[] = [
      {
        plugins: { 'b2b-tracking': { rules: { 'hash-invitee-email': rule as never } } },
        rules: { 'b2b-tracking/hash-invitee-email': ['error', { hasher: { name: 'hash.email', import: '@/lib/hash' } }] },
      },
    ];
    expect(() => linter.verify(`analytics.track('Invite Sent', { invitee_email: email });`, config, 'file.js')).toThrow(/"hash\.email" should match pattern/);
  });
});
