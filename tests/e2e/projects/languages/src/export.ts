export function exported(accountId: string): void {
  analytics.track('report exported', { format: 'csv' }, { context: { groupId: accountId } });
}
