// Writes a deterministic corpus shaped like a real B2B web app for the
// benchmark: pages, components, API routes, services and tests, most of which
// track nothing, as in the apps the plugin is meant for (about one file in
// twenty sends an event). The tracking code sits where teams put it: event
// names in a constants module, a Segment wrapper in lib/, a PostHog hook, a
// server helper around posthog-node; the files that track call those, or an
// SDK directly now and then. Each file imports what app files import (about
// six imports, four of them the project's own modules: components, hooks,
// utilities, the database) and calls it. Look-alikes appear at the rate five
// real apps (Next.js, Remix, Hono; 13,000 files) have them: an SDK method's
// word in about one file in nine (`const { reset } = form`, `group` as a
// key), a call of a method so named (`chart.track()`, `form.reset()`) in
// about one file in a hundred, and an import named like tracking that is not
// (`formatEventDate` from `@/lib/event-utils`) now and then.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { random } from './generate-corpus.mjs';

/** The app's events as its constants module names them (object-action, Title Case, as the Segment plan asks). */
const events = {
  REPORT_EXPORTED: ['Report Exported', "format: 'csv', row_count: rows.length"],
  DASHBOARD_VIEWED: ['Dashboard Viewed', 'dashboard_id: dashboard.id'],
  PROJECT_CREATED: ['Project Created', 'project_id: project.id'],
  SIGNED_UP: ['Signed Up', "type: 'organic'"],
  ACCOUNT_CREATED: ['Account Created', 'account_name: account.name'],
  FILTER_APPLIED: ['Filter Applied', 'filter_name: filter.name'],
  INTEGRATION_CONNECTED: ['Integration Connected', 'integration_name: integration.kind'],
};
const eventKeys = Object.keys(events);

const libFiles = {
  'src/lib/events.ts': [
    '// The names of every event the app sends.',
    'export const EVENTS = {',
    ...eventKeys.map((key) => `  ${key}: '${events[key][0]}',`),
    '} as const;',
    '',
    'export type EventName = (typeof EVENTS)[keyof typeof EVENTS];',
    '',
  ],
  'src/lib/analytics.ts': [
    "import { AnalyticsBrowser } from '@segment/analytics-next';",
    "import { currentAccountId } from './session';",
    '',
    "export const analytics = AnalyticsBrowser.load({ writeKey: process.env.NEXT_PUBLIC_SEGMENT_KEY ?? '' });",
    '',
    '/** Every browser event goes through here, with the account it belongs to. */',
    'export function trackEvent(name: string, properties: Record<string, unknown> = {}) {',
    '  void analytics.track(name, properties, { context: { groupId: currentAccountId() } });',
    '}',
    '',
  ],
  'src/lib/session.ts': [
    'let accountId: string | undefined;',
    'export function currentAccountId(): string | undefined {',
    '  return accountId;',
    '}',
    'export function setAccountId(id: string) {',
    '  accountId = id;',
    '}',
    '',
  ],
  'src/hooks/useAnalytics.ts': [
    "import posthog from 'posthog-js';",
    '',
    'export function useAnalytics() {',
    '  return {',
    '    capture: (event: string, properties: Record<string, unknown>) => posthog.capture(event, properties),',
    '  };',
    '}',
    '',
  ],
  'src/server/analytics.ts': [
    "import { PostHog } from 'posthog-node';",
    '',
    "const client = new PostHog(process.env.POSTHOG_KEY ?? '', { host: 'https://eu.i.posthog.com' });",
    '',
    'export function captureServerEvent(userId: string, accountId: string, event: string, properties: Record<string, unknown>) {',
    '  client.capture({ distinctId: userId, event, properties, groups: { company: accountId } });',
    '}',
    '',
  ],
};

/** The app's own modules that its files import: none of them tracks. */
const appModules = {
  'src/lib/logger.ts': ['export const logger = {', '  debug(message: string, data?: Record<string, unknown>) {', "    if (process.env.DEBUG) console.debug(message, data);", '  },', '};', ''],
  'src/lib/utils.ts': ['export function cn(...classes: unknown[]): string {', "  return classes.filter(Boolean).join(' ');", '}', 'export function formatDate(date: Date): string {', '  return date.toISOString().slice(0, 10);', '}', ''],
  'src/lib/event-utils.ts': ['/** Calendar events, not analytics: named like tracking, imported, called. */', 'export function formatEventDate(date: Date): string {', "  return date.toLocaleDateString('en-GB');", '}', ''],
  'src/server/db.ts': ["import { PrismaClient } from '@prisma/client';", '', 'export const db = new PrismaClient();', ''],
  'src/hooks/useProject.ts': ["import { useQuery } from '@tanstack/react-query';", '', 'export function useProject(id: string) {', "  return useQuery({ queryKey: ['project', id], queryFn: () => fetch(`/api/projects/${id}`).then((res) => res.json()) });", '}', ''],
  'src/components/ui/button.tsx': ["import type { ReactNode } from 'react';", '', 'export function Button({ children }: { children: ReactNode }) {', '  return <button type="button">{children}</button>;', '}', ''],
  'src/types.ts': ['export interface Project {', '  id: string;', '  name: string;', '}', ''],
};

