import rule from '../../src/rules/no-track-properties.js';
import { at } from '../positions.js';
import { jsRuleTester, tsRuleTester, tsxRuleTester } from '../rule-tester.js';

jsRuleTester.run('no-track-properties (JavaScript)', rule, {
  valid: [
    `accoil.track('Report_Created');`,
    `window.accoil.track('Report_Created', {});`,
    `accoil.track('Report_Created', undefined);`,
    // Other SDKs take properties.
    `analytics.track('Report Created', { format: 'csv' });`,
    `posthog.capture('Report Created', { format: 'csv' });`,
    `accoil.track(...args);`,
  ],
  invalid: [
    {
      code: `accoil.track('Report_Created', { format: 'csv' });`,
      output: `accoil.track('Report_Created');`,
      errors: [{ messageId: 'trackProperties', ...at(`accoil.track('Report_Created', { format: 'csv' });`, `{ format: 'csv' }`) }],
    },
    {
      code: `window.accoil.track('Report_Created', props);`,
      output: `window.accoil.track('Report_Created');`,
      errors: [{ messageId: 'trackProperties', ...at(`window.accoil.track('Report_Created', props);`, 'props') }],
    },
    {
      code: `accoil.track('Report_Created', { format: 'csv' },);`,
      output: `accoil.track('Report_Created',);`,
      errors: [{ messageId: 'trackProperties', ...at(`accoil.track('Report_Created', { format: 'csv' },);`, `{ format: 'csv' }`) }],
    },
    // An options argument after the properties stays, with {} in their place.
    {
      code: `accoil.track('Report_Created', { format: 'csv' }, { timestamp });`,
      output: `accoil.track('Report_Created', {}, { timestamp });`,
      errors: [{ messageId: 'trackProperties', ...at(`accoil.track('Report_Created', { format: 'csv' }, { timestamp });`, `{ format: 'csv' }`) }],
    },
    // Found by the fuzz test: arguments in parentheses keep theirs (removing up to the value's own end cut off the event's `)`).
    {
      code: `accoil.track((prefix, 'Report_Created'), { format: 'csv' });`,
      output: `accoil.track((prefix, 'Report_Created'));`,
      errors: [{ messageId: 'trackProperties', ...at(`accoil.track((prefix, 'Report_Created'), { format: 'csv' });`, `{ format: 'csv' }`) }],
    },
    {
      code: `accoil.track('Report_Created', ({ format: 'csv' }));`,
      output: `accoil.track('Report_Created');`,
      errors: [{ messageId: 'trackProperties', ...at(`accoil.track('Report_Created', ({ format: 'csv' }));`, `{ format: 'csv' }`) }],
    },
    {
      code: `accoil.track(\n  'Report_Created',\n  {\n    format: 'csv',\n  },\n);`,
      output: `accoil.track(\n  'Report_Created',\n);`,
      errors: [{ messageId: 'trackProperties', line: 3, column: 3, endLine: 5, endColumn: 4 }],
    },
  ],
});

tsRuleTester.run('no-track-properties (TypeScript)', rule, {
  valid: [],
  invalid: [
    {
      code: `accoil.track('Report_Created', { format: 'csv' } as const);`,
      output: `accoil.track('Report_Created');`,
      errors: [{ messageId: 'trackProperties', ...at(`accoil.track('Report_Created', { format: 'csv' } as const);`, `{ format: 'csv' } as const`) }],
    },
  ],
});

tsxRuleTester.run('no-track-properties (TSX)', rule, {
  valid: [],
  invalid: [
    {
      code: `const R = () => <a onClick={() => accoil.track('Report_Created', { id })} />;`,
      filename: 'r.tsx',
      output: `const R = () => <a onClick={() => accoil.track('Report_Created')} />;`,
      errors: [{ messageId: 'trackProperties', ...at(`const R = () => <a onClick={() => accoil.track('Report_Created', { id })} />;`, '{ id }') }],
    },
  ],
});
