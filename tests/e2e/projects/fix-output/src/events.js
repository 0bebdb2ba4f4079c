import { AnalyticsBrowser } from '@segment/analytics-next';
import { sha256 } from './hash.js';

const analytics = AnalyticsBrowser.load({ writeKey: 'WRITE_KEY' });

export function reportExported(accountId) {
  analytics.track('Report Exported', { format: 'csv' }, { context: { groupId: accountId } });
}

export function trialStarted(accountId, plan) {
  analytics.track(
    "Trial Started",
    { trial_start_date: new Date().toISOString(), trial_end_date: new Date(Date.now() + 14 * 864e5).toISOString(), trial_plan_name: plan },
    { context: { groupId: accountId } },
  );
}

export function inviteSent(invite, accountId) {
  analytics.track('Invite Sent', { invitee_email: sha256(invite.email), invitee_role: invite.role }, { context: { groupId: accountId } });
}

export function dashboardShared(dashboardId) {
  analytics.track('Share Dashboard', { dashboard_id: dashboardId });
}
