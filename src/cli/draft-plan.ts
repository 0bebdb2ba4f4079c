/**
 * A first tracking plan, in the plugin's own format, from what the code
 * sends: each distinct event (names with the same words are one event), the
 * property keys seen on it with their literal types, the keys every call
 * sends as `required`, and the naming style most of the names are written in.
 */
import { matchesStyle, type NamingStyle, namingStyles, restyle, wordKey } from '../event-words.js';
import type { PlanEventDefinition, PlanFile, PlanProperty } from '../plan.js';
import type { InventoryEntry, PropertyType } from './inventory.js';

/** The style most names are written in; the first of the plugin's styles on a tie. Undefined without names. */
export function detectNaming(names: readonly string[]): NamingStyle | undefined {
  let best: NamingStyle | undefined;
  let bestCount = 0;
  for (const style of namingStyles) {
    const count = names.filter((name) => matchesStyle(name, style)).length;
    if (count > bestCount) {
      best = style;
      bestCount = count;
    }
  }
  return best;
}

interface EventSeen {
  spellings: Map<string, number>;
  calls: number;
  /** Per key: on how many calls, and its types. */
  keys: Map<string, { calls: number; types: Set<PropertyType> }>;
}

export function draftPlan(entries: readonly InventoryEntry[], name: string): PlanFile {
  const events = new Map<string, EventSeen>();
  for (const entry of entries) {
    // PostHog's own events (`$pageview`) belong to no plan.
    if (entry.kind !== 'track' || entry.event === null || entry.event.startsWith('$') || wordKey(entry.event) === '') continue;
    const key = wordKey(entry.event);
    let seen = events.get(key);
    if (!seen) {
      seen = { spellings: new Map(), calls: 0, keys: new Map() };
      events.set(key, seen);
    }
    seen.calls += 1;
    seen.spellings.set(entry.event, (seen.spellings.get(entry.event) ?? 0) + 1);
    for (const property of entry.properties?.keys ?? []) {
      // `$groups` and other `$` keys are the SDK's, not the event's.
      if (property.startsWith('$')) continue;
      let known = seen.keys.get(property);
      if (!known) {
        known = { calls: 0, types: new Set() };
        seen.keys.set(property, known);
      }
      known.calls += 1;
      const type = entry.properties?.types[property];
      if (type) known.types.add(type);
    }
  }
  const naming = detectNaming([...events.values()].flatMap((seen) => [...seen.spellings.keys()]));
  const plan: PlanFile = { name, ...(naming ? { naming } : {}), events: {} };
  const drafted = [...events.values()].map((seen) => [eventName(seen, naming), seen] as const).sort(([a], [b]) => a.localeCompare(b));
  for (const [eventName, seen] of drafted) {
    const definition: PlanEventDefinition = {};
    const required = [...seen.keys].filter(([, known]) => known.calls === seen.calls).map(([key]) => key);
    if (required.length > 0) definition.required = required;
    if (seen.keys.size > 0) {
      definition.properties = Object.fromEntries([...seen.keys].map(([key, known]) => [key, propertyOf(known.types)]));
    }
    plan.events[eventName] = definition;
  }
  return plan;
}

/** The spelling in the plan's style that the code uses most, else the most used one in that style when it keeps its words, else the most used. */
function eventName(seen: EventSeen, naming: NamingStyle | undefined): string {
  const spellings = [...seen.spellings].sort(([a, countA], [b, countB]) => countB - countA || a.localeCompare(b)).map(([spelling]) => spelling);
  if (!naming) return spellings[0]!;
  const styled = spellings.find((spelling) => matchesStyle(spelling, naming));
  if (styled) return styled;
  const restyled = restyle(spellings[0]!, naming);
  return restyled.keepsEverything && restyled.name !== '' ? restyled.name : spellings[0]!;
}

function propertyOf(types: ReadonlySet<PropertyType>): PlanProperty {
  const merged = types.size === 2 && types.has('integer') && types.has('number') ? new Set<PropertyType>(['number']) : types;
  return merged.size === 1 ? { type: [...merged][0]! } : {};
}
