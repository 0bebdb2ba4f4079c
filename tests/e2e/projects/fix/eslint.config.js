// --fix: the recommended config, with a hasher so hash-invitee-email can fix too.
import b2b from 'eslint-plugin-b2b-tracking';

export default [
  b2b.configs.recommended,
  {
    rules: {
      'b2b-tracking/hash-invitee-email': ['error', { hasher: { name: 'sha256', import: './hash.js' } }],
    },
  },
];
