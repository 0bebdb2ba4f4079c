const { PostHog } = require('posthog-node');

const posthog = new PostHog('KEY');

function accountCreated(userId, account) {
  posthog.capture({
    distinctId: userId,
    event: 'accountCreated',
    properties: { account_name: account.name },
    groups: { company: account.id },
  });
}

function inviteSent(userId, invite) {
  posthog.capture({ distinctId: userId, event: 'Invite Sent', properties: { invitee_email: invite.email } });
}

module.exports = { accountCreated, inviteSent };
