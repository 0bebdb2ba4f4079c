const { PostHog } = require('posthog-node');
const { sha256 } = require('./hash.js');

const posthog = new PostHog('KEY');

function accountCreated(userId, account) {
  posthog.capture({
    distinctId: userId,
    event: 'Account Created',
    properties: { account_name: account.name },
    groups: { company: account.id },
  });
}

function inviteSent(userId, invite) {
  posthog.capture({ distinctId: userId, event: 'Invite Sent', properties: { invitee_email: sha256(invite.email) } });
}

module.exports = { accountCreated, inviteSent };
