/**
 * The `b2b-tracking` command run in this process on tests/e2e/projects/command
 * (a TypeScript app whose calls all go through a wrapper in another module,
 * with names imported from a third, one name that cannot be known, and a
 * plan event sent nowhere), with the ESLint this repository runs its tests
 * with (10, or 9 under scripts/with-eslint9.mjs). The packed command is
 * tested in tests/e2e/command.test.ts.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import tsParser from '@typescript-eslint/parser';
import { Ajv } from 'ajv';
import { Linter } from 'eslint';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import { detectNaming, draftPlan } from '../../src/cli/draft-plan.js';
import { type Collector, type InventoryEntry, recorderRule } from '../../src/cli/inventory.js';
import { main } from '../../src/cli/main.js';
import { planStatus } from '../../src/cli/status.js';
import { inlinePlan } from '../../src/plan.js';
import schema from '../../src/plans/plan-schema.json' with { type: 'json' };
import { tempDirs } from '../temp-dirs.js';

const fixture = fileURLToPath(new URL('../e2e/projects/command/', import.meta.url));

async function command(args: string[], cwd = fixture, stderrIsTty = false) {
  let stdout = '';
  let stderr = '';
  const code = await main(args, {
    cwd,
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
    stderrIsTty,
  });
  return { code, stdout, stderr };
}

/** Each entry as `file:line:column kind sdk platform "event" account keys`. */
const described = (entries: InventoryEntry[]) =>
  entries.map(
    (entry) =>
      `${entry.file}:${entry.line}:${entry.column} ${entry.kind} ${entry.sdk} ${entry.platform} ${entry.event === null ? 'null' : `"${entry.event}"`} ${entry.account} ` +
      `${entry.properties ? [...entry.properties.keys, ...(entry.properties.mayHaveMore ? ['…'] : [])].join(',') || '{}' : '-'}`,
  );

/** What the recorder rule writes down for one file, linted in memory. */
function record(code: string, { settings = {}, file = 'app.js' }: { settings?: Record<string, unknown>; file?: string } = {}): InventoryEntry[] {
  const collector: Collector = { cwd: process.cwd(), entries: [], plans: new Map() };
  const typescript = /\.tsx?$/.test(file);
  const messages = new Linter({ configType: 'flat' }).verify(
    code,
    [
      {
        files: ['**/*.js', '**/*.ts', '**/*.tsx'],
        plugins: { command: { rules: { record: recorderRule(collector) } } as never },
        rules: { 'command/record': 'error' },
        settings: { 'b2b-tracking': settings },
        languageOptions: typescript
          ? { parser: tsParser as never, parserOptions: { ecmaFeatures: { jsx: true } } }
          : { ecmaVersion: 'latest', sourceType: 'module' },
      },
    ],
    path.join(process.cwd(), file),
  );
  expect(messages).toEqual([]);
  return collector.entries;
}

const validatePlan = new Ajv({ strict: true, allErrors: true, allowUnionTypes: true }).compile(schema);

