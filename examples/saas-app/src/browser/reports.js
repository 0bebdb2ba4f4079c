// Reports and dashboards, tracked with PostHog's browser SDK.
import posthog from 'posthog-js';

export function reportExported(report, accountId) {
  posthog.capture('Report Exported', { format: report.format, row_count: report.rows.length, $groups: { company: accountId } });
}

// Deliberate problems: the name is not in Title Case (`eslint --fix` rewrites it),
// and `xlsx` is not a format the tracking plan allows.
export function spreadsheetExported(report, accountId) {
  posthog.capture('report exported', { format: 'xlsx', row_count: report.rows.length, $groups: { company: accountId } });
}

// Deliberate problem: the event does not say which account it happened in (`$groups`).
export function dashboardShared(dashboard) {
  posthog.capture('Dashboard Shared', { dashboard_id: dashboard.id });
}

// Deliberate problem: an event the tracking plan does not have; the lint has nothing against
// the call, `npx b2b-tracking status` lists it as unplanned.
export function reportScheduled(report, accountId) {
  posthog.capture('Report Scheduled', { format: report.format, frequency: 'weekly', $groups: { company: accountId } });
}
