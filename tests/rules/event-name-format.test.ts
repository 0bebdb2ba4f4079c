import type { InvalidTestCase } from '@typescript-eslint/rule-tester';
import rule, { type MessageIds, type Options } from '../../src/rules/event-name-format.js';
import { at } from '../positions.js';
import { jsRuleTester, tsRuleTester, tsxRuleTester, vueRuleTester } from '../rule-tester.js';

type Invalid = InvalidTestCase<MessageIds, Options>;
const sticky = { stickyGroups: true };

/** One report at `text` in `code`, with its autofix output (or null) and its suggested rewrite of the code (or null). */
function named(
  code: string,
  text: string,
  messageId: MessageIds,
  { output = null, suggestion = null, settings = {}, options }: { output?: string | null; suggestion?: string | null; settings?: Record<string, unknown>; options?: Options } = {},
): Invalid {
  return {
    code,
    output,
    settings: { 'b2b-tracking': { ...sticky, ...settings } },
    ...(options ? { options } : {}),
    errors: [
      {
        messageId,
        ...at(code, text),
        suggestions:
          suggestion === null
            ? []
            : [{ messageId: 'useName', output: suggestion }],
      },
    ],
  };
}

jsRuleTester.run('event-name-format (JavaScript)', rule, {
  valid: [
    // Title Case object-action, plan events, irregular past forms, particles, multi-word objects.
    `analytics.track('Report Exported', {}, { context: { groupId } });`,
    `analytics.track('Signed Up');`,
    `analytics.track('User Signed Up');`,
    `analytics.track('Invite Sent');`,
    `analytics.track('Payment Method Set');`,
    `analytics.track('Sync Began');`,
    `analytics.track('Billing Plan Upgraded');`,
    `analytics.track('API Key Created');`,
    `analytics.track('Product Added to Cart');`,
    `analytics.track('User Opted Out');`,
    // PostHog's own events are never checked.
    `posthog.capture('$pageview');`,
    `posthog.capture('$autocapture');`,
    // Names that cannot be known are left alone.
    `analytics.track(eventName);`,
    `analytics.track(EVENTS[key]);`,
    `import { EVENT } from './events'; analytics.track(EVENT);`,
    // Not tracking calls.
    `router.track('go home');`,
    `chart.track('');`,
    // Styles from the settings or the plan.
    { code: `analytics.track('account_created');`, settings: { 'b2b-tracking': { naming: 'snake_case' } } },
    { code: `analytics.track('user.signed_up');`, settings: { 'b2b-tracking': { plan: 'dotted' } } },
    { code: `analytics.track('report.exported');`, settings: { 'b2b-tracking': { plan: 'dotted' } } },
    { code: `analytics.track('user.invited');`, settings: { 'b2b-tracking': { plan: 'dotted' } } },
    { code: `accoil.track('Report_Created');`, settings: { 'b2b-tracking': { naming: 'Object_Action' } } },
    { code: `analytics.track('reportExported');`, settings: { 'b2b-tracking': { naming: 'camelCase' } } },
    // Options.
    { code: `analytics.track('Create Account Draft');`, options: [{ allowVerbFirst: true }] },
    { code: `analytics.track('Feature Sunset');`, options: [{ pastTenseVerbs: ['sunset'] }] },
    { code: `analytics.track('legacy_event');`, options: [{ allowedNames: ['legacy_event'] }] },
    { code: `analytics.track('App: Document Uploaded');`, options: [{ affixes: ['[A-Za-z]+: '] }] },
    { code: `analytics.track('Tenant Created - [Dashboard]');`, options: [{ affixes: [' - \\[\\w+\\]'] }] },
  ],
  invalid: [
    // Casing and separators: autofix, words unchanged.
    named(`analytics.track('account created');`, `'account created'`, 'wrongStyle', { output: `analytics.track('Account Created');` }),
    named(`analytics.track('accountCreated');`, `'accountCreated'`, 'wrongStyle', { output: `analytics.track('Account Created');` }),
    named(`analytics.track("report_exported");`, `"report_exported"`, 'wrongStyle', { output: `analytics.track("Report Exported");` }),
    named(`analytics.track(\`report-exported\`);`, '`report-exported`', 'wrongStyle', { output: `analytics.track(\`Report Exported\`);` }),
    named(`analytics.track('Account Created');`, `'Account Created'`, 'wrongStyle', { output: `analytics.track('account_created');`, settings: { naming: 'snake_case' } }),
    named(`analytics.track('user_signed_up');`, `'user_signed_up'`, 'wrongStyle', { output: `analytics.track('user.signed_up');`, settings: { plan: 'dotted' } }),
    named(`accoil.track('report created');`, `'report created'`, 'wrongStyle', { output: `accoil.track('Report_Created');`, settings: { naming: 'Object_Action' } }),
    named(`analytics.track('Report Exported');`, `'Report Exported'`, 'wrongStyle', { output: `analytics.track('reportExported');`, settings: { naming: 'camelCase' } }),
    // Plan events are exempt from object-first, not from the style.
    named(`analytics.track('signed_up');`, `'signed_up'`, 'wrongStyle', { output: `analytics.track('Signed Up');` }),
    // Verb first, or not past tense: a suggestion with the corrected name.
    named(`analytics.track('Export Report');`, `'Export Report'`, 'verbFirst', { suggestion: `analytics.track('Report Exported');` }),
    named(`analytics.track('Click Button');`, `'Click Button'`, 'verbFirst', { suggestion: `analytics.track('Button Clicked');` }),
    named(`analytics.track('Creating Dashboard');`, `'Creating Dashboard'`, 'verbFirst', { suggestion: `analytics.track('Dashboard Created');` }),
    named(`analytics.track('Report Export');`, `'Report Export'`, 'notPastTense', { suggestion: `analytics.track('Report Exported');` }),
    named(`analytics.track('Workspace Create');`, `'Workspace Create'`, 'notPastTense', { suggestion: `analytics.track('Workspace Created');` }),
    named(`analytics.track('Invite Send');`, `'Invite Send'`, 'notPastTense', { suggestion: `analytics.track('Invite Sent');` }),
    named(`analytics.track('report.export');`, `'report.export'`, 'notPastTense', { suggestion: `analytics.track('report.exported');`, settings: { plan: 'dotted' } }),
    named(`analytics.track('Dashboard');`, `'Dashboard'`, 'noAction'),
    // Synonyms of plan events: a suggestion with the plan's name, in the active style.
    named(`analytics.track('Signup');`, `'Signup'`, 'synonym', { suggestion: `analytics.track('Signed Up');` }),
    named(`analytics.track('User Registered');`, `'User Registered'`, 'synonym', { suggestion: `analytics.track('Signed Up');` }),
    named(`analytics.track('Login');`, `'Login'`, 'synonym', { suggestion: `analytics.track('Signed In');` }),
    named(`analytics.track('Logged In');`, `'Logged In'`, 'synonym', { suggestion: `analytics.track('Signed In');` }),
    named(`analytics.track('Logout');`, `'Logout'`, 'synonym', { suggestion: `analytics.track('Signed Out');` }),
    named(`analytics.track('Invited User');`, `'Invited User'`, 'synonym', { suggestion: `analytics.track('Invite Sent');` }),
    named(`analytics.track('Trial Start');`, `'Trial Start'`, 'synonym', { suggestion: `analytics.track('Trial Started');` }),
    named(`analytics.track('login');`, `'login'`, 'synonym', { suggestion: `analytics.track('user.signed_in');`, settings: { plan: 'dotted' } }),
    named(`analytics.track('signup');`, `'signup'`, 'synonym', { suggestion: `analytics.track('signed_up');`, settings: { naming: 'snake_case' } }),
    // Empty and run-time names.
    named(`analytics.track('');`, `''`, 'emptyName'),
    named(`analytics.track(\`Report \${format} Exported\`);`, '`Report ${format} Exported`', 'dynamicName'),
    named(`analytics.track('Report ' + action);`, `'Report ' + action`, 'dynamicName'),
    // Affixes are kept by fixes.
    named(`analytics.track('App: document uploaded');`, `'App: document uploaded'`, 'wrongStyle', {
      output: `analytics.track('App: Document Uploaded');`,
      options: [{ affixes: ['[A-Za-z]+: '] }],
    }),
    named(`analytics.track('Create Tenant - [Dashboard]');`, `'Create Tenant - [Dashboard]'`, 'verbFirst', {
      suggestion: `analytics.track('Tenant Created - [Dashboard]');`,
      options: [{ affixes: [' - \\[\\w+\\]'] }],
    }),
    // Quotes inside the literal stay escaped.
    named(`analytics.track('customer\\'s report_exported');`, `'customer\\'s report_exported'`, 'wrongStyle', {
      output: `analytics.track('Customers Report Exported');`,
    }),
    // Every SDK form.
    named(`analytics.track({ userId, event: 'report exported' });`, `'report exported'`, 'wrongStyle', { output: `analytics.track({ userId, event: 'Report Exported' });` }),
    named(`rudderanalytics.track('report exported');`, `'report exported'`, 'wrongStyle', { output: `rudderanalytics.track('Report Exported');` }),
    named(`amplitude.track('report exported');`, `'report exported'`, 'wrongStyle', { output: `amplitude.track('Report Exported');` }),
    named(`amplitude.track({ event_type: 'report exported' });`, `'report exported'`, 'wrongStyle', { output: `amplitude.track({ event_type: 'Report Exported' });` }),
    named(`mixpanel.track('report exported', {});`, `'report exported'`, 'wrongStyle', { output: `mixpanel.track('Report Exported', {});` }),
    named(`mixpanel.track_with_groups('report exported', {}, {});`, `'report exported'`, 'wrongStyle', { output: `mixpanel.track_with_groups('Report Exported', {}, {});` }),
    named(`posthog.capture('report exported');`, `'report exported'`, 'wrongStyle', { output: `posthog.capture('Report Exported');` }),
    named(`posthog.capture({ distinctId, event: 'report exported' });`, `'report exported'`, 'wrongStyle', { output: `posthog.capture({ distinctId, event: 'Report Exported' });` }),
    named(`accoil.track('Report Export');`, `'Report Export'`, 'notPastTense', { suggestion: `accoil.track('Report Exported');` }),
    named(`capturePostHogEvent(client, 'report exported', {});`, `'report exported'`, 'wrongStyle', {
      output: `capturePostHogEvent(client, 'Report Exported', {});`,
      settings: { callees: { track: [{ callee: 'capturePostHogEvent', event: '1', properties: '2' }] } },
    }),
    named(`captureSuccess({ eventName: 'report exported', payload: {} });`, `'report exported'`, 'wrongStyle', {
      output: `captureSuccess({ eventName: 'Report Exported', payload: {} });`,
      settings: { callees: { track: [{ callee: 'captureSuccess', event: '0.eventName', properties: '0.payload' }] } },
    }),
    // Each branch of a conditional name.
    named(`analytics.track(ok ? 'Report Exported' : 'export failed');`, `'export failed'`, 'wrongStyle', {
      output: `analytics.track(ok ? 'Report Exported' : 'Export Failed');`,
    }),
    named(`analytics.track(name ?? 'Export Report');`, `'Export Report'`, 'verbFirst', { suggestion: `analytics.track(name ?? 'Report Exported');` }),
    // Through a const: reported at the call, fixed at the literal.
    {
      code: `const EVENTS = { exported: 'report exported' };\nanalytics.track(EVENTS.exported);`,
      output: `const EVENTS = { exported: 'Report Exported' };\nanalytics.track(EVENTS.exported);`,
      settings: { 'b2b-tracking': sticky },
      errors: [{ messageId: 'wrongStyle', line: 2, column: 17, endLine: 2, endColumn: 32 }],
    },
    {
      code: `const NAME = 'Export Report';\nanalytics.track(NAME);`,
      settings: { 'b2b-tracking': sticky },
      errors: [
        {
          messageId: 'verbFirst',
          line: 2,
          column: 17,
          endLine: 2,
          endColumn: 21,
          suggestions: [{ messageId: 'useName', output: `const NAME = 'Report Exported';\nanalytics.track(NAME);` }],
        },
      ],
    },
    // Wrong style and verb-first at once: the casing is fixed, the order suggested.
    {
      code: `analytics.track('create workspace');`,
      output: `analytics.track('Create Workspace');`,
      settings: { 'b2b-tracking': sticky },
      errors: [
        { messageId: 'wrongStyle', ...at(`analytics.track('create workspace');`, `'create workspace'`) },
        {
          messageId: 'verbFirst',
          ...at(`analytics.track('create workspace');`, `'create workspace'`),
          suggestions: [{ messageId: 'useName', output: `analytics.track('Workspace Created');` }],
        },
      ],
    },
  ],
});