describe('the recorder rule', () => {
  it('writes down each call the shared layer recognises, one entry per branch of its name, and whether it carries its account', () => {
    const entries = record(`import posthog from 'posthog-js';
posthog.capture('Report Exported', { format: 'csv' });
posthog.group('company', accountId);
posthog.capture(shared ? 'Dashboard Shared' : 'Dashboard Viewed', { ...extra });
posthog.capture(name ?? 'Report Scheduled', { $groups: { company: accountId } });
posthog.capture(\`\${area} Opened\`);
posthog.identify(userId, { email, role: 'admin' });
posthog.reset();
router.track('Route Changed', { path });
`);
    expect(described(entries)).toEqual([
      // No posthog.group before it: the account is missing.
      'app.js:2:1 track PostHog browser "Report Exported" missing format',
      'app.js:3:1 group PostHog browser null null {}',
      // PostHog remembers the group set on line 3 (whether or not the spread holds \`$groups\` too).
      'app.js:4:1 track PostHog browser "Dashboard Shared" remembered …',
      'app.js:4:1 track PostHog browser "Dashboard Viewed" remembered …',
      'app.js:5:1 track PostHog browser "Report Scheduled" carried $groups',
      'app.js:5:1 track PostHog browser null carried $groups',
      // A name built at run time cannot be known.
      'app.js:6:1 track PostHog browser null remembered {}',
      'app.js:7:1 identify PostHog browser null null email,role',
      'app.js:8:1 reset PostHog browser null null -',
    ]);
  });

  it('says unknown where what would carry the account cannot be seen, and remembered for every browser call with stickyGroups', () => {
    const code = `import { PostHog } from 'posthog-node';
const server = new PostHog('key');
analytics.track('Report Exported', { format: 'csv' }, options);
analytics.track('Report Exported', { format: 'csv', account_id: accountId });
posthog.capture('Report Exported');
server.capture({ distinctId: userId, event: 'Report Exported' });
`;
    expect(described(record(code))).toEqual([
      'app.js:3:1 track Segment browser "Report Exported" unknown format',
      'app.js:4:1 track Segment browser "Report Exported" carried format,account_id',
      'app.js:5:1 track PostHog browser "Report Exported" missing {}',
      'app.js:6:1 track PostHog server "Report Exported" missing {}',
    ]);
    expect(described(record(code, { settings: { stickyGroups: true } })).map((line) => line.split(' ').slice(0, 2).concat(line.split(' ').at(-2)!).join(' '))).toEqual([
      'app.js:3:1 track unknown',
      'app.js:4:1 track carried',
      'app.js:5:1 track remembered',
      // A server has no session to remember a group.
      'app.js:6:1 track missing',
    ]);
  });

  it('gives the type of each property whose value is a literal, on every branch', () => {
    const [entry] = record(
      "analytics.track('Report Exported', { format: 'csv', rows: 3, ratio: 0.5, public: true, tags: ['a'], meta: { a: 1 }, label: `x${y}`, kind: flag ? 'a' : 'b', mixed: flag ? 'a' : 1, count: rows.length, empty: undefined });",
    );
    expect(entry!.properties).toEqual({
      // `empty: undefined` sends nothing.
      keys: ['format', 'rows', 'ratio', 'public', 'tags', 'meta', 'label', 'kind', 'mixed', 'count'],
      mayHaveMore: false,
      types: { format: 'string', rows: 'integer', ratio: 'number', public: 'boolean', tags: 'array', meta: 'object', label: 'string', kind: 'string' },
    });
  });

  it('records the calls of TSX files and wrappers named in callees', () => {
    const code = `import { useAnalytics } from './analytics';
export const Export = (props: { id: string }) => {
  const { track } = useAnalytics();
  return <button onClick={() => track('Report Exported' as const, { report_id: props.id })} />;
};
`;
    expect(described(record(code, { file: 'Export.tsx', settings: { callees: { track: ['useAnalytics().track'] } } }))).toEqual([
      'Export.tsx:4:33 track useAnalytics().track browser "Report Exported" missing report_id',
    ]);
  });
});

