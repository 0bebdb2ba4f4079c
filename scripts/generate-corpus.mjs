// Writes a deterministic corpus of TS/TSX files shaped like application code
// (components, API handlers, services) for the benchmark: a tracking call every
// few dozen lines, in every SDK form, and some files with no tracking at all.
// Most calls follow the plan, as in a code base that is linted; a share of
// them (10% unless told) carry the mistakes the rules report.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** A small seeded PRNG (mulberry32), so the same seed writes the same corpus. */
export function random(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Calls written as the plan asks: an event name and its properties. */
const plannedCalls = [
  ['Report Exported', "format: 'csv', row_count: rows.length"],
  ['Dashboard Viewed', 'dashboard_id: dashboard.id'],
  ['Invite Sent', 'invitee_email: sha256(invite.email), invitee_role: invite.role'],
  ['Signed Up', "type: 'organic'"],
  ['Trial Started', 'trial_start_date: trial.start.toISOString(), trial_end_date: trial.end.toISOString(), trial_plan_name: trial.plan'],
  ['Account Created', 'account_name: account.name'],
];
/** The mistakes the rules are there for: casing, verb first, a synonym, missing dates, a plain e-mail. */
const mistakes = [
  ['report exported', "format: 'csv'"],
  ['Create Project', 'project_id: project.id'],
  ['Signup', "type: 'organic'"],
  ['Trial Started', 'trial_plan_name: trial.plan'],
  ['Invite Sent', 'invitee_email: invite.email, invitee_role: invite.role'],
];
/** Every SDK form, each carrying its account the SDK's way. */
const trackingForms = [
  (e, p) => `analytics.track('${e}', { ${p} }, { context: { groupId: account.id } });`,
  (e, p) => `analytics.track({ userId: user.id, event: '${e}', properties: { ${p} }, context: { groupId: account.id } });`,
  (e, p) => `rudderanalytics.track('${e}', { ${p}, account_id: account.id });`,
  (e, p) => `amplitude.track('${e}', { ${p} }, { groups: { account: account.id } });`,
  (e, p) => `mixpanel.track('${e}', { ${p}, account_id: account.id, distinct_id: user.id });`,
  (e, p) => `posthog.capture('${e}', { ${p}, $groups: { company: account.id } });`,
  (e, p) => `client.capture({ distinctId: user.id, event: '${e}', properties: { ${p} }, groups: { company: account.id } });`,
  (e) => `accoil.group(account.id); accoil.track('${e}');`,
  (e, p) => `trackEvent('${e}', { ${p} }, { context: { groupId: account.id } });`,
  (e, p) => `this.analyticsService.track('${e}', user, { ${p}, account_id: account.id });`,
  () => `await (async () => { analytics.identify(user.id, { email: user.email, role: user.role }); analytics.group(account.id, { name: account.name, plan: account.plan }); })();`,
];

function filler(next, index) {
  const name = `value${index}`;
  const lines = [
    `  const ${name} = items.filter((item) => item.enabled && item.count > ${Math.floor(next() * 100)});`,
    `  if (${name}.length === 0) {`,
    `    logger.debug('nothing to do', { step: ${index} });`,
    `  }`,
    `  const total${index} = ${name}.reduce((sum, item) => sum + item.count, 0);`,
    `  results.push({ id: ${index}, total: total${index}, label: \`step-\${${index}}\` });`,
    `  router.track?.('not analytics');`,
    `  await cache.set('k${index}', total${index});`,
  ];
  return lines;
}

function body(next, withTracking, problemRate) {
  const out = [];
  for (let block = 0; block < 12; block++) {
    out.push(...filler(next, block));
    if (withTracking && block % 3 === 2) {
      const form = trackingForms[Math.floor(next() * trackingForms.length)];
      const calls = next() < problemRate ? mistakes : plannedCalls;
      const [event, properties] = calls[Math.floor(next() * calls.length)];
      out.push(`  ${form(event, properties)}`);
    }
  }
  return out.join('\n');
}

const kinds = [
  (name, next, tracking, problemRate) => ({
    file: `components/${name}.tsx`,
    text: `import { useState, useEffect } from 'react';
import { useAnalytics } from '../lib/analytics';

interface Props { items: { enabled: boolean; count: number }[]; account: { id: string; name: string; plan: string } }

export function ${name}({ items, account }: Props) {
  const [open, setOpen] = useState(false);
  const { track } = useAnalytics();
  useEffect(() => {
    void (async () => {
      const results: unknown[] = [];
${body(next, tracking, problemRate)}
    })();
  }, [items]);
  return (
    <section className="card">
      <h2>{account.name}</h2>
      <button onClick={() => { setOpen(!open); ${tracking ? "track('Panel Opened', {}, { context: { groupId: account.id } });" : ''} }}>Toggle</button>
      {open && <ul>{items.map((item, index) => <li key={index}>{item.count}</li>)}</ul>}
    </section>
  );
}
`,
  }),
  (name, next, tracking, problemRate) => ({
    file: `api/${name}.ts`,
    text: `import type { Request, Response } from 'express';
import { Analytics } from '@segment/analytics-node';
import { PostHog } from 'posthog-node';

const analytics = new Analytics({ writeKey: process.env.SEGMENT_KEY ?? '' });
const client = new PostHog(process.env.POSTHOG_KEY ?? '');

export async function ${name}(req: Request, res: Response): Promise<void> {
  const user = req.user;
  const account = req.account;
  const items = await db.items.findMany({ where: { accountId: account.id } });
  const results: unknown[] = [];
${body(next, tracking, problemRate)}
  res.json({ results });
}
`,
  }),
  (name, next, tracking, problemRate) => ({
    file: `services/${name}.ts`,
    text: `export class ${name} {
  constructor(private readonly analyticsService: { track(...args: unknown[]): void }, private readonly db: Db) {}

  async run(user: User, account: Account): Promise<unknown[]> {
    const items = await this.db.items(account.id);
    const results: unknown[] = [];
${body(next, tracking, problemRate)}
    return results;
  }
}
`,
  }),
];

/**
 * Writes `count` files into `dir` (emptied first); returns their paths.
 * `problemRate` is the share of tracking calls written with a mistake.
 */
export function generateCorpus(dir, count, seed = 1, problemRate = 0.1) {
  const next = random(seed);
  rmSync(dir, { recursive: true, force: true });
  const files = [];
  for (let index = 0; index < count; index++) {
    const kind = kinds[index % kinds.length];
    const tracking = next() > 0.2;
    const { file, text } = kind(`Module${index}`, next, tracking, problemRate);
    const target = path.join(dir, file);
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, text);
    files.push(target);
  }
  writeFileSync(
    path.join(dir, 'tsconfig.json'),
    JSON.stringify({ compilerOptions: { strict: true, jsx: 'preserve', target: 'ES2022', module: 'ESNext', moduleResolution: 'Bundler', skipLibCheck: true, noEmit: true }, include: ['**/*.ts', '**/*.tsx'] }, null, 2),
  );
  return files;
}

