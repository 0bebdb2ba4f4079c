import type { InvalidTestCase } from '@typescript-eslint/rule-tester';
import rule, { type MessageIds, type Options } from '../../src/rules/event-name-format.js';
import { at } from '../positions.js';
import { jsRuleTester, tsRuleTester, tsxRuleTester, vueRuleTester } from '../rule-tester.js';

type Invalid = InvalidTestCase<MessageIds, Options>;
/** The findings about a name's grammar, whose message also says when the name is out of the style (`also`). */
const grammarIds = new Set<MessageIds>(['verbFirst', 'notPastTense', 'noAction', 'trailingWords']);
const sticky = { stickyGroups: true };
/** Plans whose events spell words in their own way: acronyms and inner capitals, a multi-word object before the dot. */
const acronymPlan = { events: { 'API Key Created': {}, 'SSO Enabled': {}, 'HubSpot Connected': {} } };
const billingPlan = { naming: 'object.action', events: { 'billing_plan.upgraded': {} } };
/** A plan whose keys are not written in its own naming style: the style still decides how the code writes them. */
const offStylePlan = { extends: 'segment', naming: 'Title Case', events: { checkout_completed: {}, 'Signed up for Newsletter': {} } };

interface Expect {
  output?: string | null;
  suggestion?: string | null;
  settings?: Record<string, unknown>;
  options?: Options;
  /** The message's placeholders, when the test is about what the message says. */
  data?: Record<string, string>;
}

/** One report at `text` in `code`, with its autofix output (or null) and its suggested rewrite of the code (or null). */
function named(code: string, text: string, messageId: MessageIds, expect: Expect = {}): Invalid {
  return reports(code, text, [[messageId, expect]], expect);
}

/** Several reports at `text` in `code`, each with its suggestion; `output` is the autofix of them all. */
function reports(
  code: string,
  text: string,
  errors: [MessageIds, Pick<Expect, 'suggestion' | 'data'>][],
  { output = null, settings = {}, options }: Expect = {},
): Invalid {
  return {
    code,
    output,
    settings: { 'b2b-tracking': { ...sticky, ...settings } },
    ...(options ? { options } : {}),
    errors: errors.map(([messageId, { suggestion = null, data }]) => ({
      messageId,
      ...(data ? { data: grammarIds.has(messageId) ? { also: '', ...data } : data } : {}),
      ...at(code, text),
      suggestions: suggestion === null ? [] : [{ messageId: 'useName', output: suggestion }],
    })),
  };
}

