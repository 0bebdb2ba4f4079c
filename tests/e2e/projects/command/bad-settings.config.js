// The same app with a setting the plugin does not know: the command stops with the plugin's message.
import b2b from 'eslint-plugin-b2b-tracking';

export default [b2b.configs.recommended, { settings: { 'b2b-tracking': { naming: 'Shouty Case' } } }];
