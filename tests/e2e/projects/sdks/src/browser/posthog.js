import posthog from 'posthog-js';

export function reportCreated(accountId) {
  posthog.capture('Report Created', { $groups: { company: accountId } });
}

export function dashboardShared(dashboard) {
  posthog.capture('share_dashboard', { dashboardId: dashboard.id });
}

export function signedIn(user) {
  posthog.identify(user.id, { email: user.email });
}
