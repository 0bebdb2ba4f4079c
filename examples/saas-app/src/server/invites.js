// Server-side events with Segment's Node library: a server has no session,
// so every call names its user and its account.
import { Analytics } from '@segment/analytics-node';
import { hashEmail } from './hash.js';

const analytics = new Analytics({ writeKey: process.env.SEGMENT_WRITE_KEY });

export function inviteSent(inviter, invite) {
  analytics.track({
    userId: inviter.id,
    event: 'Invite Sent',
    properties: { invitee_email: hashEmail(invite.email), invitee_role: invite.role },
    context: { groupId: invite.accountId },
  });
}

// Deliberate problem: the invitee's e-mail address is sent in plain text.
export function inviteResent(inviter, invite) {
  analytics.track({
    userId: inviter.id,
    event: 'Invite Sent',
    properties: { invitee_email: invite.email, invitee_role: invite.role, resent: true },
    context: { groupId: invite.accountId },
  });
}

// Deliberate problem: a Date object where the plan wants an ISO-8601 string
// (`eslint --fix` adds `.toISOString()`).
export function trialStarted(user, trial) {
  analytics.track({
    userId: user.id,
    event: 'Trial Started',
    properties: { trial_start_date: new Date(trial.start), trial_end_date: trial.end, trial_plan_name: trial.plan },
    context: { groupId: user.accountId },
  });
}
