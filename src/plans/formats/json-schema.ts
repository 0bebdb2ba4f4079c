/**
 * The properties of a JSON Schema object, as the Segment, mParticle,
 * Snowplow and Avo formats give an event's: `properties` (each with `type`,
 * `enum`, `format`, `description`) and `required`. Keywords the plugin does
 * not check (`pattern`, `minLength`, nested `properties`) are left out; a
 * property marked `"pii": true` (a keyword JSON Schema ignores) is personal data.
 */
import type { PlanEventDefinition, PlanProperty } from '../../plan.js';
import { enumOf, event, fail, isObject, type JsonPath, optionalObject, property, text, typeOf } from './model.js';

export interface SchemaEvent {
  definition: PlanEventDefinition;
  personalData: string[];
}

export function schemaProperty(value: unknown, at: JsonPath): PlanProperty {
  if (typeof value === 'boolean') return {};
  if (!isObject(value)) fail(at, 'must be an object (a JSON Schema)');
  return property({
    description: text(value.description),
    type: typeOf(value.type),
    enum: enumOf(value.enum),
    format: value.format === 'date-time' ? 'date-time' : undefined,
  });
}

/** The event an object schema describes; `description` is the event's when the schema holding the properties has none. */
export function schemaEvent(schema: unknown, at: JsonPath, description?: string): SchemaEvent {
  const object = optionalObject(schema, at);
  const properties: Record<string, PlanProperty> = {};
  const personalData: string[] = [];
  const listed = optionalObject(object?.properties, [...at, 'properties']) ?? {};
  for (const [key, value] of Object.entries(listed)) {
    properties[key] = schemaProperty(value, [...at, 'properties', key]);
    if (isObject(value) && value.pii === true) personalData.push(key);
  }
  const required = object?.required ?? [];
  if (!Array.isArray(required) || required.some((name) => typeof name !== 'string')) fail([...at, 'required'], 'must be a list of property names');
  return {
    definition: event({ description: text(object?.description) ?? description, required: required as string[], properties }),
    personalData,
  };
}

/** The names a schema's `properties` lists (traits). */
export function schemaKeys(schema: unknown, at: JsonPath): string[] {
  const object = optionalObject(schema, at);
  return Object.keys(optionalObject(object?.properties, [...at, 'properties']) ?? {});
}

/**
 * The event a whole-call schema describes, as Segment and Avo write it: the
 * event's properties under `properties.properties` (beside `context` and
 * `traits`), the description on the schema itself or given.
 */
export function callSchemaEvent(schema: unknown, at: JsonPath, description?: string): SchemaEvent {
  const object = optionalObject(schema, at);
  const parts = optionalObject(object?.properties, [...at, 'properties']);
  return schemaEvent(parts?.properties, [...at, 'properties', 'properties'], text(object?.description) ?? description);
}
