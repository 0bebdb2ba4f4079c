import { mkdirSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { findPlanEvent, findSynonym, inlinePlan, isIsoDateTime, loadPlanFile, readPlan, shippedPlan, shippedPlans } from '../../src/plan.js';
import schema from '../../src/plans/plan-schema.json' with { type: 'json' };
import { tempDirs } from '../temp-dirs.js';

const tempDir = tempDirs();

const fixtures = 'tests/fixtures/plan-loading';
const cwd = process.cwd();

describe('the shipped plans', () => {
  const validate = new Ajv({ strict: true, allErrors: true, allowUnionTypes: true }).compile(schema);
  it.each(Object.keys(shippedPlans))('%s follows the plan schema', (name) => {
    validate(shippedPlans[name as keyof typeof shippedPlans]);
    expect(validate.errors ?? []).toEqual([]);
  });

  it('hold the Segment B2B SaaS events with their required properties', () => {
    const plan = shippedPlan('segment');
    expect(plan.naming).toBe('Title Case');
    expect(plan.events.map((event) => event.name)).toEqual([
      'Account Created',
      'Account Deleted',
      'Signed Up',
      'Signed In',
      'Signed Out',
      'Invite Sent',
      'Account Added User',
      'Account Removed User',
      'Trial Started',
      'Trial Ended',
    ]);
    expect(findPlanEvent(plan, 'Trial Started')?.required).toEqual(['trial_start_date', 'trial_end_date', 'trial_plan_name']);
    expect(findPlanEvent(plan, 'Signed Up')?.properties?.type?.enum).toEqual(['invited', 'organic']);
    expect(findPlanEvent(plan, 'Signed Up')?.recommended).toEqual(['first_name', 'last_name', 'email', 'username']);
  });

  it('hold the dotted plan with object.action naming', () => {
    const plan = shippedPlan('dotted');
    expect(plan.naming).toBe('object.action');
    expect(plan.events).toHaveLength(11);
    expect(findPlanEvent(plan, 'trial.started')?.properties?.trial_days?.type).toBe('number');
    expect(findPlanEvent(plan, 'trial.ended')?.properties?.converted?.type).toBe('boolean');
    expect(findPlanEvent(plan, 'plan.downgraded')?.recommended).toEqual(['reason']);
  });
});

describe('findPlanEvent', () => {
  const plan = shippedPlan('segment');
  it.each(['account_created', 'accountCreated', 'Account Created', 'account.created', 'ACCOUNT_CREATED'])(
    '%j names Account Created',
    (name) => {
      expect(findPlanEvent(plan, name)?.name).toBe('Account Created');
    },
  );
  it('lets "User Signed Up" name Signed Up', () => {
    expect(findPlanEvent(plan, 'User Signed Up')?.name).toBe('Signed Up');
  });
  it('finds nothing for other names', () => {
    expect(findPlanEvent(plan, 'Report Exported')).toBeUndefined();
  });

  // Words with capitals inside part differently ("HubSpot" → hub, spot): their letters still name the event.
  const brands = inlinePlan({ events: { 'HubSpot Connected': {}, '2FA Enabled': {}, 'E-mail Sent': {}, 'Name Changed': {} } });
  it.each([
    ['hubspot_connected', 'HubSpot Connected'],
    ['HubSpotConnected', 'HubSpot Connected'],
    ['Hubspot Connected', 'HubSpot Connected'],
    ['user_hubspot_connected', 'HubSpot Connected'],
    ['2fa_enabled', '2FA Enabled'],
    ['email_sent', 'E-mail Sent'],
  ])('%j names %j whatever the capitals inside its words', (name, expected) => {
    expect(findPlanEvent(brands, name)?.name).toBe(expected);
  });
  it('does not take the letters of "user" from a longer word', () => {
    expect(findPlanEvent(brands, 'Username Changed')).toBeUndefined();
  });
});

describe('findSynonym', () => {
  it.each([
    ['segment', 'Signup', 'Signed Up'],
    ['segment', 'User Registered', 'Signed Up'],
    ['segment', 'Login', 'Signed In'],
    ['segment', 'Logged In', 'Signed In'],
    ['segment', 'Logout', 'Signed Out'],
    ['segment', 'Invited User', 'Invite Sent'],
    ['segment', 'Trial Start', 'Trial Started'],
    ['dotted', 'login', 'user.signed_in'],
    ['dotted', 'invite_sent', 'user.invited'],
  ] as const)('%s: %j → %j', (planName, name, expected) => {
    expect(findSynonym(shippedPlan(planName), name)?.name).toBe(expected);
  });

  it('finds a synonym whatever the capitals inside its words', () => {
    const plan = inlinePlan({ events: { 'HubSpot Connected': { synonyms: ['HubSpot Linked'] } } });
    expect(findSynonym(plan, 'hubspot_linked')?.name).toBe('HubSpot Connected');
    expect(findSynonym(plan, 'hubspot_connected')).toBeUndefined();
  });

  it('never calls a plan event a synonym', () => {
    expect(findSynonym(shippedPlan('dotted'), 'user.invited')).toBeUndefined();
    expect(findSynonym(shippedPlan('segment'), 'Signed In')).toBeUndefined();
  });
});

describe('user plans', () => {
  it('loads a JSON plan that extends a shipped one', () => {
    const plan = loadPlanFile(`${fixtures}/acme.json`, cwd);
    expect(plan.name).toBe('acme');
    expect(plan.naming).toBe('Title Case');
    expect(findPlanEvent(plan, 'report_exported')?.required).toEqual(['format']);
    expect(findPlanEvent(plan, 'report_exported')?.properties?.row_count?.type).toBe('integer');
    // Its own Signed Up replaces the shipped one; the other shipped events stay.
    expect(findPlanEvent(plan, 'Signed Up')?.required).toEqual(['plan']);
    expect(findPlanEvent(plan, 'Trial Ended')?.required).toContain('trial_plan_name');
  });

  it('loads a YAML plan and takes the naming of the plan it extends', () => {
    const plan = loadPlanFile(`${fixtures}/acme.yaml`, cwd);
    expect(plan.name).toBe('acme-yaml');
    expect(plan.naming).toBe('object.action');
    expect(findPlanEvent(plan, 'Report Exported')?.name).toBe('report.exported');
    expect(findPlanEvent(plan, 'user.joined')?.required).toEqual(['invitation_id', 'role']);
  });

  it('takes an inline plan object', () => {
    const plan = inlinePlan({ naming: 'snake_case', events: { report_exported: { required: ['format'] } } });
    expect(plan.naming).toBe('snake_case');
    expect(findPlanEvent(plan, 'Report Exported')?.required).toEqual(['format']);
  });

  it('reads a file once and again when it changes', () => {
    const dir = tempDir('b2b-plan-');
    const file = path.join(dir, 'plan.json');
    writeFileSync(file, JSON.stringify({ events: { 'Report Exported': { required: ['format'] } } }));
    utimesSync(file, 1_000, 1_000);
    const first = loadPlanFile(file, cwd);
    expect(loadPlanFile(file, cwd)).toBe(first);
    writeFileSync(file, JSON.stringify({ events: { 'Report Exported': { required: ['format', 'rows'] } } }));
    utimesSync(file, 2_000, 2_000);
    const second = loadPlanFile(file, cwd);
    expect(second).not.toBe(first);
    expect(findPlanEvent(second, 'Report Exported')?.required).toEqual(['format', 'rows']);
  });
});

/** readPlan: a plan file's content for the config, so that `--cache` sees edits to the plan (the config is what it hashes). */
describe('readPlan', () => {
  it('reads a YAML plan into an inline plan, with the events of the plan it extends', () => {
    const plan = readPlan(`${fixtures}/acme.yaml`);
    expect(plan.name).toBe('acme-yaml');
    expect(plan.naming).toBe('object.action');
    expect(plan.extends).toBeUndefined();
    expect(plan.events['report.exported']).toEqual({ required: ['format'], properties: { format: { type: 'string', enum: ['csv', 'pdf'] } } });
    // From the dotted plan it extends.
    expect(plan.events['user.joined']?.required).toEqual(['invitation_id', 'role']);
    // Plain data, as ESLint writes a config out to hash it.
    expect(JSON.parse(JSON.stringify(plan))).toEqual(plan);
  });

  it('gives, as the plan setting, the plan the path gives', () => {
    for (const file of [`${fixtures}/acme.json`, `${fixtures}/acme.yaml`]) {
      const fromPath = loadPlanFile(file, cwd);
      const fromContent = inlinePlan(readPlan(file));
      expect(fromContent.name).toBe(fromPath.name);
      expect(fromContent.naming).toBe(fromPath.naming);
      expect(fromContent.events).toEqual(fromPath.events);
    }
    // acme.json has no name: the file's name stands for it, as with the path.
    expect(readPlan(`${fixtures}/acme.json`).name).toBe('acme');
  });

  it('stops with the messages of the plan setting', () => {
    expect(() => readPlan(`${fixtures}/missing.json`)).toThrow(
      /^eslint-plugin-b2b-tracking: settings\['b2b-tracking'\]\.plan: the plan file "tests\/fixtures\/plan-loading\/missing\.json" was not found/,
    );
    expect(() => readPlan(`${fixtures}/bad-schema.yaml`)).toThrow(
      'eslint-plugin-b2b-tracking: tests/fixtures/plan-loading/bad-schema.yaml: events["Report Exported"].required must be an array.',
    );
  });

  it('reads the file again when it has changed', () => {
    const dir = tempDir('b2b-plan-');
    const file = path.join(dir, 'tracking-plan.yaml');
    writeFileSync(file, 'events:\n  Report Exported:\n    required: [format]\n');
    utimesSync(file, 1_000, 1_000);
    expect(readPlan(file).events['Report Exported']?.required).toEqual(['format']);
    writeFileSync(file, 'events:\n  Report Exported:\n    required: [row_count]\n');
    utimesSync(file, 2_000, 2_000);
    expect(readPlan(file).events['Report Exported']?.required).toEqual(['row_count']);
  });
});

describe('isIsoDateTime', () => {
  it.each(['2018-08-28', '2018-08-28T04:09:47Z', '2018-08-28T04:09Z', '2018-08-28 04:09:47.123456+05:30', '2018-08-28T04:09:47-0800', '2020-02-29', '2000-02-29T23:59:59Z', '2018-12-31T00:00:00+14:00'])(
    '%j is ISO-8601',
    (text) => {
      expect(isIsoDateTime(text)).toBe(true);
    },
  );
  it.each([
    '2018-13-45T99:99:99Z',
    '2018-00-10',
    '2018-01-00',
    '2018-04-31',
    // 2019, and 1900 (a century not divisible by 400), have no 29th of February.
    '2019-02-29',
    '1900-02-29',
    '2018-08-28T24:00:00Z',
    '2018-08-28T04:60:00Z',
    '2018-08-28T04:09:60Z',
    '2018-08-28T04:09:47+24:00',
    '2018-08-28T04:09:47+05:60',
    '08/28/2018',
    '2018-8-28',
    '2018-08-28T04',
  ])('%j is not', (text) => {
    expect(isIsoDateTime(text)).toBe(false);
  });
});

describe('plan errors name the file and the path inside it', () => {
  it.each([
    ['missing.json', /settings\['b2b-tracking'\]\.plan: the plan file "tests\/fixtures\/plan-loading\/missing\.json" was not found \(looked for .*missing\.json\)\./],
    ['bad-syntax.json', /^eslint-plugin-b2b-tracking: tests\/fixtures\/plan-loading\/bad-syntax\.json: the plan file is not valid JSON: /],
    ['bad-syntax.yaml', /^eslint-plugin-b2b-tracking: tests\/fixtures\/plan-loading\/bad-syntax\.yaml: the plan file is not valid YAML: .*at line 4, column 1$/],
    ['bad-schema.yaml', /^eslint-plugin-b2b-tracking: tests\/fixtures\/plan-loading\/bad-schema\.yaml: events\["Report Exported"\]\.required must be an array\.$/],
  ])('%s', (file, message) => {
    expect(() => loadPlanFile(`${fixtures}/${file}`, cwd)).toThrow(message);
  });

  it('names a directory given as the plan that holds no plan file', () => {
    const dir = tempDir('b2b-plan-');
    mkdirSync(path.join(dir, 'plan.json'));
    writeFileSync(path.join(dir, 'plan.json', 'notes.md'), '# not a plan');
    expect(() => loadPlanFile('plan.json', dir)).toThrow(
      `eslint-plugin-b2b-tracking: settings['b2b-tracking'].plan: the directory "plan.json" holds no plan files (JSON or YAML).`,
    );
  });

  it('gives the line and column of a JSON syntax error', () => {
    const dir = tempDir('b2b-plan-');
    const file = path.join(dir, 'broken.json');
    writeFileSync(file, '{\n  "events": {\n    "A": {,}\n  }\n}');
    expect(() => loadPlanFile(file, cwd)).toThrow(/: the plan file is not valid JSON: .*\(line 3 column 11\)$/);
  });

  it('reads a JSON plan saved with a byte-order mark', () => {
    const dir = tempDir('b2b-plan-');
    const file = path.join(dir, 'bom.json');
    writeFileSync(file, '\uFEFF{"events":{"Report Exported":{"required":["format"]}}}');
    expect(loadPlanFile(file, cwd).events.map((event) => event.name)).toEqual(['Report Exported']);
  });

  it('names the empty event name in a plan file', () => {
    const dir = tempDir('b2b-plan-');
    const file = path.join(dir, 'empty-name.json');
    writeFileSync(file, '{"events":{"":{}}}');
    expect(() => loadPlanFile(file, cwd)).toThrow(`eslint-plugin-b2b-tracking: ${file}: events[""]: an event name must not be empty.`);
  });

  it.each([
    [{}, "settings['b2b-tracking'].plan: the plan must have `events`."],
    [{ events: { '': { required: ['x'] } } }, `settings['b2b-tracking'].plan: events[""]: an event name must not be empty.`],
    [{ events: { A: { required: [''] } } }, "settings['b2b-tracking'].plan: events.A.required[0] must not be empty."],
    [{ events: { Événement: { synonyms: ['ok', ''] } } }, "settings['b2b-tracking'].plan: events.Événement.synonyms[1] must not be empty."],
    [{ events: [] }, "settings['b2b-tracking'].plan: events must be an object."],
    [{ events: {}, extends: 'amplitude' }, `settings['b2b-tracking'].plan: extends must be one of "segment", "dotted".`],
    [{ events: {}, naming: 'kebab' }, `settings['b2b-tracking'].plan: naming must be one of "Title Case", "snake_case", "object.action", "Object_Action", "camelCase", "Sentence case", "lower case", "kebab-case", "object:action".`],
    [{ events: { A: { required: ['x'], optional: ['y'] } } }, "settings['b2b-tracking'].plan: events.A.optional is not a known key."],
    [{ events: { A: { properties: { x: { type: 'date' } } } } }, `settings['b2b-tracking'].plan: events.A.properties.x.type must be one of "string", "number", "integer", "boolean", "object", "array".`],
    [{ events: { A: { required: ['x', 1] } } }, "settings['b2b-tracking'].plan: events.A.required[1] must be a string."],
  ])('inline %j', (plan, message) => {
    expect(() => inlinePlan(plan)).toThrow(`eslint-plugin-b2b-tracking: ${message}`);
  });
});
