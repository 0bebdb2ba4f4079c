import type { InvalidTestCase } from '@typescript-eslint/rule-tester';
import rule, { type MessageIds, type Options } from '../../src/rules/reset-after-sign-out.js';
import { at } from '../positions.js';
import { jsRuleTester, tsRuleTester, tsxRuleTester } from '../rule-tester.js';

type Invalid = InvalidTestCase<MessageIds, Options>;

/** A sign-out at `track` with no reset after it; `suggested` is the code after the suggestion, or null for none. */
function missing(code: string, track: string, reset: string, suggested: string | null): Invalid {
  return {
    code,
    errors: [
      {
        messageId: 'missingReset',
        data: { event: 'Signed Out', reset },
        ...at(code, track),
        suggestions: suggested === null ? [] : [{ messageId: 'addReset', data: { reset }, output: suggested }],
      },
    ],
  };
}

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
    // A reset later in the function counts inside callbacks too: they run after the event.
    `function signOut() {\n  analytics.track('Signed Out');\n  api.logout().then(() => analytics.reset());\n}`,
    `function signOut() { posthog.capture('Signed Out'); setTimeout(function () { posthog.reset(); }, 0); }`,
    `async function signOut() { window.analytics?.track('Signed Out'); await logout(); window.analytics?.reset(); }`,
    // Amplitude's functions imported on their own, or required (the suggestion's output for the require below).
    `import { track, reset } from '@amplitude/analytics-browser';\nfunction signOut() { track('Signed Out'); reset(); }`,
    `const { track, reset } = require('@amplitude/analytics-browser');\nfunction out() {\n  track('Signed Out');\n  reset();\n}`,
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
    // A reset in another function does not count. In a one-line body the reset goes on the same line, after the statement.
    {
      code: `function a() { window.analytics.track('User Signed Out'); }\nfunction b() { window.analytics.reset(); }`,
      errors: [
        {
          messageId: 'missingReset',
          line: 1,
          column: 16,
          endLine: 1,
          endColumn: 57,
          suggestions: [{ messageId: 'addReset', output: `function a() { window.analytics.track('User Signed Out'); window.analytics.reset(); }\nfunction b() { window.analytics.reset(); }` }],
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
    // An arrow's expression body becomes a block; the arrow then returns undefined, which the suggestion says, as its value may be used.
    {
      code: `const signOut = () => analytics.track('Signed Out');`,
      errors: [
        {
          messageId: 'missingReset',
          ...at(`const signOut = () => analytics.track('Signed Out');`, `analytics.track('Signed Out')`),
          suggestions: [{ messageId: 'addResetInBody', data: { reset: 'analytics.reset()' }, output: `const signOut = () => { analytics.track('Signed Out'); analytics.reset(); };` }],
        },
      ],
    },
    {
      code: `const signOut = () => (analytics.track('Signed Out'));`,
      errors: [
        {
          messageId: 'missingReset',
          ...at(`const signOut = () => (analytics.track('Signed Out'));`, `analytics.track('Signed Out')`),
          suggestions: [{ messageId: 'addResetInBody', output: `const signOut = () => { (analytics.track('Signed Out')); analytics.reset(); };` }],
        },
      ],
    },
    {
      code: `const signOut = async () => await analytics.track('Signed Out');`,
      errors: [
        {
          messageId: 'missingReset',
          ...at(`const signOut = async () => await analytics.track('Signed Out');`, `analytics.track('Signed Out')`),
          suggestions: [{ messageId: 'addResetInBody', output: `const signOut = async () => { await analytics.track('Signed Out'); analytics.reset(); };` }],
        },
      ],
    },
    // A DOM event handler ignores what it returns.
    missing(
      `button.addEventListener('click', () => analytics.track('Signed Out'));`,
      `analytics.track('Signed Out')`,
      'analytics.reset()',
      `button.addEventListener('click', () => { analytics.track('Signed Out'); analytics.reset(); });`,
    ),
    // A return keeps its value in a constant, and the reset runs before it returns.
    missing(
      `function f() { return analytics.track('Signed Out'); }`,
      `analytics.track('Signed Out')`,
      'analytics.reset()',
      `function f() { const result = analytics.track('Signed Out'); analytics.reset(); return result; }`,
    ),
    missing(
      `async function signOut() {\n  await api.logout();\n  return await analytics.track('Signed Out');\n}`,
      `analytics.track('Signed Out')`,
      'analytics.reset()',
      `async function signOut() {\n  await api.logout();\n  const result = await analytics.track('Signed Out');\n  analytics.reset();\n  return result;\n}`,
    ),
    missing(
      `function f(x) {\n  if (x) return analytics.track('Signed Out');\n  return null;\n}`,
      `analytics.track('Signed Out')`,
      'analytics.reset()',
      `function f(x) {\n  if (x) { const result = analytics.track('Signed Out'); analytics.reset(); return result; }\n  return null;\n}`,
    ),
    // A `//` comment before the semicolon keeps its line break (issue 18: it would swallow the rest of the line).
    missing(
      `function f(x) {\n  if (x) return analytics.track('Signed Out') // bye\n  ;\n  return null;\n}`,
      `analytics.track('Signed Out')`,
      'analytics.reset()',
      `function f(x) {\n  if (x) { const result = analytics.track('Signed Out') // bye\n; analytics.reset(); return result; }\n  return null;\n}`,
    ),
    // In a `case`, the constant gets braces of its own (a declaration straight in a case is the whole switch's).
    missing(
      `function f(kind) {\n  switch (kind) {\n    case 'out': return analytics.track('Signed Out');\n  }\n}`,
      `analytics.track('Signed Out')`,
      'analytics.reset()',
      `function f(kind) {\n  switch (kind) {\n    case 'out': { const result = analytics.track('Signed Out'); analytics.reset(); return result; }\n  }\n}`,
    ),
    // Lines added in a CRLF file end with CRLF.
    missing(
      `function signOut() {\r\n  analytics.track('Signed Out');\r\n}`,
      `analytics.track('Signed Out')`,
      'analytics.reset()',
      `function signOut() {\r\n  analytics.track('Signed Out');\r\n  analytics.reset();\r\n}`,
    ),
    missing(
      `function f() {\r\n  return analytics.track('Signed Out');\r\n}`,
      `analytics.track('Signed Out')`,
      'analytics.reset()',
      `function f() {\r\n  const result = analytics.track('Signed Out');\r\n  analytics.reset();\r\n  return result;\r\n}`,
    ),
    // A name in scope, or one the function reads from outside, is not taken.
    missing(
      `function f(result) {\n  return analytics.track('Signed Out');\n}`,
      `analytics.track('Signed Out')`,
      'analytics.reset()',
      `function f(result) {\n  const trackResult = analytics.track('Signed Out');\n  analytics.reset();\n  return trackResult;\n}`,
    ),
    missing(
      `function f() {\n  log(result);\n  return analytics.track('Signed Out');\n}`,
      `analytics.track('Signed Out')`,
      'analytics.reset()',
      `function f() {\n  log(result);\n  const trackResult = analytics.track('Signed Out');\n  analytics.reset();\n  return trackResult;\n}`,
    ),
    // Inside an expression or a condition it would run when the event is not sent: no suggestion.
    missing(`function f() { ok && analytics.track('Signed Out'); }`, `analytics.track('Signed Out')`, 'analytics.reset()', null),
    missing(`function f() { if (analytics.track('Signed Out')) done(); }`, `analytics.track('Signed Out')`, 'analytics.reset()', null),
    // The body of an if without braces: the reset goes in braces with it, so it runs only with the event.
    missing(
      `function f(x) {\n  if (x) analytics.track('Signed Out');\n  done();\n}`,
      `analytics.track('Signed Out')`,
      'analytics.reset()',
      `function f(x) {\n  if (x) { analytics.track('Signed Out'); analytics.reset(); }\n  done();\n}`,
    ),
    missing(
      `if (x) analytics.track('Signed Out')\ndone()`,
      `analytics.track('Signed Out')`,
      'analytics.reset()',
      `if (x) { analytics.track('Signed Out'); analytics.reset(); }\ndone()`,
    ),
    missing(
      `if (x) done(); else posthog.capture('Signed Out');`,
      `posthog.capture('Signed Out')`,
      'posthog.reset()',
      `if (x) done(); else { posthog.capture('Signed Out'); posthog.reset(); }`,
    ),
    // A declaration that keeps the call's result is a whole statement: the reset follows it.
    missing(
      `async function f() {\n  const sent = await analytics.track('Signed Out');\n  return sent;\n}`,
      `analytics.track('Signed Out')`,
      'analytics.reset()',
      `async function f() {\n  const sent = await analytics.track('Signed Out');\n  analytics.reset();\n  return sent;\n}`,
    ),
    // A function only defined after the event may never run; a callback before the event resets too early.
    missing(
      `function signOut() { analytics.track('Signed Out'); function later() { analytics.reset(); } }`,
      `analytics.track('Signed Out')`,
      'analytics.reset()',
      `function signOut() { analytics.track('Signed Out'); analytics.reset(); function later() { analytics.reset(); } }`,
    ),
    missing(
      `function signOut() {\n  api.logout().then(() => analytics.reset());\n  analytics.track('Signed Out');\n}`,
      `analytics.track('Signed Out')`,
      'analytics.reset()',
      `function signOut() {\n  api.logout().then(() => analytics.reset());\n  analytics.track('Signed Out');\n  analytics.reset();\n}`,
    ),
    // The client as written, optional chaining included.
    missing(`window.analytics?.track('Signed Out');`, `window.analytics?.track('Signed Out')`, 'window.analytics?.reset()', `window.analytics?.track('Signed Out');\nwindow.analytics?.reset();`),
    missing(`window['analytics'].track('Signed Out');`, `window['analytics'].track('Signed Out')`, "window['analytics'].reset()", `window['analytics'].track('Signed Out');\nwindow['analytics'].reset();`),
    missing(`analytics.track?.('Signed Out');`, `analytics.track?.('Signed Out')`, 'analytics.reset?.()', `analytics.track?.('Signed Out');\nanalytics.reset?.();`),
    // A client built by a call is not built again for the reset: no suggestion.
    missing(
      `import { AnalyticsBrowser } from '@segment/analytics-next';\nAnalyticsBrowser.load({ writeKey }).track('Signed Out');`,
      `AnalyticsBrowser.load({ writeKey }).track('Signed Out')`,
      'reset()',
      null,
    ),
    // Amplitude's reset imported on its own: called by its local name; not imported, no suggestion.
    missing(
      `import { track, reset } from '@amplitude/analytics-browser';\nfunction signOut() {\n  track('Signed Out');\n}`,
      `track('Signed Out')`,
      'reset()',
      `import { track, reset } from '@amplitude/analytics-browser';\nfunction signOut() {\n  track('Signed Out');\n  reset();\n}`,
    ),
    missing(
      `import { track as amplitudeTrack, reset as resetAmplitude } from '@amplitude/analytics-browser';\namplitudeTrack('Signed Out');`,
      `amplitudeTrack('Signed Out')`,
      'resetAmplitude()',
      `import { track as amplitudeTrack, reset as resetAmplitude } from '@amplitude/analytics-browser';\namplitudeTrack('Signed Out');\nresetAmplitude();`,
    ),
    missing(`import { track } from '@amplitude/analytics-browser';\ntrack('Signed Out');`, `track('Signed Out')`, 'reset()', null),
    // Required on its own, as imported.
    missing(
      `const { track, reset } = require('@amplitude/analytics-browser');\nfunction out() {\n  track('Signed Out');\n}`,
      `track('Signed Out')`,
      'reset()',
      `const { track, reset } = require('@amplitude/analytics-browser');\nfunction out() {\n  track('Signed Out');\n  reset();\n}`,
    ),
    missing(
      `const { track: send, reset: forget } = require('@amplitude/analytics-browser');\nsend('Signed Out');`,
      `send('Signed Out')`,
      'forget()',
      `const { track: send, reset: forget } = require('@amplitude/analytics-browser');\nsend('Signed Out');\nforget();`,
    ),
    // A \`reset\` that is not the SDK's where the call is (a parameter, a local): calling it would not reset the SDK, so no suggestion.
    missing(`import { track, reset } from '@amplitude/analytics-browser';\nfunction out(reset) {\n  track('Signed Out');\n}`, `track('Signed Out')`, 'reset()', null),
    missing(`const { track, reset } = require('@amplitude/analytics-browser');\nfunction out(reset) { track('Signed Out'); }`, `track('Signed Out')`, 'reset()', null),
    missing(
      `import { track, reset } from '@amplitude/analytics-browser';\nfunction out() {\n  const reset = () => {};\n  track('Signed Out');\n}`,
      `track('Signed Out')`,
      'reset()',
      null,
    ),
    // The reset goes after a comment that ends the statement's line, so the comment stays with the event.
    missing(
      `function signOut() {\n  analytics.track('Signed Out'); // bye\n  router.push('/');\n}`,
      `analytics.track('Signed Out')`,
      'analytics.reset()',
      `function signOut() {\n  analytics.track('Signed Out'); // bye\n  analytics.reset();\n  router.push('/');\n}`,
    ),
    missing(
      `analytics.track('Signed Out'); /* bye */ // really\ndone();`,
      `analytics.track('Signed Out')`,
      'analytics.reset()',
      `analytics.track('Signed Out'); /* bye */ // really\nanalytics.reset();\ndone();`,
    ),
    // Code without semicolons, whose next line starts with one: the reset goes before it, in that style.
    missing(
      `function signOut() {\n  analytics.track('Signed Out')\n  ;[1].forEach(f)\n}`,
      `analytics.track('Signed Out')`,
      'analytics.reset()',
      `function signOut() {\n  analytics.track('Signed Out')\n  analytics.reset()\n  ;[1].forEach(f)\n}`,
    ),
    missing(
      `if (x) analytics.track('Signed Out')\n;[1].forEach(f)`,
      `analytics.track('Signed Out')`,
      'analytics.reset()',
      `if (x) { analytics.track('Signed Out'); analytics.reset(); }\n;[1].forEach(f)`,
    ),
    // Found by the long fuzz run (issue 18, seed 1890): before an `else`, the semicolon on the next line ends the `if`'s
    // body; it goes into the braces with it, or the `else` would lose its `if`.
    missing(
      `class Session {\n  out() {\n    if (user) this.posthog.capture('Signed Out')// line\n; else segment.track('Other', {});\n  }\n}`,
      `this.posthog.capture('Signed Out')`,
      'this.posthog.reset()',
      `class Session {\n  out() {\n    if (user) { this.posthog.capture('Signed Out')// line\n; this.posthog.reset(); } else segment.track('Other', {});\n  }\n}`,
    ),
    missing(
      `if (x) analytics.track('Signed Out')\n; else done();`,
      `analytics.track('Signed Out')`,
      'analytics.reset()',
      `if (x) { analytics.track('Signed Out')\n; analytics.reset(); } else done();`,
    ),
    // A statement that shares its line: the reset follows it on that line.
    missing(
      `switch (action) {\n  case 'out': analytics.track('Signed Out');\n    break;\n}`,
      `analytics.track('Signed Out')`,
      'analytics.reset()',
      `switch (action) {\n  case 'out': analytics.track('Signed Out'); analytics.reset();\n    break;\n}`,
    ),
    missing(
      `switch (action) {\n  case 'out': analytics.track('Signed Out'); // bye\n}`,
      `analytics.track('Signed Out')`,
      'analytics.reset()',
      `switch (action) {\n  case 'out': analytics.track('Signed Out'); analytics.reset(); // bye\n}`,
    ),
    missing(
      `function signOut() {\n  analytics.track('Signed Out'); router.push('/');\n}`,
      `analytics.track('Signed Out')`,
      'analytics.reset()',
      `function signOut() {\n  analytics.track('Signed Out'); analytics.reset(); router.push('/');\n}`,
    ),
    missing(`function signOut() { analytics.track('Signed Out') }`, `analytics.track('Signed Out')`, 'analytics.reset()', `function signOut() { analytics.track('Signed Out'); analytics.reset(); }`),
    // A parenthesised client keeps its parentheses.
    missing(`(analytics).track('Signed Out');`, `(analytics).track('Signed Out')`, '(analytics).reset()', `(analytics).track('Signed Out');\n(analytics).reset();`),
    // Wrappers: suggested only when a reset wrapper is configured.
    {
      code: `function signOut() { trackEvent('Signed Out'); }`,
      settings: { 'b2b-tracking': { callees: { track: ['trackEvent'], reset: ['resetAnalytics'] } } },
      errors: [
        {
          messageId: 'missingReset',
          ...at(`function signOut() { trackEvent('Signed Out'); }`, `trackEvent('Signed Out')`),
          suggestions: [{ messageId: 'addReset', output: `function signOut() { trackEvent('Signed Out'); resetAnalytics(); }` }],
        },
      ],
    },
    {
      code: `function signOut() { trackEvent('Signed Out'); }`,
      settings: { 'b2b-tracking': { callees: { track: ['trackEvent'] } } },
      errors: [{ messageId: 'missingWrapperReset', ...at(`function signOut() { trackEvent('Signed Out'); }`, `trackEvent('Signed Out')`), suggestions: [] }],
    },
  ],
});

