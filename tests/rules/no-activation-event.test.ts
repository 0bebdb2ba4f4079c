import type { InvalidTestCase } from '@typescript-eslint/rule-tester';
import rule, { type MessageIds } from '../../src/rules/no-activation-event.js';
import { at } from '../positions.js';
import { jsRuleTester, tsRuleTester, tsxRuleTester } from '../rule-tester.js';

type Invalid = InvalidTestCase<MessageIds, []>;

function activation(code: string, text: string, settings: Record<string, unknown> = {}): Invalid {
  return { code, settings: { 'b2b-tracking': settings }, errors: [{ messageId: 'activationEvent', ...at(code, text) }] };
}

jsRuleTester.run('no-activation-event (JavaScript)', rule, {
  valid: [
    `analytics.track('Report Created');`,
    `analytics.track('Invite Sent');`,
    `analytics.track('Integration Enabled');`,
    `posthog.capture('$feature_activated');`,
    `router.track('User Activated');`,
    `analytics.track(activationEvent);`,
    `analytics.track('Account Reactivated');`,
    // "activated" describes the object; the action is the export.
    `analytics.track('Activated Users Exported');`,
    `analytics.track('activated_accounts_listed');`,
  ],
  invalid: [
    activation(`analytics.track('User Activated');`, `'User Activated'`),
    activation(`analytics.track({ userId, event: 'Account Activated' });`, `'Account Activated'`),
    activation(`analytics.track('account.activated');`, `'account.activated'`, { plan: 'dotted' }),
    activation(`accoil.track('Account_Activated');`, `'Account_Activated'`, { naming: 'Object_Action' }),
    activation(`amplitude.track('user_activated', {});`, `'user_activated'`),
    activation(`mixpanel.track('workspaceActivated');`, `'workspaceActivated'`),
    activation(`posthog.capture('User Activated');`, `'User Activated'`),
    activation(`posthog.capture({ distinctId, event: 'user activated' });`, `'user activated'`),
    activation(`trackEvent('User Activated');`, `'User Activated'`, { callees: { track: ['trackEvent'] } }),
    activation(`analytics.track(done ? 'User Activated' : 'Setup Step Completed');`, `'User Activated'`),
    // The action comes first, or is followed by how it happened: still activation.
    activation(`analytics.track('Activated User');`, `'Activated User'`),
    activation(`analytics.track('Account Activated via Email');`, `'Account Activated via Email'`),
    // A name made of known strings.
    activation(`analytics.track('User ' + 'Activated');`, `'User ' + 'Activated'`),
    {
      code: `const ACTIVATED = 'Account Activated';\nanalytics.track(ACTIVATED);`,
      errors: [{ messageId: 'activationEvent', line: 2, column: 17, endLine: 2, endColumn: 26 }],
    },
  ],
});

tsRuleTester.run('no-activation-event (TypeScript)', rule, {
  valid: [
    `const E = { created: 'Report Created' } as const; analytics.track(E.created);`,
    `analytics.track({ userId, event: 'Activated Users Exported' as const });`,
  ],
  invalid: [
    activation(`analytics.track('User Activated' as const);`, `'User Activated'`),
    activation(`analytics.track({ userId, event: 'Activated Workspace' satisfies string });`, `'Activated Workspace'`),
  ],
});

tsxRuleTester.run('no-activation-event (TSX)', rule, {
  valid: [{ code: `const Done = () => <Button onClick={() => posthog.capture('Activated Users Exported')} />;`, filename: 'done.tsx' }],
  invalid: [
    {
      ...activation(`const Done = () => <Button onClick={() => posthog.capture('User Activated')} />;`, `'User Activated'`),
      filename: 'done.tsx',
    },
    {
      ...activation(`const Done = () => <Button onClick={() => posthog.capture('Activated Account')} />;`, `'Activated Account'`),
      filename: 'done.tsx',
    },
  ],
});
