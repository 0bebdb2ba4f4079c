import { AnalyticsBrowser } from '@segment/analytics-next';

const analytics = AnalyticsBrowser.load({ writeKey: 'WRITE_KEY' });

export function accountCreated(account) {
  analytics.track('Account Created', { account_name: account.name }, { context: { groupId: account.id } });
}

export function reportExported(report) {
  analytics.track('report exported', { format: report.format }, { context: { groupId: report.accountId } });
}

export function inviteSent(invite) {
  analytics.track('Invite Sent', { invitee_email: invite.email, invitee_role: invite.role });
}

export function signedIn(user) {
  analytics.identify(user.id, { email: user.email, plan: user.plan });
  analytics.group(user.accountId, { name: user.accountName });
}

export function signedOut(accountId) {
  analytics.track('Signed Out', {}, { context: { groupId: accountId } });
}

export function documentViewed(viewer) {
  analytics.identify(viewer.email);
}