jsRuleTester.run('event-name-format (JavaScript)', rule, {
  valid: [
    // The naming styles a team may choose; the shipped plans' events are matched in each.
    { code: `analytics.track('trace_detail:opened');`, settings: { 'b2b-tracking': { naming: 'object:action' } } },
    { code: `analytics.track('filters:applied');`, settings: { 'b2b-tracking': { naming: 'object:action' } } },
    { code: `analytics.track('user:signed_up');`, settings: { 'b2b-tracking': { plan: 'dotted', naming: 'object:action' } } },
    { code: `analytics.track('Feature created');`, settings: { 'b2b-tracking': { naming: 'Sentence case' } } },
    { code: `analytics.track('Signed up');`, settings: { 'b2b-tracking': { naming: 'Sentence case' } } },
    { code: `analytics.track('onboarding started');`, settings: { 'b2b-tracking': { naming: 'lower case' } } },
    { code: `analytics.track('invite sent');`, settings: { 'b2b-tracking': { naming: 'lower case' } } },
    { code: `analytics.track('report-exported');`, settings: { 'b2b-tracking': { naming: 'kebab-case' } } },
    { code: `analytics.track('account-created');`, settings: { 'b2b-tracking': { naming: 'kebab-case' } } },
    // Title Case object-action, plan events, irregular past forms, particles, multi-word objects.
    `analytics.track('Report Exported', {}, { context: { groupId } });`,
    `analytics.track('Signed Up');`,
    `analytics.track('User Signed Up');`,
    `analytics.track('Invite Sent');`,
    `analytics.track('Payment Method Set');`,
    `analytics.track('Sync Began');`,
    `analytics.track('Billing Plan Upgraded');`,
    `analytics.track('API Key Created');`,
    `analytics.track('Product Added to Cart');`,
    `analytics.track('User Opted Out');`,
    // A plan event keyed outside the plan's style is written in the style.
    { code: `analytics.track('Checkout Completed');`, settings: { 'b2b-tracking': { plan: offStylePlan } } },
    { code: `analytics.track('Signed Up for Newsletter');`, settings: { 'b2b-tracking': { plan: offStylePlan } } },
    // A preposition inside the object: still an object and its action.
    `analytics.track('Item in Cart Updated');`,
    `analytics.track('Access to Project Granted');`,
    `analytics.track('Discount for Annual Plan Applied');`,
    `analytics.track('Message to Channel Posted');`,
    // A particle verb and where it happened; a past participle in the object; the action decides, not any past word.
    `analytics.track('User Signed Up to Newsletter');`,
    `analytics.track('Report Saved in Folder');`,
    `analytics.track('Onboarding Completed');`,
    `analytics.track('Saved Search Deleted');`,
    `analytics.track('Activated Users Exported');`,
    `analytics.track('Sign In With Apple Button Clicked');`,
    // Words with inner capitals and acronyms keep their spelling in the capitalised styles.
    `analytics.track('OAuth Connected');`,
    `analytics.track('iOS App Installed');`,
    `analytics.track('eBook Downloaded');`,
    `analytics.track('McDonald Added');`,
    `analytics.track('Report Exported to PDF');`,
    { code: `accoil.track('OAuth_Connected');`, settings: { 'b2b-tracking': { naming: 'Object_Action' } } },
    // Digits glued to a past tense.
    `analytics.track('Report Exported2');`,
    { code: `analytics.track('reportExported2');`, settings: { 'b2b-tracking': { naming: 'camelCase' } } },
    // A possessive is part of a Title Case word; short acronyms are not shouting.
    `analytics.track("Customer's Report Exported");`,
    `analytics.track('SSO Enabled');`,
    { code: `accoil.track('API_Key_Created');`, settings: { 'b2b-tracking': { naming: 'Object_Action' } } },
    // A concatenation of known strings is a known name.
    `analytics.track('Report ' + 'Exported');`,
    `const OBJECT = 'Report';\nanalytics.track(OBJECT + ' ' + 'Exported');`,
    // PostHog's own events are never checked.
    `posthog.capture('$pageview');`,
    `posthog.capture('$autocapture');`,
    // Names that cannot be known are left alone.
    `analytics.track(eventName);`,
    `analytics.track(EVENTS[key]);`,
    `import { EVENT } from './events'; analytics.track(EVENT);`,
    // Not tracking calls.
    `router.track('go home');`,
    `chart.track('');`,
    // Styles from the settings or the plan.
    { code: `analytics.track('account_created');`, settings: { 'b2b-tracking': { naming: 'snake_case' } } },
    { code: `analytics.track('user.signed_up');`, settings: { 'b2b-tracking': { plan: 'dotted' } } },
    { code: `analytics.track('report.exported');`, settings: { 'b2b-tracking': { plan: 'dotted' } } },
    { code: `analytics.track('user.invited');`, settings: { 'b2b-tracking': { plan: 'dotted' } } },
    { code: `accoil.track('Report_Created');`, settings: { 'b2b-tracking': { naming: 'Object_Action' } } },
    { code: `analytics.track('reportExported');`, settings: { 'b2b-tracking': { naming: 'camelCase' } } },
    // Options.
    { code: `analytics.track('Create Account Draft');`, options: [{ allowVerbFirst: true }] },
    { code: `analytics.track('Feature Sunset');`, options: [{ pastTenseVerbs: ['sunset'] }] },
    { code: `analytics.track('legacy_event');`, options: [{ allowedNames: ['legacy_event'] }] },
    { code: `analytics.track('App: Document Uploaded');`, options: [{ affixes: ['[A-Za-z]+: '] }] },
    { code: `analytics.track('Tenant Created - [Dashboard]');`, options: [{ affixes: [' - \\[\\w+\\]'] }] },
    // The literal " - [Dashboard]" as an escaped regular expression, as the docs show it.
    { code: `analytics.track('Tenant Created - [Dashboard]');`, options: [{ affixes: [' - \\[Dashboard\\]'] }] },
    // Namespaces are recognised without options: "Word: ", "[Words] " (with or without "- ") before, " - [Words]" after.
    `analytics.track('Tenant Created - [Dashboard]');`,
    `analytics.track('App: Document Uploaded');`,
    `analytics.track('YIR: Share Clicked');`,
    `analytics.track('[Template Store] Template Created');`,
    `analytics.track('[Template Store] - Template Created');`,
    `analytics.track('Workflow Created - [Onboarding]');`,
    `analytics.track('Billing Page: Plan Upgraded - [Beta]');`,
    // A plan event as the plan spells it: a particle is capitalised, acronyms and inner capitals stay.
    `analytics.track('Signed In');`,
    `analytics.track('User Signed In');`,
    { code: `analytics.track('API Key Created');`, settings: { 'b2b-tracking': { plan: acronymPlan } } },
    { code: `analytics.track('HubSpot Connected');`, settings: { 'b2b-tracking': { plan: acronymPlan } } },
    { code: `analytics.track('billing_plan.upgraded');`, settings: { 'b2b-tracking': { plan: billingPlan } } },
    // A hyphen inside a word is part of it.
    `analytics.track('E-mail Sent');`,
    `analytics.track('Wi-Fi Connected');`,
    `analytics.track('Check-in Completed');`,
    `analytics.track('Add-on Installed');`,
    `analytics.track('T-Shirt Ordered');`,
    `analytics.track('Model Fine-Tuned');`,
    `analytics.track('Opt-In Confirmed');`,
    `analytics.track('Re-engagement Email Sent');`,
    { code: `accoil.track('Wi-Fi_Connected');`, settings: { 'b2b-tracking': { naming: 'Object_Action' } } },
    // Irregular past forms, and nouns that are verbs too.
    `analytics.track('Rate Limit Hit');`,
    `analytics.track('Test Ran');`,
    `analytics.track('Query Ran');`,
    `analytics.track('Tag Stuck');`,
    `analytics.track('Lead Caught');`,
    `analytics.track('Lead Converted');`,
    `analytics.track('Server Spun Up');`,
    `analytics.track('Cluster Torn Down');`,
    `analytics.track('Record Sought');`,
    `analytics.track('Deck Dealt');`,
    `analytics.track('Cost Hit');`,
    `analytics.track('Seat Bid');`,
    `analytics.track('Survey Undertaken');`,
    // Where the action went follows it; a preposition inside an object's name is no place.
    `analytics.track('User Added to Team');`,
    `analytics.track('List of Users Exported');`,
    `analytics.track('Add to Cart Button Clicked');`,
    `analytics.track('Time to Value Reached');`,
    // A digit has no capital: camelCase may start with one.
    { code: `analytics.track('2faEnabled');`, settings: { 'b2b-tracking': { naming: 'camelCase' } } },
  ],
  invalid: [
    // Each naming style has its casing fix, and the same grammar checks.
    named(`analytics.track('Trace Detail Opened');`, `'Trace Detail Opened'`, 'wrongStyle', {
      output: `analytics.track('trace_detail:opened');`,
      settings: { naming: 'object:action' },
    }),
    named(`analytics.track('trace_detail:open');`, `'trace_detail:open'`, 'notPastTense', {
      suggestion: `analytics.track('trace_detail:opened');`,
      settings: { naming: 'object:action' },
    }),
    named(`analytics.track('Feature Created');`, `'Feature Created'`, 'wrongStyle', {
      output: `analytics.track('Feature created');`,
      settings: { naming: 'Sentence case' },
      data: { name: 'Feature Created', style: 'Sentence case', hint: '; write `Feature created`' },
    }),
    named(`analytics.track('signed_up');`, `'signed_up'`, 'wrongStyle', { output: `analytics.track('Signed up');`, settings: { naming: 'Sentence case' } }),
    named(`analytics.track('Create feature');`, `'Create feature'`, 'verbFirst', {
      suggestion: `analytics.track('Feature created');`,
      settings: { naming: 'Sentence case' },
    }),
    named(`analytics.track('Onboarding Started');`, `'Onboarding Started'`, 'wrongStyle', {
      output: `analytics.track('onboarding started');`,
      settings: { naming: 'lower case' },
    }),
    named(`analytics.track('Account Created');`, `'Account Created'`, 'wrongStyle', {
      output: `analytics.track('account-created');`,
      settings: { naming: 'kebab-case' },
    }),
    named(`analytics.track('export-report');`, `'export-report'`, 'verbFirst', {
      suggestion: `analytics.track('report-exported');`,
      settings: { naming: 'kebab-case' },
    }),
    // The garbles real apps got: each a single report, with no suggestion where none is sure.
    named(`analytics.track('Login Success');`, `'Login Success'`, 'notPastTense'),
    named(`analytics.track('Comment Action');`, `'Comment Action'`, 'notPastTense'),
    named(`analytics.track('experiments_beta_signup');`, `'experiments_beta_signup'`, 'notPastTense', { settings: { naming: 'snake_case' } }),
    named(`analytics.track('Create Tenant Tenants');`, `'Create Tenant Tenants'`, 'verbFirst'),
    named(`analytics.track('Set Automate');`, `'Set Automate'`, 'notPastTense'),
    named(`analytics.track('Get Started Page Visited V2');`, `'Get Started Page Visited V2'`, 'verbFirst'),
    named(`analytics.track('Upgrade Modal');`, `'Upgrade Modal'`, 'verbFirst'),
    named(`analytics.track('Book Meeting');`, `'Book Meeting'`, 'verbFirst', { suggestion: `analytics.track('Meeting Booked');` }),
    // Casing and separators: autofix, words unchanged.
    named(`analytics.track('account created');`, `'account created'`, 'wrongStyle', { output: `analytics.track('Account Created');` }),
    named(`analytics.track('accountCreated');`, `'accountCreated'`, 'wrongStyle', { output: `analytics.track('Account Created');` }),
    named(`analytics.track("report_exported");`, `"report_exported"`, 'wrongStyle', { output: `analytics.track("Report Exported");` }),
    named(`analytics.track(\`report-exported\`);`, '`report-exported`', 'wrongStyle', { output: `analytics.track(\`Report Exported\`);` }),
    named(`analytics.track('Account Created');`, `'Account Created'`, 'wrongStyle', { output: `analytics.track('account_created');`, settings: { naming: 'snake_case' } }),
    named(`analytics.track('user_signed_up');`, `'user_signed_up'`, 'wrongStyle', { output: `analytics.track('user.signed_up');`, settings: { plan: 'dotted' } }),
    named(`accoil.track('report created');`, `'report created'`, 'wrongStyle', { output: `accoil.track('Report_Created');`, settings: { naming: 'Object_Action' } }),
    named(`analytics.track('Report Exported');`, `'Report Exported'`, 'wrongStyle', { output: `analytics.track('reportExported');`, settings: { naming: 'camelCase' } }),
    // Plan events are exempt from object-first, not from the style.
    named(`analytics.track('signed_up');`, `'signed_up'`, 'wrongStyle', { output: `analytics.track('Signed Up');` }),
    // Verb first, or not past tense: a suggestion with the corrected name.
    named(`analytics.track('Export Report');`, `'Export Report'`, 'verbFirst', { suggestion: `analytics.track('Report Exported');` }),
    named(`analytics.track('Click Button');`, `'Click Button'`, 'verbFirst', { suggestion: `analytics.track('Button Clicked');` }),
    named(`analytics.track('Creating Dashboard');`, `'Creating Dashboard'`, 'verbFirst', { suggestion: `analytics.track('Dashboard Created');` }),
    named(`analytics.track('Report Export');`, `'Report Export'`, 'notPastTense', { suggestion: `analytics.track('Report Exported');` }),
    named(`analytics.track('Workspace Create');`, `'Workspace Create'`, 'notPastTense', { suggestion: `analytics.track('Workspace Created');` }),
    named(`analytics.track('Invite Send');`, `'Invite Send'`, 'notPastTense', { suggestion: `analytics.track('Invite Sent');` }),
    named(`analytics.track('report.export');`, `'report.export'`, 'notPastTense', { suggestion: `analytics.track('report.exported');`, settings: { plan: 'dotted' } }),
    named(`analytics.track('Dashboard');`, `'Dashboard'`, 'noAction'),
    // A past-tense action that comes first: the object goes first, the action keeps its tense.
    named(`analytics.track('Viewed Dashboard');`, `'Viewed Dashboard'`, 'verbFirst', {
      suggestion: `analytics.track('Dashboard Viewed');`,
      data: { name: 'Viewed Dashboard', hint: ': `Dashboard Viewed`' },
    }),
    named(`analytics.track('Clicked Button');`, `'Clicked Button'`, 'verbFirst', { suggestion: `analytics.track('Button Clicked');` }),
    named(`analytics.track('Upgraded Plan');`, `'Upgraded Plan'`, 'verbFirst', { suggestion: `analytics.track('Plan Upgraded');` }),
    named(`analytics.track('Exported Report');`, `'Exported Report'`, 'verbFirst', { suggestion: `analytics.track('Report Exported');` }),
    named(`analytics.track('Shared Report');`, `'Shared Report'`, 'verbFirst', { suggestion: `analytics.track('Report Shared');` }),
    named(`analytics.track('Viewed Report');`, `'Viewed Report'`, 'verbFirst', { suggestion: `analytics.track('Report Viewed');` }),
    named(`analytics.track('Sent Invite');`, `'Sent Invite'`, 'verbFirst', { suggestion: `analytics.track('Invite Sent');` }),
    named(`analytics.track('Signed Up User');`, `'Signed Up User'`, 'verbFirst', { suggestion: `analytics.track('User Signed Up');` }),
    // A past form after a verb that comes first describes the object; it is not the action.
    named(`analytics.track('Create Shared Report');`, `'Create Shared Report'`, 'verbFirst', {
      suggestion: `analytics.track('Shared Report Created');`,
    }),
    // -ing first: "Stopping Sync" is the sync that stopped.
    named(`analytics.track('Stopping Sync');`, `'Stopping Sync'`, 'verbFirst', { suggestion: `analytics.track('Sync Stopped');` }),
    named(`analytics.track('Start Sync');`, `'Start Sync'`, 'verbFirst', { suggestion: `analytics.track('Sync Started');` }),
    // The word that reads more as a thing is the object.
    named(`analytics.track('Upload Complete');`, `'Upload Complete'`, 'notPastTense', { suggestion: `analytics.track('Upload Completed');` }),
    named(`analytics.track('Deleted Items Restore');`, `'Deleted Items Restore'`, 'notPastTense', {
      suggestion: `analytics.track('Deleted Items Restored');`,
    }),
    // No sensible corrected name: reported without a suggestion rather than "Click Submitted" or "Submit Clicked".
    named(`analytics.track('Click Submit');`, `'Click Submit'`, 'notPastTense', { data: { name: 'Click Submit', hint: '' } }),
    named(`analytics.track('Added to Cart');`, `'Added to Cart'`, 'verbFirst', { data: { name: 'Added to Cart', hint: '' } }),
    // Words after the action belong in a property; the suggestion ends the name with the action.
    named(`analytics.track('Report Exported Successfully');`, `'Report Exported Successfully'`, 'trailingWords', {
      suggestion: `analytics.track('Report Exported');`,
      data: { name: 'Report Exported Successfully', hint: ' (`Report Exported`)', extra: 'successfully' },
    }),
    named(`analytics.track('Invite Sent Again');`, `'Invite Sent Again'`, 'trailingWords', { suggestion: `analytics.track('Invite Sent');` }),
    named(`analytics.track('File Uploaded Twice');`, `'File Uploaded Twice'`, 'trailingWords', { suggestion: `analytics.track('File Uploaded');` }),
    named(`analytics.track('Report Shared with Team');`, `'Report Shared with Team'`, 'trailingWords', {
      suggestion: `analytics.track('Report Shared');`,
      data: { name: 'Report Shared with Team', hint: ' (`Report Shared`)', extra: 'with team' },
    }),
    named(`analytics.track('Exported Report Successfully');`, `'Exported Report Successfully'`, 'trailingWords', {
      suggestion: `analytics.track('Report Exported');`,
    }),
    // A plan event, or a synonym of one, followed by how it happened: the plan's name.
    named(`analytics.track('Signed Up via Google');`, `'Signed Up via Google'`, 'trailingWords', {
      suggestion: `analytics.track('Signed Up');`,
      data: { name: 'Signed Up via Google', hint: ' (`Signed Up`)', extra: 'via google' },
    }),
    named(`analytics.track('Login via Google');`, `'Login via Google'`, 'trailingWords', { suggestion: `analytics.track('Signed In');` }),
    named(`analytics.track('user.signed_up_via_google');`, `'user.signed_up_via_google'`, 'trailingWords', {
      suggestion: `analytics.track('user.signed_up');`,
      settings: { plan: 'dotted' },
    }),
    named(`analytics.track('report_exported_successfully');`, `'report_exported_successfully'`, 'trailingWords', {
      suggestion: `analytics.track('report_exported');`,
      settings: { naming: 'snake_case' },
    }),
    named(`analytics.track('App: Report Exported Successfully');`, `'App: Report Exported Successfully'`, 'trailingWords', {
      suggestion: `analytics.track('App: Report Exported');`,
      options: [{ affixes: ['[A-Za-z]+: '] }],
    }),
    named(`analytics.track('Connect with Slack');`, `'Connect with Slack'`, 'trailingWords', {
      data: { name: 'Connect with Slack', hint: '', extra: 'with slack' },
    }),
    // Synonyms of plan events: a suggestion with the plan's name, in the active style.
    named(`analytics.track('Signup');`, `'Signup'`, 'synonym', { suggestion: `analytics.track('Signed Up');` }),
    named(`analytics.track('User Registered');`, `'User Registered'`, 'synonym', { suggestion: `analytics.track('Signed Up');` }),
    named(`analytics.track('Login');`, `'Login'`, 'synonym', { suggestion: `analytics.track('Signed In');` }),
    named(`analytics.track('Logged In');`, `'Logged In'`, 'synonym', { suggestion: `analytics.track('Signed In');` }),
    named(`analytics.track('Logout');`, `'Logout'`, 'synonym', { suggestion: `analytics.track('Signed Out');` }),
    named(`analytics.track('Invited User');`, `'Invited User'`, 'synonym', { suggestion: `analytics.track('Invite Sent');` }),
    named(`analytics.track('Trial Start');`, `'Trial Start'`, 'synonym', { suggestion: `analytics.track('Trial Started');` }),
    named(`analytics.track('login');`, `'login'`, 'synonym', { suggestion: `analytics.track('user.signed_in');`, settings: { plan: 'dotted' } }),
    named(`analytics.track('signup');`, `'signup'`, 'synonym', { suggestion: `analytics.track('signed_up');`, settings: { naming: 'snake_case' } }),
    // With an affix, the message names the plan event, and the whole name the suggestion writes.
    named(`analytics.track('web:Login');`, `'web:Login'`, 'synonym', {
      suggestion: `analytics.track('web:Signed In');`,
      data: { name: 'web:Login', event: 'Signed In', expected: 'web:Signed In' },
      options: [{ affixes: ['[a-z]+:'] }],
    }),
    // Empty and run-time names.
    named(`analytics.track('');`, `''`, 'emptyName'),
    named(`analytics.track(\`Report \${format} Exported\`);`, '`Report ${format} Exported`', 'dynamicName'),
    named(`analytics.track('Report ' + action);`, `'Report ' + action`, 'dynamicName'),
    named(`analytics.track('Report ' + \`\${format}\` + ' Exported');`, `'Report ' + \`\${format}\` + ' Exported'`, 'dynamicName'),
    // A concatenation of known strings is checked like any name, without a fix: no one literal spells it.
    named(`analytics.track('Report ' + 'exported');`, `'Report ' + 'exported'`, 'wrongStyle', {
      data: { name: 'Report exported', style: 'Title Case', hint: '; write `Report Exported`' },
    }),
    {
      code: `const ACTION = 'Export';\nanalytics.track(ACTION + ' Report');`,
      output: null,
      settings: { 'b2b-tracking': sticky },
      errors: [
        {
          messageId: 'verbFirst',
          data: { name: 'Export Report', also: '', hint: ': `Report Exported`' },
          line: 2,
          column: 17,
          endLine: 2,
          endColumn: 35,
          suggestions: [],
        },
      ],
    },
    // Affixes are kept by fixes.
    named(`analytics.track('App: document uploaded');`, `'App: document uploaded'`, 'wrongStyle', {
      output: `analytics.track('App: Document Uploaded');`,
      options: [{ affixes: ['[A-Za-z]+: '] }],
    }),
    named(`analytics.track('Create Tenant - [Dashboard]');`, `'Create Tenant - [Dashboard]'`, 'verbFirst', {
      suggestion: `analytics.track('Tenant Created - [Dashboard]');`,
      options: [{ affixes: [' - \\[\\w+\\]'] }],
    }),
    // Quotes inside the literal stay escaped; Title Case keeps a possessive's apostrophe.
    named(`analytics.track('customer\\'s report_exported');`, `'customer\\'s report_exported'`, 'wrongStyle', {
      output: `analytics.track('Customer\\'s Report Exported');`,
    }),
    // A rewrite that would drop more than separators is a suggestion, not an autofix.
    named(`analytics.track("Customer's Report Exported");`, `"Customer's Report Exported"`, 'wrongStyle', {
      suggestion: `analytics.track("customers_report_exported");`,
      settings: { naming: 'snake_case' },
    }),
    named(`analytics.track('Terms & Conditions Accepted');`, `'Terms & Conditions Accepted'`, 'wrongStyle', {
      suggestion: `analytics.track('Terms Conditions Accepted');`,
    }),
    named(`analytics.track('A/B Test Started');`, `'A/B Test Started'`, 'wrongStyle', { suggestion: `analytics.track('A B Test Started');` }),
    // The fix keeps the letters (found by the fuzz test). "İ" is already a capital, so "İstanbul" stays as it is.
    named(`analytics.track('İstanbul viewed');`, `'İstanbul viewed'`, 'wrongStyle', { output: `analytics.track('İstanbul Viewed');` }),
    // "ﬁ" has no one-letter capital ("FI"): the name is capitalised in its compatibility form "fi", other letters, so a suggestion.
    named(`analytics.track('ﬁle exported');`, `'ﬁle exported'`, 'wrongStyle', {
      suggestion: `analytics.track('File Exported');`,
      data: { name: 'ﬁle exported', style: 'Title Case', hint: '; write `File Exported`' },
    }),
    // "ß" has no one-letter capital ("SS") and no other form: reported without a rename, never accepted as it is.
    named(`analytics.track('ßtest exported');`, `'ßtest exported'`, 'wrongStyle', {
      data: { name: 'ßtest exported', style: 'Title Case', hint: ' (e.g. `Report Exported`)' },
    }),
    named(`analytics.track('ßtest Exported');`, `'ßtest Exported'`, 'wrongStyle'),
    // One report per name, with everything wrong in it: "Report Exported Beta" would still have a word after its action,
    // so no casing fix; the report says the style is wrong too and offers "Report Exported".
    named(`analytics.track('Report Exported (Beta)');`, `'Report Exported (Beta)'`, 'trailingWords', {
      suggestion: `analytics.track('Report Exported');`,
      data: { name: 'Report Exported (Beta)', also: ', not written in Title Case,', hint: ' (`Report Exported`)', extra: 'beta' },
    }),
    // A namespace is kept by every suggestion: "Link Click - [Get Started]" is never "Link Click Get Started".
    named(`analytics.track('Link Click - [Get Started]');`, `'Link Click - [Get Started]'`, 'notPastTense', {
      suggestion: `analytics.track('Link Clicked - [Get Started]');`,
    }),
    named(`analytics.track('App: document uploaded');`, `'App: document uploaded'`, 'wrongStyle', {
      output: `analytics.track('App: Document Uploaded');`,
    }),
    named(`analytics.track('[Template Store] Create Template');`, `'[Template Store] Create Template'`, 'verbFirst', {
      suggestion: `analytics.track('[Template Store] Template Created');`,
    }),
    named(`analytics.track('[Billing] - plan upgraded');`, `'[Billing] - plan upgraded'`, 'wrongStyle', {
      output: `analytics.track('[Billing] - Plan Upgraded');`,
    }),
    named(`analytics.track('trace_detail:opened - [Beta]');`, `'trace_detail:opened - [Beta]'`, 'wrongStyle', {
      output: `analytics.track('Trace Detail Opened - [Beta]');`,
    }),
    // Words keep their spelling in the capitalised styles: inner capitals and acronyms stay, and a name with
    // separators is not split at its humps ("OAuth" is not "O Auth").
    named(`analytics.track('OAuth connected');`, `'OAuth connected'`, 'wrongStyle', { output: `analytics.track('OAuth Connected');` }),
    named(`analytics.track('iOS app installed');`, `'iOS app installed'`, 'wrongStyle', { output: `analytics.track('iOS App Installed');` }),
    named(`analytics.track('eBook downloaded');`, `'eBook downloaded'`, 'wrongStyle', { output: `analytics.track('eBook Downloaded');` }),
    named(`analytics.track('McDonald added');`, `'McDonald added'`, 'wrongStyle', { output: `analytics.track('McDonald Added');` }),
    named(`analytics.track('API key created');`, `'API key created'`, 'wrongStyle', { output: `analytics.track('API Key Created');` }),
    // A minor word already in lower case stays so in Title Case.
    named(`analytics.track('Report exported to PDF');`, `'Report exported to PDF'`, 'wrongStyle', {
      output: `analytics.track('Report Exported to PDF');`,
    }),
    named(`accoil.track('OAuth connected');`, `'OAuth connected'`, 'wrongStyle', {
      output: `accoil.track('OAuth_Connected');`,
      settings: { naming: 'Object_Action' },
    }),
    // The lower-case styles lower-case every word; camelCase capitalises the words after the first.
    named(`analytics.track('OAuth Connected');`, `'OAuth Connected'`, 'wrongStyle', { output: `analytics.track('oauth_connected');`, settings: { naming: 'snake_case' } }),
    named(`analytics.track('OAuth Connected');`, `'OAuth Connected'`, 'wrongStyle', { output: `analytics.track('oauth.connected');`, settings: { plan: 'dotted' } }),
    named(`analytics.track('Report Exported to PDF');`, `'Report Exported to PDF'`, 'wrongStyle', {
      output: `analytics.track('reportExportedToPdf');`,
      settings: { naming: 'camelCase' },
    }),
    // A name in camelCase, with no other separator, splits at its humps.
    named(`analytics.track('APIKeyCreated');`, `'APIKeyCreated'`, 'wrongStyle', { output: `analytics.track('API Key Created');` }),
    named(`analytics.track('OAuthConnected');`, `'OAuthConnected'`, 'wrongStyle', { output: `analytics.track('OAuth Connected');` }),
    // A shouted name keeps its short acronyms in capitals; common short words ("KEY") are words.
    named(`analytics.track('API KEY CREATED');`, `'API KEY CREATED'`, 'wrongStyle', { output: `analytics.track('API Key Created');` }),
    named(`analytics.track('SSO ENABLED');`, `'SSO ENABLED'`, 'wrongStyle', { output: `analytics.track('SSO Enabled');` }),
    // A corrected name keeps the spelling of the words it takes from the name.
    named(`analytics.track('Export OAuth Token');`, `'Export OAuth Token'`, 'verbFirst', { suggestion: `analytics.track('OAuth Token Exported');` }),
    named(`analytics.track('Export PDF');`, `'Export PDF'`, 'verbFirst', { suggestion: `analytics.track('PDF Exported');` }),
    // A name that is wrong in its order too gets no casing fix ("Export Report" would still be wrong): one suggestion.
    named(`analytics.track('EXPORT REPORT');`, `'EXPORT REPORT'`, 'verbFirst', { suggestion: `analytics.track('Report Exported');` }),
    // Digits glued to a past tense do not hide it; to a verb they stay on its past form.
    named(`analytics.track('reportExported2');`, `'reportExported2'`, 'wrongStyle', { output: `analytics.track('Report Exported2');` }),
    named(`analytics.track('Report Export2');`, `'Report Export2'`, 'notPastTense', { suggestion: `analytics.track('Report Exported2');` }),
    // Both words often name a process: the first is the verb ("Deploy Built" would be no event at all).
    named(`analytics.track('Deploy Build');`, `'Deploy Build'`, 'verbFirst', {
      suggestion: `analytics.track('Build Deployed');`,
      data: { name: 'Deploy Build', hint: ': `Build Deployed`' },
    }),
    named(`analytics.track('Install Update');`, `'Install Update'`, 'verbFirst', { suggestion: `analytics.track('Update Installed');` }),
    // All in capitals is not Title Case nor Object_Action, though acronyms are.
    named(`analytics.track('ACCOUNT CREATED');`, `'ACCOUNT CREATED'`, 'wrongStyle', { output: `analytics.track('Account Created');` }),
    named(`accoil.track('REPORT_CREATED');`, `'REPORT_CREATED'`, 'wrongStyle', {
      output: `accoil.track('Report_Created');`,
      settings: { naming: 'Object_Action' },
    }),
    // A plan event is written as the plan spells it, in the naming style: particles capitalised, acronyms kept.
    named(`analytics.track('signed_in');`, `'signed_in'`, 'wrongStyle', { output: `analytics.track('Signed In');` }),
    named(`analytics.track('Signed in');`, `'Signed in'`, 'wrongStyle', {
      output: `analytics.track('Signed In');`,
      data: { name: 'Signed in', style: 'Title Case', hint: '; write `Signed In`' },
    }),
    named(`analytics.track('user_signed_in');`, `'user_signed_in'`, 'wrongStyle', { output: `analytics.track('User Signed In');` }),
    named(`analytics.track('api_key_created');`, `'api_key_created'`, 'wrongStyle', {
      output: `analytics.track('API Key Created');`,
      settings: { plan: acronymPlan },
    }),
    named(`analytics.track('Api Key Created');`, `'Api Key Created'`, 'wrongStyle', {
      output: `analytics.track('API Key Created');`,
      settings: { plan: acronymPlan },
      data: { name: 'Api Key Created', style: "the plan's spelling", hint: '; write `API Key Created`' },
    }),
    named(`analytics.track('sso_enabled');`, `'sso_enabled'`, 'wrongStyle', { output: `analytics.track('SSO Enabled');`, settings: { plan: acronymPlan } }),
    named(`analytics.track('hubspot_connected');`, `'hubspot_connected'`, 'wrongStyle', {
      output: `analytics.track('HubSpot Connected');`,
      settings: { plan: acronymPlan },
    }),
    // "HubSpotConnected" parts its words as "Hub Spot Connected": a suggestion, the words would change.
    named(`analytics.track('HubSpotConnected');`, `'HubSpotConnected'`, 'wrongStyle', {
      suggestion: `analytics.track('HubSpot Connected');`,
      settings: { plan: acronymPlan },
    }),
    named(`analytics.track('api_key_created');`, `'api_key_created'`, 'wrongStyle', {
      output: `analytics.track('apiKeyCreated');`,
      settings: { plan: acronymPlan, naming: 'camelCase' },
    }),
    named(`analytics.track('Billing Plan Upgraded');`, `'Billing Plan Upgraded'`, 'wrongStyle', {
      output: `analytics.track('billing_plan.upgraded');`,
      settings: { plan: billingPlan },
    }),
    named(`analytics.track('billing.plan_upgraded');`, `'billing.plan_upgraded'`, 'wrongStyle', {
      output: `analytics.track('billing_plan.upgraded');`,
      settings: { plan: billingPlan },
    }),
    named(`analytics.track('billing_plan.upgraded');`, `'billing_plan.upgraded'`, 'wrongStyle', {
      output: `analytics.track('Billing Plan Upgraded');`,
      settings: { plan: billingPlan, naming: 'Title Case' },
    }),
    // Without a plan event, Title Case capitalises a particle that ends a phrasal verb.
    named(`analytics.track('opted_in');`, `'opted_in'`, 'wrongStyle', { output: `analytics.track('Opted In');` }),
    named(`analytics.track('checked_in');`, `'checked_in'`, 'wrongStyle', { output: `analytics.track('Checked In');` }),
    named(`analytics.track('Feature Turned on');`, `'Feature Turned on'`, 'wrongStyle', { output: `analytics.track('Feature Turned On');` }),
    named(`analytics.track('report saved in folder');`, `'report saved in folder'`, 'wrongStyle', {
      output: `analytics.track('Report Saved in Folder');`,
    }),
    // A hyphenated word is only ever changed by a suggestion; a name whose only separators are hyphens is fixed.
    named(`analytics.track('e-mail sent');`, `'e-mail sent'`, 'wrongStyle', { suggestion: `analytics.track('E-mail Sent');` }),
    named(`analytics.track('E-mail sent');`, `'E-mail sent'`, 'wrongStyle', { output: `analytics.track('E-mail Sent');` }),
    named(`analytics.track('Wi-Fi Connected');`, `'Wi-Fi Connected'`, 'wrongStyle', {
      suggestion: `analytics.track('wi_fi_connected');`,
      settings: { naming: 'snake_case' },
    }),
    named(`accoil.track('Wi-Fi Connected');`, `'Wi-Fi Connected'`, 'wrongStyle', {
      output: `accoil.track('Wi-Fi_Connected');`,
      settings: { naming: 'Object_Action' },
    }),
    named(`analytics.track('Trial-Started');`, `'Trial-Started'`, 'wrongStyle', { output: `analytics.track('Trial Started');` }),
    // camelCase starts with a digit when the name does.
    named(`analytics.track('2FA Enabled');`, `'2FA Enabled'`, 'wrongStyle', { output: `analytics.track('2faEnabled');`, settings: { naming: 'camelCase' } }),
    // A verb first with where it went: the action goes after the object, before the place.
    named(`analytics.track('Add Product to Cart');`, `'Add Product to Cart'`, 'verbFirst', { suggestion: `analytics.track('Product Added to Cart');` }),
    named(`analytics.track('Upgrade Plan to Pro');`, `'Upgrade Plan to Pro'`, 'verbFirst', { suggestion: `analytics.track('Plan Upgraded to Pro');` }),
    named(`analytics.track('Add User to Team');`, `'Add User to Team'`, 'verbFirst', { suggestion: `analytics.track('User Added to Team');` }),
    named(`analytics.track('Export Report to PDF');`, `'Export Report to PDF'`, 'verbFirst', {
      suggestion: `analytics.track('Report Exported to PDF');`,
    }),
    named(`analytics.track('Click Add to Cart Button');`, `'Click Add to Cart Button'`, 'verbFirst', {
      suggestion: `analytics.track('Add to Cart Button Clicked');`,
    }),
    named(`analytics.track('checkout_completed');`, `'checkout_completed'`, 'wrongStyle', {
      output: `analytics.track('Checkout Completed');`,
      settings: { plan: offStylePlan },
    }),
    named(`analytics.track('Signed up for Newsletter');`, `'Signed up for Newsletter'`, 'wrongStyle', {
      output: `analytics.track('Signed Up for Newsletter');`,
      settings: { plan: offStylePlan },
    }),
    // "Lead" and "Feed" are things; a past form spelled like its base after a verb is that verb's object.
    named(`analytics.track('Lead Export');`, `'Lead Export'`, 'notPastTense', { suggestion: `analytics.track('Lead Exported');` }),
    named(`analytics.track('Create Lead');`, `'Create Lead'`, 'verbFirst', { suggestion: `analytics.track('Lead Created');` }),
    named(`analytics.track('Convert Lead');`, `'Convert Lead'`, 'verbFirst', { suggestion: `analytics.track('Lead Converted');` }),
    named(`analytics.track('Assign Lead');`, `'Assign Lead'`, 'verbFirst', { suggestion: `analytics.track('Lead Assigned');` }),
    named(`analytics.track('Activity Feed');`, `'Activity Feed'`, 'notPastTense', { data: { name: 'Activity Feed', hint: '' } }),
    named(`analytics.track('Start Run');`, `'Start Run'`, 'verbFirst', { suggestion: `analytics.track('Run Started');` }),
    named(`analytics.track('Create Set');`, `'Create Set'`, 'verbFirst', { suggestion: `analytics.track('Set Created');` }),
    // Present and future forms.
    named(`analytics.track('Report Exports');`, `'Report Exports'`, 'notPastTense', { suggestion: `analytics.track('Report Exported');` }),
    named(`analytics.track('User Signs Up');`, `'User Signs Up'`, 'notPastTense', { suggestion: `analytics.track('User Signed Up');` }),
    named(`analytics.track('View Comments');`, `'View Comments'`, 'verbFirst', { suggestion: `analytics.track('Comments Viewed');` }),
    named(`analytics.track('Report Will Be Exported');`, `'Report Will Be Exported'`, 'notPastTense', {
      suggestion: `analytics.track('Report Exported');`,
    }),
    named(`analytics.track('Report Being Exported');`, `'Report Being Exported'`, 'notPastTense', { suggestion: `analytics.track('Report Exported');` }),
    named(`analytics.track('Report Is Exported');`, `'Report Is Exported'`, 'notPastTense', { suggestion: `analytics.track('Report Exported');` }),
    // A name that is all affix is empty; the synonym message names the plan event without the affix.
    named(`analytics.track('App: ');`, `'App: '`, 'emptyName', { options: [{ affixes: ['[A-Za-z]+: '] }] }),
    named(`analytics.track('App: Signup');`, `'App: Signup'`, 'synonym', {
      suggestion: `analytics.track('App: Signed Up');`,
      data: { name: 'App: Signup', event: 'Signed Up', expected: 'App: Signed Up' },
      options: [{ affixes: ['[A-Za-z]+: '] }],
    }),
    named(`analytics.track('App: signed_in');`, `'App: signed_in'`, 'wrongStyle', {
      output: `analytics.track('App: Signed In');`,
      options: [{ affixes: ['[A-Za-z]+: '] }],
    }),
    // Every SDK form.
    named(`analytics.track({ userId, event: 'report exported' });`, `'report exported'`, 'wrongStyle', { output: `analytics.track({ userId, event: 'Report Exported' });` }),
    named(`rudderanalytics.track('report exported');`, `'report exported'`, 'wrongStyle', { output: `rudderanalytics.track('Report Exported');` }),
    named(`amplitude.track('report exported');`, `'report exported'`, 'wrongStyle', { output: `amplitude.track('Report Exported');` }),
    named(`amplitude.track({ event_type: 'report exported' });`, `'report exported'`, 'wrongStyle', { output: `amplitude.track({ event_type: 'Report Exported' });` }),
    named(`mixpanel.track('report exported', {});`, `'report exported'`, 'wrongStyle', { output: `mixpanel.track('Report Exported', {});` }),
    named(`mixpanel.track_with_groups('report exported', {}, {});`, `'report exported'`, 'wrongStyle', { output: `mixpanel.track_with_groups('Report Exported', {}, {});` }),
    named(`posthog.capture('report exported');`, `'report exported'`, 'wrongStyle', { output: `posthog.capture('Report Exported');` }),
    named(`posthog.capture({ distinctId, event: 'report exported' });`, `'report exported'`, 'wrongStyle', { output: `posthog.capture({ distinctId, event: 'Report Exported' });` }),
    named(`accoil.track('Report Export');`, `'Report Export'`, 'notPastTense', { suggestion: `accoil.track('Report Exported');` }),
    named(`capturePostHogEvent(client, 'report exported', {});`, `'report exported'`, 'wrongStyle', {
      output: `capturePostHogEvent(client, 'Report Exported', {});`,
      settings: { callees: { track: [{ callee: 'capturePostHogEvent', event: '1', properties: '2' }] } },
    }),
    named(`captureSuccess({ eventName: 'report exported', payload: {} });`, `'report exported'`, 'wrongStyle', {
      output: `captureSuccess({ eventName: 'Report Exported', payload: {} });`,
      settings: { callees: { track: [{ callee: 'captureSuccess', event: '0.eventName', properties: '0.payload' }] } },
    }),
    // Each branch of a conditional name.
    named(`analytics.track(ok ? 'Report Exported' : 'export failed');`, `'export failed'`, 'wrongStyle', {
      output: `analytics.track(ok ? 'Report Exported' : 'Export Failed');`,
    }),
    named(`analytics.track(name ?? 'Export Report');`, `'Export Report'`, 'verbFirst', { suggestion: `analytics.track(name ?? 'Report Exported');` }),
    // Through a const: reported at the call, fixed at the literal.
    {
      code: `const EVENTS = { exported: 'report exported' };\nanalytics.track(EVENTS.exported);`,
      output: `const EVENTS = { exported: 'Report Exported' };\nanalytics.track(EVENTS.exported);`,
      settings: { 'b2b-tracking': sticky },
      errors: [{ messageId: 'wrongStyle', line: 2, column: 17, endLine: 2, endColumn: 32 }],
    },
    {
      code: `const NAME = 'Export Report';\nanalytics.track(NAME);`,
      settings: { 'b2b-tracking': sticky },
      errors: [
        {
          messageId: 'verbFirst',
          line: 2,
          column: 17,
          endLine: 2,
          endColumn: 21,
          suggestions: [{ messageId: 'useName', output: `const NAME = 'Report Exported';\nanalytics.track(NAME);` }],
        },
      ],
    },
    // Wrong style and verb-first at once: one report, no casing-only fix ("Create Workspace" is still wrong), the whole
    // right name suggested.
    named(`analytics.track('create workspace');`, `'create workspace'`, 'verbFirst', {
      suggestion: `analytics.track('Workspace Created');`,
      data: { name: 'create workspace', also: ', not written in Title Case,', hint: ': `Workspace Created`' },
    }),
    named(`analytics.track('upgrade plan');`, `'upgrade plan'`, 'verbFirst', { suggestion: `analytics.track('Plan Upgraded');` }),
  ],
});

