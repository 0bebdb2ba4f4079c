/**
 * RudderStack `rudder-cli` YAML (a Data Catalog project, given as its
 * directory): `kind: properties`, `events`, `custom-types` and a tracking
 * plan (`kind: tp` in `rudder/v0.1`, `tracking-plan` in `rudder/v1`), linked
 * by references: `$ref: "#/<kind>/<group>/<id>"` (v0.1) or `#event:<id>`,
 * `#property:<id>`, `#custom-type:<id>` (v1). A plan's rules say which
 * properties each event has and which are `required`; enums are in a
 * property's `config.enum` (`propConfig.enum` in v0.1) or its custom type's.
 * Rules of identify and group events list traits. Categories, variants,
 * nested properties and kinds the plugin does not use are read and left out;
 * several tracking plans in one project give each event the properties of
 * all, required where every plan requires it.
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

/** The kinds that define things a reference names, and the list each keeps them in. */
const catalogKinds: Record<string, { list: string; singular: string }> = {
  properties: { list: 'properties', singular: 'property' },
  events: { list: 'events', singular: 'event' },
  'custom-types': { list: 'types', singular: 'custom-type' },
};

/** A catalog entry, with its file and its path in that file for messages. */
interface Defined {
  entry: JsonObject;
  file: string;
  at: JsonPath;
}

const isRudder = (data: unknown): data is JsonObject => isObject(data) && typeof data.version === 'string' && /^rudder\//.test(data.version) && typeof data.kind === 'string';

export const rudderstack: PlanFormat = {
  id: 'rudderstack',
  label: 'RudderStack rudder-cli YAML',
  marker: '`version: rudder/…` and `kind`',
  directory: true,
  recognises: isRudder,
  read(documents) {
    const defined = new Map<string, Defined>();
    const plans: PlanDocument[] = [];
    for (const document of documents) {
      inFile(document.file, () => {
        const data = objectAt(document.data, []);
        if (data.kind === 'tp' || data.kind === 'tracking-plan') plans.push(document);
        const kind = catalogKinds[String(data.kind)];
        if (!kind) return;
        const group = optionalObject(data.metadata, ['metadata'])?.name;
        const spec = objectAt(data.spec, ['spec']);
        optionalList(spec[kind.list], ['spec', kind.list]).forEach((item, index) => {
          const at = ['spec', kind.list, index];
          const entry = objectAt(item, at);
          const id = nameAt(entry.id, [...at, 'id']);
          defined.set(`#${kind.singular}:${id}`, { entry, file: document.file, at });
          if (typeof group === 'string') defined.set(`#/${String(data.kind)}/${group}/${id}`, { entry, file: document.file, at });
        });
      });
    }

    /** What a reference names; `what` says what it should be ("property"), for the message. */
    function resolve(reference: unknown, at: JsonPath, what: string): Defined {
      const found = typeof reference === 'string' ? defined.get(reference) : undefined;
      if (!found) {
        fail(at, `names ${typeof reference === 'string' ? `\`${reference}\`` : 'nothing'}, which is no ${what} defined in the plan's files (name the project's directory as the plan, so that its catalog is read too)`);
      }
      return found;
    }

    /** A property's type and enum, through its custom type when it has one; an error in its definition names the file that holds it. */
    function propertyOf({ entry, file, at }: Defined): PlanProperty {
      return inFile(file, () => {
        const config = optionalObject(entry.config, [...at, 'config']) ?? optionalObject(entry.propConfig, [...at, 'propConfig']);
        let type = entry.type;
        let values = config?.enum;
        if (typeof type === 'string' && type.startsWith('#')) {
          const custom = resolve(type, [...at, 'type'], 'custom type').entry;
        type = custom.type;
          const customConfig = isObject(custom.config) ? custom.config : isObject(custom.propConfig) ? custom.propConfig : undefined;
          values ??= customConfig?.enum;
        }
        return property({ description: text(entry.description), type: typeOf(type), enum: enumOf(values), format: config?.format === 'date-time' ? 'date-time' : undefined });
      });
    }

    const plan: PlanData = { events: {}, identifyTraits: [], groupTraits: [], personalData: [] };
    /** How many plans give each event, and how many require each of its properties. */
    const counts = new Map<string, { plans: number; required: Map<string, number> }>();
    for (const document of plans) {
      inFile(document.file, () => {
        const spec = objectAt((document.data as JsonObject).spec, ['spec']);
        optionalList(spec.rules, ['spec', 'rules']).forEach((item, index) => {
          const at = ['spec', 'rules', index];
          const rule = objectAt(item, at);
          if (rule.type !== undefined && rule.type !== 'event_rule') return;
          const reference = isObject(rule.event) ? rule.event.$ref : rule.event;
          const eventAt = isObject(rule.event) ? [...at, 'event', '$ref'] : [...at, 'event'];
          const eventEntry = resolve(reference, eventAt, 'event').entry;
          const properties: Record<string, PlanProperty> = {};
          const required: string[] = [];
          optionalList(rule.properties, [...at, 'properties']).forEach((entry, propertyIndex) => {
            const where = [...at, 'properties', propertyIndex];
            const use = objectAt(entry, where);
            const key = '$ref' in use ? '$ref' : 'property';
            const found = resolve(use[key], [...where, key], 'property');
            const definition = found.entry;
            const name = nameAt(definition.name ?? definition.id, [...where, key]);
            properties[name] = propertyOf(found);
            if (use.required === true) required.push(name);
            if (definition.pii === true || (isObject(definition.config) && definition.config.pii === true)) plan.personalData!.push(name);
          });
          const type = eventEntry.event_type ?? 'track';
          if (type === 'identify') plan.identifyTraits!.push(...Object.keys(properties));
          else if (type === 'group') plan.groupTraits!.push(...Object.keys(properties));
          if (type !== 'track') return;
          const name = nameAt(eventEntry.name ?? eventEntry.id, eventAt);
          const before = plan.events[name];
          plan.events[name] = event({ description: text(eventEntry.description), properties: { ...before?.properties, ...properties } });
          const count = counts.get(name) ?? { plans: 0, required: new Map<string, number>() };
          count.plans += 1;
          for (const key of required) count.required.set(key, (count.required.get(key) ?? 0) + 1);
          counts.set(name, count);
        });
      });
    }
    for (const [name, count] of counts) {
      const required = [...count.required].filter(([, times]) => times === count.plans).map(([key]) => key);
      plan.events[name] = event({ ...plan.events[name], required });
    }
    return plan;
  },
};
