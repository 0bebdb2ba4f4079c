/**
 * Segment's Config API v1 tracking plan (also Typewriter v7's `plan.json`):
 * `rules.events[]` with `name` and a schema under `rules` whose
 * `properties.properties` holds the event's properties; identify and group
 * traits under `rules.identify` / `rules.group` (`properties.traits`) and in
 * `rules.identify_traits` / `rules.group_traits`. `rules.global` and other
 * keys are read and left out.
 */
import { callSchemaEvent, schemaKeys } from './json-schema.js';
import type { PlanFormat } from './index.js';
import { isObject, type JsonPath, nameAt, objectAt, optionalList, optionalObject, type PlanData, text } from './model.js';

/** `identify_traits` / `group_traits`: each a trait's name, or a rule with its `key` or `name`. */
function traitNames(list: unknown, at: JsonPath): string[] {
  return optionalList(list, at).flatMap((item) => {
    if (typeof item === 'string') return [item];
    const name = isObject(item) ? (item.key ?? item.name) : undefined;
    return typeof name === 'string' ? [name] : [];
  });
}

export const segmentConfigApi: PlanFormat = {
  id: 'segment-config-api',
  label: 'Segment Config API v1 tracking plan',
  marker: '`rules.events`',
  recognises: (data) => isObject(data) && isObject(data.rules) && (Array.isArray(data.rules.events) || isObject(data.rules.identify) || isObject(data.rules.group)),
  read([document]) {
    const rules = objectAt((document!.data as Record<string, unknown>).rules, ['rules']);
    const plan: PlanData = { events: {}, personalData: [] };
    if (typeof (document!.data as Record<string, unknown>).display_name === 'string') plan.name = (document!.data as Record<string, string>).display_name;
    optionalList(rules.events, ['rules', 'events']).forEach((item, index) => {
      const at = ['rules', 'events', index];
      const entry = objectAt(item, at);
      const name = nameAt(entry.name, [...at, 'name']);
      const { definition, personalData } = callSchemaEvent(entry.rules, [...at, 'rules'], text(entry.description));
      plan.events[name] = definition;
      plan.personalData!.push(...personalData);
    });
    const traitsOf = (key: 'identify' | 'group'): string[] => {
      const schema = optionalObject(rules[key], ['rules', key]);
      const parts = optionalObject(schema?.properties, ['rules', key, 'properties']);
      return [...schemaKeys(parts?.traits, ['rules', key, 'properties', 'traits']), ...traitNames(rules[`${key}_traits`], ['rules', `${key}_traits`])];
    };
    plan.identifyTraits = traitsOf('identify');
    plan.groupTraits = traitsOf('group');
    return plan;
  },
};
