/**
 * The inventory as people read it: the calls grouped by event (then those
 * whose name cannot be known, then identify, group and reset calls), each
 * group with its count, one line per call.
 */
import type { InventoryEntry, SeenProperties } from './inventory.js';

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;

function keysText(properties: SeenProperties | null, label: string): string {
  if (!properties) return '';
  const keys = [...properties.keys, ...(properties.mayHaveMore ? ['…'] : [])];
  return `${label}: ${keys.length > 0 ? keys.join(', ') : 'none'}`;
}

function callLine(entry: InventoryEntry, width: number): string {
  const parts = [`${entry.file}:${entry.line}:${entry.column}`.padEnd(width), `${entry.sdk} (${entry.platform})`];
  if (entry.account) parts.push(`account ${entry.account}`);
  const keys = keysText(entry.properties, entry.kind === 'track' ? 'properties' : 'traits');
  if (keys) parts.push(keys);
  return `  ${parts.join('  ')}`;
}

export function inventoryTable(entries: readonly InventoryEntry[]): string {
  if (entries.length === 0) return 'No tracking calls found.\n';
  const groups = new Map<string, InventoryEntry[]>();
  const add = (key: string, entry: InventoryEntry) => {
    const group = groups.get(key);
    if (group) group.push(entry);
    else groups.set(key, [entry]);
  };
  const named = [...new Set(entries.filter((entry) => entry.kind === 'track' && entry.event !== null).map((entry) => entry.event!))].sort((a, b) =>
    a.localeCompare(b),
  );
  for (const name of named) groups.set(`"${name}"`, []);
  for (const entry of entries) {
    if (entry.kind === 'track') add(entry.event === null ? '(event name not known)' : `"${entry.event}"`, entry);
  }
  for (const kind of ['identify', 'group', 'reset'] as const) {
    for (const entry of entries) if (entry.kind === kind) add(`${kind} calls`, entry);
  }
  const width = Math.max(...entries.map((entry) => `${entry.file}:${entry.line}:${entry.column}`.length));
  const lines: string[] = [];
  for (const [title, group] of groups) {
    lines.push(`${title}  ${plural(group.length, 'call')}`, ...group.map((entry) => callLine(entry, width)), '');
  }
  const calls = new Set(entries.map((entry) => `${entry.file}:${entry.line}:${entry.column}`));
  const files = new Set(entries.map((entry) => entry.file));
  lines.push(`${plural(calls.size, 'call')} in ${plural(files.size, 'file')}; ${plural(named.length, 'event name')}.`);
  return `${lines.join('\n')}\n`;
}
