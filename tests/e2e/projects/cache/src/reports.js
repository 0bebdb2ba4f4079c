export function reportExported(report, accountId) {
  analytics.track('Report Exported', { row_count: report.rows.length }, { context: { groupId: accountId } });
}
