// The team's wrapper: every event goes through it, with the account as its third argument.
declare const analytics: { track(event: string, properties?: object, options?: object): void };

export function sendEvent(event: string, properties: Record<string, unknown>, accountId: string): void {
  analytics.track(event, properties, { context: { groupId: accountId } });
}