tsRuleTester.run('event-name-format (TypeScript)', rule, {
  valid: [
    `const EVENTS = { exported: 'Report Exported' } as const;\nanalytics.track(EVENTS.exported satisfies string);`,
    `const PREFIX = 'Report ' as const;\nanalytics.track(PREFIX + 'Exported');`,
    `analytics.track('Activated Users Exported' as const);`,
  ],
  invalid: [
    {
      code: `const EVENTS = { exported: 'report exported' } as const;\nanalytics.track(EVENTS['exported']!);`,
      output: `const EVENTS = { exported: 'Report Exported' } as const;\nanalytics.track(EVENTS['exported']!);`,
      errors: [{ messageId: 'wrongStyle', line: 2, column: 17, endLine: 2, endColumn: 36 }],
    },
    named(`posthog.capture('Click Button' as const);`, `'Click Button'`, 'verbFirst', { suggestion: `posthog.capture('Button Clicked' as const);` }),
    named(`posthog.capture('Viewed Dashboard' as const);`, `'Viewed Dashboard'`, 'verbFirst', {
      suggestion: `posthog.capture('Dashboard Viewed' as const);`,
    }),
    named(`analytics.track({ userId, event: 'Signed Up via Google' satisfies string });`, `'Signed Up via Google'`, 'trailingWords', {
      suggestion: `analytics.track({ userId, event: 'Signed Up' satisfies string });`,
    }),
    // Known only as a whole: one report with both problems, not fixed at a literal.
    named(`const PREFIX = 'Report ' as const;\nanalytics.track(PREFIX + 'export');`, `PREFIX + 'export'`, 'notPastTense', {
      data: { name: 'Report export', also: ', not written in Title Case,', hint: ': `Report Exported`' },
    }),
    named(`posthog.capture('Terms & Conditions Accepted' as const);`, `'Terms & Conditions Accepted'`, 'wrongStyle', {
      suggestion: `posthog.capture('Terms Conditions Accepted' as const);`,
    }),
    named(`posthog.capture('OAuth connected' as const);`, `'OAuth connected'`, 'wrongStyle', { output: `posthog.capture('OAuth Connected' as const);` }),
    named(`posthog.capture('Report Export2' satisfies string);`, `'Report Export2'`, 'notPastTense', {
      suggestion: `posthog.capture('Report Exported2' satisfies string);`,
    }),
    named(`posthog.capture('Report Exported (Beta)' as const);`, `'Report Exported (Beta)'`, 'trailingWords', {
      suggestion: `posthog.capture('Report Exported' as const);`,
    }),
    named(`posthog.capture('Workflow Create - [Onboarding]' as const);`, `'Workflow Create - [Onboarding]'`, 'notPastTense', {
      suggestion: `posthog.capture('Workflow Created - [Onboarding]' as const);`,
    }),
    named(`posthog.capture('signed_in' as const);`, `'signed_in'`, 'wrongStyle', { output: `posthog.capture('Signed In' as const);` }),
    named(`posthog.capture('e-mail sent' as const);`, `'e-mail sent'`, 'wrongStyle', { suggestion: `posthog.capture('E-mail Sent' as const);` }),
    named(`posthog.capture('trace_detail_opened' as const);`, `'trace_detail_opened'`, 'wrongStyle', {
      output: `posthog.capture('trace_detail:opened' as const);`,
      settings: { naming: 'object:action' },
    }),
    named(`posthog.capture('App: Create Document' satisfies string);`, `'App: Create Document'`, 'verbFirst', {
      suggestion: `posthog.capture('App: Document Created' satisfies string);`,
    }),
  ],
});

