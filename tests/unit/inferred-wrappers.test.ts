/**
 * Wrappers found from their definitions: the fixture app under
 * tests/fixtures/projects/next-app calls posthog-js, posthog-node and Segment
 * through its own functions and a hook, in other modules. With no settings at
 * all it gets the same reports as with `callees` written by hand.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import tsParser from '@typescript-eslint/parser';
import { Linter } from 'eslint';
import * as espree from 'espree';
import { describe, expect, it } from 'vitest';
import plugin from '../../src/index.js';

const app = fileURLToPath(new URL('../fixtures/projects/next-app/', import.meta.url));

/** What a team would write in `callees` to describe the fixture's wrappers. */
const handWritten = {
  track: [
    { callee: 'trackEvent', event: '0', properties: '1', options: '2' },
    { callee: 'track', event: '0', properties: '1', options: '2' },
    { callee: 'useAnalytics().capture', event: '0', properties: '1' },
    { callee: 'trackSegmentEvent', event: '0', properties: '1', options: '2' },
    { callee: 'sendEvent', event: '0', properties: '1', options: '2' },
    { callee: 'captureServerEvent', event: '0.eventName', properties: '0.payload', userId: '0.userId', groupContext: '0.orgId' },
  ],
  identify: [{ callee: 'identifyUser', userId: '0', traits: '1' }],
  group: [{ callee: 'joinAccount', groupId: '0', traits: '1' }],
};

function lint(file: string, settings?: object, text?: string) {
  const linter = new Linter({ configType: 'flat' });
  const javascript = file.endsWith('.js');
  const config = [
    {
      files: ['**/*.ts', '**/*.tsx', '**/*.js'],
      ...plugin.configs.recommended,
      languageOptions: javascript
        ? { parser: espree, parserOptions: { ecmaVersion: 'latest', sourceType: 'module' } }
        : { parser: tsParser, parserOptions: { ecmaFeatures: { jsx: true } } },
      ...(settings ? { settings: { 'b2b-tracking': settings } } : {}),
    },
  ] as Linter.Config[];
  const path = app + file;
  return linter.verify(text ?? readFileSync(path, 'utf8'), config, path).map((message) => `${message.line}:${message.column} ${message.ruleId} ${message.messageId}`);
}

describe('wrappers inferred from their definitions', () => {
  it.each(['src/app/settings/page.tsx', 'src/app/api/route.ts', 'src/app/legacy.js'])('%s: no settings gives the reports hand-written callees give', (file) => {
    const inferred = lint(file);
    expect(inferred).toEqual(lint(file, { callees: handWritten }));
  });

  it('checks the calls of a posthog-js wrapper, a renamed re-export and a hook where they are made', () => {
    expect(lint('src/app/settings/page.tsx')).toEqual([
      // trackEvent('settings saved', …)
      '11:16 b2b-tracking/event-name-format wrongStyle',
      // trackEvent(SIGN_UP, {}): the name is read from the constants module.
      '12:25 b2b-tracking/require-event-properties missingRequired',
      // track(EVENTS.BUTTON_CLICKED), `track` being `trackEvent` re-exported from lib/index.ts: one report for the
      // name, its grammar (the casing is said in the same message).
      '13:11 b2b-tracking/event-name-format verbFirst',
      // capture('Report Exported', { reportName }) from useAnalytics().
      '14:34 b2b-tracking/require-event-properties keyNotSnakeCase',
      // trackClick('save') and trackStep('start', {}) build or choose their names: nothing is inferred for them.
    ]);
  });

  it('checks a server helper wrapping posthog-node and a Segment wrapper at their calls', () => {
    expect(lint('src/app/api/route.ts')).toEqual([
      // Without `orgId`, the server event has no account.
      '5:9 b2b-tracking/require-group-context missingGroupContextServer',
      '7:65 b2b-tracking/event-name-format wrongStyle',
      '7:89 b2b-tracking/require-event-properties missingRequired',
      // Segment's browser call takes the account in its options, which trackSegmentEvent forwards.
      '8:3 b2b-tracking/require-group-context missingGroupContextWrapper',
    ]);
  });

  it('checks the calls of one wrapper in every file that imports it, one file after another', () => {
    // What is inferred for a module serves every file linted in the process: the second and third files are checked as the first.
    const page = (name: string) => `import { trackEvent } from '@/lib/analytics';\nexport function Save() {\n  trackEvent('${name}', {});\n}\n`;
    for (const file of ['src/app/one/page.tsx', 'src/app/two/page.tsx', 'src/app/three/page.tsx']) {
      expect(lint(file, undefined, page('report exported')), file).toEqual(['3:14 b2b-tracking/event-name-format wrongStyle']);
    }
  });

  it('reads a JavaScript wrapper under espree', () => {
    expect(lint('src/app/legacy.js')).toEqual([
      '4:13 b2b-tracking/event-name-format wrongStyle',
      '5:3 b2b-tracking/require-group-context missingGroupContextWrapper',
    ]);
  });

  it('takes a helper that adds the account itself as carrying it, and checks the rest of its call', () => {
    expect(lint('src/app/api/account/route.ts')).toEqual(['4:69 b2b-tracking/hash-invitee-email plainEmail']);
  });

  it('reports in the wrappers\' modules only what their own code gets wrong', () => {
    expect(lint('src/lib/analytics.ts')).toEqual(['19:19 b2b-tracking/event-name-format dynamicName']);
    expect(lint('src/server/posthog.ts')).toEqual([]);
    expect(lint('src/lib/segment.ts')).toEqual([]);
  });
});
