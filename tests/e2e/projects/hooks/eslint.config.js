import b2b from 'eslint-plugin-b2b-tracking';

export default [b2b.configs.recommended];
