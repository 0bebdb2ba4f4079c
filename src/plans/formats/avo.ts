/**
 * Avo's JSON Schema export (the Export API, `…/branches/{branch}/export/v1`,
 * or a webhook's payload): `{ name, events: [{ name, description, rules }] }`,
 * each event's `rules` a JSON Schema (draft-06) whose
 * `properties.properties` holds the event's properties with `required` and
 * `enum`. Sources, destinations, tags and the rest are read and left out.
 */
import { callSchemaEvent } from './json-schema.js';
import type { PlanFormat } from './index.js';
import { isObject, nameAt, objectAt, type PlanData, text } from './model.js';

export const avo: PlanFormat = {
  id: 'avo',
  label: 'Avo JSON Schema export',
  marker: '`events[].rules`',
  recognises: (data) => isObject(data) && Array.isArray(data.events) && data.events.some((event) => isObject(event) && isObject(event.rules)),
  read([document]) {
    const data = document!.data as Record<string, unknown>;
    const plan: PlanData = { events: {}, personalData: [] };
    if (typeof data.name === 'string') plan.name = data.name;
    (data.events as unknown[]).forEach((item, index) => {
      const at = ['events', index];
      const entry = objectAt(item, at);
      const name = nameAt(entry.name, [...at, 'name']);
      const { definition, personalData } = callSchemaEvent(entry.rules, [...at, 'rules'], text(entry.description));
      plan.events[name] = definition;
      plan.personalData!.push(...personalData);
    });
    return plan;
  },
};
