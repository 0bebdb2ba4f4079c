import type { InvalidTestCase } from '@typescript-eslint/rule-tester';
import rule, { type MessageIds, type Options } from '../../src/rules/no-activation-event.js';
import { at } from '../positions.js';
import { jsRuleTester, tsRuleTester, tsxRuleTester } from '../rule-tester.js';

type Invalid = InvalidTestCase<MessageIds, Options>;

/** One report at `text` in `code`; when `text` is a plain literal, the message names its value. */
function activation(code: string, text: string, settings: Record<string, unknown> = {}, options?: Options): Invalid {
  const literal = /^'([^'\\]*)'$/.exec(text);
  return {
    code,
    settings: { 'b2b-tracking': settings },
    ...(options ? { options } : {}),
    errors: [{ messageId: 'activationEvent', ...(literal ? { data: { name: literal[1]! } } : {}), ...at(code, text) }],
  };
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
    `analytics.track('User Deactivated');`,
    // "activated" describes the object; the action is the export.
    `analytics.track('Activated Users Exported');`,
    `analytics.track('activated_accounts_listed');`,
    // Turning a thing on is an action the app sees; only the milestone of a user, account, workspace… is computed downstream.
    `analytics.track('Integration Activated');`,
    `analytics.track('Trial Activated');`,
    `analytics.track('Feature Activated');`,
    `analytics.track('license.activated');`,
    `analytics.track('Activate Integration');`,
    `analytics.track('Activated Integration');`,
    `analytics.track('User Integration Activated');`,
    // "activation" names the object of another action, or the activation of a thing.
    `analytics.track('Activation Email Sent');`,
    `analytics.track('Activation Link Clicked');`,
    `analytics.track('License Activation Failed');`,
    // The option replaces the list: with only "tenant", a user's activation is not the milestone.
    { code: `analytics.track('User Activated');`, options: [{ entities: ['tenant'] }] },
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
    // Every entity of the default list, in the singular or the plural, after other words.
    activation(`analytics.track('Organization Activated');`, `'Organization Activated'`),
    activation(`analytics.track('Organisation Activated');`, `'Organisation Activated'`),
    activation(`analytics.track('Company Activated');`, `'Company Activated'`),
    activation(`analytics.track('Companies Activated');`, `'Companies Activated'`),
    activation(`analytics.track('Team Activated');`, `'Team Activated'`),
    activation(`analytics.track('Workspace Member Activated');`, `'Workspace Member Activated'`),
    activation(`analytics.track('Customer Activated');`, `'Customer Activated'`),
    activation(`analytics.track('Tenant Activated');`, `'Tenant Activated'`),
    activation(`analytics.track('Org Activated');`, `'Org Activated'`),
    activation(`analytics.track('orgs_activated');`, `'orgs_activated'`),
    activation(`analytics.track('New Users Activated');`, `'New Users Activated'`),
    // No object at all: the milestone itself.
    activation(`analytics.track('Activated');`, `'Activated'`),
    activation(`analytics.track('Activation Reached');`, `'Activation Reached'`),
    activation(`analytics.track('User Activation Completed');`, `'User Activation Completed'`),
    // The action comes first, is not in the past tense yet, or is followed by how it happened: still activation.
    activation(`analytics.track('Activated User');`, `'Activated User'`),
    activation(`analytics.track('Activate Account');`, `'Activate Account'`),
    activation(`analytics.track('Account Activate');`, `'Account Activate'`),
    activation(`analytics.track('Activating Workspace');`, `'Activating Workspace'`),
    activation(`analytics.track('Account Activated via Email');`, `'Account Activated via Email'`),
    activation(`analytics.track('User Is Activated');`, `'User Is Activated'`),
    // A team's own entities; the option replaces the default list.
    activation(`analytics.track('Project Activated');`, `'Project Activated'`, {}, [{ entities: ['project', 'user'] }]),
    activation(`analytics.track('Sub Account Activated');`, `'Sub Account Activated'`, {}, [{ entities: ['Sub Account'] }]),
    // A name made of known strings.
    activation(`analytics.track('User ' + 'Activated');`, `'User ' + 'Activated'`),
    {
      code: `const ACTIVATED = 'Account Activated';\nanalytics.track(ACTIVATED);`,
      errors: [{ messageId: 'activationEvent', data: { name: 'Account Activated' }, line: 2, column: 17, endLine: 2, endColumn: 26 }],
    },
  ],
});

tsRuleTester.run('no-activation-event (TypeScript)', rule, {
  valid: [
    `const E = { created: 'Report Created' } as const; analytics.track(E.created);`,
    `analytics.track({ userId, event: 'Activated Users Exported' as const });`,
    `analytics.track({ userId, event: 'Integration Activated' satisfies string });`,
    { code: `posthog.capture('Account Activated' as const);`, options: [{ entities: ['project'] }] },
  ],
  invalid: [
    activation(`analytics.track('User Activated' as const);`, `'User Activated'`),
    activation(`analytics.track({ userId, event: 'Activated Workspace' satisfies string });`, `'Activated Workspace'`),
    activation(`posthog.capture('Project Activated' as const);`, `'Project Activated'`, {}, [{ entities: ['project'] }]),
    activation(`posthog.capture('Org Activated' as const);`, `'Org Activated'`),
  ],
});

tsxRuleTester.run('no-activation-event (TSX)', rule, {
  valid: [
    { code: `const Done = () => <Button onClick={() => posthog.capture('Activated Users Exported')} />;`, filename: 'done.tsx' },
    { code: `const Done = () => <Button onClick={() => posthog.capture('Integration Activated')} />;`, filename: 'done.tsx' },
  ],
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

/** A setup checklist's effect, and an integration toggle calling the team's hook, as React components in a `.jsx` file. */
const setupChecklist = (name: string) => `function SetupChecklist({ steps }) {
  useEffect(() => {
    if (steps.every((step) => step.done)) analytics.track('${name}');
  }, [steps]);
  return <Checklist steps={steps} />;
}`;
const integrationToggle = (name: string) => `function IntegrationToggle({ integration }) {
  const { track } = useAnalytics();
  return <Switch checked={integration.on} onChange={() => track('${name}', { integration: integration.name })} />;
}`;
const trackHook = { callees: { track: ['useAnalytics().track'] } };

jsRuleTester.run('no-activation-event (JSX)', rule, {
  valid: [
    { code: setupChecklist('Setup Checklist Completed'), filename: 'setup-checklist.jsx' },
    { code: integrationToggle('Integration Activated'), filename: 'integration-toggle.jsx', settings: { 'b2b-tracking': trackHook } },
  ],
  invalid: [
    { ...activation(setupChecklist('Account Activated'), `'Account Activated'`), filename: 'setup-checklist.jsx', output: null },
    { ...activation(integrationToggle('Workspace Activated'), `'Workspace Activated'`, trackHook), filename: 'integration-toggle.jsx', output: null },
  ],
});
