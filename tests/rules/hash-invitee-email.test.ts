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
    // A string built around a hashed value sends the hash.
    `analytics.track('Invite Sent', { invitee_email: 'sha256:' + sha256(email) });`,
    'analytics.track(`Invite Sent`, { invitee_email: `${emailHash}` });',
    // A conversion of a hashed value is hashed: a call or \`new\` given it, a method called on it.
    `const buf = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(email));\nanalytics.track('Invite Sent', { invitee_email: toHex(buf), invitee_role: 'a' });`,
    `const buf = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(email));\nanalytics.track('Invite Sent', { invitee_email: Buffer.from(buf).toString('hex'), invitee_role: 'a' });`,
    `const buf = await crypto.subtle.digest('SHA-256', bytes);\nconst hex = Array.from(new Uint8Array(buf)).map((b) => b.toString(16).padStart(2, '0')).join('');\nanalytics.track('Invite Sent', { invitee_email: hex });`,
    `analytics.track('Invite Sent', { invitee_email: toHex(await crypto.subtle.digest('SHA-256', bytes)) });`,
    `analytics.track('Invite Sent', { invitee_email: String(hashedEmail) });`,
    // An empty string sends no address.
    `analytics.track('Invite Sent', { invitee_email: '' });`,
    'analytics.track(`Invite Sent`, { invitee_email: `` });',
    `analytics.track('Invite Sent', { invitee_email: emailHash || '' });`,
    // An algorithm named by a constant.
    `const ALGO = 'sha256';\nanalytics.track('Invite Sent', { invitee_email: createHash(ALGO).update(email).digest('hex') });`,
    // \`hashFunctions\` entries: a name matches any callee ending in it; a member path, any callee ending in that path.
    { code: `analytics.track('Invite Sent', { invitee_email: lib.obscure(email) });`, settings: { 'b2b-tracking': { hashFunctions: ['obscure'] } } },
    { code: `analytics.track('Invite Sent', { invitee_email: utils.pseudo(email) });`, settings: { 'b2b-tracking': { hashFunctions: ['utils.pseudo'] } } },
    {
      code: `class Invites {\n  send() {\n    analytics.track('Invite Sent', { invitee_email: this.utils.pseudo(email) });\n  }\n}`,
      settings: { 'b2b-tracking': { hashFunctions: ['utils.pseudo'] } },
    },
    {
      code: `class Invites {\n  send() {\n    analytics.track('Invite Sent', { invitee_email: this.utils.pseudo(email) });\n  }\n}`,
      settings: { 'b2b-tracking': { hashFunctions: ['this.utils.pseudo'] } },
    },
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
    // A string built around a plain value sends the address: wrapped whole, so no part of it is sent as it is.
    plain(`analytics.track('Invite Sent', { invitee_email: 'mailto:' + email });`, `'mailto:' + email`, {
      options: [{ hasher }],
      output: `import { hashEmail } from '@/lib/hash';\nanalytics.track('Invite Sent', { invitee_email: hashEmail('mailto:' + email) });`,
    }),
    plain('analytics.track(`Invite Sent`, { invitee_email: `mailto:${invite.email}` });', '`mailto:${invite.email}`', {
      options: [{ hasher }],
      output: "import { hashEmail } from '@/lib/hash';\nanalytics.track(`Invite Sent`, { invitee_email: hashEmail(`mailto:${invite.email}`) });",
    }),
    plain(`analytics.track('Invite Sent', { invitee_email: first + '.' + last + '@example.com' });`, `first + '.' + last + '@example.com'`),
    plain(`analytics.track('Invite Sent', { invitee_email: 'ann' + '@example.com' });`, `'ann' + '@example.com'`),
    // A part that is hashed already: reported, not wrapped (the hash would be hashed again).
    plain(`analytics.track('Invite Sent', { invitee_email: emailHash + ',' + email });`, `emailHash + ',' + email`, { options: [{ hasher }], output: null }),
    // A call given a plain address besides a hash sends the address: reported, not wrapped.
    plain(`analytics.track('Invite Sent', { invitee_email: buildInviteLink(invite.email, invite.tokenHash) });`, 'buildInviteLink(invite.email, invite.tokenHash)', {
      options: [{ hasher }],
      output: null,
    }),
    plain(`analytics.track('Invite Sent', { invitee_email: format(email, hashedSalt) });`, 'format(email, hashedSalt)'),
    weak(`analytics.track('Invite Sent', { invitee_email: 'md5:' + md5(email) });`, `'md5:' + md5(email)`),
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
    plain(`import hash, { slugify } from '@/lib/hash';\nanalytics.track('Invite Sent', { invitee_email: email });`, 'email', {
      options: [{ hasher }],
      output: `import hash, { slugify, hashEmail } from '@/lib/hash';\nanalytics.track('Invite Sent', { invitee_email: hashEmail(email) });`,
    }),
    plain(`import hash from '@/lib/hash';\nanalytics.track('Invite Sent', { invitee_email: email });`, 'email', {
      options: [{ hasher }],
      output: `import hash, { hashEmail } from '@/lib/hash';\nanalytics.track('Invite Sent', { invitee_email: hashEmail(email) });`,
    }),
    // A namespace import cannot take a name beside it: a second import.
    plain(`import * as hashing from '@/lib/hash';\nanalytics.track('Invite Sent', { invitee_email: email });`, 'email', {
      options: [{ hasher }],
      output: `import * as hashing from '@/lib/hash';\nimport { hashEmail } from '@/lib/hash';\nanalytics.track('Invite Sent', { invitee_email: hashEmail(email) });`,
    }),
    // The name is something else where the value is: calling it would call that, and an import would clash with it. No fix; the report stays.
    plain(`import { hashEmail } from '@/lib/other';\nanalytics.track('Invite Sent', { invitee_email: email });`, 'email', { options: [{ hasher }], output: null }),
    plain(`import { sha256 as hashEmail } from '@/lib/hash';\nanalytics.track('Invite Sent', { invitee_email: email });`, 'email', { options: [{ hasher }], output: null }),
    plain(`function f(hashEmail) {\n  analytics.track('Invite Sent', { invitee_email: email });\n}`, 'email', { options: [{ hasher }], output: null }),
    plain(`function f() {\n  const hashEmail = 2;\n  analytics.track('Invite Sent', { invitee_email: email });\n}`, 'email', { options: [{ hasher }], output: null }),
    plain(`import { hashEmail } from '@/lib/hash';\nfunction f(hashEmail) {\n  analytics.track('Invite Sent', { invitee_email: email });\n}`, 'email', { options: [{ hasher }], output: null }),
    plain(`function hashEmail() {\n  analytics.track('Invite Sent', { invitee_email: email });\n}`, 'email', { options: [{ hasher }], output: null }),
    // Shadowed only elsewhere: here the name is free, and the import is added.
    plain(`function f(hashEmail) {}\nanalytics.track('Invite Sent', { invitee_email: email });`, 'email', {
      options: [{ hasher }],
      output: `import { hashEmail } from '@/lib/hash';\nfunction f(hashEmail) {}\nanalytics.track('Invite Sent', { invitee_email: hashEmail(email) });`,
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
      errors: [{ messageId: 'plainEmail', data: { key: 'invitee_email', hasher: 'hashEmail', example: 'email' }, ...at(`analytics.track('Invite Sent', { invitee_email: a ? email : hashedEmail });`, 'email', 1) }],
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
    // An algorithm named by a constant is followed.
    {
      code: `const ALGO = 'md5';\nanalytics.track('Invite Sent', { invitee_email: createHash(ALGO).update(email).digest('hex') });`,
      errors: [{ messageId: 'weakHash', data: { key: 'invitee_email', algorithm: '`md5`' }, line: 2, column: 49, endLine: 2, endColumn: 93 }],
    },
    weak(`const ALGO = 'SHA-1';\nanalytics.track('Invite Sent', { invitee_email: await crypto.subtle.digest(ALGO, bytes) });`, `await crypto.subtle.digest(ALGO, bytes)`),
    weak(`const algorithm = 'sha1';\nanalytics.track('Invite Sent', { invitee_email: hash(email, algorithm) });`, `hash(email, algorithm)`),
    // A conversion of a weak hash is weak.
    weak(`analytics.track('Invite Sent', { invitee_email: toHex(md5(email)) });`, `toHex(md5(email))`),
    weak(`const buf = await crypto.subtle.digest('SHA-1', bytes);\nanalytics.track('Invite Sent', { invitee_email: Buffer.from(buf).toString('hex') });`, `Buffer.from(buf).toString('hex')`),
    // A conversion of a plain value is plain: base64 is no hash.
    plain(`analytics.track('Invite Sent', { invitee_email: String(email) });`, 'String(email)'),
    plain(`analytics.track('Invite Sent', { invitee_email: Buffer.from(email).toString('base64') });`, `Buffer.from(email).toString('base64')`, {
      options: [{ hasher }],
      output: `import { hashEmail } from '@/lib/hash';\nanalytics.track('Invite Sent', { invitee_email: hashEmail(Buffer.from(email).toString('base64')) });`,
    }),
    // Given a value with a hashed branch: reported, not wrapped (that branch would be hashed twice).
    plain(`analytics.track('Invite Sent', { invitee_email: normalize(resent ? email : emailHash) });`, 'normalize(resent ? email : emailHash)', { options: [{ hasher }], output: null }),
    // An empty-string fallback sends no address: only the address is reported and wrapped.
    plain(`analytics.track('Invite Sent', { invitee_email: invite.email || '' });`, 'invite.email', {
      options: [{ hasher }],
      output: `import { hashEmail } from '@/lib/hash';\nanalytics.track('Invite Sent', { invitee_email: hashEmail(invite.email) || '' });`,
    }),
    plain(`analytics.track('Invite Sent', { invitee_email: invited ? invite.email : '' });`, 'invite.email', {
      options: [{ hasher }],
      output: `import { hashEmail } from '@/lib/hash';\nanalytics.track('Invite Sent', { invitee_email: invited ? hashEmail(invite.email) : '' });`,
    }),
    // A member-path entry of \`hashFunctions\` names that function only.
    plain(`analytics.track('Invite Sent', { invitee_email: pseudo(email) });`, 'pseudo(email)', { settings: { hashFunctions: ['utils.pseudo'] } }),
    plain(`analytics.track('Invite Sent', { invitee_email: other.pseudo(email) });`, 'other.pseudo(email)', { settings: { hashFunctions: ['utils.pseudo'] } }),
    plain(`analytics.track('Invite Sent', { invitee_email: utils.pseudo(email) });`, 'utils.pseudo(email)', { settings: { hashFunctions: ['this.utils.pseudo'] } }),
    // The message names the configured hasher; a long value, or one with backticks, is shown as \`email\`.
    {
      code: `analytics.track('Invite Sent', { invitee_email: invitation.invitee.primaryEmailAddress });`,
      options: [{ hasher: pseudonymize }],
      output: `import { pseudonymize } from '@/privacy';\nanalytics.track('Invite Sent', { invitee_email: pseudonymize(invitation.invitee.primaryEmailAddress) });`,
      errors: [{ messageId: 'plainEmail', data: { key: 'invitee_email', hasher: 'pseudonymize', example: 'email' }, line: 1, column: 49, endLine: 1, endColumn: 87 }],
    },
    {
      code: 'analytics.track(`Invite Sent`, { invitee_email: `${name}@example.com` });',
      errors: [{ messageId: 'plainEmail', data: { key: 'invitee_email', hasher: 'sha256', example: 'email' }, line: 1, column: 49, endLine: 1, endColumn: 70 }],
    },
    {
      code: `analytics.track('Invite Sent', { invitee_email: invite.email });`,
      errors: [{ messageId: 'plainEmail', data: { key: 'invitee_email', hasher: 'sha256', example: 'invite.email' }, line: 1, column: 49, endLine: 1, endColumn: 61 }],
    },
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
      errors: [{ messageId: 'plainEmail', data: { key: 'inviteeEmail', hasher: 'sha256', example: 'email' }, ...at(`analytics.track('Invite Sent', { inviteeEmail: email });`, 'email', -1) }],
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
    // JSX: a prop of the hasher's name is not the hasher.
    plain(`const I = ({ hashEmail }) => <b onClick={() => posthog.capture('Invite Sent', { invitee_email: email })} />;`, 'email', { options: [{ hasher }], output: null }),
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
    // The require goes after the leading requires, before any other code runs (`setUp()` may call the hasher), in the quotes
    // of the file's module names (not of 'use strict').
    {
      code: `'use strict';\nconst { a } = require("./a");\nsetUp();\nconst b = require("./b").default;\nanalytics.track("Invite Sent", { invitee_email: email });`,
      languageOptions: commonJs,
      options: [{ hasher }],
      output: `'use strict';\nconst { a } = require("./a");\nconst { hashEmail } = require("@/lib/hash");\nsetUp();\nconst b = require("./b").default;\nanalytics.track("Invite Sent", { invitee_email: hashEmail(email) });`,
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
    // Found by the fuzz test: a function of the hasher's name declared in the file is not the hasher; requiring it again would
    // not parse, and calling the local one would not hash. No fix.
    {
      code: `const hashEmail = (value) => value;\nanalytics.track('Invite Sent', { invitee_email: email });`,
      languageOptions: commonJs,
      options: [{ hasher }],
      output: null,
      errors: [{ messageId: 'plainEmail', line: 2, column: 49, endLine: 2, endColumn: 54 }],
    },
    {
      code: `function hashEmail(value) { return value; }\nanalytics.track('Invite Sent', { invitee_email: email });`,
      languageOptions: script,
      options: [{ hasher }],
      output: null,
      errors: [{ messageId: 'plainEmail', line: 2, column: 49, endLine: 2, endColumn: 54 }],
    },
    // The hasher required already is used; a destructuring require of its module gains it.
    {
      code: `const { hashEmail } = require('@/lib/hash');\nanalytics.track('Invite Sent', { invitee_email: email });`,
      languageOptions: commonJs,
      options: [{ hasher }],
      output: `const { hashEmail } = require('@/lib/hash');\nanalytics.track('Invite Sent', { invitee_email: hashEmail(email) });`,
      errors: [{ messageId: 'plainEmail', line: 2, column: 49, endLine: 2, endColumn: 54 }],
    },
    {
      code: `const hashEmail = require('@/lib/hash').hashEmail;\nanalytics.track('Invite Sent', { invitee_email: email });`,
      languageOptions: commonJs,
      options: [{ hasher }],
      output: `const hashEmail = require('@/lib/hash').hashEmail;\nanalytics.track('Invite Sent', { invitee_email: hashEmail(email) });`,
      errors: [{ messageId: 'plainEmail', line: 2, column: 49, endLine: 2, endColumn: 54 }],
    },
    {
      code: `const { slugify } = require('@/lib/hash');\nanalytics.track('Invite Sent', { invitee_email: email });`,
      languageOptions: commonJs,
      options: [{ hasher }],
      output: `const { slugify, hashEmail } = require('@/lib/hash');\nanalytics.track('Invite Sent', { invitee_email: hashEmail(email) });`,
      errors: [{ messageId: 'plainEmail', line: 2, column: 49, endLine: 2, endColumn: 54 }],
    },
    // After a rest element nothing may follow: a require of its own.
    {
      code: `const { ...hashing } = require('@/lib/hash');\nanalytics.track('Invite Sent', { invitee_email: email });`,
      languageOptions: commonJs,
      options: [{ hasher }],
      output: `const { ...hashing } = require('@/lib/hash');\nconst { hashEmail } = require('@/lib/hash');\nanalytics.track('Invite Sent', { invitee_email: hashEmail(email) });`,
      errors: [{ messageId: 'plainEmail', line: 2, column: 49, endLine: 2, endColumn: 54 }],
    },
    {
      code: `const { hashEmail } = require('@/lib/other');\nanalytics.track('Invite Sent', { invitee_email: email });`,
      languageOptions: commonJs,
      options: [{ hasher }],
      output: null,
      errors: [{ messageId: 'plainEmail', line: 2, column: 49, endLine: 2, endColumn: 54 }],
    },
    // A require in any form counts: `require('dotenv').config()` runs first, as the file meant.
    {
      code: `const a = require('./a');\nrequire('dotenv').config();\nanalytics.track('Invite Sent', { invitee_email: email });`,
      languageOptions: commonJs,
      options: [{ hasher }],
      output: `const a = require('./a');\nrequire('dotenv').config();\nconst { hashEmail } = require('@/lib/hash');\nanalytics.track('Invite Sent', { invitee_email: hashEmail(email) });`,
      errors: [{ messageId: 'plainEmail', line: 3, column: 49, endLine: 3, endColumn: 54 }],
    },
    // A require runs where it stands: it goes before the top-level code that calls the hasher, not after a later require.
    {
      code: `const a = require('./a');\nanalytics.track('Invite Sent', { invitee_email: email });\napp.use(require('cors')());`,
      languageOptions: commonJs,
      options: [{ hasher }],
      output: `const a = require('./a');\nconst { hashEmail } = require('@/lib/hash');\nanalytics.track('Invite Sent', { invitee_email: hashEmail(email) });\napp.use(require('cors')());`,
      errors: [{ messageId: 'plainEmail', line: 2, column: 49, endLine: 2, endColumn: 54 }],
    },
    {
      code: `analytics.track('Invite Sent', { invitee_email: email });\nconst { slugify } = require('@/lib/hash');`,
      languageOptions: commonJs,
      options: [{ hasher }],
      output: `const { hashEmail } = require('@/lib/hash');\nanalytics.track('Invite Sent', { invitee_email: hashEmail(email) });\nconst { slugify } = require('@/lib/hash');`,
      errors: [{ messageId: 'plainEmail', line: 1, column: 49, endLine: 1, endColumn: 54 }],
    },
    // Two values with a require between them: one place for both, so the hasher is required once (the second value is
    // wrapped on the next pass, reusing it).
    {
      code: `const a = require('a');\nanalytics.track('Invite Sent', { invitee_email: e1 });\nconst b = require('b');\nanalytics.track('Invite Sent', { invitee_email: e2 });`,
      languageOptions: commonJs,
      options: [{ hasher }],
      output: [
        `const a = require('a');\nconst { hashEmail } = require('@/lib/hash');\nanalytics.track('Invite Sent', { invitee_email: hashEmail(e1) });\nconst b = require('b');\nanalytics.track('Invite Sent', { invitee_email: e2 });`,
        `const a = require('a');\nconst { hashEmail } = require('@/lib/hash');\nanalytics.track('Invite Sent', { invitee_email: hashEmail(e1) });\nconst b = require('b');\nanalytics.track('Invite Sent', { invitee_email: hashEmail(e2) });`,
      ],
      errors: [
        { messageId: 'plainEmail', line: 2, column: 49, endLine: 2, endColumn: 51 },
        { messageId: 'plainEmail', line: 4, column: 49, endLine: 4, endColumn: 51 },
      ],
    },
    {
      code: `const { slugify } = require('@/lib/hash');\nfunction send() {\n  analytics.track('Invite Sent', { invitee_email: e1 });\n}\nanalytics.track('Invite Sent', { invitee_email: e2 });`,
      languageOptions: commonJs,
      options: [{ hasher }],
      output: [
        `const { slugify, hashEmail } = require('@/lib/hash');\nfunction send() {\n  analytics.track('Invite Sent', { invitee_email: hashEmail(e1) });\n}\nanalytics.track('Invite Sent', { invitee_email: e2 });`,
        `const { slugify, hashEmail } = require('@/lib/hash');\nfunction send() {\n  analytics.track('Invite Sent', { invitee_email: hashEmail(e1) });\n}\nanalytics.track('Invite Sent', { invitee_email: hashEmail(e2) });`,
      ],
      errors: [
        { messageId: 'plainEmail', line: 3, column: 51, endLine: 3, endColumn: 53 },
        { messageId: 'plainEmail', line: 5, column: 49, endLine: 5, endColumn: 51 },
      ],
    },
    // Sent while the leading requires run: no place before it for the whole file. No fix; the report stays.
    {
      code: `const a = require('a')(analytics.track('Invite Sent', { invitee_email: email }));`,
      languageOptions: commonJs,
      options: [{ hasher }],
      output: null,
      errors: [{ messageId: 'plainEmail', line: 1, column: 72, endLine: 1, endColumn: 77 }],
    },
    // ESLint parses a \`.js\` file as a module by default: one that requires, or exports the CommonJS way, gets a require too.
    {
      code: `const a = require('a');\nanalytics.track('Invite Sent', { invitee_email: e1 });\nmodule.exports = {};`,
      options: [{ hasher }],
      output: `const a = require('a');\nconst { hashEmail } = require('@/lib/hash');\nanalytics.track('Invite Sent', { invitee_email: hashEmail(e1) });\nmodule.exports = {};`,
      errors: [{ messageId: 'plainEmail', line: 2, column: 49, endLine: 2, endColumn: 51 }],
    },
    {
      code: `analytics.track('Invite Sent', { invitee_email: email });\nmodule.exports.send = send;`,
      options: [{ hasher }],
      output: `const { hashEmail } = require('@/lib/hash');\nanalytics.track('Invite Sent', { invitee_email: hashEmail(email) });\nmodule.exports.send = send;`,
      errors: [{ messageId: 'plainEmail', line: 1, column: 49, endLine: 1, endColumn: 54 }],
    },
    {
      code: `exports.send = () => analytics.track('Invite Sent', { invitee_email: email });`,
      options: [{ hasher }],
      output: `const { hashEmail } = require('@/lib/hash');\nexports.send = () => analytics.track('Invite Sent', { invitee_email: hashEmail(email) });`,
      errors: [{ messageId: 'plainEmail', line: 1, column: 70, endLine: 1, endColumn: 75 }],
    },
    // An export declaration makes it a module, whatever it requires; so does nothing required as the file loads.
    {
      code: `const a = require('a');\nexport const send = () => analytics.track('Invite Sent', { invitee_email: email });`,
      options: [{ hasher }],
      output: `import { hashEmail } from '@/lib/hash';\nconst a = require('a');\nexport const send = () => analytics.track('Invite Sent', { invitee_email: hashEmail(email) });`,
      errors: [{ messageId: 'plainEmail', line: 2, column: 75, endLine: 2, endColumn: 80 }],
    },
    {
      code: `const load = () => require('a');\nanalytics.track('Invite Sent', { invitee_email: email });`,
      options: [{ hasher }],
      output: `import { hashEmail } from '@/lib/hash';\nconst load = () => require('a');\nanalytics.track('Invite Sent', { invitee_email: hashEmail(email) });`,
      errors: [{ messageId: 'plainEmail', line: 2, column: 49, endLine: 2, endColumn: 54 }],
    },
  ],
});

