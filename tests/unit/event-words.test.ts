import { describe, expect, it } from 'vitest';
import { compactKey, formatWords, keepsWords, matchesStyle, respell, restyle, spelledWords, splitWords, wordKey } from '../../src/event-words.js';

describe('splitWords', () => {
  it.each([
    ['Account Created', ['account', 'created']],
    ['account_created', ['account', 'created']],
    ['accountCreated', ['account', 'created']],
    ['AccountCreated', ['account', 'created']],
    ['user.signed_up', ['user', 'signed', 'up']],
    ['Report_Created', ['report', 'created']],
    ['APIKeyCreated', ['api', 'key', 'created']],
    // A lone capital before a hump belongs to it; a combining mark belongs to its letter.
    ['OAuthConnected', ['oauth', 'connected']],
    ['OAuth Connected', ['oauth', 'connected']],
    ['İstanbul viewed', ['i\u0307stanbul', 'viewed']],
    ['i\u0307stanbul_viewed', ['i\u0307stanbul', 'viewed']],
    ['  report -- exported  ', ['report', 'exported']],
    ['App: Document Uploaded', ['app', 'document', 'uploaded']],
    ['', []],
  ])('%j → %j', (name, words) => {
    expect(splitWords(name)).toEqual(words);
  });
});

describe('spelledWords', () => {
  it.each([
    // Separators split words; humps only split a name without separators.
    ['OAuth Connected', ['OAuth', 'Connected']],
    ['iOS App Installed', ['iOS', 'App', 'Installed']],
    ['McDonald_Added', ['McDonald', 'Added']],
    ['accountCreated', ['account', 'Created']],
    ['APIKeyCreated', ['API', 'Key', 'Created']],
    ['OAuthConnected', ['OAuth', 'Connected']],
    ["customer's report", ['customers', 'report']],
    // A hyphen between letters is part of a word in a name with other separators, and separates in one without.
    ['E-mail Sent', ['E-mail', 'Sent']],
    ['Wi-Fi_Connected', ['Wi-Fi', 'Connected']],
    ['report -- exported', ['report', 'exported']],
    ['report-exported', ['report', 'exported']],
    ['Trial-Started', ['Trial', 'Started']],
    ['.Wi-FiConnected', ['Wi', 'FiConnected']],
  ])('%j → %j', (name, words) => {
    expect(spelledWords(name)).toEqual(words);
  });

  it('keeps an apostrophe inside a word when asked', () => {
    expect(spelledWords("customer's 'Beta' report", true)).toEqual(["customer's", 'Beta', 'report']);
  });
});

describe('respell', () => {
  it('writes lower-case words in the first spelling that has them', () => {
    expect(respell(['pdf', 'report', 'exported'], ['Export', 'PDF', 'Report'])).toEqual(['PDF', 'Report', 'exported']);
    expect(respell(['signed', 'up'], ['Signed', 'Up'], ['signed', 'UP', 'via', 'google'])).toEqual(['Signed', 'Up']);
  });

  it('keeps only short acronyms of a shouted name in capitals', () => {
    expect(respell(['report', 'exported'], ['EXPORT', 'REPORT'])).toEqual(['report', 'exported']);
    expect(respell(['key', 'api'], ['API', 'KEY', 'CREATE'])).toEqual(['key', 'API']);
  });
});

