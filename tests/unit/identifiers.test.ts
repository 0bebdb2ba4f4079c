import { describe, expect, it } from 'vitest';
import { isIdentifierName } from '../../src/identifiers.js';

describe('isIdentifierName', () => {
  // Names JavaScript lets a key or a step after a dot be, unquoted: any script, `$` and `_`, reserved words too.
  it.each(['row_count', 'trackEvent', '$groups', '_private', 'événement', 'über_count', 'class', 'a\u200Db'])('%j is one', (name) => {
    expect(isIdentifierName(name)).toBe(true);
  });
  it.each(['', '2fa_enabled', 'File Format', 'invitee-email', 'a.b', '0.5', 'track()'])('%j is not', (name) => {
    expect(isIdentifierName(name)).toBe(false);
  });
});