tsRuleTester.run('hash-invitee-email (TypeScript)', rule, {
  valid: [
    `analytics.track('Invite Sent', { invitee_email: sha256(email as string) } as const);`,
    `const buf = await crypto.subtle.digest('SHA-256', bytes);\nanalytics.track('Invite Sent', { invitee_email: toHex(buf as ArrayBuffer)!, invitee_role: 'a' });`,
    `const ALGO = 'sha256' as const;\nanalytics.track('Invite Sent', { invitee_email: createHash(ALGO).update(email).digest('hex') });`,
    `analytics.track('Invite Sent', { invitee_email: (emailHash as string) || '' });`,
  ],
  invalid: [
    {
      code: `const ALGO: string = 'md5';\nanalytics.track('Invite Sent', { invitee_email: createHash(ALGO).update(email as string).digest('hex') });`,
      errors: [{ messageId: 'weakHash', data: { key: 'invitee_email', algorithm: '`md5`' }, line: 2, column: 49, endLine: 2, endColumn: 103 }],
    },
    plain(`analytics.track('Invite Sent', { invitee_email: (invite.email as string) || '' });`, 'invite.email as string', {
      options: [{ hasher }],
      output: `import { hashEmail } from '@/lib/hash';\nanalytics.track('Invite Sent', { invitee_email: (hashEmail(invite.email as string)) || '' });`,
    }),
    // A TypeScript file that requires and imports nothing gets a require.
    plain(`const a = require('a');\nanalytics.track('Invite Sent', { invitee_email: email as string });`, 'email as string', {
      options: [{ hasher }],
      output: `const a = require('a');\nconst { hashEmail } = require('@/lib/hash');\nanalytics.track('Invite Sent', { invitee_email: hashEmail(email as string) });`,
    }),
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
    plain(`type hashEmail = string;\nanalytics.track('Invite Sent', { invitee_email: email });`, 'email', { options: [{ hasher }], output: null }),
    plain(`function send(hashEmail: (value: string) => string): void {\n  analytics.track('Invite Sent', { invitee_email: email as string });\n}`, 'email as string', { options: [{ hasher }], output: null }),
    // A type-only import of the module gives no value: the hasher gets an import of its own.
    plain(`import type { Salt } from '@/lib/hash';\nanalytics.track('Invite Sent', { invitee_email: 'mailto:' + email });`, `'mailto:' + email`, {
      options: [{ hasher }],
      output: `import type { Salt } from '@/lib/hash';\nimport { hashEmail } from '@/lib/hash';\nanalytics.track('Invite Sent', { invitee_email: hashEmail('mailto:' + email) });`,
    }),
  ],
});