describe('formatWords', () => {
  const words = ['user', 'signed', 'up'];
  it.each([
    ['Title Case', 'User Signed Up'],
    ['snake_case', 'user_signed_up'],
    ['object.action', 'user.signed_up'],
    ['Object_Action', 'User_Signed_Up'],
    ['camelCase', 'userSignedUp'],
    ['Sentence case', 'User signed up'],
    ['lower case', 'user signed up'],
    ['kebab-case', 'user-signed-up'],
    ['object:action', 'user:signed_up'],
  ] as const)('%s → %s', (style, expected) => {
    expect(formatWords(words, style)).toBe(expected);
  });

  it('puts the dot of object.action after the first word', () => {
    expect(formatWords(['billing', 'plan', 'upgraded'], 'object.action')).toBe('billing.plan_upgraded');
  });

  it.each([
    [['OAuth', 'connected'], 'Title Case', 'OAuth Connected'],
    [['iOS', 'app', 'installed'], 'Object_Action', 'iOS_App_Installed'],
    [['report', 'exported', 'to', 'PDF'], 'Title Case', 'Report Exported to PDF'],
    [['to', 'do', 'list', 'created'], 'Title Case', 'To Do List Created'],
    [['report', 'exported', 'to', 'PDF'], 'Object_Action', 'Report_Exported_To_PDF'],
    [['API', 'KEY', 'CREATED'], 'Title Case', 'API Key Created'],
    [['REPORT', 'EXPORTED', 'TO', 'PDF'], 'Title Case', 'Report Exported To PDF'],
    [['OAuth', 'Connected'], 'snake_case', 'oauth_connected'],
    [['OAuth', 'Connected'], 'camelCase', 'oauthConnected'],
    [['accountCreated', 'again'], 'Title Case', 'AccountCreated Again'],
    // The last word, and a particle before a preposition, end a phrasal verb: capitalised.
    [['signed', 'in'], 'Title Case', 'Signed In'],
    [['feature', 'turned', 'on'], 'Title Case', 'Feature Turned On'],
    [['signed', 'in', 'to', 'slack'], 'Title Case', 'Signed In to Slack'],
    [['report', 'saved', 'in', 'folder'], 'Title Case', 'Report Saved in Folder'],
    // Hyphenated words stay whole in the capitalised styles; the lower-case styles write their parts as words.
    [['wi-fi', 'connected'], 'Title Case', 'Wi-fi Connected'],
    [['Wi-Fi', 'connected'], 'Object_Action', 'Wi-Fi_Connected'],
    [['Wi-Fi', 'connected'], 'snake_case', 'wi_fi_connected'],
    [['check-in', 'completed'], 'object.action', 'check_in.completed'],
    [['Check-in', 'completed'], 'camelCase', 'checkInCompleted'],
    [['2FA', 'enabled'], 'camelCase', '2faEnabled'],
    // Sentence case keeps acronyms and inner capitals after the first word, and lower-cases the rest.
    [['API', 'key', 'created'], 'Sentence case', 'API key created'],
    [['integration', 'connected', 'to', 'Slack'], 'Sentence case', 'Integration connected to slack'],
    [['OAuth', 'Connected'], 'Sentence case', 'OAuth connected'],
    [['REPORT', 'EXPORTED'], 'Sentence case', 'Report exported'],
    // object:action: the object is every word before the action (a particle verb is one action).
    [['trace', 'detail', 'opened'], 'object:action', 'trace_detail:opened'],
    [['signed', 'up'], 'object:action', 'signed:up'],
    [['Wi-Fi', 'connected'], 'kebab-case', 'wi-fi-connected'],
    [['E-mail', 'sent'], 'lower case', 'e-mail sent'],
  ] as const)('%j in %s → %s (spelling kept where it says something)', (words, style, expected) => {
    expect(formatWords(words, style)).toBe(expected);
  });
});

