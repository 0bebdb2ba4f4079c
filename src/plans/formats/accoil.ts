/**
 * Accoil's product-tracking-skills YAML (`.telemetry/tracking-plan.yaml`,
 * and its templates): `events: [{ name, description, group_level,
 * properties: [{ name, type, enum, required, pii, description }] }]`, user
 * traits under `entities.user.traits`, account traits under
 * `entities.account.traits` and `groups[].traits`, and a template's
 * `entity_extensions`. A template with `meta.extends: <template>` is read on
 * top of the file beside it whose `meta.template` is that name; a directory
 * of templates is read as one plan, each on top of the one it extends.
 */
import type { PlanProperty } from '../../plan.js';
import type { PlanFormat } from './index.js';
import {
  enumOf,
  event,
  fail,
  inFile,
  isObject,
  type JsonObject,
  type JsonPath,
  nameAt,
  objectAt,
  optionalList,
  optionalObject,
  type PlanData,
  type PlanDocument,
  property,
  text,
  typeOf,
} from './model.js';

const dateTypes = new Set(['datetime', 'date-time', 'timestamp']);

function traitNames(list: unknown, at: JsonPath): string[] {
  return optionalList(list, at).map((item, index) => nameAt(objectAt(item, [...at, index]).name, [...at, index, 'name']));
}

/** One file's events and traits. */
function readTemplate(data: JsonObject): PlanData {
  const plan: PlanData = { events: {}, identifyTraits: [], groupTraits: [], personalData: [] };
  optionalList(data.events, ['events']).forEach((item, index) => {
    const at = ['events', index];
    const entry = objectAt(item, at);
    const name = nameAt(entry.name, [...at, 'name']);
    const properties: Record<string, PlanProperty> = {};
    const required: string[] = [];
    optionalList(entry.properties, [...at, 'properties']).forEach((item, propertyIndex) => {
      const where = [...at, 'properties', propertyIndex];
      const definition = objectAt(item, where);
      const key = nameAt(definition.name, [...where, 'name']);
      const isDate = typeof definition.type === 'string' && dateTypes.has(definition.type);
      properties[key] = property({
        description: text(definition.description),
        type: isDate ? 'string' : typeOf(definition.type),
        enum: enumOf(definition.enum),
        format: isDate ? 'date-time' : undefined,
      });
      if (definition.required === true) required.push(key);
      if (definition.pii === true) plan.personalData!.push(key);
    });
    plan.events[name] = event({ description: text(entry.description), required, properties, groupLevel: text(entry.group_level) });
  });
  const entities = optionalObject(data.entities, ['entities']);
  const extensions = optionalObject(data.entity_extensions, ['entity_extensions']);
  for (const [entity, traits] of [
    ['user', plan.identifyTraits!],
    ['account', plan.groupTraits!],
  ] as const) {
    const defined = optionalObject(entities?.[entity], ['entities', entity]);
    traits.push(...traitNames(defined?.traits, ['entities', entity, 'traits']));
    const extended = optionalObject(extensions?.[entity], ['entity_extensions', entity]);
    traits.push(...traitNames(extended?.additional_traits, ['entity_extensions', entity, 'additional_traits']));
  }
  optionalList(data.groups, ['groups']).forEach((item, index) => {
    plan.groupTraits!.push(...traitNames(objectAt(item, ['groups', index]).traits, ['groups', index, 'traits']));
  });
  return plan;
}

function metaOf(data: unknown): { template?: string; extends?: string } {
  const meta = isObject(data) && isObject(data.meta) ? data.meta : {};
  return { template: typeof meta.template === 'string' ? meta.template : undefined, extends: typeof meta.extends === 'string' ? meta.extends : undefined };
}

/** A plan on top of its base: the base's events, replaced or added to; traits and personal data of both. */
function onTop(base: PlanData, plan: PlanData): PlanData {
  return {
    events: { ...base.events, ...plan.events },
    identifyTraits: [...(base.identifyTraits ?? []), ...(plan.identifyTraits ?? [])],
    groupTraits: [...(base.groupTraits ?? []), ...(plan.groupTraits ?? [])],
    personalData: [...(base.personalData ?? []), ...(plan.personalData ?? [])],
  };
}

export const accoil: PlanFormat = {
  id: 'accoil',
  label: 'Accoil tracking plan YAML',
  marker: '`events[]` without `rules`, or `entities`',
  directory: true,
  recognises: (data) =>
    isObject(data) &&
    ((Array.isArray(data.events) && data.events.every((event) => isObject(event) && !('rules' in event))) || isObject(data.entities) || isObject(data.entity_extensions)),
  read(documents, context) {
    const byTemplate = new Map<string, PlanDocument>();
    for (const document of [...context.siblings(), ...documents]) {
      const { template } = metaOf(document.data);
      if (template !== undefined) byTemplate.set(template, document);
    }
    const done = new Map<PlanDocument, PlanData>();
    const reading = new Set<PlanDocument>();
    const read = (document: PlanDocument): PlanData =>
      inFile(document.file, () => {
        const known = done.get(document);
        if (known) return known;
        const data = objectAt(document.data, []);
        const meta = metaOf(data);
        if (reading.has(document)) fail(['meta', 'extends'], `extends ${JSON.stringify(meta.extends)}, which extends this template again`);
        reading.add(document);
        let plan = readTemplate(data);
        if (meta.extends !== undefined) {
          const base = byTemplate.get(meta.extends);
          if (!base) fail(['meta', 'extends'], `names the template ${JSON.stringify(meta.extends)}, which no YAML file beside it is (its \`meta.template\`)`);
          plan = onTop(read(base), plan);
        }
        done.set(document, plan);
        return plan;
      });
    // A template another one extends is read through that one: read on its own after it, its events would replace the other's.
    const extended = new Set(documents.map((document) => metaOf(document.data).extends));
    const roots = documents.filter((document) => !extended.has(metaOf(document.data).template) || metaOf(document.data).template === undefined);
    return roots.map(read).reduce(onTop, { events: {} });
  },
};