tsxRuleTester.run('hash-invitee-email (TSX)', rule, {
  valid: [],
  invalid: [
    {
      ...plain(`const I = () => <button onClick={() => posthog.capture('Invite Sent', { invitee_email: email })} />;`, 'email'),
      filename: 'i.tsx',
    },
    {
      ...plain(`const I = () => <button onClick={() => posthog.capture('Invite Sent', { invitee_email: email })} />;`, 'email', {
        options: [{ hasher }],
        output: `import { hashEmail } from '@/lib/hash';\nconst I = () => <button onClick={() => posthog.capture('Invite Sent', { invitee_email: hashEmail(email) })} />;`,
      }),
      filename: 'i.tsx',
    },
    // A prop of the hasher's name: no fix.
    {
      ...plain(`const I = ({ hashEmail }: Props) => <button onClick={() => posthog.capture('Invite Sent', { invitee_email: email })} />;`, 'email', {
        options: [{ hasher }],
        output: null,
      }),
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
      files: ['**/*.js', '**/*.cjs', '**/*.ts'],
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
    [
      'a require merged into, and one after require(dotenv).config()',
      `require('dotenv').config();\nconst { slugify } = require('@/lib/hash');\nanalytics.track('Invite Sent', { invitee_email: 'mailto:' + email });`,
      { hasher },
      'file.cjs',
      `require('dotenv').config();\nconst { slugify, hashEmail } = require('@/lib/hash');\nanalytics.track('Invite Sent', { invitee_email: hashEmail('mailto:' + email) });`,
    ],
    [
      'a default import merged into',
      `import hash from '@/lib/hash';\nanalytics.track('Invite Sent', { invitee_email: a });\nanalytics.track('Invite Sent', { invitee_email: \`\${b}@example.com\` });`,
      { hasher },
      'file.js',
      `import hash, { hashEmail } from '@/lib/hash';\nanalytics.track('Invite Sent', { invitee_email: hashEmail(a) });\nanalytics.track('Invite Sent', { invitee_email: hashEmail(\`\${b}@example.com\`) });`,
    ],
    [
      'two values between requires in a .cjs file: the hasher required once',
      `const a = require('a');\nanalytics.track('Invite Sent', { invitee_email: e1 });\nconst b = require('b');\nanalytics.track('Invite Sent', { invitee_email: e2 });`,
      { hasher },
      'file.cjs',
      `const a = require('a');\nconst { hashEmail } = require('@/lib/hash');\nanalytics.track('Invite Sent', { invitee_email: hashEmail(e1) });\nconst b = require('b');\nanalytics.track('Invite Sent', { invitee_email: hashEmail(e2) });`,
    ],
    [
      'a CommonJS .js file under the default sourceType',
      `const a = require('a');\nanalytics.track('Invite Sent', { invitee_email: e1 });\nanalytics.track('Invite Sent', { invitee_email: e2 || '' });\nmodule.exports = {};`,
      { hasher },
      'file.js',
      `const a = require('a');\nconst { hashEmail } = require('@/lib/hash');\nanalytics.track('Invite Sent', { invitee_email: hashEmail(e1) });\nanalytics.track('Invite Sent', { invitee_email: hashEmail(e2) || '' });\nmodule.exports = {};`,
    ],
  ])('%s', (_name, code, options, filename, expected) => {
    const { first, second, remaining } = fixTwice(code, options, filename);
    expect(first).toBe(expected);
    expect(second).toBe(first);
    expect(remaining).toEqual([]);
  });
});

