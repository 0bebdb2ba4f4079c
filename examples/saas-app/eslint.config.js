import b2b from 'eslint-plugin-b2b-tracking';

export default [
  b2b.configs.recommended,
  {
    settings: {
      'b2b-tracking': {
        // The app's own events on top of Segment's B2B SaaS spec.
        plan: './tracking-plan.json',
        // The app's wrapper around Segment's track call: (event, properties, accountId).
        callees: {
          track: [{ callee: 'trackEvent', event: '0', properties: '1', groupContext: '2' }],
        },
      },
    },
  },
];
