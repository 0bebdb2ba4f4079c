// Account lifecycle on the server, with PostHog's Node library.
import { PostHog } from 'posthog-node';

const posthog = new PostHog(process.env.POSTHOG_API_KEY);

export function accountCreated(user, account) {
  posthog.capture({
    distinctId: user.id,
    event: 'Account Created',
    properties: { account_name: account.name },
    groups: { company: account.id },
  });
}

// Deliberate problem: snake_case where the plan writes Title Case
// (`eslint --fix` writes `Account Deleted`).
export function accountDeleted(user, account) {
  posthog.capture({
    distinctId: user.id,
    event: 'account_deleted',
    properties: { account_name: account.name },
    groups: { company: account.id },
  });
}