/**
 * A corpus whose tracking code sits in separate modules, as in most apps: the
 * event names in a constants module, a posthog-js wrapper in `lib/`, both
 * reached through a tsconfig alias; components that call the wrapper with
 * the constants, and as many that import only other modules of the app.
 */
export function generateModuleCorpus(dir, count, seed = 4, problemRate = 0.1) {
  const next = random(seed);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(path.join(dir, 'src/lib'), { recursive: true });
  mkdirSync(path.join(dir, 'src/components'), { recursive: true });
  const names = [...plannedCalls, ...mistakes].map(([name], index) => [`E${index}`, name]);
  writeFileSync(path.join(dir, 'src/lib/events.ts'), `export const EVENTS = {\n${names.map(([key, name]) => `  ${key}: '${name}',`).join('\n')}\n} as const;\n`);
  writeFileSync(
    path.join(dir, 'src/lib/analytics.ts'),
    "import posthog from 'posthog-js';\n\nexport function trackEvent(event: string, properties?: Record<string, unknown>, options?: Record<string, unknown>) {\n  posthog.capture(event, properties, options);\n}\n",
  );
  writeFileSync(path.join(dir, 'src/lib/format.ts'), 'export function formatDate(value: Date): string {\n  return value.toISOString();\n}\n');
  writeFileSync(path.join(dir, 'tsconfig.json'), JSON.stringify({ compilerOptions: { strict: true, jsx: 'preserve', paths: { '@/*': ['./src/*'] } } }, null, 2));
  const files = [];
  for (let index = 0; index < count; index++) {
    const tracking = next() > 0.5;
    const lines = ["import { useState } from 'react';", "import { formatDate } from '@/lib/format';"];
    if (tracking) lines.push("import { EVENTS } from '@/lib/events';", "import { trackEvent } from '@/lib/analytics';");
    lines.push('', `export function Component${index}({ account, report }: { account: { id: string }; report: { at: Date } }) {`, '  const [open, setOpen] = useState(false);');
    for (let call = 0; call < 3; call++) {
      if (tracking) {
        const [key] = names[next() < problemRate ? plannedCalls.length + Math.floor(next() * mistakes.length) : Math.floor(next() * plannedCalls.length)];
        lines.push(`  const on${call} = () => trackEvent(EVENTS.${key}, { $groups: { company: account.id }, at: formatDate(report.at) });`);
      } else {
        lines.push(`  const on${call} = () => setOpen(!open && formatDate(report.at).length > ${call});`);
      }
    }
    lines.push('  return <button onClick={on0} onBlur={on1} onFocus={on2}>{String(open)}</button>;', '}', '');
    const target = path.join(dir, `src/components/Component${index}.tsx`);
    writeFileSync(target, lines.join('\n'));
    files.push(target);
  }
  return files;
}
