/**
 * Segment Protocols rules as the Public API gives them
 * (`GET /tracking-plans/{id}/rules`): `{ rules: [{ key, type, version,
 * jsonSchema }] }`, or the response as it comes (`{ data: { rules } }`). A
 * track rule's properties are under `jsonSchema.properties.properties`,
 * identify and group traits under `jsonSchema.properties.traits`. Page and
 * screen rules are read and left out; of several versions of a rule the
 * newest is kept.
 */
import { callSchemaEvent, schemaKeys } from './json-schema.js';
import type { PlanFormat } from './index.js';
import { isObject, type JsonPath, nameAt, objectAt, optionalObject, type PlanData } from './model.js';

/**
 * The rules of a Public API export, or of a Typewriter `plan.json` (the same
 * list, each schema unwrapped), and where they are: `rules`, or `data.rules`
 * in the API's response as it comes.
 */
export function segmentRules(data: unknown): { rules: unknown[]; at: JsonPath } | undefined {
  if (!isObject(data)) return undefined;
  if (Array.isArray(data.rules)) return { rules: data.rules, at: ['rules'] };
  return isObject(data.data) && Array.isArray(data.data.rules) ? { rules: data.data.rules, at: ['data', 'rules'] } : undefined;
}

/** Each rule's index, keeping only the newest version of each key. */
export function newestRules(rules: unknown[], keyOf: (rule: Record<string, unknown>) => unknown): number[] {
  const newest = new Map<unknown, number>();
  rules.forEach((rule, index) => {
    if (!isObject(rule)) return;
    const key = `${String(rule.type)}\u0000${String(keyOf(rule))}`;
    const before = newest.get(key);
    const version = (at: number) => Number((rules[at] as Record<string, unknown>).version) || 0;
    if (before === undefined || version(index) >= version(before)) newest.set(key, index);
  });
  return [...newest.values()].sort((a, b) => a - b);
}

export const segmentPublicApi: PlanFormat = {
  id: 'segment-public-api',
  label: 'Segment Protocols (Public API rules)',
  marker: '`rules[].jsonSchema`',
  recognises: (data) => segmentRules(data)?.rules.some((rule) => isObject(rule) && isObject(rule.jsonSchema) && !isObject(rule.jsonSchema.eventMetadata)) ?? false,
  read([document]) {
    const { rules, at: listAt } = segmentRules(document!.data)!;
    const plan: PlanData = { events: {}, identifyTraits: [], groupTraits: [], personalData: [] };
    for (const index of newestRules(rules, (rule) => rule.key)) {
      const at = [...listAt, index];
      const rule = objectAt(rules[index], at);
      const schema = objectAt(rule.jsonSchema, [...at, 'jsonSchema']);
      const parts = optionalObject(schema.properties, [...at, 'jsonSchema', 'properties']);
      const inner = [...at, 'jsonSchema', 'properties'];
      if (rule.type === 'TRACK') {
        const name = nameAt(rule.key, [...at, 'key']);
        const { definition, personalData } = callSchemaEvent(schema, [...at, 'jsonSchema']);
        plan.events[name] = definition;
        plan.personalData!.push(...personalData);
      } else if (rule.type === 'IDENTIFY') {
        plan.identifyTraits!.push(...schemaKeys(parts?.traits, [...inner, 'traits']));
      } else if (rule.type === 'GROUP') {
        plan.groupTraits!.push(...schemaKeys(parts?.traits, [...inner, 'traits']));
      }
    }
    return plan;
  },
};