describe('matchesStyle', () => {
  it.each([
    ['Account Created', 'Title Case', true],
    ['API Key Created', 'Title Case', true],
    ['Product Added to Cart', 'Title Case', true],
    ['to Cart', 'Title Case', false],
    ['account created', 'Title Case', false],
    ['AccountCreated', 'Title Case', false],
    ['Account  Created', 'Title Case', false],
    ['account_created', 'snake_case', true],
    ['account__created', 'snake_case', false],
    ['Account_created', 'snake_case', false],
    ['user.signed_up', 'object.action', true],
    ['Feature created', 'Sentence case', true],
    ['API key created', 'Sentence case', true],
    ['Integration connected to Slack', 'Sentence case', true],
    ['Feature Created', 'Sentence case', false],
    ['feature created', 'Sentence case', false],
    ['FEATURE CREATED', 'Sentence case', false],
    ['onboarding started', 'lower case', true],
    ["customer's e-mail sent", 'lower case', true],
    ['onboarding  started', 'lower case', false],
    ['Onboarding started', 'lower case', false],
    ['report-exported', 'kebab-case', true],
    ['report_exported', 'kebab-case', false],
    ['Report-Exported', 'kebab-case', false],
    ['trace_detail:opened', 'object:action', true],
    ['filters:applied', 'object:action', true],
    ['trace_detail_opened', 'object:action', false],
    ['trace:detail:opened', 'object:action', false],
    ['Trace:Opened', 'object:action', false],
    ['user_signed_up', 'object.action', false],
    ['user.signed.up', 'object.action', false],
    ['Report_Created', 'Object_Action', true],
    ['report_created', 'Object_Action', false],
    ['accountCreated', 'camelCase', true],
    ['AccountCreated', 'camelCase', false],
    ['', 'Title Case', false],
    // A possessive is a Title Case word; all capitals is shouting unless every word is a short acronym.
    ["Customer's Report Exported", 'Title Case', true],
    ["customer's Report Exported", 'Title Case', false],
    ['ACCOUNT CREATED', 'Title Case', false],
    ['SSO Enabled', 'Title Case', true],
    ['API SSO', 'Title Case', true],
    ['REPORT_CREATED', 'Object_Action', false],
    ['API_Key_Created', 'Object_Action', true],
    ['Terms & Conditions Accepted', 'Title Case', false],
    // Inner capitals and brands that start in lower case; a camelCase word is not Title Case.
    ['OAuth Connected', 'Title Case', true],
    ['iOS App Installed', 'Title Case', true],
    ['eBook Downloaded', 'Title Case', true],
    ['McDonald Added', 'Title Case', true],
    ['iOS_App_Installed', 'Object_Action', true],
    ['accountCreated Again', 'Title Case', false],
    ['report2 Exported', 'Title Case', false],
    ['OAuth', 'Title Case', true],
    ['OAuthConnected', 'Title Case', false],
    // Letters without case fit every style; a letter with no one-letter capital cannot be Title Case.
    ['報告 エクスポート', 'Title Case', true],
    ['報告_エクスポート', 'snake_case', true],
    ['ßtest Exported', 'Title Case', false],
    ['Straße_ß', 'Object_Action', false],
    ['i\u0307stanbul_viewed', 'snake_case', true],
    // The last word of a Title Case name is capitalised, so is a particle before a preposition.
    ['Signed in', 'Title Case', false],
    ['Signed In', 'Title Case', true],
    ['Signed in to Slack', 'Title Case', false],
    ['Signed In to Slack', 'Title Case', true],
    ['Report Saved in Folder', 'Title Case', true],
    // A hyphenated word is a word of the capitalised styles, not of the lower-case ones; hyphens alone do not separate Title Case words.
    ['E-mail Sent', 'Title Case', true],
    ['Check-in Completed', 'Title Case', true],
    ['Wi-Fi_Connected', 'Object_Action', true],
    ['wi-fi_connected', 'snake_case', false],
    ['Trial-Started', 'Title Case', false],
    ['e-mail Sent', 'Title Case', false],
    // camelCase may start with a digit.
    ['2faEnabled', 'camelCase', true],
    ['2fa_enabled', 'camelCase', false],
  ] as const)('%j in %s: %s', (name, style, expected) => {
    expect(matchesStyle(name, style)).toBe(expected);
  });
});

describe('wordKey', () => {
  it('gives names with the same words the same key', () => {
    expect(new Set(['account_created', 'accountCreated', 'Account Created', 'account.created']).size).toBe(4);
    expect(new Set(['account_created', 'accountCreated', 'Account Created', 'account.created'].map(wordKey))).toEqual(
      new Set(['account created']),
    );
  });
});

describe('compactKey', () => {
  it('gives names with the same letters the same key, however their words part', () => {
    expect(new Set(['HubSpot Connected', 'hubspot_connected', 'HubSpotConnected', 'hubspotConnected'].map(compactKey))).toEqual(
      new Set(['hubspotconnected']),
    );
    expect(compactKey('2FA Enabled')).toBe(compactKey('2fa_enabled'));
    expect(compactKey('E-mail Sent')).toBe(compactKey('email_sent'));
  });
});

describe('keepsWords', () => {
  it.each([
    ['hubspot_connected', 'HubSpot Connected', true],
    ['Billing Plan Upgraded', 'billing_plan.upgraded', true],
    ['E-mail sent', 'E-mail Sent', true],
    // Words parted otherwise, a hyphenated word changed, characters dropped.
    ['HubSpotConnected', 'HubSpot Connected', false],
    ['e-mail sent', 'E-mail Sent', false],
    ['Wi-Fi Connected', 'wi_fi_connected', false],
    ['Terms & Conditions', 'Terms Conditions', false],
  ] as const)('%j → %j: %s', (before, after, expected) => {
    expect(keepsWords(before, after)).toBe(expected);
  });
});

