import * as amplitude from '@amplitude/analytics-browser';

export function trialEnded(accountId) {
  amplitude.track(
    'Trial Ended',
    { trial_start_date: '2024-01-01', trial_end_date: '2024-01-15', trial_plan_name: 'pro' },
    { groups: { account: accountId } },
  );
}

export function userActivated() {
  amplitude.track('User Activated', {});
}
