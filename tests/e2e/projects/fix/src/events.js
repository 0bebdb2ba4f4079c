import { AnalyticsBrowser } from '@segment/analytics-next';

const analytics = AnalyticsBrowser.load({ writeKey: 'WRITE_KEY' });

export function reportExported(accountId) {
  analytics.track('report exported', { format: 'csv' }, { context: { groupId: accountId } });
}

export function trialStarted(accountId, plan) {
  analytics.track(
    "trial_started",
    { trial_start_date: new Date(), trial_end_date: new Date(Date.now() + 14 * 864e5), trial_plan_name: plan },
    { context: { groupId: accountId } },
  );
}

export function inviteSent(invite, accountId) {
  analytics.track('Invite Sent', { invitee_email: invite.email, invitee_role: invite.role }, { context: { groupId: accountId } });
}

export function dashboardShared(dashboardId) {
  analytics.track('Share Dashboard', { dashboard_id: dashboardId });
}
