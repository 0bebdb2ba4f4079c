/**
 * Wrappers and clients found from their definitions, in the shapes real apps
 * write besides plain functions and hooks: a function that hands the whole
 * event on, a getter or hook that returns the client itself, class methods
 * (instance, static, `#private`, and a service handed to a constructor).
 */
import { fileURLToPath } from 'node:url';
import eventNameFormat from '../../src/rules/event-name-format.js';
import requireGroupContext from '../../src/rules/require-group-context.js';
import { at } from '../positions.js';
import { jsRuleTester, tsRuleTester, tsxRuleTester } from '../rule-tester.js';

const app = fileURLToPath(new URL('../fixtures/projects/next-app/', import.meta.url));
const sticky = { 'b2b-tracking': { stickyGroups: true } };

// ---------------------------------------------------------------------------
// A wrapper that hands the whole event on: `(event) => analytics.track(event)`.

const wholeEvent = `export function trackAnalytics(args) {\n  analytics.track(args);\n}\n`;
const wholeCall = (event: string) => `${wholeEvent}trackAnalytics({ userId: 'u1', event: ${event}, properties: { format: 'csv' } });`;
const arrowWhole = (call: string) => `const send = (event) => analytics.track(event);\n${call}`;

jsRuleTester.run('require-group-context: a wrapper that hands the whole event on (JavaScript)', requireGroupContext, {
  valid: [
    // The forwarding body is not reported: what `args` is cannot be seen there, so no browser-form suggestion is made.
    wholeEvent,
    `${wholeEvent}trackAnalytics({ userId: 'u1', event: 'Report Exported', context: { groupId: accountId } });`,
    arrowWhole(`send({ userId: 'u1', event: 'Report Exported', context: { groupId: accountId } });`),
    // A caller that passes the name alone uses the browser form, which gives it no place for the account.
    arrowWhole(`send('Report Exported');`),
    // What a variable holds cannot be seen.
    arrowWhole(`send(payload);`),
  ],
  invalid: [
    {
      code: wholeCall(`'Report Exported'`),
      errors: [
        {
          messageId: 'missingGroupContextServer',
          ...at(wholeCall(`'Report Exported'`), `trackAnalytics({ userId: 'u1', event: 'Report Exported', properties: { format: 'csv' } })`),
          suggestions: [
            {
              messageId: 'addGroupContext',
              output: `${wholeEvent}trackAnalytics({ userId: 'u1', event: 'Report Exported', properties: { format: 'csv' }, context: { groupId: accountId } });`,
            },
          ],
        },
      ],
    },
    {
      code: arrowWhole(`send({ userId: 'u1', event: 'Report Exported' });`),
      errors: [
        {
          messageId: 'missingGroupContextServer',
          ...at(arrowWhole(`send({ userId: 'u1', event: 'Report Exported' });`), `send({ userId: 'u1', event: 'Report Exported' })`),
          suggestions: [{ messageId: 'addGroupContext', output: arrowWhole(`send({ userId: 'u1', event: 'Report Exported', context: { groupId: accountId } });`) }],
        },
      ],
    },
  ],
});

const typedName = `function trackEvent(event: string) {\n  analytics.track(event);\n}\ntrackEvent('Report Exported');`;

tsRuleTester.run('require-group-context: a parameter that says it is a name keeps the name form (TypeScript)', requireGroupContext, {
  valid: [`type TrackArgs = { userId: string; event: string };\nexport const trackAnalytics = (args: TrackArgs) => analytics.track(args);\ntrackAnalytics({ userId: 'u1', event: 'Report Exported', context: { groupId: accountId } });`],
  invalid: [
    // Typed `string`: the browser form's name, so its callers have no place for the account and the body is reported.
    {
      code: typedName,
      errors: [
        {
          messageId: 'missingGroupContext',
          ...at(typedName, 'analytics.track(event)'),
          suggestions: [{ messageId: 'addGroupContext', output: typedName.replace('track(event)', 'track(event, {}, { context: { groupId: accountId } })') }],
        },
      ],
    },
  ],
});

const wholeTyped = (event: string) => `type TrackArgs = { userId: string; event: string };\nexport const trackAnalytics = (args: TrackArgs) => analytics.track(args);\ntrackAnalytics({ userId: 'u1', event: ${event}, context: { groupId: accountId } });\ntrackAnalytics(${event});`;

tsRuleTester.run('event-name-format: the name inside a whole event handed on, and the name alone (TypeScript)', eventNameFormat, {
  valid: [{ code: wholeTyped(`'Report Exported'`), settings: sticky }],
  invalid: [
    {
      code: wholeTyped(`'report exported'`),
      settings: sticky,
      output: wholeTyped(`'Report Exported'`),
      errors: [
        { messageId: 'wrongStyle', ...at(wholeTyped(`'report exported'`), `'report exported'`, 0), suggestions: [] },
        { messageId: 'wrongStyle', ...at(wholeTyped(`'report exported'`), `'report exported'`, 1), suggestions: [] },
      ],
    },
  ],
});