/** What a file imports from packages and from the app's modules, and the line of code that uses it. */
const imported = [
  { line: "import { useEffect, useState } from 'react';", use: '  useEffect(() => setState((state) => ({ ...state, ready: true })), []);' },
  { line: "import { useRouter } from 'next/navigation';", use: '  const navigation = useRouter();' },
  { line: "import { z } from 'zod';", use: '  const schema = z.object({ name: z.string() });' },
  { line: "import { cn, formatDate } from '@/lib/utils';", use: "  const label = cn('feature', formatDate(new Date()));" },
  { line: "import { db } from '@/server/db';", use: '  const projects = db.project.findMany();' },
  { line: "import { useProject } from '@/hooks/useProject';", use: '  const query = useProject(project.id);' },
  { line: "import { Button } from '@/components/ui/button';", use: '  const button = <Button>Save</Button>;', jsx: true },
  { line: "import type { Project } from '@/types';", use: '  const selected: Project | undefined = undefined;' },
];
/** An import named like tracking that is not: about one file in ten. */
const eventUtils = { line: "import { formatEventDate } from '@/lib/event-utils';", use: '  const when = formatEventDate(new Date());' };

/** The ways a tracking file sends one event (`e` the constant's key, `p` its properties), and the import each needs. */
const sends = [
  { imports: ["import { trackEvent } from '@/lib/analytics';", "import { EVENTS } from '@/lib/events';"], line: (e, p) => `trackEvent(EVENTS.${e}, { ${p} });` },
  { imports: ["import { trackEvent } from '@/lib/analytics';"], line: (e, p) => `trackEvent('${events[e][0]}', { ${p} });` },
  {
    imports: ["import { useAnalytics } from '@/hooks/useAnalytics';", "import { EVENTS } from '@/lib/events';"],
    hook: '  const { capture } = useAnalytics();',
    line: (e, p) => `capture(EVENTS.${e}, { ${p}, $groups: { company: account.id } });`,
  },
  {
    imports: ["import { captureServerEvent } from '@/server/analytics';", "import { EVENTS } from '@/lib/events';"],
    line: (e, p) => `captureServerEvent(user.id, account.id, EVENTS.${e}, { ${p} });`,
  },
  {
    imports: ["import posthog from 'posthog-js';"],
    line: (e, p) => `posthog.capture('${events[e][0]}', { ${p}, $groups: { company: account.id } });`,
  },
];
/** Mistakes a linted app still makes now and then: a verb-first name, a casing slip, a missing account. */
const mistakes = [
  { imports: ["import { trackEvent } from '@/lib/analytics';"], line: () => "trackEvent('Export Report', { format: 'csv' });" },
  { imports: ["import posthog from 'posthog-js';"], line: () => "posthog.capture('dashboard viewed', { dashboard_id: dashboard.id, $groups: { company: account.id } });" },
  { imports: ["import posthog from 'posthog-js';"], line: () => "posthog.capture('Project Created', { project_id: project.id });" },
];

/** Lines of ordinary app code; `lookalike` one of the look-alikes real code has, or none. */
function body(next, index, lookalike) {
  const lines = [];
  const blocks = 10 + Math.floor(next() * 14);
  const at = Math.floor(next() * blocks);
  for (let block = 0; block < blocks; block++) {
    const name = `items${index}_${block}`;
    lines.push(
      `  const ${name} = rows.filter((row) => row.enabled && row.count > ${Math.floor(next() * 100)});`,
      `  if (${name}.length === 0) {`,
      `    logger.debug('nothing to show', { block: ${block} });`,
      '  }',
      `  const total${block} = ${name}.reduce((sum, row) => sum + row.count, 0);`,
      `  setState((state) => ({ ...state, total: total${block}, page: state.page + 1 }));`,
    );
    if (lookalike && block === at) lines.push(...lookalike(name, block));
  }
  return lines;
}

