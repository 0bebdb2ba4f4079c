/**
 * The search of the modules near a linted file (src/project.ts) that
 * require-group-after-identify makes when a module identifies users and
 * never associates them: bounded, the same whatever was linted before, and
 * seeing files that are added or changed.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import tsParser from '@typescript-eslint/parser';
import { Linter } from 'eslint';
import { afterEach, describe, expect, it, vi } from 'vitest';
import plugin from '../../src/index.js';
import { searchBounds } from '../../src/project.js';

const projects = fileURLToPath(new URL('../fixtures/projects/', import.meta.url));
const identify = `import posthog from 'posthog-js';\nposthog.identify('u1');\n`;

/** The lines require-group-after-identify reports in a file at `filename` (which need not exist). */
function reportedLines(filename: string, code = identify): number[] {
  const linter = new Linter({ configType: 'flat', cwd: path.parse(filename).root });
  return linter
    .verify(
      code,
      [
        {
          files: ['**/*.ts', '**/*.tsx'],
          languageOptions: { parser: tsParser as Linter.Parser, parserOptions: { ecmaFeatures: { jsx: true } } },
          plugins: { 'b2b-tracking': plugin as never },
          rules: { 'b2b-tracking/require-group-after-identify': 'error' },
        },
      ],
      { filename },
    )
    .map((message) => {
      expect(message.ruleId).toBe('b2b-tracking/require-group-after-identify');
      return message.line;
    });
}

describe('the modules near a file that identifies users', () => {
  const bounds = { ...searchBounds };
  afterEach(() => {
    Object.assign(searchBounds, bounds);
    vi.useRealTimers();
  });

  it('finds a group call a few folders away, nearest first, and nothing past its bounds', () => {
    // next-app/src/app/settings/Identify.tsx: PostHogGroupIdentify.tsx and lib/analytics.ts are three folders away.
    const settingsPage = path.join(projects, 'next-app/src/app/settings/Identify.tsx');
    expect(reportedLines(settingsPage)).toEqual([]);
    searchBounds.maxDirectories = 2;
    expect(reportedLines(settingsPage)).toEqual([2]);
    searchBounds.maxDirectories = bounds.maxDirectories;
    searchBounds.maxFiles = 2;
    expect(reportedLines(settingsPage)).toEqual([2]);
  });

  it('answers the same whatever was linted before', () => {
    const alone = path.join(projects, 'other-sdks-app/src/components/PostHogIdentify.tsx');
    const beside = path.join(projects, 'next-app/src/components/PostHogIdentify.tsx');
    const first = [reportedLines(alone), reportedLines(beside)];
    expect(first).toEqual([[2], []]);
    expect([reportedLines(alone), reportedLines(beside), reportedLines(alone)]).toEqual([[2], [], [2]]);
  });

  it('sees a group call added beside the file, and one taken out, after a few seconds', () => {
    const root = mkdtempSync(path.join(tmpdir(), 'b2b-nearby-'));
    try {
      writeFileSync(path.join(root, 'package.json'), '{ "name": "app", "private": true }');
      mkdirSync(path.join(root, 'src'));
      const file = path.join(root, 'src/Identify.tsx');
      vi.useFakeTimers({ toFake: ['Date'] });
      expect(reportedLines(file)).toEqual([2]);
      const sibling = path.join(root, 'src/Group.tsx');
      writeFileSync(sibling, `import posthog from 'posthog-js';\nexport function join(id: string) {\n  posthog.group('company', id);\n}\n`);
      vi.setSystemTime(Date.now() + 6000);
      expect(reportedLines(file)).toEqual([]);
      writeFileSync(sibling, `import posthog from 'posthog-js';\nexport function join(id: string) {\n  posthog.capture('Account Joined', { id });\n}\n`);
      vi.setSystemTime(Date.now() + 6000);
      expect(reportedLines(file)).toEqual([2]);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  it('does not look outside the nearest package.json folder', () => {
    const root = mkdtempSync(path.join(tmpdir(), 'b2b-nearby-'));
    try {
      writeFileSync(path.join(root, 'package.json'), '{ "name": "monorepo", "private": true }');
      mkdirSync(path.join(root, 'packages/ui'), { recursive: true });
      writeFileSync(path.join(root, 'packages/ui/Group.tsx'), `import posthog from 'posthog-js';\nposthog.group('company', 'a1');\n`);
      mkdirSync(path.join(root, 'apps/web/src'), { recursive: true });
      mkdirSync(path.join(root, 'apps/other'));
      // A monorepo package: its web app is a project of its own.
      writeFileSync(path.join(root, 'apps/web/package.json'), '{ "name": "web", "private": true }');
      expect(reportedLines(path.join(root, 'apps/web/src/Identify.tsx'))).toEqual([2]);
      // Without a package.json of its own, the app is part of the monorepo's project.
      expect(reportedLines(path.join(root, 'apps/other/Identify.tsx'))).toEqual([]);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
