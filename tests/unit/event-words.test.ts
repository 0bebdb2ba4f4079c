import { describe, expect, it } from 'vitest';
import { formatWords, matchesStyle, restyle, splitWords, wordKey } from '../../src/event-words.js';

describe('splitWords', () => {
  it.each([
    ['Account Created', ['account', 'created']],
    ['account_created', ['account', 'created']],
    ['accountCreated', ['account', 'created']],
    ['AccountCreated', ['account', 'created']],
    ['user.signed_up', ['user', 'signed', 'up']],
    ['Report_Created', ['report', 'created']],
    ['APIKeyCreated', ['api', 'key', 'created']],
    ['  report -- exported  ', ['report', 'exported']],
    ['App: Document Uploaded', ['app', 'document', 'uploaded']],
    ['', []],
  ])('%j → %j', (name, words) => {
    expect(splitWords(name)).toEqual(words);
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
  ] as const)('%s → %s', (style, expected) => {
    expect(formatWords(words, style)).toBe(expected);
  });

  it('puts the dot of object.action after the first word', () => {
    expect(formatWords(['billing', 'plan', 'upgraded'], 'object.action')).toBe('billing.plan_upgraded');
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
    // Found by the fuzz test: casing that would change the words.
    ['ﬁle exported', 'Title Case', 'ﬁle Exported', true],
    ['straße ß', 'Object_Action', 'Straße_ß', true],
    ['İstanbul viewed', 'Title Case', 'I\u0307stanbul Viewed', false],
    ['report exported 2fa', 'camelCase', 'reportExported2fa', false],
  ] as const)('%j in %s → %j (keeps everything: %s)', (name, style, expected, keepsEverything) => {
    expect(restyle(name, style)).toEqual({ name: expected, keepsEverything });
  });
});
