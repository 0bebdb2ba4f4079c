import type { InvalidTestCase } from '@typescript-eslint/rule-tester';
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
  ],
  invalid: [
    plain(`analytics.track('Invite Sent', { invitee_email: 'ann@example.com' });`, `'ann@example.com'`),
    plain(`analytics.track('Invite Sent', { invitee_email: email });`, 'email'),
    plain(`analytics.track('Invite Sent', { invitee_email: user.email });`, 'user.email'),
    plain(`analytics.track('Invite Sent', { invitee_email: invite.email });`, 'invite.email'),
    plain('analytics.track(`Invite Sent`, { invitee_email: `${name}@example.com` });', '`${name}@example.com`'),
    plain(`analytics.track('Invite Sent', { invitee_email: normalize(email) });`, 'normalize(email)'),
    plain(`analytics.track('Invite Sent', { invitee_email: email.toLowerCase() });`, 'email.toLowerCase()'),
    plain(`analytics.track('Invite Sent', { invitee_email: ok ? sha256(email) : email });`, 'ok ? sha256(email) : email'),
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
    // Found by the fuzz test: a hasher declared at the top of a CommonJS module is used, not required again (which would not parse).
    {
      code: `const hashEmail = (value) => value;\nanalytics.track('Invite Sent', { invitee_email: email });`,
      languageOptions: { sourceType: 'commonjs' },
      options: [{ hasher }],
      output: `const hashEmail = (value) => value;\nanalytics.track('Invite Sent', { invitee_email: hashEmail(email) });`,
      errors: [{ messageId: 'plainEmail', line: 2, column: 49, endLine: 2, endColumn: 54 }],
    },
    {
      code: `function hashEmail(value) { return value; }\nanalytics.track('Invite Sent', { invitee_email: email });`,
      languageOptions: { sourceType: 'script' },
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
