/**
 * Segment Typewriter's `plan.json` (Typewriter v8): the Public API's rules
 * with each schema unwrapped, `jsonSchema.{eventMetadata, properties,
 * required}`; the event's name is `eventMetadata.name` (else the rule's key).
 */
import { schemaEvent, schemaKeys } from './json-schema.js';
import type { PlanFormat } from './index.js';
import { isObject, nameAt, objectAt, optionalObject, type PlanData } from './model.js';
import { newestRules, segmentRules } from './segment-public-api.js';

export const segmentTypewriter: PlanFormat = {
  id: 'segment-typewriter',
  label: 'Segment Typewriter plan.json',
  marker: '`rules[].jsonSchema.eventMetadata`',
  recognises: (data) => segmentRules(data)?.rules.some((rule) => isObject(rule) && isObject(rule.jsonSchema) && isObject(rule.jsonSchema.eventMetadata)) ?? false,
  read([document]) {
    const { rules, at: listAt } = segmentRules(document!.data)!;
    const plan: PlanData = { events: {}, identifyTraits: [], groupTraits: [], personalData: [] };
    const metadataOf = (rule: Record<string, unknown>) => (isObject(rule.jsonSchema) && isObject(rule.jsonSchema.eventMetadata) ? rule.jsonSchema.eventMetadata : undefined);
    for (const index of newestRules(rules, (rule) => metadataOf(rule)?.name ?? rule.key)) {
      const at = [...listAt, index];
      const rule = objectAt(rules[index], at);
      const schema = objectAt(rule.jsonSchema, [...at, 'jsonSchema']);
      const metadata = optionalObject(schema.eventMetadata, [...at, 'jsonSchema', 'eventMetadata']);
      const type = metadata?.type ?? rule.type;
      if (type === 'TRACK') {
        const name = metadata?.name !== undefined ? nameAt(metadata.name, [...at, 'jsonSchema', 'eventMetadata', 'name']) : nameAt(rule.key, [...at, 'key']);
        const { definition, personalData } = schemaEvent(schema, [...at, 'jsonSchema']);
        plan.events[name] = definition;
        plan.personalData!.push(...personalData);
      } else if (type === 'IDENTIFY') {
        plan.identifyTraits!.push(...schemaKeys(schema, [...at, 'jsonSchema']));
      } else if (type === 'GROUP') {
        plan.groupTraits!.push(...schemaKeys(schema, [...at, 'jsonSchema']));
      }
    }
    return plan;
  },
};