describe('hash-invitee-email: a hasher name taken where the value is', () => {
  it.each([
    ['a parameter', `function f(hashEmail) { analytics.track('Invite Sent', { invitee_email: email }); }`],
    ['a local constant', `function f() { const hashEmail = 2; analytics.track('Invite Sent', { invitee_email: email }); }`],
    ['an import from another module', `import { hashEmail } from '@/lib/other';\nanalytics.track('Invite Sent', { invitee_email: email });`],
  ])('%s: no fix, and the report stays', (_name, code) => {
    const { first, remaining } = fixTwice(code, { hasher }, 'file.js');
    expect(first).toBe(code);
    expect(remaining.map((message) => message.messageId)).toEqual(['plainEmail']);
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

/** An invite form calling the team's hook, and an effect that re-sends an invite, as React components in a `.jsx` file. */
const inviteForm = (value: string) => `import { useState } from 'react';
import { useAnalytics } from './analytics';

export function InviteForm({ account }) {
  const [email, setEmail] = useState('');
  const { track } = useAnalytics();
  return (
    <form onSubmit={() => track('Invite Sent', { invitee_email: ${value}, invitee_role: 'member' }, { context: { groupId: account.id } })}>
      <input value={email} onChange={(event) => setEmail(event.target.value)} />
    </form>
  );
}`;
const resendInvite = (value: string) => `function ResendInvite({ invite }) {
  useEffect(() => {
    posthog.capture('Invite Sent', { invitee_email: ${value}, invitee_role: invite.role });
  }, [invite]);
  return <p>Invite sent again</p>;
}`;
/** Where `value` stands in `code`: just after `key: ` (`email` also names the component's state). */
function valueAt(code: string, key: string, value: string) {
  const pair = at(code, `${key}: ${value}`);
  return { ...pair, column: pair.column + key.length + 2 };
}
const inviteHook = { 'b2b-tracking': { callees: { track: ['useAnalytics().track'] } } };

jsRuleTester.run('hash-invitee-email (JSX)', rule, {
  valid: [
    { code: inviteForm('sha256(email)'), filename: 'invite-form.jsx', settings: inviteHook },
    { code: resendInvite('invite.emailHash'), filename: 'resend-invite.jsx' },
  ],
  invalid: [
    // The hasher's import goes after the component's own imports.
    {
      code: inviteForm('email'),
      filename: 'invite-form.jsx',
      settings: inviteHook,
      options: [{ hasher }],
      output: inviteForm('hashEmail(email)').replace(`import { useAnalytics } from './analytics';\n`, `import { useAnalytics } from './analytics';\nimport { hashEmail } from '@/lib/hash';\n`),
      errors: [{ messageId: 'plainEmail', data: { key: 'invitee_email', hasher: 'hashEmail', example: 'email' }, ...valueAt(inviteForm('email'), 'invitee_email', 'email') }],
    },
    {
      code: resendInvite('invite.email'),
      filename: 'resend-invite.jsx',
      output: null,
      errors: [{ messageId: 'plainEmail', data: { key: 'invitee_email', hasher: 'sha256', example: 'invite.email' }, ...at(resendInvite('invite.email'), 'invite.email') }],
    },
    {
      code: resendInvite('md5(invite.email)'),
      filename: 'resend-invite.jsx',
      output: null,
      errors: [{ messageId: 'weakHash', ...at(resendInvite('md5(invite.email)'), 'md5(invite.email)') }],
    },
  ],
});

/** A plain address under `key` on an event named `event`, reported at `value` with the key in the message. */
function inviteEmail(code: string, key: string, value: string, extra: { output?: string | null; options?: Options; settings?: Record<string, unknown>; filename?: string } = {}): Invalid {
  return {
    code,
    output: extra.output ?? null,
    ...(extra.options ? { options: extra.options } : {}),
    ...(extra.settings ? { settings: { 'b2b-tracking': extra.settings } } : {}),
    ...(extra.filename ? { filename: extra.filename } : {}),
    errors: [{ messageId: 'plainEmail', data: { key, hasher: extra.options?.[0].hasher?.name ?? 'sha256', example: value }, ...at(code, value, -1) }],
  };
}
const dottedPlan = { plan: 'dotted' };
const teamPlan = { plan: { extends: 'segment', events: { 'Teammate Added': { required: ['invitee_email'], properties: { invitee_email: { type: 'string' } } } } } };

jsRuleTester.run('hash-invitee-email (invite events, any key)', rule, {
  valid: [
    // Not an invite event: an e-mail key is another rule's concern (or none).
    `analytics.track('Report Exported', { email: user.email });`,
    `analytics.track('Signed Up', { email: form.email });`,
    `analytics.track('Profile Updated', { recipient: invite.email });`,
    // The invitee has accepted: the address is now the user's own.
    `analytics.track('Invite Accepted', { email });`,
    `analytics.track('invitation_redeemed', { email: invite.email });`,
    `analytics.track('Invitee Signed Up', { email });`,
    { code: `analytics.track('invite.accepted', { email });`, settings: { 'b2b-tracking': dottedPlan } },
    // Hashed, on an invite event.
    `analytics.track('Invite Sent', { email: sha256(email), invitee_role: 'admin' });`,
    `analytics.track('Team Member Invitation Sent', { email: emailHash });`,
    `analytics.track('Invite Sent', { recipient: invite.emailHash });`,
    // The inviter's or the signed-in user's address: not the invitee's.
    `analytics.track('Invite Sent', { inviter_email: inviter.email, invitee_role: 'admin' });`,
    `analytics.track('Invite Sent', { invited_by_email: me.email });`,
    `analytics.track('Invite Sent', { email: currentUser.email });`,
    `analytics.track('Invite Sent', { email: session.user.email });`,
    `analytics.track('Invite Sent', { email: user.email });`,
    `analytics.track('Invite Sent', { email: invite.invitedBy.email });`,
    `analytics.track('Invite Sent', { sender: inviterEmail });`,
    `analytics.track('Invite Sent', { email: inviter });`,
    // Read from the signed-in user by destructuring: the inviter's own address.
    `function InviteButton() {\n  const { email } = useUser();\n  return () => analytics.track('Invite Modal Opened', { email });\n}`,
    `async function opened() {\n  const { email } = await getSession();\n  analytics.track('Invite Modal Opened', { email });\n}`,
    `function opened(session) {\n  const { email } = session.user;\n  analytics.track('Invite Modal Opened', { email });\n}`,
    // Other keys whose values are not named for an address.
    `analytics.track('Invite Sent', { role: invite.role, invitee_count: emails.length, domain: invite.emailDomain });`,
    `analytics.track('Invite Sent', { email_verified: invite.verified, emails_sent: 3 });`,
    // Part of an address, not the address.
    `posthog.capture('invite_sent', { email_domain: email.split('@')[1] });`,
    // An empty string or nothing sends no address.
    `analytics.track('Invite Sent', { email: '' });`,
    `analytics.track('Invite Sent', { email: undefined });`,
    // The event name cannot be seen.
    `analytics.track(eventName, { email });`,
  ],
  invalid: [
    // The names: the team's own words, any style, with a prefix.
    inviteEmail(`analytics.track('Team Member Invitation Sent', { email: form.email, role });`, 'email', 'form.email'),
    inviteEmail(`analytics.track('Invite Organization Member', { email });`, 'email', 'email'),
    inviteEmail(`analytics.track('invite_sent', { email: invite.email });`, 'email', 'invite.email'),
    inviteEmail(`analytics.track('userInvited', { email: newUser.email });`, 'email', 'newUser.email'),
    inviteEmail(`analytics.track('App: Member Invited', { email: values.email });`, 'email', 'values.email'),
    inviteEmail(`posthog.capture('invitation-resent', { email: invite.email.toLowerCase() });`, 'email', 'invite.email.toLowerCase()'),
    inviteEmail(`analytics.track('Invite Sent', { email: 'ann@example.com' });`, 'email', `'ann@example.com'`),
    // `*_email` and `*Email` keys.
    inviteEmail(`analytics.track('Invite Sent', { recipient_email: invite.address });`, 'recipient_email', 'invite.address'),
    inviteEmail(`analytics.track('Invite Sent', { userEmail: form.email });`, 'userEmail', 'form.email'),
    // Any key whose value is named for an address.
    inviteEmail(`analytics.track('invite_sent', { recipient: invite.email, inviter_email: me.email });`, 'recipient', 'invite.email'),
    inviteEmail(`analytics.track('Invite Sent', { to: inviteeEmail });`, 'to', 'inviteeEmail'),
    // Destructured from the invite or a form: the invitee's.
    inviteEmail(`function sent(invite) {\n  const { email } = invite;\n  analytics.track('Invite Sent', { email });\n}`, 'email', 'email'),
    inviteEmail(`function sent() {\n  const { email } = useForm().values;\n  analytics.track('Invite Sent', { email });\n}`, 'email', 'email'),
    // Only the address branch of a value under another key.
    inviteEmail(`analytics.track('Invite Sent', { to: resend ? invite.email : 'link' });`, 'to', 'invite.email'),
    // A synonym of a plan event: "Invited User" is Invite Sent; "member.invited" is user.invited.
    inviteEmail(`analytics.track('Sent Invitation', { email });`, 'email', 'email'),
    inviteEmail(`analytics.track('member.invited', { email: member.email });`, 'email', 'member.email', { settings: dottedPlan }),
    // A plan event with an `invitee_email` property, whatever its name says.
    inviteEmail(`analytics.track('Teammate Added', { invitee_email: sha256(email), email: teammate.email });`, 'email', 'teammate.email', { settings: teamPlan }),
    // Every SDK form and wrapper: PostHog's server capture, a wrapper's properties.
    inviteEmail(
      `import { PostHog } from 'posthog-node';\nconst client = new PostHog('k');\nclient.capture({ distinctId: user.id, event: 'Invite Sent', properties: { email: invite.email } });`,
      'email',
      'invite.email',
    ),
    inviteEmail(`trackEvent('Invitation Sent', { email: input.email });`, 'email', 'input.email', { settings: { callees: { track: ['trackEvent'] } } }),
    // The hasher fix applies as to `invitee_email`.
    inviteEmail(`analytics.track('Invite Sent', { email });`, 'email', 'email', {
      options: [{ hasher }],
      output: `import { hashEmail } from '@/lib/hash';\nanalytics.track('Invite Sent', { email: hashEmail(email) });`,
    }),
    inviteEmail(`analytics.track('Invite Sent', { to: invite.email });`, 'to', 'invite.email', {
      options: [{ hasher }],
      output: `import { hashEmail } from '@/lib/hash';\nanalytics.track('Invite Sent', { to: hashEmail(invite.email) });`,
    }),
  ],
});

tsRuleTester.run('hash-invitee-email (invite events, TypeScript)', rule, {
  valid: [`analytics.track('Invite Sent', { email: currentUser!.email as string });`],
  invalid: [
    inviteEmail(`export function invited(invite: { email: string }): void {\n  analytics.track('Member Invited', { email: invite.email as string });\n}`, 'email', 'invite.email as string', {
      options: [{ hasher }],
      output: `import { hashEmail } from '@/lib/hash';\nexport function invited(invite: { email: string }): void {\n  analytics.track('Member Invited', { email: hashEmail(invite.email as string) });\n}`,
    }),
  ],
});

tsxRuleTester.run('hash-invitee-email (invite events, TSX)', rule, {
  valid: [{ code: `const I = ({ me }: Props) => <button onClick={() => posthog.capture('Invite Sent', { inviter: me.email })} />;`, filename: 'i.tsx' }],
  invalid: [
    inviteEmail(`const I = ({ email }: Props) => <button onClick={() => posthog.capture('Team Member Invited', { email })} />;`, 'email', 'email', { filename: 'i.tsx' }),
  ],
});
