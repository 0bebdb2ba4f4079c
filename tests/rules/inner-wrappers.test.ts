/**
 * Wrappers a component or a function declares inside itself and calls there,
 * without `callees`: `const trackStep = useCallback((name, extra) =>
 * posthog.capture(name, { step, ...extra }), [step])`, or a plain arrow. Each
 * is matched only where its name is that declaration.
 */
import eventNameFormat from '../../src/rules/event-name-format.js';
import requireGroupContext from '../../src/rules/require-group-context.js';
import { at } from '../positions.js';
import { jsRuleTester, tsxRuleTester } from '../rule-tester.js';

const callbackModal = (name: string) => `import posthog from 'posthog-js';
import { useCallback } from 'react';
export function OnboardingModal({ step }: { step: number }) {
  const trackStep = useCallback((name: string, extra?: Record<string, unknown>) => posthog.capture(name, { step, ...extra }), [step]);
  return <button onClick={() => trackStep('${name}', { source: 'modal' })}>Start</button>;
}
`;

// A component of the same file whose own `trackStep` moves a stepper: not the wrapper, though it has its name.
const stepper = `export function Stepper({ setStep }: { setStep: (name: string) => void }) {
  const trackStep = (name: string) => setStep(name);
  return <button onClick={() => trackStep('onboarding started')}>Next</button>;
}
`;

const wrongStyle = (code: string, written: string, fixed: string) => ({
  code,
  output: code.replace(written, fixed),
  errors: [{ messageId: 'wrongStyle' as const, ...at(code, written), suggestions: [] }],
});

tsxRuleTester.run('event-name-format: a wrapper declared with useCallback inside a component (TSX)', eventNameFormat, {
  valid: [
    callbackModal('Onboarding Started'),
    callbackModal('Onboarding Started') + stepper,
    // A callback that sends a fixed event gives its callers no place for a name: what they pass is no event name.
    `import posthog from 'posthog-js';\nimport { useCallback } from 'react';\nexport function Save({ id }: { id: string }) {\n  const onSave = useCallback((label: string) => posthog.capture('Report Saved', { label }), []);\n  return <button onClick={() => onSave('save clicked')}>Save</button>;\n}\n`,
  ],
  invalid: [
    wrongStyle(callbackModal('onboarding started'), `'onboarding started'`, `'Onboarding Started'`),
    // The stepper's call, with the same name and the same text, stays unreported.
    wrongStyle(callbackModal('onboarding started') + stepper, `'onboarding started'`, `'Onboarding Started'`),
  ],
});

const arrowPage = `import posthog from 'posthog-js';
export default function BillingPage({ accountId }) {
  const send = (event, properties) => posthog.capture(event, properties);
  return <button onClick={() => send('Plan Upgraded', { plan: 'pro' })}>Upgrade</button>;
}
`;
const arrowCall = `send('Plan Upgraded', { plan: 'pro' })`;
const arrowFixed = arrowPage.replace(`{ plan: 'pro' }`, `{ plan: 'pro', $groups: { company: accountId } }`);

jsRuleTester.run('require-group-context: a wrapper declared as an arrow inside a component (JSX)', requireGroupContext, {
  valid: [arrowFixed],
  invalid: [
    {
      code: arrowPage,
      errors: [
        {
          messageId: 'missingGroupContextWrapper',
          ...at(arrowPage, arrowCall),
          suggestions: [{ messageId: 'addGroupContext', output: arrowFixed }],
        },
      ],
    },
  ],
});
