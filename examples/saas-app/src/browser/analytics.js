// The browser's Segment client, and what the app sends when users sign in and out.
import { AnalyticsBrowser } from '@segment/analytics-next';

export const analytics = AnalyticsBrowser.load({ writeKey: 'YOUR_SEGMENT_WRITE_KEY' });

/** The app's wrapper: every event names its account (see `callees` in eslint.config.js). */
export function trackEvent(event, properties, accountId) {
  analytics.track(event, properties, { context: { groupId: accountId } });
}

export function signedIn(user) {
  analytics.identify(user.id, { email: user.email, role: user.role });
  analytics.group(user.accountId, { name: user.accountName, plan: user.plan });
  trackEvent('Signed In', { username: user.username }, user.accountId);
}

export function signedOut(user) {
  trackEvent('Signed Out', { username: user.username }, user.accountId);
  analytics.reset();
}