/** A name captured in a JSX click handler, reported with its fix or suggestion rewriting the name to `fixed`. */
function inButton(name: string, messageId: MessageIds, fixed: string, kind: 'output' | 'suggestion'): Invalid {
  const button = (event: string) => `const B = () => <button onClick={() => posthog.capture('${event}')} />;`;
  return { ...named(button(name), `'${name}'`, messageId, { [kind]: button(fixed) }), filename: 'b.tsx' };
}

tsxRuleTester.run('event-name-format (TSX)', rule, {
  valid: [
    { code: `const B = () => <button onClick={() => posthog.capture('Report Exported')} />;`, filename: 'b.tsx' },
    { code: `const B = () => <button onClick={() => posthog.capture('Wi-Fi Connected')} />;`, filename: 'b.tsx' },
    { code: `const B = () => <button onClick={() => posthog.capture('[Template Store] Template Created')} />;`, filename: 'b.tsx' },
    {
      code: `const B = () => <button onClick={() => posthog.capture('trace_detail:opened')} />;`,
      filename: 'b.tsx',
      settings: { 'b2b-tracking': { naming: 'object:action' } },
    },
  ],
  invalid: [
    inButton('report exported', 'wrongStyle', 'Report Exported', 'output'),
    inButton('Report Exported Successfully', 'trailingWords', 'Report Exported', 'suggestion'),
    inButton('Stopping Sync', 'verbFirst', 'Sync Stopped', 'suggestion'),
    inButton('ACCOUNT CREATED', 'wrongStyle', 'Account Created', 'output'),
    inButton('[Template Store] Create Template', 'verbFirst', '[Template Store] Template Created', 'suggestion'),
    inButton('Workflow Create - [Onboarding]', 'notPastTense', 'Workflow Created - [Onboarding]', 'suggestion'),
    { ...inButton('Feature Created', 'wrongStyle', 'Feature created', 'output'), settings: { 'b2b-tracking': { ...sticky, naming: 'Sentence case' } } },
    inButton('API KEY CREATED', 'wrongStyle', 'API Key Created', 'output'),
    inButton('iOS app installed', 'wrongStyle', 'iOS App Installed', 'output'),
    inButton('İstanbul viewed', 'wrongStyle', 'İstanbul Viewed', 'output'),
    inButton('ﬁle exported', 'wrongStyle', 'File Exported', 'suggestion'),
    inButton('Deploy Build', 'verbFirst', 'Build Deployed', 'suggestion'),
    inButton('signed_in', 'wrongStyle', 'Signed In', 'output'),
    inButton('Add Product to Cart', 'verbFirst', 'Product Added to Cart', 'suggestion'),
    inButton('Report Will Be Exported', 'notPastTense', 'Report Exported', 'suggestion'),
  ],
});