describe('restyle', () => {
  it.each([
    // Only casing and separators change: the words stay the same.
    ['account created', 'Title Case', 'Account Created', true],
    ['accountCreated', 'Title Case', 'Account Created', true],
    ['ACCOUNT CREATED', 'Title Case', 'Account Created', true],
    ['  report -- exported  ', 'Title Case', 'Report Exported', true],
    ['Account Created', 'snake_case', 'account_created', true],
    ["customer's report_exported", 'Title Case', "Customer's Report Exported", true],
    // Other characters would be dropped.
    ["Customer's Report Exported", 'snake_case', 'customers_report_exported', false],
    ["'Beta' Report Exported", 'Title Case', 'Beta Report Exported', false],
    ['Terms & Conditions Accepted', 'Title Case', 'Terms Conditions Accepted', false],
    ['A/B Test Started', 'Title Case', 'A B Test Started', false],
    ['Report Exported (Beta)', 'Title Case', 'Report Exported Beta', false],
    ['Tenant Created - [Dashboard]', 'Title Case', 'Tenant Created Dashboard', false],
    // Spelling kept: no word is split at its inner capitals, acronyms stay, minor words in lower case stay so.
    ['OAuth connected', 'Title Case', 'OAuth Connected', true],
    ['iOS app installed', 'Title Case', 'iOS App Installed', true],
    ['eBook downloaded', 'Title Case', 'eBook Downloaded', true],
    ['McDonald added', 'Title Case', 'McDonald Added', true],
    ['OAuth_connected', 'Object_Action', 'OAuth_Connected', true],
    ['API key created', 'Title Case', 'API Key Created', true],
    ['Report exported to PDF', 'Title Case', 'Report Exported to PDF', true],
    ['API KEY CREATED', 'Title Case', 'API Key Created', true],
    ['SSO ENABLED', 'Object_Action', 'SSO_Enabled', true],
    ['OAuth Connected', 'snake_case', 'oauth_connected', true],
    ['accountCreated', 'Object_Action', 'Account_Created', true],
    // Found by the fuzz test: casing that would change the letters or the words.
    ['ﬁle exported', 'Title Case', 'File Exported', false],
    ['İstanbul viewed', 'Title Case', 'İstanbul Viewed', true],
    ['İstanbul Viewed', 'snake_case', 'i\u0307stanbul_viewed', true],
    ['report exported 2fa', 'camelCase', 'reportExported2fa', false],
    // Same letters, but "ß" has no one-letter capital: the rewrite is no Object_Action name (see matchesStyle).
    ['straße ß', 'Object_Action', 'Straße_ß', true],
    // A particle at the end is capitalised; a hyphenated word is only kept as it is.
    ['signed_in', 'Title Case', 'Signed In', true],
    ['E-mail sent', 'Title Case', 'E-mail Sent', true],
    ['e-mail sent', 'Title Case', 'E-mail Sent', false],
    ['Wi-Fi Connected', 'Object_Action', 'Wi-Fi_Connected', true],
    ['Wi-Fi Connected', 'snake_case', 'wi_fi_connected', false],
    ['report-exported', 'snake_case', 'report_exported', true],
    ['2FA Enabled', 'camelCase', '2faEnabled', true],
    // The new styles; the colon of object:action is a separator, written or dropped.
    ['Feature Created', 'Sentence case', 'Feature created', true],
    ["customer's report_exported", 'Sentence case', "Customer's report exported", true],
    ['Onboarding_Started', 'lower case', 'onboarding started', true],
    ['Report Exported', 'kebab-case', 'report-exported', true],
    ['Trace Detail Opened', 'object:action', 'trace_detail:opened', true],
    ['trace_detail:opened', 'Title Case', 'Trace Detail Opened', true],
    ['Error: Thing Happened', 'Title Case', 'Error Thing Happened', false],
  ] as const)('%j in %s → %j (keeps everything: %s)', (name, style, expected, keepsEverything) => {
    expect(restyle(name, style)).toEqual({ name: expected, keepsEverything });
  });
});