tsRuleTester.run('event-name-format (TypeScript)', rule, {
  valid: [
    `const EVENTS = { exported: 'Report Exported' } as const;\nanalytics.track(EVENTS.exported satisfies string);`,
  ],
  invalid: [
    {
      code: `const EVENTS = { exported: 'report exported' } as const;\nanalytics.track(EVENTS['exported']!);`,
      output: `const EVENTS = { exported: 'Report Exported' } as const;\nanalytics.track(EVENTS['exported']!);`,
      errors: [{ messageId: 'wrongStyle', line: 2, column: 17, endLine: 2, endColumn: 36 }],
    },
    named(`posthog.capture('Click Button' as const);`, `'Click Button'`, 'verbFirst', { suggestion: `posthog.capture('Button Clicked' as const);` }),
  ],
});

tsxRuleTester.run('event-name-format (TSX)', rule, {
  valid: [{ code: `const B = () => <button onClick={() => posthog.capture('Report Exported')} />;`, filename: 'b.tsx' }],
  invalid: [
    {
      ...named(`const B = () => <button onClick={() => posthog.capture('report exported')} />;`, `'report exported'`, 'wrongStyle', {
        output: `const B = () => <button onClick={() => posthog.capture('Report Exported')} />;`,
      }),
      filename: 'b.tsx',
    },
  ],
});

vueRuleTester.run('event-name-format (Vue)', rule, {
  valid: [],
  invalid: [
    {
      code: `<script setup lang="ts">\nposthog.capture('Signup');\n</script>`,
      filename: 'Signup.vue',
      settings: { 'b2b-tracking': sticky },
      errors: [
        {
          messageId: 'synonym',
          line: 2,
          column: 17,
          endLine: 2,
          endColumn: 25,
          suggestions: [{ messageId: 'useName', output: `<script setup lang="ts">\nposthog.capture('Signed Up');\n</script>` }],
        },
      ],
    },
  ],
});
