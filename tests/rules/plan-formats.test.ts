/**
 * The rules under a plan in each format the plugin reads: the fixture of each
 * (tests/fixtures/plan-formats) has a report export with two required
 * properties, one of them an enum, and a recipient's e-mail marked as
 * personal data.
 */
import tsParser from '@typescript-eslint/parser';
import type { InvalidTestCase, RuleTester, ValidTestCase } from '@typescript-eslint/rule-tester';
import { Linter } from 'eslint';
import { describe, expect, it } from 'vitest';
import plugin from '../../src/index.js';
import hashInviteeEmail from '../../src/rules/hash-invitee-email.js';
import requireEventProperties from '../../src/rules/require-event-properties.js';
import { at } from '../positions.js';
import { jsRuleTester, tsRuleTester, tsxRuleTester } from '../rule-tester.js';

const fixtures = 'tests/fixtures/plan-formats';

interface Format {
  label: string;
  plan: string;
  event: string;
  /** The fixture's keys: the enum, the integer, the personal data. */
  format: string;
  rows: string;
  email: string;
}

const snake = { format: 'report_format', rows: 'row_count', email: 'recipient_email' };
const formats: Format[] = [
  { label: 'Segment Public API', plan: `${fixtures}/segment-public-api.json`, event: 'Report Exported', ...snake },
  { label: 'Segment Typewriter', plan: `${fixtures}/segment-typewriter.json`, event: 'Report Exported', format: 'reportFormat', rows: 'rowCount', email: 'recipientEmail' },
  { label: 'Segment Config API v1', plan: `${fixtures}/segment-config-api.json`, event: 'Report Exported', ...snake },
  { label: 'RudderStack rudder v0.1', plan: `${fixtures}/rudder-v0.1`, event: 'Report Exported', ...snake },
  { label: 'RudderStack rudder v1', plan: `${fixtures}/rudder-v1`, event: 'Report Exported', ...snake },
  { label: 'mParticle', plan: `${fixtures}/mparticle.json`, event: 'Report Exported', ...snake },
  { label: 'Snowplow Iglu', plan: `${fixtures}/snowplow`, event: 'report_exported', ...snake },
  { label: 'Avo', plan: `${fixtures}/avo.json`, event: 'Report Exported', ...snake },
  { label: 'Accoil YAML', plan: `${fixtures}/accoil.yaml`, event: 'report.exported', ...snake },
];

/** The same call as JavaScript, inside a typed TypeScript function, and in a JSX handler. */
const languages: { name: string; tester: RuleTester; wrap: (call: string) => string }[] = [
  { name: 'JavaScript', tester: jsRuleTester, wrap: (call) => call },
  { name: 'TypeScript', tester: tsRuleTester, wrap: (call) => `function exportReport(user: { email: string }, groupId: string): void {\n  ${call}\n}` },
  { name: 'TSX', tester: tsxRuleTester, wrap: (call) => `const Export = ({ user, groupId }: Props) => <button onClick={() => ${call.slice(0, -1)}}>Export</button>;` },
];

const context = '{ context: { groupId } }';
const call = (format: Format, properties: string) => `analytics.track('${format.event}', ${properties}, ${context});`;
const complete = (format: Format) => `{ ${format.format}: 'csv', ${format.rows}: 120, ${format.email}: sha256(user.email) }`;

for (const format of formats) {
  const settings = { 'b2b-tracking': { plan: format.plan } };
  for (const { name, tester, wrap } of languages) {
    const valid: ValidTestCase<never>[] = [{ code: wrap(call(format, complete(format))), settings }];

    const missing = `{ ${format.format}: 'csv' }`;
    const missingCode = wrap(call(format, missing));
    const outside = wrap(call(format, `{ ${format.format}: 'xlsx', ${format.rows}: 120 }`));
    tester.run(`require-event-properties under a ${format.label} plan (${name})`, requireEventProperties, {
      valid,
      invalid: [
        {
          code: missingCode,
          settings,
          errors: [{ messageId: 'missingRequired', data: { event: format.event, names: `\`${format.rows}\`` }, ...at(missingCode, missing) }],
        },
        {
          code: outside,
          settings,
          errors: [{ messageId: 'notInEnum', data: { key: format.format, event: format.event, value: 'xlsx', allowed: '`csv` or `pdf`' }, ...at(outside, `'xlsx'`) }],
        },
      ] satisfies InvalidTestCase<'missingRequired' | 'notInEnum', [{ requireRecommended?: boolean }]>[],
    });

    const plain = wrap(call(format, `{ ${format.format}: 'csv', ${format.rows}: 120, ${format.email}: user.email }`));
    tester.run(`hash-invitee-email under a ${format.label} plan (${name})`, hashInviteeEmail, {
      valid,
      invalid: [{ code: plain, settings, errors: [{ messageId: 'plainEmail', data: { key: format.email, hasher: 'sha256', example: 'user.email' }, ...at(plain, 'user.email', -1) }] }],
    });
  }
}

// A plan's own spelling of a key is the team's decision; a key it does not name is still held to snake_case.
tsRuleTester.run('require-event-properties: keys the plan names are not reported for their style', requireEventProperties, {
  valid: [{ code: `analytics.track('Report Exported', { reportFormat: 'pdf', rowCount: 3, folderName: null });`, settings: { 'b2b-tracking': { plan: `${fixtures}/segment-typewriter.json` } } }],
  invalid: [
    {
      code: `analytics.track('Report Exported', { reportFormat: 'pdf', rowCount: 3, folderId: 'f_1' });`,
      settings: { 'b2b-tracking': { plan: `${fixtures}/segment-typewriter.json` } },
      errors: [
        {
          messageId: 'keyNotSnakeCase',
          ...at(`analytics.track('Report Exported', { reportFormat: 'pdf', rowCount: 3, folderId: 'f_1' });`, 'folderId'),
          suggestions: [{ messageId: 'renameKey', output: `analytics.track('Report Exported', { reportFormat: 'pdf', rowCount: 3, folder_id: 'f_1' });` }],
        },
      ],
    },
  ],
});

describe('every recommended rule: the complete call lints clean under each format', () => {
  const linter = new Linter({ configType: 'flat' });
  it.each(formats)('$label', (format) => {
    const config: Linter.Config[] = [
      { ...plugin.configs.recommended, files: ['**/*.ts'], languageOptions: { parser: tsParser as never }, settings: { 'b2b-tracking': { plan: format.plan } } },
    ];
    const code = `import { sha256 } from './hash';\ndeclare const user: { email: string };\ndeclare const groupId: string;\n${call(format, complete(format))}\n`;
    expect(linter.verify(code, config, 'export.ts')).toEqual([]);
  });
});