tsRuleTester.run('reset-after-sign-out (TypeScript)', rule, {
  valid: [`async function signOut(): Promise<void> {\n  posthog!.capture('Signed Out' as const);\n  posthog!.reset();\n}`],
  invalid: [
    missing(
      `function signOut(): void {\n  if (session) (window.analytics as Analytics).track('Signed Out');\n}`,
      `(window.analytics as Analytics).track('Signed Out')`,
      '(window.analytics as Analytics).reset()',
      `function signOut(): void {\n  if (session) { (window.analytics as Analytics).track('Signed Out'); (window.analytics as Analytics).reset(); }\n}`,
    ),
    missing(
      `const signOut = (): Promise<void> => { return analytics.track('Signed Out') as Promise<void>; };`,
      `analytics.track('Signed Out')`,
      'analytics.reset()',
      `const signOut = (): Promise<void> => { const result = analytics.track('Signed Out') as Promise<void>; analytics.reset(); return result; };`,
    ),
    // Declared to return void: its value cannot matter.
    missing(
      `const signOut = (): void => analytics.track('Signed Out');`,
      `analytics.track('Signed Out')`,
      'analytics.reset()',
      `const signOut = (): void => { analytics.track('Signed Out'); analytics.reset(); };`,
    ),
    // Declared to return something else: a block body without a return would not compile.
    missing(`const signOut = (): Promise<Context> => analytics.track('Signed Out');`, `analytics.track('Signed Out')`, 'analytics.reset()', null),
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
    // Without a semicolon the statement gets one before its comment; the reset goes after the comment.
    missing(
      `async function signOut() {\n  await (window as any).analytics.track('Signed Out') // bye\n}`,
      `(window as any).analytics.track('Signed Out')`,
      '(window as any).analytics.reset()',
      `async function signOut() {\n  await (window as any).analytics.track('Signed Out'); // bye\n  (window as any).analytics.reset();\n}`,
    ),
    missing(
      `function signOut() {\n  (window as any).analytics.track('Signed Out')\n  ;[1].forEach(f)\n}`,
      `(window as any).analytics.track('Signed Out')`,
      '(window as any).analytics.reset()',
      `function signOut() {\n  (window as any).analytics.track('Signed Out')\n  ;(window as any).analytics.reset()\n  ;[1].forEach(f)\n}`,
    ),
    missing(
      `class Session {\n  posthog = new PostHog('k');\n  out(): void {\n    this.posthog!.capture('Signed Out');\n  }\n}`,
      `this.posthog!.capture('Signed Out')`,
      'this.posthog!.reset()',
      `class Session {\n  posthog = new PostHog('k');\n  out(): void {\n    this.posthog!.capture('Signed Out');\n    this.posthog!.reset();\n  }\n}`,
    ),
    // Found by the fuzz test: without a semicolon, a reset that starts with `(` would call what the statement ends with.
    {
      code: `async function signOut() {\n  await (window as any).analytics.track('Signed Out')\n}`,
      errors: [
        {
          messageId: 'missingReset',
          line: 2,
          column: 9,
          endLine: 2,
          endColumn: 54,
          suggestions: [{ messageId: 'addReset', output: `async function signOut() {\n  await (window as any).analytics.track('Signed Out');\n  (window as any).analytics.reset();\n}` }],
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
          suggestions: [{ messageId: 'addReset', output: `const Menu = () => <Item onClick={() => { posthog.capture('Signed Out'); posthog.reset(); logout(); }} />;` }],
        },
      ],
    },
    // A DOM element's handler ignores what it returns.
    {
      code: `const Menu = () => <button onClick={() => posthog.capture('Signed Out')}>Sign out</button>;`,
      filename: 'menu.tsx',
      errors: [
        {
          messageId: 'missingReset',
          ...at(`const Menu = () => <button onClick={() => posthog.capture('Signed Out')}>Sign out</button>;`, `posthog.capture('Signed Out')`),
          suggestions: [{ messageId: 'addReset', output: `const Menu = () => <button onClick={() => { posthog.capture('Signed Out'); posthog.reset(); }}>Sign out</button>;` }],
        },
      ],
    },
    // A component's may use it.
    {
      code: `const Menu = () => <MenuItem onSelect={() => posthog.capture('Signed Out')} />;`,
      filename: 'menu.tsx',
      errors: [
        {
          messageId: 'missingReset',
          ...at(`const Menu = () => <MenuItem onSelect={() => posthog.capture('Signed Out')} />;`, `posthog.capture('Signed Out')`),
          suggestions: [{ messageId: 'addResetInBody', output: `const Menu = () => <MenuItem onSelect={() => { posthog.capture('Signed Out'); posthog.reset(); }} />;` }],
        },
      ],
    },
  ],
});