vueRuleTester.run('event-name-format (Vue)', rule, {
  valid: [],
  invalid: [
    {
      code: `<script setup lang="ts">\nposthog.capture('Signup');\n</script>`,
      filename: 'Signup.vue',
      settings: { 'b2b-tracking': sticky },
      errors: [
        {
          messageId: 'synonym',
          line: 2,
          column: 17,
          endLine: 2,
          endColumn: 25,
          suggestions: [{ messageId: 'useName', output: `<script setup lang="ts">\nposthog.capture('Signed Up');\n</script>` }],
        },
      ],
    },
  ],
});

/** An export button calling the team's hook, a plain click handler, a sign-up page's effect, as React components in a `.jsx` file. */
const exportButton = (name: string) => `function ExportButton({ format }) {
  const { track } = useAnalytics();
  return <button onClick={() => track(${name}, { format })}>Export</button>;
}`;
const saveLink = (name: string) => `const SaveLink = () => <a href="#" onClick={() => analytics.track('${name}')}>Save</a>;`;
const signUpPage = (name: string) => `function SignUpPage() {
  useEffect(() => {
    posthog.capture('${name}');
  }, []);
  return <SignUpForm />;
}`;
const trackHook = { callees: { track: ['useAnalytics().track'] } };

jsRuleTester.run('event-name-format (JSX)', rule, {
  valid: [
    { code: exportButton(`'Report Exported'`), filename: 'export-button.jsx', settings: { 'b2b-tracking': trackHook } },
    { code: saveLink('Report Saved'), filename: 'save-link.jsx' },
    { code: signUpPage('Signed Up'), filename: 'sign-up-page.jsx' },
    // A JSX attribute that happens to be called `track` is no tracking call.
    { code: `const Player = () => <Video track="click play button" />;`, filename: 'player.jsx' },
  ],
  invalid: [
    {
      ...named(exportButton(`'Export Report'`), `'Export Report'`, 'verbFirst', { suggestion: exportButton(`'Report Exported'`), settings: trackHook }),
      filename: 'export-button.jsx',
    },
    {
      ...named(exportButton('`Report ${format} Exported`'), '`Report ${format} Exported`', 'dynamicName', { settings: trackHook }),
      filename: 'export-button.jsx',
    },
    { ...named(saveLink('report saved'), `'report saved'`, 'wrongStyle', { output: saveLink('Report Saved') }), filename: 'save-link.jsx' },
    {
      ...named(signUpPage('Signup'), `'Signup'`, 'synonym', { suggestion: signUpPage('Signed Up'), data: { name: 'Signup', event: 'Signed Up', expected: 'Signed Up' } }),
      filename: 'sign-up-page.jsx',
    },
  ],
});