describe('b2b-tracking inventory', () => {
  it('lists every call through the wrapper, one entry per branch of a conditional name, with null for a name that cannot be known', async () => {
    const { code, stdout, stderr } = await command(['inventory', '--format', 'json']);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const entries = JSON.parse(stdout) as InventoryEntry[];
    expect(described(entries)).toEqual([
      'src/projects.ts:5:3 track sendEvent browser "Project Created" carried project_name,seats,template',
      'src/projects.ts:9:3 track sendEvent browser "Dashboard Published" carried dashboard_id',
      'src/projects.ts:9:3 track sendEvent browser "Dashboard Shared" carried dashboard_id',
      'src/projects.ts:14:3 track sendEvent browser null carried {}',
      // The wrapper's own body: the SDK's call, with the wrapper's parameters.
      'src/telemetry.ts:5:3 track Segment browser null carried …',
    ]);
    expect(entries[0]!.properties?.types).toEqual({ project_name: 'string', seats: 'number', template: 'boolean' });
  });

  it('writes the same entries as YAML', async () => {
    const json = JSON.parse((await command(['inventory', '--format', 'json', 'src/projects.ts'])).stdout) as unknown;
    const { code, stdout } = await command(['inventory', '--format', 'yaml', 'src/projects.ts']);
    expect(code).toBe(0);
    expect(parseYaml(stdout)).toEqual(json);
    expect((json as InventoryEntry[]).map((entry) => entry.file)).toEqual(Array(4).fill('src/projects.ts'));
  });

  it('prints a table grouped by event, with counts', async () => {
    const { stdout } = await command(['inventory', 'src/projects.ts']);
    expect(stdout).toBe(
      [
        '"Dashboard Published"  1 call',
        '  src/projects.ts:9:3   sendEvent (browser)  account carried  properties: dashboard_id',
        '',
        '"Dashboard Shared"  1 call',
        '  src/projects.ts:9:3   sendEvent (browser)  account carried  properties: dashboard_id',
        '',
        '"Project Created"  1 call',
        '  src/projects.ts:5:3   sendEvent (browser)  account carried  properties: project_name, seats, template',
        '',
        '(event name not known)  1 call',
        '  src/projects.ts:14:3  sendEvent (browser)  account carried  properties: none',
        '',
        '3 calls in 1 file; 3 event names.',
        '',
      ].join('\n'),
    );
  });

  it('shows progress on stderr with --progress, and nothing with --quiet', async () => {
    const shown = await command(['inventory', '--format', 'json', '--progress', 'src']);
    expect(shown.stderr).toMatch(/^(?:\r\d\/3 files)+\n$/);
    expect(shown.stderr).toContain('\r3/3 files\n');
    const quiet = await command(['inventory', '--format', 'json', '--progress', '--quiet', 'src']);
    expect(quiet.stderr).toBe('');
    expect(quiet.stdout).toBe(shown.stdout);
  });

  it('shows progress when stderr is a terminal, and clears the line when done', async () => {
    const terminal = await command(['inventory', '--format', 'json', 'src'], fixture, true);
    // `ESC [ K` erases the line.
    expect(terminal.stderr.endsWith('\r\u001b[K')).toBe(true);
    expect(terminal.stderr.slice(0, -4)).toMatch(/^(?:\r\d\/3 files)+$/);
    expect(terminal.stderr).toContain('\r3/3 files');
    expect((await command(['inventory', '--format', 'json', '--quiet', 'src'], fixture, true)).stderr).toBe('');
    expect((await command(['inventory', '--format', 'json', 'src'])).stderr).toBe('');
  });
});

