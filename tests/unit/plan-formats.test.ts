import { cpSync, mkdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { findPlanEvent, inlinePlan, loadPlanFile, type Plan, planRecheckMs } from '../../src/plan.js';
import { realPlans } from '../real-plans.js';
import { tempDirs } from '../temp-dirs.js';

const tempDir = tempDirs();

const fixtures = 'tests/fixtures/plan-formats';
const cwd = process.cwd();

function load(file: string, format?: string): Plan {
  return loadPlanFile(`${fixtures}/${file}`, cwd, format);
}

function temporary(): string {
  return tempDir('b2b-plan-formats-');
}

const reportProperties = { report_format: { description: 'File type', type: 'string', enum: ['csv', 'pdf'] }, row_count: { type: 'integer' } };

describe('each format, read from its fixture', () => {
  // The plugin's model of each fixture's "Report Exported", written out by hand from the fixture.
  it.each([
    ['segment-public-api.json', 'Report Exported'],
    ['segment-config-api.json', 'Report Exported'],
    ['avo.json', 'Report Exported'],
    ['mparticle.json', 'Report Exported'],
    ['rudder-v0.1', 'Report Exported'],
    ['rudder-v1', 'Report Exported'],
    ['snowplow', 'report_exported'],
    ['accoil.yaml', 'report.exported'],
  ])('%s: the event with its required properties, types, enums, dates and personal data', (file, name) => {
    const plan = load(file);
    const event = findPlanEvent(plan, name)!;
    expect(event.name).toBe(name);
    expect(event.required).toEqual(['report_format', 'row_count']);
    expect(event.properties).toMatchObject(reportProperties);
    expect(event.properties?.exported_at).toMatchObject({ type: 'string', format: 'date-time' });
    expect(event.properties?.recipient_email?.type).toBe('string');
    expect([...plan.personalData]).toEqual(['recipient_email']);
    // An event with no properties (and no `required`) is an event all the same.
    const archived = findPlanEvent(plan, 'Workspace Archived')!;
    expect(archived.required ?? []).toEqual([]);
    expect(archived.properties ?? {}).toEqual({});
  });

  it('Typewriter plan.json: unwrapped schemas, named by eventMetadata, camelCase keys', () => {
    const plan = load('segment-typewriter.json');
    expect(plan.events.map((event) => event.name)).toEqual(['Report Exported', 'Workspace Archived']);
    const event = plan.events[0]!;
    expect(event.required).toEqual(['reportFormat', 'rowCount']);
    expect(event.properties).toEqual({
      reportFormat: { type: 'string', enum: ['csv', 'pdf'] },
      rowCount: { type: 'integer' },
      folderName: { type: 'string' },
      exportedAt: { type: 'string', format: 'date-time' },
      recipientEmail: { type: 'string' },
      anything: {},
    });
    expect([...plan.personalData]).toEqual(['recipientEmail']);
    expect([...plan.propertyNames]).toEqual(['reportFormat', 'rowCount', 'folderName', 'exportedAt', 'recipientEmail', 'anything']);
  });

  it('a nullable type (["string", "null"], "string,null") is the type; null is left out of an enum', () => {
    expect(load('segment-public-api.json').events[0]!.properties?.folder_name).toEqual({ type: 'string' });
    expect(load('snowplow').events[0]!.properties?.folder_name).toEqual({ type: 'string' });
    const configApi = load('segment-config-api.json').events[0]!.properties!;
    expect(configApi.report_format).toEqual({ description: 'File type', type: 'string', enum: ['csv', 'pdf'] });
    expect(configApi.row_count).toEqual({ type: 'integer' });
    expect(load('rudder-v0.1').events[0]!.properties?.recipient_email).toEqual({ type: 'string' });
  });

  it('the newest version of a rule or schema wins', () => {
    expect(load('segment-public-api.json').events.map((event) => [event.name, event.description])).toEqual([
      ['Report Exported', 'A user downloaded a report'],
      ['Workspace Archived', undefined],
    ]);
    expect(load('snowplow').events.map((event) => [event.name, event.required])).toEqual([
      ['report_exported', ['report_format', 'row_count']],
      ['workspace_archived', undefined],
    ]);
  });

  it('page, screen and commerce rules are read and left out; identify and group traits kept', () => {
    const publicApi = load('segment-public-api.json');
    expect(publicApi.events.map((event) => event.name)).not.toContain('Dashboard');
    expect([...publicApi.identifyTraits]).toEqual(['email', 'seat_type']);
    expect([...publicApi.groupTraits]).toEqual(['name', 'seat_count']);
    const configApi = load('segment-config-api.json');
    expect([...configApi.identifyTraits]).toEqual(['email', 'seat_type']);
    expect([...configApi.groupTraits]).toEqual(['name', 'seat_count']);
    const mparticle = load('mparticle.json');
    expect(mparticle.events.map((event) => event.name)).toEqual(['Report Exported', 'Workspace Archived']);
    expect([...mparticle.identifyTraits]).toEqual(['seat_type', '$FirstName']);
    const rudder = load('rudder-v0.1');
    expect(rudder.events.map((event) => event.name)).toEqual(['Report Exported', 'Workspace Archived']);
    expect([...rudder.identifyTraits]).toEqual(['seat_type']);
    expect([...load('rudder-v1').groupTraits]).toEqual(['seat_count']);
    const accoil = load('accoil.yaml');
    expect([...accoil.identifyTraits]).toEqual(['email', 'seat_type']);
    expect([...accoil.groupTraits]).toEqual(['name', 'seat_count', 'parent_group_id']);
  });

  it('Accoil: group_level, a datetime type, and a template read on top of the one it extends', () => {
    expect(load('accoil.yaml').events[0]).toMatchObject({ name: 'report.exported', groupLevel: 'workspace', description: 'A user downloaded a report' });
    const both = load('accoil-extends');
    expect(both.events.map((event) => [event.name, event.required])).toEqual([
      ['report.exported', ['report_format', 'row_count']],
      ['workspace.archived', undefined],
      ['dashboard.shared', ['share_type']],
    ]);
    expect([...both.groupTraits]).toEqual(['dashboards_count']);
    // Named alone, the vertical finds its base beside it.
    expect(load('accoil-extends/analytics.yaml').events.map((event) => event.name)).toEqual(['report.exported', 'workspace.archived', 'dashboard.shared']);
    expect(load('accoil-extends/base.yaml').events.map((event) => event.name)).toEqual(['report.exported', 'workspace.archived']);
  });

  it.each([
    ['segment-public-api.json', 'Title Case'],
    ['segment-typewriter.json', 'Title Case'],
    ['rudder-v1', 'Title Case'],
    ['snowplow', 'snake_case'],
    ['accoil.yaml', 'object.action'],
  ])('%s: the naming style is that of its event names (%s)', (file, naming) => {
    expect(load(file).naming).toBe(naming);
  });

  it('an own plan extends an exported one, by its path relative to the plan', () => {
    const dir = temporary();
    cpSync(`${fixtures}/avo.json`, path.join(dir, 'exports', 'avo.json'), { recursive: true });
    writeFileSync(path.join(dir, 'team.json'), JSON.stringify({ extends: './exports/avo.json', naming: 'Title Case', events: { 'Folder Created': { required: ['folder_name'] } } }));
    const plan = loadPlanFile(path.join(dir, 'team.json'), cwd);
    expect(plan.events.map((event) => event.name)).toEqual(['Report Exported', 'Workspace Archived', 'Folder Created']);
    expect([...plan.personalData]).toEqual(['recipient_email']);
    expect(inlinePlan({ extends: `${fixtures}/accoil.yaml`, events: {} }, cwd).naming).toBe('object.action');
  });
});

describe('the format is picked by content, or by planFormat', () => {
  it("a Public API response as it comes, `{ data: { rules } }`", () => {
    const dir = temporary();
    writeFileSync(path.join(dir, 'response.json'), JSON.stringify({ data: { rules: [{ key: 'Folder Created', type: 'TRACK', jsonSchema: { properties: { properties: { required: ['folder_id'] } } } }], pagination: { current: 'MA==' } } }));
    expect(loadPlanFile(path.join(dir, 'response.json'), cwd).events).toEqual([{ name: 'Folder Created', required: ['folder_id'] }]);
  });

  it('planFormat reads a file as the format it names', () => {
    expect(load('avo.json', 'avo').events).toHaveLength(2);
    expect(() => load('avo.json', 'mparticle')).toThrow(
      `eslint-plugin-b2b-tracking: ${fixtures}/avo.json: the \`planFormat\` setting says this file is in the format "mparticle" (mParticle data plan), but it has no \`version_document.data_points\`.`,
    );
  });

  it('a file in none of the formats names the file', () => {
    const dir = temporary();
    const file = path.join(dir, 'export.json');
    writeFileSync(file, JSON.stringify({ tracking: [{ event: 'Report Exported' }] }));
    expect(() => loadPlanFile(file, cwd)).toThrow(
      new RegExp(`^eslint-plugin-b2b-tracking: ${file.replaceAll(/[.*+?^${}()|[\]\\/]/g, '\\$&')}: the file is in none of the plan formats this plugin reads \\(this plugin's plan format, Segment Typewriter plan\\.json, .*\\); if it is one of them, say which with the \`planFormat\` setting\\.$`),
    );
  });

  it.each([
    ['rules.json', { rules: [{ key: 'A', type: 'TRACK', jsonSchema: { properties: { properties: { properties: { a: 'text' } } } } }] }, 'rules[0].jsonSchema.properties.properties.properties.a must be an object (a JSON Schema) (read as Segment Protocols (Public API rules))'],
    ['rules.json', { rules: [{ type: 'TRACK', jsonSchema: {} }] }, 'rules[0].key must be a non-empty string (read as Segment Protocols (Public API rules))'],
    ['response.json', { data: { rules: [{ type: 'TRACK', jsonSchema: {} }], pagination: {} } }, 'data.rules[0].key must be a non-empty string (read as Segment Protocols (Public API rules))'],
    ['plan.json', { rules: [{ key: 'A', type: 'TRACK', jsonSchema: { eventMetadata: { name: 'A' }, properties: {}, required: 'a' } }] }, 'rules[0].jsonSchema.required must be a list of property names (read as Segment Typewriter plan.json)'],
    ['plan.json', { rules: { events: [{ rules: {} }] } }, 'rules.events[0].name must be a non-empty string (read as Segment Config API v1 tracking plan)'],
    ['avo.json', { events: [{ name: 'A', rules: { properties: { properties: { required: ['a', 2] } } } }] }, 'events[0].rules.properties.properties.required must be a list of property names (read as Avo JSON Schema export)'],
    ['dp.json', { version_document: { data_points: [{ match: { type: 'custom_event', criteria: {} } }] } }, 'version_document.data_points[0].match.criteria.event_name must be a non-empty string (read as mParticle data plan)'],
    ['1-0-0', { self: { vendor: 'com.acme', name: '' } }, 'self.name must be a non-empty string (read as Snowplow Iglu schema)'],
    ['plan.yaml', { events: [{ name: 'a.b', properties: [{ type: 'string' }] }] }, 'events[0].properties[0].name must be a non-empty string (read as Accoil tracking plan YAML)'],
    ['plan.yaml', { meta: { template: 'x', extends: 'core' }, events: [] }, 'meta.extends names the template "core", which no YAML file beside it is (its `meta.template`) (read as Accoil tracking plan YAML)'],
    ['tp.yaml', { version: 'rudder/v1', kind: 'tracking-plan', spec: { rules: [{ event: '#event:a' }] } }, "spec.rules[0].event names `#event:a`, which is no event defined in the plan's files (name the project's directory as the plan, so that its catalog is read too) (read as RudderStack rudder-cli YAML)"],
  ])('%s breaking its format: %j', (name, content, message) => {
    const dir = temporary();
    const file = path.join(dir, name);
    writeFileSync(file, JSON.stringify(content));
    expect(() => loadPlanFile(file, cwd)).toThrow(`eslint-plugin-b2b-tracking: ${file}: ${message}.`);
  });

  it('a reference to a custom type no file defines names the file and the property that makes it', () => {
    const dir = temporary();
    cpSync(`${fixtures}/rudder-v0.1`, dir, { recursive: true });
    rmSync(path.join(dir, 'custom-types.yaml'));
    expect(() => loadPlanFile(dir, cwd)).toThrow(
      `eslint-plugin-b2b-tracking: ${path.join(dir, 'properties.yaml')}: spec.properties[0].type names \`#/custom-types/notebook/file-format\`, which is no custom type defined in the plan's files (name the project's directory as the plan, so that its catalog is read too) (read as RudderStack rudder-cli YAML).`,
    );
  });

  it('a directory of files of two formats, or of a format that is one file, names a file', () => {
    const dir = temporary();
    cpSync(`${fixtures}/snowplow`, dir, { recursive: true });
    cpSync(`${fixtures}/accoil.yaml`, path.join(dir, 'zz-accoil.yaml'));
    expect(() => loadPlanFile(dir, cwd)).toThrow(/zz-accoil\.yaml: a directory plan is the files of one format that comes as several \(RudderStack rudder-cli YAML, Snowplow Iglu schema, Accoil tracking plan YAML\); this file is read as Accoil tracking plan YAML and .*1-0-0 as Snowplow Iglu schema\. Name one file as the plan\.$/);
    const single = temporary();
    cpSync(`${fixtures}/avo.json`, path.join(single, 'avo.json'));
    expect(() => loadPlanFile(single, cwd)).toThrow(/avo\.json: a directory plan is the files of one format .*; this file is read as Avo JSON Schema export\. Name one file as the plan\.$/);
  });

  it('an extends cycle names the file', () => {
    const dir = temporary();
    writeFileSync(path.join(dir, 'a.json'), JSON.stringify({ extends: './b.json', events: {} }));
    writeFileSync(path.join(dir, 'b.json'), JSON.stringify({ extends: './a.json', events: {} }));
    expect(() => loadPlanFile(path.join(dir, 'a.json'), cwd)).toThrow(`eslint-plugin-b2b-tracking: ${path.join(dir, 'b.json')}: extends: "./a.json" extends this plan again.`);
    writeFileSync(path.join(dir, 'c.json'), JSON.stringify({ extends: './missing.json', events: {} }));
    expect(() => loadPlanFile(path.join(dir, 'c.json'), cwd)).toThrow(`${path.join(dir, 'c.json')}: extends "${path.join(dir, 'missing.json')}", which was not found`);
  });
});

describe('a plan is read once, and again when a file of it changes', () => {
  // A plan of several files is looked at again after planRecheckMs (or fifty times what the last look took): each step below comes a minute later.
  let clock = Date.now();
  const later = () => {
    clock += 60_000;
    vi.setSystemTime(clock);
  };
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(clock);
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('a directory plan is not looked at again within planRecheckMs', () => {
    const dir = temporary();
    cpSync(`${fixtures}/snowplow`, dir, { recursive: true });
    const first = loadPlanFile(dir, cwd);
    rmSync(path.join(dir, 'schemas/com.notebook/workspace_archived'), { recursive: true });
    vi.setSystemTime(clock + planRecheckMs - 1);
    expect(loadPlanFile(dir, cwd)).toBe(first);
    later();
    expect(loadPlanFile(dir, cwd).events.map((event) => event.name)).toEqual(['report_exported']);
  });

  it('a directory plan: a file changed, added or removed', () => {
    const dir = temporary();
    cpSync(`${fixtures}/snowplow`, dir, { recursive: true });
    const first = loadPlanFile(dir, cwd);
    later();
    expect(loadPlanFile(dir, cwd)).toBe(first);
    const schema = path.join(dir, 'schemas/com.notebook/workspace_archived/jsonschema/1-0-0');
    writeFileSync(schema, JSON.stringify({ self: { vendor: 'com.notebook', name: 'workspace_archived', version: '1-0-0' }, properties: { reason: { type: 'string' } }, required: ['reason'] }));
    utimesSync(schema, new Date(), new Date(Date.now() + 5000));
    later();
    const second = loadPlanFile(dir, cwd);
    expect(second).not.toBe(first);
    expect(findPlanEvent(second, 'workspace_archived')?.required).toEqual(['reason']);
    mkdirSync(path.join(dir, 'schemas/com.notebook/folder_created/jsonschema'), { recursive: true });
    writeFileSync(path.join(dir, 'schemas/com.notebook/folder_created/jsonschema/1-0-0'), JSON.stringify({ self: { vendor: 'com.notebook', name: 'folder_created', version: '1-0-0' } }));
    later();
    expect(loadPlanFile(dir, cwd).events.map((event) => event.name)).toEqual(['folder_created', 'report_exported', 'workspace_archived']);
    rmSync(path.join(dir, 'schemas/com.notebook/folder_created'), { recursive: true });
    later();
    expect(loadPlanFile(dir, cwd).events.map((event) => event.name)).toEqual(['report_exported', 'workspace_archived']);
  });

  it('an own plan, when the exported plan it extends changes', () => {
    const dir = temporary();
    cpSync(`${fixtures}/mparticle.json`, path.join(dir, 'mparticle.json'));
    writeFileSync(path.join(dir, 'team.json'), JSON.stringify({ extends: './mparticle.json', events: {} }));
    const first = loadPlanFile(path.join(dir, 'team.json'), cwd);
    later();
    expect(loadPlanFile(path.join(dir, 'team.json'), cwd)).toBe(first);
    writeFileSync(path.join(dir, 'mparticle.json'), JSON.stringify({ version_document: { data_points: [] } }));
    utimesSync(path.join(dir, 'mparticle.json'), new Date(), new Date(Date.now() + 5000));
    later();
    expect(loadPlanFile(path.join(dir, 'team.json'), cwd).events).toEqual([]);
  });
});

/**
 * Real exports (../shared/plans-real, beside the clone in CI; never copied
 * into the repository): each loads, and gives the events its source has.
 */
describe.skipIf(realPlans.length === 0)('the real exports in ../shared/plans-real', () => {
  // Counted from the files by hand: events, and events with required properties.
  const expected: Record<string, { events: number; withRequired: number }> = {
    'accoil/b2b-saas-core': { events: 24, withRequired: 23 },
    'accoil/developer-tools': { events: 50, withRequired: 49 },
    'mparticle/smartype-enum-test': { events: 1, withRequired: 1 },
    'mparticle/smartype-freddys-plan': { events: 9, withRequired: 1 },
    'rudder-v0.1/rudder-iac-typer-test': { events: 4, withRequired: 2 },
    'rudder-v1/rudder-agent-skills-web-app': { events: 3, withRequired: 3 },
    'segment-config-v1/blockchain-wallet': { events: 262, withRequired: 259 },
    'segment-public-api/webflow-javascript': { events: 13, withRequired: 12 },
    'segment-typewriter/typewriter-telemetry': { events: 6, withRequired: 5 },
    'snowplow-iglu/iglu-central-mixed': { events: 3, withRequired: 3 },
    'snowplow-iglu/link_click': { events: 1, withRequired: 1 },
  };

  it.each(realPlans)('%s loads', (name, target) => {
    const plan = loadPlanFile(target, cwd);
    expect({ events: plan.events.length, withRequired: plan.events.filter((event) => event.required?.length).length }).toEqual(expected[name]);
  });
});
