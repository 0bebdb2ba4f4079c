/**
 * The plan's events against the code: which are sent (and where), which are
 * sent nowhere, which names the code sends that the plan lacks, and how many
 * calls send a name that cannot be known. A name is matched to a plan event
 * as the rules match it: by its words, whatever the casing and separators.
 */
import { findPlanEvent, findSynonym, type Plan } from '../plan.js';
import type { InventoryEntry } from './inventory.js';

export interface CallSite {
  file: string;
  line: number;
  column: number;
  /** The name as the code sends it. */
  event: string;
}

export interface StatusEvent {
  name: string;
  calls: CallSite[];
  /** For an unplanned name: the plan event it is a known synonym of ("Login" → Signed In). */
  synonymOf?: string;
}

export interface Status {
  /** The names of the plans the linted files use (one, unless the config gives directories plans of their own). */
  plans: string[];
  implemented: StatusEvent[];
  missing: StatusEvent[];
  unplanned: StatusEvent[];
  /** Track calls whose event name cannot be known. */
  unknown: number;
  unknownCalls: Omit<CallSite, 'event'>[];
}

/** PostHog's own events (`$pageview`, `$autocapture`): no plan lists them. */
const isSdkOwnEvent = (name: string) => name.startsWith('$');

export function planStatus(entries: readonly InventoryEntry[], plans: ReadonlyMap<string, Plan>): Status {
  const distinctPlans = [...new Set(plans.values())];
  const byPlanEvent = new Map<string, StatusEvent>();
  for (const plan of distinctPlans) {
    for (const event of plan.events) if (!byPlanEvent.has(event.name)) byPlanEvent.set(event.name, { name: event.name, calls: [] });
  }
  const unplanned = new Map<string, StatusEvent>();
  const unknownCalls: Status['unknownCalls'] = [];
  for (const entry of entries) {
    if (entry.kind !== 'track') continue;
    const { file, line, column, event } = entry;
    if (event === null) {
      unknownCalls.push({ file, line, column });
      continue;
    }
    if (isSdkOwnEvent(event)) continue;
    const plan = plans.get(file);
    const planEvent = plan && findPlanEvent(plan, event);
    const site = { file, line, column, event };
    if (planEvent) {
      byPlanEvent.get(planEvent.name)!.calls.push(site);
      continue;
    }
    let found = unplanned.get(event);
    if (!found) {
      const synonym = plan && findSynonym(plan, event);
      found = { name: event, calls: [], ...(synonym ? { synonymOf: synonym.name } : {}) };
      unplanned.set(event, found);
    }
    found.calls.push(site);
  }
  const planned = [...byPlanEvent.values()];
  return {
    plans: distinctPlans.map((plan) => plan.name),
    implemented: planned.filter((event) => event.calls.length > 0),
    missing: planned.filter((event) => event.calls.length === 0),
    unplanned: [...unplanned.values()].sort((a, b) => a.name.localeCompare(b.name)),
    unknown: unknownCalls.length,
    unknownCalls,
  };
}

/** `{ implemented, missing, unplanned, unknown }`, each event with its name and its calls. */
export function statusJson(status: Status): string {
  const { implemented, missing, unplanned, unknown } = status;
  return `${JSON.stringify({ implemented, missing, unplanned, unknown }, null, 2)}\n`;
}

const where = (site: { file: string; line: number }) => `${site.file}:${site.line}`;
const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;

function summary(status: Status): string {
  const total = status.implemented.length + status.missing.length;
  const plans = status.plans.length === 0 ? 'no plan' : `plan ${status.plans.map((name) => `"${name}"`).join(', ')}`;
  return `${status.implemented.length} of ${plural(total, 'event')} of ${plans} implemented, ${status.missing.length} missing; ${plural(status.unplanned.length, 'unplanned event')}; ${plural(status.unknown, 'call')} whose event cannot be known.`;
}

/** The text the command prints by default. */
export function statusText(status: Status): string {
  const lines = [summary(status)];
  const width = Math.max(0, ...[...status.implemented, ...status.missing, ...status.unplanned].map((event) => event.name.length));
  const section = (title: string, events: readonly StatusEvent[], withCalls: boolean) => {
    if (events.length === 0) return;
    lines.push('', `${title} (${events.length})`);
    for (const event of events) {
      const note = event.synonymOf ? ` (a synonym of ${event.synonymOf})` : '';
      lines.push(withCalls ? `  ${event.name.padEnd(width)}  ${event.calls.map(where).join(', ')}${note}` : `  ${event.name}`);
    }
  };
  section('Implemented', status.implemented, true);
  section('Missing', status.missing, false);
  section('Unplanned', status.unplanned, true);
  if (status.unknown > 0) lines.push('', `Event name not known (${status.unknown})`, `  ${status.unknownCalls.map(where).join(', ')}`);
  return `${lines.join('\n')}\n`;
}

const code = (text: string) => `\`${text.replaceAll('`', "'")}\``;
const cell = (text: string) => text.replaceAll('|', '\\|');

/** A summary for a pull-request comment. */
export function statusMarkdown(status: Status): string {
  const lines = ['## Tracking plan coverage', '', summary(status)];
  const table = (title: string, events: readonly StatusEvent[], withCalls: boolean) => {
    if (events.length === 0) return;
    lines.push('', `### ${title} (${events.length})`, '');
    if (!withCalls) {
      lines.push(...events.map((event) => `- ${cell(event.name)}`));
      return;
    }
    lines.push('| event | sent from |', '| --- | --- |');
    for (const event of events) {
      const note = event.synonymOf ? ` (a synonym of ${cell(event.synonymOf)})` : '';
      lines.push(`| ${cell(event.name)}${note} | ${event.calls.map((site) => code(where(site))).join(', ')} |`);
    }
  };
  table('Missing: in the plan, sent nowhere', status.missing, false);
  table('Unplanned: sent, not in the plan', status.unplanned, true);
  table('Implemented', status.implemented, true);
  if (status.unknown > 0) {
    lines.push('', `### Event name not known (${status.unknown})`, '', status.unknownCalls.map((site) => code(where(site))).join(', '));
  }
  return `${lines.join('\n')}\n`;
}