/** A sign-out button, a menu item and an account menu calling the team's hook, as React components in a `.jsx` file. */
const signOutButton = (handler: string) => `const SignOutButton = () => <button onClick={${handler}}>Sign out</button>;`;
const accountMenu = `function AccountMenu({ logout }) {
  return (
    <Menu>
      <MenuItem onSelect={() => { posthog.capture('Signed Out'); logout(); }}>Sign out</MenuItem>
    </Menu>
  );
}`;
const hookMenu = (handler: string) => `function UserMenu({ logout }) {
  const { track, reset } = useAnalytics();
  return <MenuItem onSelect={${handler}}>Sign out</MenuItem>;
}`;
const hooks = { 'b2b-tracking': { callees: { track: ['useAnalytics().track'], reset: ['useAnalytics().reset'] } } };

jsRuleTester.run('reset-after-sign-out (JSX)', rule, {
  valid: [
    { code: signOutButton(`() => { analytics.track('Signed Out'); analytics.reset(); }`), filename: 'sign-out-button.jsx' },
    { code: hookMenu(`async () => { track('Signed Out'); await logout(); reset(); }`), filename: 'user-menu.jsx', settings: hooks },
  ],
  invalid: [
    // A DOM element's handler ignores what it returns: the suggestion gives the arrow a block body.
    {
      code: signOutButton(`() => analytics.track('Signed Out')`),
      filename: 'sign-out-button.jsx',
      output: null,
      errors: [
        {
          messageId: 'missingReset',
          data: { event: 'Signed Out', reset: 'analytics.reset()' },
          ...at(signOutButton(`() => analytics.track('Signed Out')`), `analytics.track('Signed Out')`),
          suggestions: [{ messageId: 'addReset', output: signOutButton(`() => { analytics.track('Signed Out'); analytics.reset(); }`) }],
        },
      ],
    },
    {
      code: accountMenu,
      filename: 'account-menu.jsx',
      output: null,
      errors: [
        {
          messageId: 'missingReset',
          data: { event: 'Signed Out', reset: 'posthog.reset()' },
          ...at(accountMenu, `posthog.capture('Signed Out')`),
          suggestions: [{ messageId: 'addReset', output: accountMenu.replace(`posthog.capture('Signed Out');`, `posthog.capture('Signed Out'); posthog.reset();`) }],
        },
      ],
    },
    // A hook's track and no reset wrapper configured: nothing to suggest.
    {
      code: `function UserMenu({ logout }) {\n  const { track } = useAnalytics();\n  return <MenuItem onSelect={() => { track('Signed Out'); logout(); }}>Sign out</MenuItem>;\n}`,
      filename: 'user-menu.jsx',
      settings: { 'b2b-tracking': { callees: { track: ['useAnalytics().track'] } } },
      output: null,
      errors: [{ messageId: 'missingWrapperReset', data: { event: 'Signed Out' }, line: 3, column: 38, endLine: 3, endColumn: 57, suggestions: [] }],
    },
    // The hook's result kept whole, or its reset under another name: called as the component holds it.
    {
      code: `function UserMenu() {\n  const analytics = useAnalytics();\n  return <MenuItem onSelect={() => { analytics.track('Signed Out'); }}>Sign out</MenuItem>;\n}`,
      filename: 'user-menu.jsx',
      settings: { 'b2b-tracking': { callees: { track: ['useAnalytics().track'], reset: ['useAnalytics().reset'] } } },
      output: null,
      errors: [
        {
          messageId: 'missingReset',
          data: { event: 'Signed Out', reset: 'analytics.reset()' },
          line: 3,
          column: 38,
          endLine: 3,
          endColumn: 67,
          suggestions: [
            {
              messageId: 'addReset',
              output: `function UserMenu() {\n  const analytics = useAnalytics();\n  return <MenuItem onSelect={() => { analytics.track('Signed Out'); analytics.reset(); }}>Sign out</MenuItem>;\n}`,
            },
          ],
        },
      ],
    },
    {
      code: `function UserMenu() {\n  const { track, reset: clear } = useAnalytics();\n  return <MenuItem onSelect={() => { track('Signed Out'); }}>Sign out</MenuItem>;\n}`,
      filename: 'user-menu.jsx',
      settings: { 'b2b-tracking': { callees: { track: ['useAnalytics().track'], reset: ['useAnalytics().reset'] } } },
      output: null,
      errors: [
        {
          messageId: 'missingReset',
          data: { event: 'Signed Out', reset: 'clear()' },
          line: 3,
          column: 38,
          endLine: 3,
          endColumn: 57,
          suggestions: [
            {
              messageId: 'addReset',
              output: `function UserMenu() {\n  const { track, reset: clear } = useAnalytics();\n  return <MenuItem onSelect={() => { track('Signed Out'); clear(); }}>Sign out</MenuItem>;\n}`,
            },
          ],
        },
      ],
    },
    // A `reset` in an inner scope that is something else hides the hook's: nothing to suggest.
    {
      code: `function UserMenu() {\n  const { track, reset } = useAnalytics();\n  return <MenuItem onSelect={(reset) => { track('Signed Out'); }}>Sign out</MenuItem>;\n}`,
      filename: 'user-menu.jsx',
      settings: { 'b2b-tracking': { callees: { track: ['useAnalytics().track'], reset: ['useAnalytics().reset'] } } },
      output: null,
      errors: [{ messageId: 'missingWrapperReset', data: { event: 'Signed Out' }, line: 3, column: 43, endLine: 3, endColumn: 62, suggestions: [] }],
    },
    // The hook's own reset, which the component already holds: the docs promise "your reset wrapper when one is configured".
    {
      code: hookMenu(`() => { track('Signed Out'); logout(); }`),
      filename: 'user-menu.jsx',
      settings: hooks,
      output: null,
      errors: [
        {
          messageId: 'missingReset',
          ...at(hookMenu(`() => { track('Signed Out'); logout(); }`), `track('Signed Out')`),
          suggestions: [{ messageId: 'addReset', output: hookMenu(`() => { track('Signed Out'); reset(); logout(); }`) }],
        },
      ],
    },
  ],
});
