/**
 * `npx eslint .` in a user's project, with the packed package installed next
 * to ESLint 10 or ESLint 9: an ESM `eslint.config.js` that imports the
 * plugin, an `eslint.config.cjs` that requires it, and a `.vue` component
 * parsed by vue-eslint-parser.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { copyProject, eslintJson, eslintVersions, problems } from './harness.js';

/**
 * What `recommended` reports in tests/e2e/projects/sdks (the Segment plan):
 * every rule the config turns on appears, so a rule dropped from it fails here.
 */
const sdkProblems = [
  // Amplitude browser: `User Activated` is tracked (a warning) and has no `groups` option or setGroup.
  'src/browser/amplitude.js:12 b2b-tracking/require-group-context error',
  'src/browser/amplitude.js:12 b2b-tracking/no-activation-event warn',
  // PostHog browser: `share_dashboard` has no `$groups`, is snake_case under Title Case and starts with
  // its verb (one report for the name); `dashboardId` is not snake_case. The module identifies users but
  // never calls posthog.group.
  'src/browser/posthog.js:8 b2b-tracking/require-group-context error',
  'src/browser/posthog.js:8 b2b-tracking/event-name-format error',
  'src/browser/posthog.js:8 b2b-tracking/require-event-properties error',
  'src/browser/posthog.js:12 b2b-tracking/require-group-after-identify error',
  // Segment browser (AnalyticsBrowser.load): a lower-case name; Invite Sent without its account and
  // with the invitee's address in plain text; `plan` on identify; Signed Out without reset (a warning).
  'src/browser/segment.js:10 b2b-tracking/event-name-format error',
  'src/browser/segment.js:14 b2b-tracking/require-group-context error',
  'src/browser/segment.js:14 b2b-tracking/hash-invitee-email error',
  'src/browser/segment.js:18 b2b-tracking/trait-placement error',
  'src/browser/segment.js:23 b2b-tracking/reset-after-sign-out warn',
  // A document viewer identified by e-mail address, not by a stable id.
  'src/browser/segment.js:27 b2b-tracking/require-stable-ids error',
  // Mixpanel server (Mixpanel.init from require('mixpanel')): `type: 'referral'` is not in the enum;
  // `Signup` is a synonym of Signed Up, sent without `account_id`.
  'src/server/mixpanel.js:6 b2b-tracking/require-event-properties error',
  'src/server/mixpanel.js:10 b2b-tracking/require-group-context error',
  'src/server/mixpanel.js:10 b2b-tracking/event-name-format error',
  // Segment Node (new Analytics, TypeScript): a Date object for trial_start_date; Account Deleted
  // without `context.groupId` and without `account_name`; a workspace group without `parent_group_id`.
  'src/server/segment.ts:9 b2b-tracking/require-event-properties error',
  'src/server/segment.ts:15 b2b-tracking/require-group-context error',
  'src/server/segment.ts:15 b2b-tracking/require-event-properties error',
  'src/server/segment.ts:19 b2b-tracking/require-parent-group error',
];

describe.each(eslintVersions)('the eslint CLI under %s', (version) => {
  it('reports the Segment, PostHog, Amplitude and Mixpanel problems with an ESM eslint.config.js, and exits 1', async () => {
    const dir = await copyProject('sdks', version);
    const { code, results } = await eslintJson(version, dir, ['.']);
    expect(problems(results, dir)).toEqual(sdkProblems);
    expect(code).toBe(1);
  });

  it('reports the same with an eslint.config.cjs that loads the plugin with require()', async () => {
    const dir = await copyProject('sdks', version);
    const { code, results } = await eslintJson(version, dir, ['--config', 'eslint.config.cjs', '.']);
    expect(problems(results, dir)).toEqual(sdkProblems);
    expect(code).toBe(1);
  });

  it('exits 0 on files whose .track() calls are not analytics, and on warnings alone', async () => {
    const dir = await copyProject('sdks', version);
    const clean = await eslintJson(version, dir, ['src/browser/not-tracking.js']);
    expect(problems(clean.results, dir)).toEqual([]);
    expect(clean.code).toBe(0);
    const warnings = await eslintJson(version, dir, ['--rule', '{"b2b-tracking/require-group-context": "off"}', 'src/browser/amplitude.js']);
    expect(problems(warnings.results, dir)).toEqual(['src/browser/amplitude.js:12 b2b-tracking/no-activation-event warn']);
    expect(warnings.code).toBe(0);
  });

  it('lints only the JavaScript family in a project that also lints Markdown, JSON and CSS, and exits 1', async () => {
    const dir = await copyProject('languages', version);
    const { code, results, stderr } = await eslintJson(version, dir, ['.']);
    expect(stderr).toBe('');
    // Each of the other files mentions the same call; only the code is linted by the plugin, and the others are clean.
    expect(problems(results, dir)).toEqual(['src/export.js:1 b2b-tracking/event-name-format error', 'src/export.ts:2 b2b-tracking/event-name-format error']);
    expect(results.map((result) => path.relative(dir, result.filePath)).sort()).toEqual([
      'docs/tracking.md',
      'eslint.config.js',
      'src/events.json',
      'src/export.js',
      'src/export.ts',
      'src/styles.css',
    ]);
    expect(code).toBe(1);
  });

  it('lints the <script setup> of a .vue single-file component parsed by vue-eslint-parser', async () => {
    const dir = await copyProject('vue', version);
    const { code, results } = await eslintJson(version, dir, ['.']);
    expect(problems(results, dir)).toEqual([
      // `Export Report` starts with its verb (suggestion: `Report Exported`).
      'src/components/ReportActions.vue:14 b2b-tracking/event-name-format error',
      // `Report Shared` has no `$groups`, and `reportId` is not snake_case.
      'src/components/ReportActions.vue:18 b2b-tracking/require-group-context error',
      'src/components/ReportActions.vue:18 b2b-tracking/require-event-properties error',
    ]);
    expect(code).toBe(1);
  });
});