/** An SDK method's word, not called as a method: about one file in nine. */
const words = [
  () => ['  const { reset } = form;', '  if (rows.length === 0) reset();'],
  (name) => [`  const groups = ${name}.map((row) => ({ group: row.kind, count: row.count }));`],
  () => ['  const track = rows.length > 0 ? "full" : "empty";'],
];
/** A method so named on something else: about one file in a hundred. */
const methods = [
  (name) => [`  chart.track({ series: ${name}.map((row) => row.count) });`],
  () => ['  form.reset();'],
  () => ['  timer.reset();'],
];

const kinds = [
  { dir: 'src/app', suffix: 'page.tsx', jsx: true },
  { dir: 'src/components', suffix: '.tsx', jsx: true },
  { dir: 'src/app/api', suffix: 'route.ts', jsx: false },
  { dir: 'src/services', suffix: '.service.ts', jsx: false },
  { dir: 'src/__tests__', suffix: '.test.ts', jsx: false },
];

/**
 * Writes `count` files (plus the lib/ modules) under `dir`, `trackingRate`
 * of them sending one to three events, `problemRate` of those calls with a
 * mistake; returns the paths of the files to lint. `track: false` writes
 * files that track nothing at all (the lib/ modules left out too).
 */
export function generateAppCorpus(dir, count, seed = 11, { trackingRate = 0.05, problemRate = 0.1, track = true } = {}) {
  const next = random(seed);
  rmSync(dir, { recursive: true, force: true });
  const files = [];
  const write = (relative, lines) => {
    const file = path.join(dir, relative);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, `${lines.join('\n')}\n`);
    files.push(file);
  };
  mkdirSync(dir, { recursive: true });
  writeFileSync(
    path.join(dir, 'tsconfig.json'),
    `${JSON.stringify({ compilerOptions: { baseUrl: '.', paths: { '@/*': ['src/*'] }, jsx: 'preserve', strict: true } }, null, 2)}\n`,
  );
  if (track) for (const [relative, lines] of Object.entries(libFiles)) write(relative, lines);
  for (const [relative, lines] of Object.entries(appModules)) write(relative, lines);
  for (let index = 0; index < count; index++) {
    const kind = kinds[index % kinds.length];
    const name = `feature${index}`;
    const relative = kind.suffix.startsWith('.') ? `${kind.dir}/${name}${kind.suffix}` : `${kind.dir}/${name}/${kind.suffix}`;
    const tracking = track && next() < trackingRate;
    const imports = new Set(["import { logger } from '@/lib/logger';"]);
    const calls = [];
    let hook;
    if (tracking) {
      const callCount = 1 + Math.floor(next() * 3);
      for (let call = 0; call < callCount; call++) {
        const wrong = next() < problemRate;
        const form = wrong ? mistakes[Math.floor(next() * mistakes.length)] : sends[Math.floor(next() * sends.length)];
        const key = eventKeys[Math.floor(next() * eventKeys.length)];
        form.imports.forEach((line) => imports.add(line));
        if (form.hook) hook = form.hook;
        calls.push(`  ${form.line(key, events[key][1])}`);
      }
    }
    // About six imports, each used: the logger, four or five of the usual ones, and now and then an import named like tracking.
    const uses = [];
    const pool = imported.filter((entry) => kind.jsx || !entry.jsx);
    for (let index = pool.length - 1; index > 0; index--) {
      const other = Math.floor(next() * (index + 1));
      [pool[index], pool[other]] = [pool[other], pool[index]];
    }
    for (const entry of pool.slice(0, 4 + Math.floor(next() * 2))) {
      imports.add(entry.line);
      uses.push(entry.use);
    }
    if (next() < 0.1) {
      imports.add(eventUtils.line);
      uses.push(eventUtils.use);
    }
    const lines = [...imports, ''];
    const component = kind.jsx;
    lines.push(
      component
        ? `export default function ${name[0].toUpperCase()}${name.slice(1)}({ rows, project, dashboard, account, user, filter, integration, router, form, chart, timer, emitter, queryClient, setState }: Props) {`
        : `export async function handle${index}({ rows, project, dashboard, account, user, filter, integration, router, form, chart, timer, emitter, queryClient, setState }: Context) {`,
    );
    if (hook) lines.push(hook);
    const draw = next();
    const lookalike = draw < 0.01 ? methods[Math.floor(next() * methods.length)] : draw < 0.11 ? words[Math.floor(next() * words.length)] : undefined;
    const code = [...uses, ...body(next, index, lookalike)];
    // The tracking calls go among the app code, as they do in a handler or an effect.
    const at = Math.floor(code.length / 2);
    lines.push(...code.slice(0, at), ...calls, ...code.slice(at));
    lines.push(component ? '  return <section className="feature">{rows.length}</section>;' : '  return { ok: true };', '}', '');
    write(relative, lines);
  }
  return files;
}
