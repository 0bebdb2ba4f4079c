/**
 * What an editor integration (VS Code's ESLint extension and the like) does:
 * one long-lived `ESLint` instance from the project's own `eslint` package,
 * `lintText` of an unsaved buffer with its file path, suggestions offered as
 * quick fixes with their descriptions, "fix all" through `fix: true`, rule
 * links from the rules' meta, and a plan file edited while the editor runs.
 */
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { ESLint, Linter } from 'eslint';
import { describe, expect, it } from 'vitest';
import { copyExample, eslintApi, eslintVersions, projectOf } from './harness.js';

/** A buffer in the editor: a PostHog event under a synonym's name, with no account and a camelCase key. */
const buffer = [
  "import posthog from 'posthog-js';",
  '',
  'export function dashboardShared(dashboard) {',
  "  posthog.capture('Share Dashboard', { dashboardId: dashboard.id });",
  '}',
  '',
].join('\n');

function applySuggestion(text: string, suggestion: Linter.LintSuggestion): string {
  const [start, end] = suggestion.fix.range;
  return text.slice(0, start) + suggestion.fix.text + text.slice(end);
}

async function lintBuffer(eslint: ESLint, dir: string, text: string, file = 'src/browser/dashboard.js'): Promise<Linter.LintMessage[]> {
  const [result] = await eslint.lintText(text, { filePath: path.join(dir, file) });
  return result!.messages;
}

describe.each(eslintVersions)('an editor on ESLint#lintText under %s', (version) => {
  it('offers each suggestion with its description, and applying them gives the expected code', async () => {
    const dir = await copyExample(version);
    const ESLintClass = eslintApi(version);
    const eslint = new ESLintClass({ cwd: dir });

    const messages = await lintBuffer(eslint, dir, buffer);
    expect(
      messages.map((message) => ({
        rule: message.ruleId,
        at: `${message.line}:${message.column}`,
        suggestions: message.suggestions?.map((suggestion) => suggestion.desc),
      })),
    ).toEqual([
      {
        rule: 'b2b-tracking/require-group-context',
        at: '4:3',
        suggestions: ['Add the account to the call (replace `accountId` with the account id).'],
      },
      // The example's plan lists "Share Dashboard" as a synonym of its Dashboard Shared event.
      { rule: 'b2b-tracking/event-name-format', at: '4:19', suggestions: ['Rename the event to `Dashboard Shared`.'] },
      { rule: 'b2b-tracking/require-event-properties', at: '4:40', suggestions: ['Rename `dashboardId` to `dashboard_id`.'] },
    ]);

    const line = (text: string) => text.split('\n')[3];
    const [account, rename, key] = messages.map((message) => applySuggestion(buffer, message.suggestions![0]!));
    expect(line(account!)).toBe("  posthog.capture('Share Dashboard', { dashboardId: dashboard.id, $groups: { company: accountId } });");
    expect(line(rename!)).toBe("  posthog.capture('Dashboard Shared', { dashboardId: dashboard.id });");
    expect(line(key!)).toBe("  posthog.capture('Share Dashboard', { dashboard_id: dashboard.id });");

    // Taking each quick fix in turn, as a user would, leaves nothing to report.
    let text = buffer;
    for (let round = 0; round < 3; round++) {
      const offered = (await lintBuffer(eslint, dir, text)).find((message) => message.suggestions?.length);
      text = applySuggestion(text, offered!.suggestions![0]!);
    }
    expect(line(text)).toBe("  posthog.capture('Dashboard Shared', { dashboard_id: dashboard.id, $groups: { company: accountId } });");
    expect(await lintBuffer(eslint, dir, text)).toEqual([]);
  });

  it('links every rule to its page, which ships in the package', async () => {
    const dir = await copyExample(version);
    const eslint = new (eslintApi(version))({ cwd: dir });
    const results = await eslint.lintText(buffer, { filePath: path.join(dir, 'src/browser/dashboard.js') });
    const meta = eslint.getRulesMetaForResults(results);
    expect(Object.keys(meta).sort()).toEqual([
      'b2b-tracking/event-name-format',
      'b2b-tracking/require-event-properties',
      'b2b-tracking/require-group-context',
    ]);
    for (const [ruleId, ruleMeta] of Object.entries(meta)) {
      const name = ruleId.replace('b2b-tracking/', '');
      expect(ruleMeta.docs?.url).toBe(`https://github.com/b2b-tracking/eslint-plugin-b2b-tracking/blob/main/docs/rules/${name}.md`);
      expect(existsSync(path.join(projectOf(version), 'node_modules/eslint-plugin-b2b-tracking/docs/rules', `${name}.md`))).toBe(true);
    }
  });

  it('fixes all on save through fix: true', async () => {
    const dir = await copyExample(version);
    const eslint = new (eslintApi(version))({ cwd: dir, fix: true });
    const text = "posthog.capture('report exported', { format: 'csv', $groups: { company: accountId } });\n";
    const [result] = await eslint.lintText(text, { filePath: path.join(dir, 'src/browser/export.js') });
    expect(result!.output).toBe("posthog.capture('Report Exported', { format: 'csv', $groups: { company: accountId } });\n");
    expect(result!.messages).toEqual([]);
  });

  it('picks up an edit to the plan file without a restart', async () => {
    const dir = await copyExample(version);
    const eslint = new (eslintApi(version))({ cwd: dir });
    const text = "posthog.capture('Report Exported', { format: 'csv', $groups: { company: accountId } });\n";
    expect(await lintBuffer(eslint, dir, text)).toEqual([]);

    const planFile = path.join(dir, 'tracking-plan.json');
    const plan = JSON.parse(await readFile(planFile, 'utf8')) as { events: Record<string, { required: string[] }> };
    plan.events['Report Exported']!.required.push('destination');
    await writeFile(planFile, `${JSON.stringify(plan, null, 2)}\n`);

    const messages = await lintBuffer(eslint, dir, text);
    expect(messages.map((message) => [message.ruleId, message.message])).toEqual([
      ['b2b-tracking/require-event-properties', '`Report Exported` needs `destination`.'],
    ]);
  });
});
