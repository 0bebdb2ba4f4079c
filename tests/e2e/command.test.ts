/**
 * `npx b2b-tracking` from the packed package, installed next to ESLint 10 or
 * ESLint 9: on examples/saas-app (its plan's events implemented and missing,
 * the event it sends that the plan lacks, `--strict` for CI) and on
 * tests/e2e/projects/command (every call goes through a wrapper in another
 * module, with type information; tests/unit/command.test.ts runs the command
 * in process on it for the rest: status, formats, errors).
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { copyExample, copyProject, type EslintVersion, eslintVersions, projectOf, repoRoot, run } from './harness.js';

interface Entry {
  file: string;
  line: number;
  kind: string;
  sdk: string;
  platform: string;
  event: string | null;
  account: string | null;
}

/** Each call as `file:line kind sdk platform "event" account`. */
const described = (entries: Entry[]) =>
  entries.map((entry) => `${entry.file}:${entry.line} ${entry.kind} ${entry.sdk} ${entry.platform} ${entry.event === null ? 'null' : `"${entry.event}"`} ${entry.account}`);

/** `npx b2b-tracking …`, as the README says to run it. */
function npxB2bTracking(cwd: string, args: string[]) {
  return run('npx', ['--no', 'b2b-tracking', ...args], cwd);
}

/** The same command through the `bin` link npm made, without npx's own start-up. */
function b2bTracking(version: EslintVersion, cwd: string, args: string[]) {
  return run(path.join(projectOf(version), 'node_modules/.bin/b2b-tracking'), args, cwd);
}

describe.each(eslintVersions)('npx b2b-tracking under %s', (version) => {
  it("lists examples/saas-app's plan events as implemented or missing, and the one it sends that the plan lacks; --strict exits 1", async () => {
    const dir = await copyExample(version);
    const { code, stdout, stderr } = await npxB2bTracking(dir, ['status', '--format', 'json', '--strict']);
    expect(stderr).toBe('');
    expect(code).toBe(1);
    const status = JSON.parse(stdout) as Record<'implemented' | 'missing' | 'unplanned', { name: string; calls: { file: string; line: number }[] }[]> & { unknown: number };
    const where = (events: (typeof status)['implemented']) => events.map((event) => `${event.name} ${event.calls.map((call) => `${call.file}:${call.line}`).join(' ')}`.trim());
    // The plan: Segment's ten events and the app's Report Exported and Dashboard Shared.
    expect(where(status.implemented)).toEqual([
      'Account Created src/server/accounts.js:7',
      'Account Deleted src/server/accounts.js:18',
      'Signed In src/browser/analytics.js:14',
      'Signed Out src/browser/analytics.js:18',
      'Invite Sent src/server/invites.js:9 src/server/invites.js:19',
      'Trial Started src/server/invites.js:30',
      'Report Exported src/browser/reports.js:5 src/browser/reports.js:11',
      'Dashboard Shared src/browser/reports.js:16',
    ]);
    expect(where(status.missing)).toEqual(['Signed Up', 'Account Added User', 'Account Removed User', 'Trial Ended']);
    expect(where(status.unplanned)).toEqual(['Report Scheduled src/browser/reports.js:22']);
    // The trackEvent wrapper's own call sends its parameter.
    expect(status.unknown).toBe(1);
  });

  it('inventories every call of examples/saas-app with its file and line', async () => {
    const dir = await copyExample(version);
    const { code, stdout } = await b2bTracking(version, dir, ['inventory', '--format', 'json']);
    expect(code).toBe(0);
    expect(described(JSON.parse(stdout) as Entry[])).toEqual([
      'src/browser/analytics.js:8 track Segment browser null carried',
      'src/browser/analytics.js:12 identify Segment browser null null',
      'src/browser/analytics.js:13 group Segment browser null null',
      'src/browser/analytics.js:14 track trackEvent browser "Signed In" carried',
      'src/browser/analytics.js:18 track trackEvent browser "Signed Out" carried',
      'src/browser/analytics.js:19 reset Segment browser null null',
      'src/browser/reports.js:5 track PostHog browser "Report Exported" carried',
      'src/browser/reports.js:11 track PostHog browser "report exported" carried',
      'src/browser/reports.js:16 track PostHog browser "Dashboard Shared" missing',
      'src/browser/reports.js:22 track PostHog browser "Report Scheduled" carried',
      'src/server/accounts.js:7 track PostHog server "Account Created" carried',
      'src/server/accounts.js:18 track PostHog server "account_deleted" carried',
      'src/server/invites.js:9 track Segment server "Invite Sent" carried',
      'src/server/invites.js:19 track Segment server "Invite Sent" carried',
      'src/server/invites.js:30 track Segment server "Trial Started" carried',
    ]);
  });

  it('finds the calls of a TypeScript app that all go through a wrapper in another module', async () => {
    const dir = await copyProject('command', version);
    const inventory = await b2bTracking(version, dir, ['inventory', '--format', 'json']);
    expect(inventory.code).toBe(0);
    expect(described(JSON.parse(inventory.stdout) as Entry[])).toEqual([
      'src/projects.ts:5 track sendEvent browser "Project Created" carried',
      'src/projects.ts:9 track sendEvent browser "Dashboard Published" carried',
      'src/projects.ts:9 track sendEvent browser "Dashboard Shared" carried',
      'src/projects.ts:14 track sendEvent browser null carried',
      'src/telemetry.ts:5 track Segment browser null carried',
    ]);
  });
});

describe("the README's examples of the command's output", () => {
  it('are what the command prints in examples/saas-app', async () => {
    const readme = await readFile(path.join(repoRoot, 'README.md'), 'utf8');
    const section = readme.slice(readme.indexOf('\n## The b2b-tracking command\n'), readme.indexOf('\n## Performance\n'));
    const examples = [...section.matchAll(/```\n\$ npx b2b-tracking ([^\n]*)\n([\s\S]*?)```/g)];
    expect(examples.map((example) => example[1])).toEqual(['inventory src/browser', 'status', 'plan --from-code src/server']);
    const dir = await copyExample('ESLint 10');
    for (const [, args, output] of examples) {
      const { stdout } = await b2bTracking('ESLint 10', dir, args!.split(' '));
      expect(stdout).toBe(output);
    }
  });
});

describe('npx b2b-tracking plan --from-code', () => {
  it("drafts examples/saas-app's plan in the format the packed plan schema accepts", async () => {
    const dir = await copyExample('ESLint 10');
    const { code, stdout } = await b2bTracking('ESLint 10', dir, ['plan', '--from-code', '--format', 'json']);
    expect(code).toBe(0);
    const plan = JSON.parse(stdout) as { naming: string; events: Record<string, unknown> };
    const schema = JSON.parse(await readFile(path.join(projectOf('ESLint 10'), 'node_modules/eslint-plugin-b2b-tracking/dist/plan-schema.json'), 'utf8')) as object;
    const validate = new Ajv({ strict: true, allErrors: true, allowUnionTypes: true }).compile(schema);
    validate(plan);
    expect(validate.errors ?? []).toEqual([]);
    expect(plan.naming).toBe('Title Case');
    // `report exported` and `Report Exported` are one event, written in the names' style, as `account_deleted` is.
    expect(Object.keys(plan.events)).toEqual([
      'Account Created',
      'Account Deleted',
      'Dashboard Shared',
      'Invite Sent',
      'Report Exported',
      'Report Scheduled',
      'Signed In',
      'Signed Out',
      'Trial Started',
    ]);
    expect(plan.events['Report Scheduled']).toEqual({ required: ['format', 'frequency'], properties: { format: {}, frequency: { type: 'string' } } });
  });
});
