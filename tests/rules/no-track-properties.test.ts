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
    `accoil.track('Report_Created', null);`,
    `accoil.track('Report_Created', '');`,
    // Values that may send nothing, or that cannot be seen, are not reported.
    `const P = {};\naccoil.track('Report_Created', P);`,
    `function f(props) { accoil.track('Report_Created', props); }`,
    `accoil.track('Report_Created', { ...extra });`,
    `accoil.track('Report_Created', x ? { format: 'csv' } : undefined);`,
    `accoil.track('Report_Created', options ?? {});`,
    `accoil.track('Report_Created', collectAndClear());`,
    `accoil.track('Report_Created', { format: undefined });`,
  ],
  invalid: [
    {
      code: `accoil.track('Report_Created', { format: 'csv' });`,
      output: `accoil.track('Report_Created');`,
      errors: [{ messageId: 'trackProperties', ...at(`accoil.track('Report_Created', { format: 'csv' });`, `{ format: 'csv' }`) }],
    },
    // A computed key is a key: something is sent.
    {
      code: `accoil.track('Report_Created', { [key]: 1 });`,
      output: `accoil.track('Report_Created');`,
      errors: [{ messageId: 'trackProperties', ...at(`accoil.track('Report_Created', { [key]: 1 });`, `{ [key]: 1 }`) }],
    },
    // Through a constant.
    {
      code: `const props = { format: 'csv' };\nwindow.accoil.track('Report_Created', props);`,
      output: `const props = { format: 'csv' };\nwindow.accoil.track('Report_Created');`,
      errors: [{ messageId: 'trackProperties', line: 2, column: 39, endLine: 2, endColumn: 44 }],
    },
    // A known key beside a spread of an unknown object, a string, each branch of a conditional: something is sent.
    {
      code: `accoil.track('Report_Created', { ...extra, format: 'csv' });`,
      output: `accoil.track('Report_Created');`,
      errors: [{ messageId: 'trackProperties', ...at(`accoil.track('Report_Created', { ...extra, format: 'csv' });`, `{ ...extra, format: 'csv' }`) }],
    },
    {
      code: `accoil.track('Report_Created', 'csv');`,
      output: `accoil.track('Report_Created');`,
      errors: [{ messageId: 'trackProperties', ...at(`accoil.track('Report_Created', 'csv');`, `'csv'`) }],
    },
    {
      code: `accoil.track('Report_Created', x ? { format: 'csv' } : { format: 'pdf' });`,
      output: `accoil.track('Report_Created');`,
      errors: [{ messageId: 'trackProperties', ...at(`accoil.track('Report_Created', x ? { format: 'csv' } : { format: 'pdf' });`, `x ? { format: 'csv' } : { format: 'pdf' }`) }],
    },
    // A function that is only defined runs nothing: it goes with the properties.
    {
      code: `accoil.track('Report_Created', { onDone: () => notify() });`,
      output: `accoil.track('Report_Created');`,
      errors: [{ messageId: 'trackProperties', ...at(`accoil.track('Report_Created', { onDone: () => notify() });`, `{ onDone: () => notify() }`) }],
    },
    // Properties that do something as they are built: reported, but removing them would remove what they do.
    {
      code: `accoil.track('Report_Created', (count += 1, { n: count }));`,
      output: null,
      errors: [{ messageId: 'trackProperties', ...at(`accoil.track('Report_Created', (count += 1, { n: count }));`, `count += 1, { n: count }`) }],
    },
    {
      code: `accoil.track('Report_Created', { format: pickFormat() });`,
      output: null,
      errors: [{ messageId: 'trackProperties', ...at(`accoil.track('Report_Created', { format: pickFormat() });`, `{ format: pickFormat() }`) }],
    },
    {
      code: `accoil.track('Report_Created', { n: count++ }, { timestamp });`,
      output: null,
      errors: [{ messageId: 'trackProperties', ...at(`accoil.track('Report_Created', { n: count++ }, { timestamp });`, `{ n: count++ }`) }],
    },
    {
      code: `async function f() { accoil.track('Report_Created', { format: await load() }); }`,
      output: null,
      errors: [{ messageId: 'trackProperties', ...at(`async function f() { accoil.track('Report_Created', { format: await load() }); }`, `{ format: await load() }`) }],
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
  valid: [`const P = {} as const;\naccoil.track('Report_Created', P);`, `accoil.track('Report_Created', null as never);`],
  invalid: [
    {
      code: `accoil.track('Report_Created', { format: 'csv' } as const);`,
      output: `accoil.track('Report_Created');`,
      errors: [{ messageId: 'trackProperties', ...at(`accoil.track('Report_Created', { format: 'csv' } as const);`, `{ format: 'csv' } as const`) }],
    },
    {
      code: `accoil.track('Report_Created', { format: pick()! } satisfies Props);`,
      output: null,
      errors: [{ messageId: 'trackProperties', ...at(`accoil.track('Report_Created', { format: pick()! } satisfies Props);`, `{ format: pick()! } satisfies Props`) }],
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

/** A report button and a dashboard's effect, as React components in a `.jsx` file. */
const reportButton = (args: string) => `const ReportButton = ({ format }) => <button onClick={() => accoil.track(${args})}>Create report</button>;`;
const dashboard = (args: string) => `function Dashboard({ dashboard }) {
  useEffect(() => {
    window.accoil.track(${args});
  }, [dashboard.id]);
  return <Grid widgets={dashboard.widgets} />;
}`;

jsRuleTester.run('no-track-properties (JSX)', rule, {
  valid: [
    { code: reportButton(`'Report_Created'`), filename: 'report-button.jsx' },
    { code: dashboard(`'Dashboard_Viewed', {}`), filename: 'dashboard.jsx' },
  ],
  invalid: [
    {
      code: reportButton(`'Report_Created', { format }`),
      filename: 'report-button.jsx',
      output: reportButton(`'Report_Created'`),
      errors: [{ messageId: 'trackProperties', ...at(reportButton(`'Report_Created', { format }`), '{ format }', -1) }],
    },
    // An options argument after the properties stays, with {} in their place.
    {
      code: dashboard(`'Dashboard_Viewed', { dashboard_id: dashboard.id }, { timestamp: Date.now() }`),
      filename: 'dashboard.jsx',
      output: dashboard(`'Dashboard_Viewed', {}, { timestamp: Date.now() }`),
      errors: [{ messageId: 'trackProperties', ...at(dashboard(`'Dashboard_Viewed', { dashboard_id: dashboard.id }, { timestamp: Date.now() }`), '{ dashboard_id: dashboard.id }') }],
    },
    // Building the properties calls something: reported, not removed.
    {
      code: reportButton(`'Report_Created', { format: readFormat() }`),
      filename: 'report-button.jsx',
      output: null,
      errors: [{ messageId: 'trackProperties', ...at(reportButton(`'Report_Created', { format: readFormat() }`), '{ format: readFormat() }') }],
    },
  ],
});
