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
import { loadPlanFile, type PlanEvent, type PlanProperty } from '../../src/plan.js';
import hashInviteeEmail from '../../src/rules/hash-invitee-email.js';
import requireEventProperties from '../../src/rules/require-event-properties.js';
import traitPlacement from '../../src/rules/trait-placement.js';
import { at } from '../positions.js';
import { realPlans } from '../real-plans.js';
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
      invalid: [{ code: plain, settings, errors: [{ messageId: 'plainPersonalData', data: { key: format.email, hasher: 'sha256', example: 'user.email' }, ...at(plain, 'user.email', -1) }] }],
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

// The Accoil fixture lists user traits (email, seat_type) and account traits (name, seat_count, parent_group_id).
const accoilSettings = { 'b2b-tracking': { plan: `${fixtures}/accoil.yaml` } };
const seatCountOnIdentify = `analytics.identify(user.id, { email: user.email, seat_count: 4 });`;
const seatTypeOnGroup = `analytics.group(account.id, { name: 'Acme', seat_type: 'editor' });`;
for (const { name, tester, wrap } of languages) {
  tester.run(`trait-placement: the plan's identify and group traits (${name})`, traitPlacement, {
    valid: [
      { code: wrap(`analytics.identify(user.id, { email: user.email, seat_type: 'editor' });`), settings: accoilSettings },
      { code: wrap(`analytics.group(account.id, { name: 'Acme', seat_count: 4 });`), settings: accoilSettings },
      // The mParticle fixture lists user attributes only: a plan that says nothing of group traits leaves group calls to the options' lists.
      { code: wrap(`analytics.group(account.id, { name: 'Acme', seat_type: 'editor' });`), settings: { 'b2b-tracking': { plan: `${fixtures}/mparticle.json` } } },
    ],
    invalid: [
      {
        code: wrap(seatCountOnIdentify),
        settings: accoilSettings,
        errors: [
          {
            messageId: 'accountTraitOnIdentify',
            ...at(wrap(seatCountOnIdentify), 'seat_count: 4'),
            suggestions: [{ messageId: 'removeTrait', output: wrap(`analytics.identify(user.id, { email: user.email });`) }],
          },
        ],
      },
      {
        code: wrap(seatTypeOnGroup),
        settings: accoilSettings,
        errors: [
          {
            messageId: 'userTraitOnGroup',
            ...at(wrap(seatTypeOnGroup), `seat_type: 'editor'`),
            suggestions: [{ messageId: 'removeTrait', output: wrap(`analytics.group(account.id, { name: 'Acme' });`) }],
          },
        ],
      },
    ],
  });
}

/**
 * The real exports in ../shared/plans-real (beside the clone in CI; never
 * copied into the repository) give the rules what the fixtures give them: for
 * the first event of each with required properties, a call that sends them
 * all lints clean, one without the first is reported, and a value outside an
 * enum is reported.
 */
/** A literal of the property's kind: its enum's first value, an ISO date, or a value of its type. */
function sample(property: PlanProperty | undefined): string {
  if (property?.enum) return JSON.stringify(property.enum[0]);
  if (property?.format === 'date-time') return `'2024-01-15T10:30:00Z'`;
  return { number: '1', integer: '1', boolean: 'true', object: '{}', array: '[]', string: `'x'` }[property?.type ?? 'string'];
}

describe.skipIf(realPlans.length === 0)('require-event-properties under the real exports', () => {
  const linter = new Linter({ configType: 'flat' });
  const verify = (plan: string, code: string) =>
    linter.verify(code, [{ plugins: { 'b2b-tracking': plugin }, rules: { 'b2b-tracking/require-event-properties': 'error' }, settings: { 'b2b-tracking': { plan } } }], 'file.js');
  const properties = (event: PlanEvent, keys: readonly string[], value = (key: string) => sample(event.properties?.[key])) =>
    `{ ${keys.map((key) => `${JSON.stringify(key)}: ${value(key)}`).join(', ')} }`;

  it.each(realPlans)('%s', (_name, plan) => {
    const events = loadPlanFile(plan, process.cwd()).events;
    const event = events.find((each) => each.required?.length)!;
    const required = event.required!;
    const track = (sent: string) => `analytics.track(${JSON.stringify(event.name)}, ${sent});`;
    expect(verify(plan, track(properties(event, required)))).toEqual([]);
    expect(verify(plan, track(properties(event, required.slice(1)))).map((message) => message.messageId)).toEqual(['missingRequired']);
    const withEnum = events.find((each) => Object.values(each.properties ?? {}).some((property) => property.enum?.some((value) => typeof value === 'string')));
    if (!withEnum) return;
    const key = Object.entries(withEnum.properties!).find(([, property]) => property.enum?.some((value) => typeof value === 'string'))![0];
    const keys = [...new Set([...(withEnum.required ?? []), key])];
    const sent = properties(withEnum, keys, (each) => (each === key ? `'not one of them'` : sample(withEnum.properties?.[each])));
    expect(verify(plan, `analytics.track(${JSON.stringify(withEnum.name)}, ${sent});`).map((message) => message.messageId)).toEqual(['notInEnum']);
  });
});
