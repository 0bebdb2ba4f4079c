/**
 * Event names known only from types: `as const` maps and enums in another
 * module, literal-typed parameters and return values, unions (each member
 * checked), and templates whose parts have literal union types. Without type
 * information the same code is unknown and nothing is reported.
 */
import eventNameFormat from '../../src/rules/event-name-format.js';
import noActivationEvent from '../../src/rules/no-activation-event.js';
import requireEventProperties from '../../src/rules/require-event-properties.js';
import requireGroupContext from '../../src/rules/require-group-context.js';
import resetAfterSignOut from '../../src/rules/reset-after-sign-out.js';
import { at } from '../positions.js';
import { runPaired } from './paired.js';

const sticky = { stickyGroups: true };

const imported = `import { EVENTS, TrialEvent, NumericEvent } from './events.js';\n`;

const reportExport = `${imported}analytics.track(EVENTS.reportExport);`;
const signup = `${imported}analytics.track(EVENTS.signup);`;
const trialEnded = `${imported}analytics.track(TrialEvent.Ended);`;
const enumParameter = `${imported}export function send(event: TrialEvent) {\n  analytics.track(event);\n}`;
const unionParameter = `export function send(name: 'Report Exported' | 'Export Report') {\n  analytics.track(name);\n}`;
const genericParameter = `import type { EventName } from './events.js';\nexport function send<T extends EventName>(name: T) {\n  analytics.track(name, {}, { context: { groupId: 'g' } });\n}`;
const optionalParameter = `export function send(name?: 'Signup') {\n  analytics.track(name);\n}`;
const returned = `declare function eventName(): 'Signup';\nanalytics.track(eventName());`;
const templateSnake = `import type { Element } from './events.js';\nexport function clicked(element: Element) {\n  analytics.track(\`\${element}_clicked\`);\n}`;
const templateTitle = `import type { Element } from './events.js';\nexport function clicked(element: Element) {\n  analytics.track(\`\${element} Clicked\`);\n}`;
const templateString = `export function clicked(element: string) {\n  analytics.track(\`\${element}_clicked\`);\n}`;
const templateOptional = `export function clicked(element?: 'save') {\n  analytics.track(\`\${element}_clicked\`);\n}`;
const literalInFile = `const NAME = 'report export' as const;\nanalytics.track(NAME);`;
// One report for the name: its casing and its tense, with the one right name; no casing-only fix.
const literalInFileErrors = [
  {
    messageId: 'notPastTense' as const,
    data: { name: 'report export', also: ', not written in Title Case,', hint: ': `Report Exported`' },
    ...at(literalInFile, 'NAME', -1),
    suggestions: [{ messageId: 'useName' as const, output: `const NAME = 'Report Exported' as const;\nanalytics.track(NAME);` }],
  },
];

