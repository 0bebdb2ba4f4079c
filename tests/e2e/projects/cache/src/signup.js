export function signedUp(accountId) {
  analytics.track('Signed Up', { type: 'organic' }, { context: { groupId: accountId } });
}