describe('b2b-tracking status', () => {
  it('lists the plan events sent and where, the one sent nowhere, the name the plan lacks, and the unknown calls', async () => {
    const { code, stdout } = await command(['status', '--format', 'json']);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toEqual({
      implemented: [
        { name: 'Project Created', calls: [{ file: 'src/projects.ts', line: 5, column: 3, event: 'Project Created' }] },
        { name: 'Dashboard Shared', calls: [{ file: 'src/projects.ts', line: 9, column: 3, event: 'Dashboard Shared' }] },
      ],
      missing: [{ name: 'Project Archived', calls: [] }],
      unplanned: [{ name: 'Dashboard Published', calls: [{ file: 'src/projects.ts', line: 9, column: 3, event: 'Dashboard Published' }] }],
      unknown: 2,
    });
  });

  it('exits 1 with --strict when an event is missing or unplanned', async () => {
    expect((await command(['status', '--strict'])).code).toBe(1);
  });

  it('writes a summary for a pull-request comment', async () => {
    const { stdout } = await command(['status', '--format', 'markdown']);
    expect(stdout).toBe(
      [
        '## Tracking plan coverage',
        '',
        '2 of 3 events of plan "projects" implemented, 1 missing; 1 unplanned event; 2 calls whose event cannot be known.',
        '',
        '### Missing: in the plan, sent nowhere (1)',
        '',
        '- Project Archived',
        '',
        '### Unplanned: sent, not in the plan (1)',
        '',
        '| event | sent from |',
        '| --- | --- |',
        '| Dashboard Published | `src/projects.ts:9` |',
        '',
        '### Implemented (2)',
        '',
        '| event | sent from |',
        '| --- | --- |',
        '| Project Created | `src/projects.ts:5` |',
        '| Dashboard Shared | `src/projects.ts:9` |',
        '',
        '### Event name not known (2)',
        '',
        '`src/projects.ts:14`, `src/telemetry.ts:5`',
        '',
      ].join('\n'),
    );
  });

  const entry = (file: string, line: number, event: string | null): InventoryEntry => ({
    file,
    line,
    column: 1,
    kind: 'track',
    sdk: 'Segment',
    platform: 'browser',
    event,
    properties: null,
    account: 'carried',
  });

  it('matches names to plan events by their words, whatever the casing, and names the synonym of an unplanned one', () => {
    const plan = inlinePlan({ extends: 'segment', events: { 'Report Exported': {} } });
    const plans = new Map([['a.js', plan]]);
    const status = planStatus(
      [entry('a.js', 1, 'report_exported'), entry('a.js', 2, 'userSignedUp'), entry('a.js', 3, 'Login'), entry('a.js', 4, '$pageview'), entry('a.js', 5, null)],
      plans,
    );
    expect(status.implemented.map((event) => [event.name, event.calls.map((call) => call.event)])).toEqual([
      ['Signed Up', ['userSignedUp']],
      ['Report Exported', ['report_exported']],
    ]);
    // PostHog's own `$pageview` is no plan's.
    expect(status.unplanned).toEqual([{ name: 'Login', synonymOf: 'Signed In', calls: [{ file: 'a.js', line: 3, column: 1, event: 'Login' }] }]);
    expect(status.missing).toHaveLength(9);
    expect(status.unknown).toBe(1);
  });
});