runPaired('event-name-format', eventNameFormat, [
  {
    code: reportExport,
    settings: sticky,
    typed: [{ messageId: 'notPastTense', data: { name: 'Report Export', also: '', hint: ': `Report Exported`' }, ...at(reportExport, 'EVENTS.reportExport'), suggestions: [] }],
  },
  { code: `${imported}analytics.track(EVENTS.accountCreated);`, settings: sticky },
  {
    code: signup,
    settings: sticky,
    // The name is in events.ts: a suggestion could not rewrite it here.
    typed: [{ messageId: 'synonym', data: { name: 'Signup', event: 'Signed Up', expected: 'Signed Up' }, ...at(signup, 'EVENTS.signup'), suggestions: [] }],
  },
  {
    code: trialEnded,
    settings: sticky,
    // Not fixed: the literal is in another module.
    typed: [{ messageId: 'wrongStyle', data: { name: 'trial ended', style: 'Title Case', hint: '; write `Trial Ended`' }, ...at(trialEnded, 'TrialEvent.Ended') }],
  },
  {
    // A parameter of the enum's type: each member is checked, only `trial ended` fails.
    code: enumParameter,
    settings: sticky,
    typed: [{ messageId: 'wrongStyle', data: { name: 'trial ended', style: 'Title Case', hint: '; write `Trial Ended`' }, ...at(enumParameter, 'event', -1) }],
  },
  {
    code: unionParameter,
    settings: sticky,
    typed: [{ messageId: 'verbFirst', data: { name: 'Export Report', also: '', hint: ': `Report Exported`' }, ...at(unionParameter, 'name', -1), suggestions: [] }],
  },
  {
    // A type parameter stands for its constraint: EventName is every value of EVENTS, of which `Report Export` and `Signup` fail.
    code: genericParameter,
    settings: sticky,
    typed: [
      { messageId: 'notPastTense', data: { name: 'Report Export', also: '', hint: ': `Report Exported`' }, ...at(genericParameter, 'name', -1), suggestions: [] },
      { messageId: 'synonym', data: { name: 'Signup', event: 'Signed Up', expected: 'Signed Up' }, ...at(genericParameter, 'name', -1), suggestions: [] },
    ],
  },
  {
    // May be undefined, and when it is not, it is a synonym.
    code: optionalParameter,
    settings: sticky,
    typed: [{ messageId: 'synonym', data: { name: 'Signup', event: 'Signed Up', expected: 'Signed Up' }, ...at(optionalParameter, 'name', -1), suggestions: [] }],
  },
  {
    code: returned,
    settings: sticky,
    typed: [{ messageId: 'synonym', data: { name: 'Signup', event: 'Signed Up', expected: 'Signed Up' }, ...at(returned, 'eventName()', -1), suggestions: [] }],
  },
  // `string` and a numeric enum say nothing about the name.
  { code: `export function send(name: string) {\n  analytics.track(name);\n}`, settings: sticky },
  { code: `${imported}analytics.track(NumericEvent.First);`, settings: sticky },
  {
    // Each combination of the template is a name: `save_clicked` and `cancel_clicked` are fine.
    code: templateSnake,
    settings: { ...sticky, naming: 'snake_case' },
    untyped: [{ messageId: 'dynamicName', ...at(templateSnake, '`${element}_clicked`') }],
  },
  {
    code: templateTitle,
    settings: sticky,
    typed: [
      { messageId: 'wrongStyle', data: { name: 'save Clicked', style: 'Title Case', hint: '; write `Save Clicked`' }, ...at(templateTitle, '`${element} Clicked`') },
      { messageId: 'wrongStyle', data: { name: 'cancel Clicked', style: 'Title Case', hint: '; write `Cancel Clicked`' }, ...at(templateTitle, '`${element} Clicked`') },
    ],
    untyped: [{ messageId: 'dynamicName', ...at(templateTitle, '`${element} Clicked`') }],
  },
  {
    // A part typed `string`, or one that may be undefined, is still built at run time.
    code: templateString,
    settings: { ...sticky, naming: 'snake_case' },
    typed: [{ messageId: 'dynamicName', ...at(templateString, '`${element}_clicked`') }],
    untyped: [{ messageId: 'dynamicName', ...at(templateString, '`${element}_clicked`') }],
  },
  {
    code: templateOptional,
    settings: { ...sticky, naming: 'snake_case' },
    typed: [{ messageId: 'dynamicName', ...at(templateOptional, '`${element}_clicked`') }],
    untyped: [{ messageId: 'dynamicName', ...at(templateOptional, '`${element}_clicked`') }],
  },
  {
    // A literal in the file is still resolved from the code (reported at the argument, its rename suggested where it is
    // written), as without types.
    code: literalInFile,
    settings: sticky,
    typed: literalInFileErrors,
    untyped: literalInFileErrors,
  },
]);

const activated = `${imported}analytics.track(EVENTS.userActivated, {}, { context: { groupId: 'g' } });`;
runPaired('no-activation-event', noActivationEvent, [
  { code: activated, typed: [{ messageId: 'activationEvent', data: { name: 'User Activated' }, ...at(activated, 'EVENTS.userActivated') }] },
  { code: `${imported}analytics.track(EVENTS.accountCreated);` },
]);

const signOut = `${imported}export function signOut() {\n  analytics.track(EVENTS.signedOut);\n}`;
runPaired('reset-after-sign-out', resetAfterSignOut, [
  {
    code: signOut,
    typed: [
      {
        messageId: 'missingReset',
        data: { event: 'Signed Out', reset: 'analytics.reset()' },
        ...at(signOut, 'analytics.track(EVENTS.signedOut)'),
        suggestions: [{ messageId: 'addReset', data: { reset: 'analytics.reset()' }, output: signOut.replace('signedOut);', 'signedOut);\n  analytics.reset();') }],
      },
    ],
  },
  { code: `${imported}export function signOut() {\n  analytics.track(EVENTS.signedOut);\n  analytics.reset();\n}` },
]);

const trialStarted = `${imported}analytics.track(TrialEvent.Started, { trial_plan_name: 'Pro' });`;
runPaired('require-event-properties', requireEventProperties, [
  {
    code: trialStarted,
    typed: [
      {
        messageId: 'missingRequired',
        data: { event: 'Trial Started', names: '`trial_start_date` and `trial_end_date`' },
        ...at(trialStarted, `{ trial_plan_name: 'Pro' }`),
      },
    ],
  },
]);

// The message names the event when types know it.
const accountCreated = `${imported}analytics.track(EVENTS.accountCreated);`;
const how = 'pass the account in the options: `{ context: { groupId } }`';
const addedContext = `${imported}analytics.track(EVENTS.accountCreated, {}, { context: { groupId: accountId } });`;
runPaired('require-group-context', requireGroupContext, [
  {
    code: accountCreated,
    typed: [
      {
        messageId: 'missingGroupContext',
        data: { event: '`Account Created`', how },
        ...at(accountCreated, 'analytics.track(EVENTS.accountCreated)'),
        suggestions: [{ messageId: 'addGroupContext', output: addedContext }],
      },
    ],
    untyped: [
      {
        messageId: 'missingGroupContext',
        data: { event: 'This event', how },
        ...at(accountCreated, 'analytics.track(EVENTS.accountCreated)'),
        suggestions: [{ messageId: 'addGroupContext', output: addedContext }],
      },
    ],
  },
]);
