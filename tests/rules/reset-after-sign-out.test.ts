import rule from '../../src/rules/reset-after-sign-out.js';
import { at } from '../positions.js';
import { jsRuleTester, tsRuleTester, tsxRuleTester } from '../rule-tester.js';

jsRuleTester.run('reset-after-sign-out (JavaScript)', rule, {
  valid: [
    `function signOut() {\n  analytics.track('Signed Out');\n  analytics.reset();\n}`,
    `async function signOut() {\n  posthog.capture('Signed Out');\n  await api.logout();\n  posthog.reset();\n}`,
    `function signOut() { amplitude.track('signed_out'); amplitude.reset(); }`,
    `function signOut() { mixpanel.track('User Signed Out'); mixpanel.reset(); }`,
    { code: `function signOut() { analytics.track('user.signed_out'); analytics.reset(); }`, settings: { 'b2b-tracking': { plan: 'dotted' } } },
    // Server SDKs have no reset.
    `analytics.track({ userId, event: 'Signed Out' });`,
    `import { PostHog } from 'posthog-node';\nconst client = new PostHog('k');\nclient.capture({ distinctId, event: 'Signed Out' });`,
    // Other events, and Accoil (no reset).
    `analytics.track('Signed In');`,
    `accoil.track('Signed_Out');`,
    // A team's reset wrapper.
    {
      code: `function signOut() { trackEvent('Signed Out'); resetAnalytics(); }`,
      settings: { 'b2b-tracking': { callees: { track: ['trackEvent'], reset: ['resetAnalytics'] } } },
    },
  ],
  invalid: [
    {
      code: `function signOut() {\n  analytics.track('Signed Out');\n  router.push('/');\n}`,
      errors: [
        {
          messageId: 'missingReset',
          data: { event: 'Signed Out', reset: 'analytics.reset()' },
          line: 2,
          column: 3,
          endLine: 2,
          endColumn: 32,
          suggestions: [
            { messageId: 'addReset', output: `function signOut() {\n  analytics.track('Signed Out');\n  analytics.reset();\n  router.push('/');\n}` },
          ],
        },
      ],
    },
    // A reset before the event does not count.
    {
      code: `function signOut() {\n\tposthog.reset();\n\tposthog.capture('signed_out');\n}`,
      errors: [
        {
          messageId: 'missingReset',
          line: 3,
          column: 2,
          endLine: 3,
          endColumn: 31,
          suggestions: [{ messageId: 'addReset', output: `function signOut() {\n\tposthog.reset();\n\tposthog.capture('signed_out');\n\tposthog.reset();\n}` }],
        },
      ],
    },
    // A reset in another function does not count.
    {
      code: `function a() { window.analytics.track('User Signed Out'); }\nfunction b() { window.analytics.reset(); }`,
      errors: [
        {
          messageId: 'missingReset',
          line: 1,
          column: 16,
          endLine: 1,
          endColumn: 57,
          suggestions: [{ messageId: 'addReset', output: `function a() { window.analytics.track('User Signed Out');\nwindow.analytics.reset(); }\nfunction b() { window.analytics.reset(); }` }],
        },
      ],
    },
    // Another SDK's reset does not reset this one.
    {
      code: `amplitude.track('Signed Out');\nposthog.reset();`,
      errors: [
        {
          messageId: 'missingReset',
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: 30,
          suggestions: [{ messageId: 'addReset', output: `amplitude.track('Signed Out');\namplitude.reset();\nposthog.reset();` }],
        },
      ],
    },
    {
      code: `mixpanel.track('user.signed_out');`,
      settings: { 'b2b-tracking': { plan: 'dotted' } },
      errors: [{ messageId: 'missingReset', line: 1, column: 1, endLine: 1, endColumn: 34, suggestions: [{ messageId: 'addReset', output: `mixpanel.track('user.signed_out');\nmixpanel.reset();` }] }],
    },
    // A synonym still signs out.
    {
      code: `rudderanalytics.track('Logged Out');`,
      errors: [{ messageId: 'missingReset', line: 1, column: 1, endLine: 1, endColumn: 36, suggestions: [{ messageId: 'addReset', output: `rudderanalytics.track('Logged Out');\nrudderanalytics.reset();` }] }],
    },
    // An arrow function body has no statement to follow: no suggestion.
    {
      code: `const signOut = () => analytics.track('Signed Out');`,
      errors: [{ messageId: 'missingReset', ...at(`const signOut = () => analytics.track('Signed Out');`, `analytics.track('Signed Out')`), suggestions: [] }],
    },
    // Wrappers: suggested only when a reset wrapper is configured.
    {
      code: `function signOut() { trackEvent('Signed Out'); }`,
      settings: { 'b2b-tracking': { callees: { track: ['trackEvent'], reset: ['resetAnalytics'] } } },
      errors: [
        {
          messageId: 'missingReset',
          ...at(`function signOut() { trackEvent('Signed Out'); }`, `trackEvent('Signed Out')`),
          suggestions: [{ messageId: 'addReset', output: `function signOut() { trackEvent('Signed Out');\nresetAnalytics(); }` }],
        },
      ],
    },
    {
      code: `function signOut() { trackEvent('Signed Out'); }`,
      settings: { 'b2b-tracking': { callees: { track: ['trackEvent'] } } },
      errors: [{ messageId: 'missingReset', ...at(`function signOut() { trackEvent('Signed Out'); }`, `trackEvent('Signed Out')`), suggestions: [] }],
    },
  ],
});

tsRuleTester.run('reset-after-sign-out (TypeScript)', rule, {
  valid: [`async function signOut(): Promise<void> {\n  posthog!.capture('Signed Out' as const);\n  posthog!.reset();\n}`],
  invalid: [
    {
      code: `export async function signOut(): Promise<void> {\n  await analytics.track('Signed Out');\n}`,
      errors: [
        {
          messageId: 'missingReset',
          line: 2,
          column: 9,
          endLine: 2,
          endColumn: 38,
          suggestions: [{ messageId: 'addReset', output: `export async function signOut(): Promise<void> {\n  await analytics.track('Signed Out');\n  analytics.reset();\n}` }],
        },
      ],
    },
  ],
});

tsxRuleTester.run('reset-after-sign-out (TSX)', rule, {
  valid: [],
  invalid: [
    {
      code: `const Menu = () => <Item onClick={() => { posthog.capture('Signed Out'); logout(); }} />;`,
      filename: 'menu.tsx',
      errors: [
        {
          messageId: 'missingReset',
          ...at(`const Menu = () => <Item onClick={() => { posthog.capture('Signed Out'); logout(); }} />;`, `posthog.capture('Signed Out')`),
          suggestions: [{ messageId: 'addReset', output: `const Menu = () => <Item onClick={() => { posthog.capture('Signed Out');\nposthog.reset(); logout(); }} />;` }],
        },
      ],
    },
  ],
});
