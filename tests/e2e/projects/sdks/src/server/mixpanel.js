const Mixpanel = require('mixpanel');

const mixpanel = Mixpanel.init('TOKEN');

function signedUp(user) {
  mixpanel.track('Signed Up', { distinct_id: user.id, type: 'referral', account_id: user.accountId });
}

function signup(user) {
  mixpanel.track('Signup', { distinct_id: user.id, type: 'organic' });
}

module.exports = { signedUp, signup };
