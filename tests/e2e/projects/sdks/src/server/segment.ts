import { Analytics } from '@segment/analytics-node';

const analytics = new Analytics({ writeKey: process.env.SEGMENT_WRITE_KEY ?? '' });

export function trialStarted(userId: string, accountId: string, plan: string): void {
  analytics.track({
    userId,
    event: 'Trial Started',
    properties: { trial_start_date: new Date(), trial_end_date: '2024-02-01T00:00:00Z', trial_plan_name: plan },
    context: { groupId: accountId },
  });
}

export function accountDeleted(userId: string): void {
  analytics.track({ userId, event: 'Account Deleted', properties: {} });
}

export function workspaceCreated(userId: string, workspace: { id: string; name: string }): void {
  analytics.group({ userId, groupId: workspace.id, traits: { group_type: 'workspace', name: workspace.name } });
}
