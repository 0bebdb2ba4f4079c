/**
 * Snowplow Iglu schemas: self-describing JSON Schemas, `self: { vendor,
 * name, format, version }` beside `properties` and `required`, one file per
 * version (Iglu's `schemas/<vendor>/<name>/jsonschema/<version>` layout, or
 * any files in a directory). Each schema is an event named `self.name`; of
 * several versions of one the newest (by MODEL-REVISION-ADDITION) is read.
 */
import { schemaEvent } from './json-schema.js';
import type { PlanFormat } from './index.js';
import { inFile, isObject, nameAt, objectAt, type PlanData, text } from './model.js';

function version(text: unknown): number[] {
  return typeof text === 'string' ? text.split('-').map((part) => Number(part) || 0) : [];
}

function newer(a: number[], b: number[]): boolean {
  for (let index = 0; index < Math.max(a.length, b.length); index++) {
    if ((a[index] ?? 0) !== (b[index] ?? 0)) return (a[index] ?? 0) > (b[index] ?? 0);
  }
  return false;
}

export const snowplow: PlanFormat = {
  id: 'snowplow',
  label: 'Snowplow Iglu schema',
  marker: '`self.vendor` and `self.name`',
  directory: true,
  recognises: (data) => isObject(data) && isObject(data.self) && typeof data.self.vendor === 'string' && typeof data.self.name === 'string',
  read(documents) {
    const plan: PlanData = { events: {}, personalData: [] };
    const newest = new Map<string, { version: number[]; document: (typeof documents)[number] }>();
    for (const document of documents) {
      const self = inFile(document.file, () => objectAt(objectAt(document.data, []).self, ['self']));
      const name = inFile(document.file, () => nameAt(self.name, ['self', 'name']));
      const key = `${String(self.vendor)}/${name}`;
      const known = newest.get(key);
      if (!known || newer(version(self.version), known.version)) newest.set(key, { version: version(self.version), document });
    }
    for (const { document } of newest.values()) {
      const schema = document.data as Record<string, unknown>;
      const name = (schema.self as Record<string, string>).name!;
      const { definition, personalData } = inFile(document.file, () => schemaEvent(schema, [], text(schema.description)));
      plan.events[name] = definition;
      plan.personalData!.push(...personalData);
    }
    return plan;
  },
};