describe('b2b-tracking plan --from-code', () => {
  const expected = {
    name: 'command',
    naming: 'Title Case',
    events: {
      'Dashboard Published': { required: ['dashboard_id'], properties: { dashboard_id: { type: 'string' } } },
      'Dashboard Shared': { required: ['dashboard_id'], properties: { dashboard_id: { type: 'string' } } },
      'Project Created': {
        required: ['project_name', 'seats', 'template'],
        properties: { project_name: { type: 'string' }, seats: { type: 'number' }, template: { type: 'boolean' } },
      },
    },
  };

  it('drafts a plan in the plugin format that the plan schema accepts, as JSON and as YAML', async () => {
    const json = await command(['plan', '--from-code', '--format', 'json']);
    expect(json.code).toBe(0);
    const plan = JSON.parse(json.stdout) as unknown;
    expect(plan).toEqual(expected);
    validatePlan(plan);
    expect(validatePlan.errors ?? []).toEqual([]);
    const yaml = await command(['plan', '--from-code']);
    expect(yaml.stdout).toMatch(/^# A draft tracking plan/);
    expect(parseYaml(yaml.stdout)).toEqual(expected);
  });

  const track = (event: string, keys: string[], types: Record<string, 'string' | 'integer' | 'number'> = {}): InventoryEntry => ({
    file: 'a.js',
    line: 1,
    column: 1,
    kind: 'track',
    sdk: 'PostHog',
    platform: 'browser',
    event,
    properties: { keys, mayHaveMore: false, types },
    account: 'carried',
  });

  it('makes names with the same words one event, in the style most names are written in; keys on every call are required', () => {
    const plan = draftPlan(
      [
        track('report_exported', ['format', 'rows', '$groups'], { format: 'string', rows: 'integer' }),
        track('Report Exported', ['format', 'rows'], { rows: 'number' }),
        track('dashboard_shared', ['dashboard_id']),
        track('invite_sent', []),
        track('Trial Started', []),
        track('$pageview', ['$current_url']),
      ],
      'app',
    );
    expect(plan).toEqual({
      name: 'app',
      naming: 'snake_case',
      events: {
        dashboard_shared: { required: ['dashboard_id'], properties: { dashboard_id: {} } },
        invite_sent: {},
        report_exported: { required: ['format', 'rows'], properties: { format: { type: 'string' }, rows: { type: 'number' } } },
        trial_started: {},
      },
    });
    validatePlan(plan);
    expect(validatePlan.errors ?? []).toEqual([]);
  });

  it('detects the naming style from the names', () => {
    expect(detectNaming(['Account Created', 'Report Exported', 'signup'])).toBe('Title Case');
    expect(detectNaming(['account.created', 'report.exported', 'Signed Up'])).toBe('object.action');
    expect(detectNaming(['Account_Created', 'Report_Exported'])).toBe('Object_Action');
    expect(detectNaming(['accountCreated', 'reportExported'])).toBe('camelCase');
    expect(detectNaming([])).toBeUndefined();
  });
});

describe('b2b-tracking errors and help', () => {
  const tempDir = tempDirs();

  it('exits 2 with one message when no ESLint config is found', async () => {
    const empty = tempDir('b2b-tracking-no-config-');
    writeFileSync(path.join(empty, 'app.js'), "analytics.track('Report Exported');\n");
    const { code, stdout, stderr } = await command(['status'], empty);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toBe(
      `b2b-tracking: No ESLint config (eslint.config.js, .mjs, .cjs, .ts, …) was found in ${empty} or above it: the command reads the project's ESLint config, which must use eslint-plugin-b2b-tracking.\n`,
    );
  });

  it("exits 2 with one message when the config does not turn the plugin's rules on", async () => {
    const dir = tempDir('b2b-tracking-no-plugin-');
    writeFileSync(path.join(dir, 'eslint.config.mjs'), 'export default [{ rules: { "no-debugger": "error" } }];\n');
    writeFileSync(path.join(dir, 'app.js'), "analytics.track('Report Exported');\n");
    expect(await command(['inventory'], dir)).toEqual({
      code: 2,
      stdout: '',
      stderr:
        "b2b-tracking: No file linted here has eslint-plugin-b2b-tracking's rules turned on: add `b2b.configs.recommended` (import b2b from 'eslint-plugin-b2b-tracking') to eslint.config.js.\n",
    });
  });

  it("exits 2 with the plugin's message for bad settings", async () => {
    const { code, stderr } = await command(['status', '--config', 'bad-settings.config.js']);
    expect(code).toBe(2);
    expect(stderr).toMatch(/^b2b-tracking: settings\['b2b-tracking'\]\.naming must be one of .*; got "Shouty Case"\.\n$/);
  });

  it.each([
    [['report'], '"report" is not a command; use inventory, status or plan (see b2b-tracking --help).'],
    [['status', '--format', 'yaml'], '--format yaml is not a format of status; use text, json, markdown.'],
    [['plan'], 'plan needs --from-code: it drafts a plan from the events the code sends.'],
  ])('exits 2 for %j, with one message', async (args, message) => {
    expect(await command(args)).toEqual({ code: 2, stdout: '', stderr: `b2b-tracking: ${message}\n` });
  });

  it('exits 2 for an option the command does not have', async () => {
    const { code, stderr } = await command(['inventory', '--strict']);
    expect(code).toBe(2);
    expect(stderr).toMatch(/^b2b-tracking: Unknown option '--strict'.* \(see b2b-tracking inventory --help\)\.\n$/);
  });

  it.each(['inventory', 'status', 'plan'])('prints the help of %s', async (name) => {
    const { code, stdout } = await command([name, '--help']);
    expect(code).toBe(0);
    expect(stdout.startsWith(`Usage: b2b-tracking ${name} `)).toBe(true);
    expect(stdout).toContain('--format');
  });
});
