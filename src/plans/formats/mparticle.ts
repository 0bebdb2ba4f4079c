/**
 * An mParticle data plan version (`GET …/plans/{id}/versions/{version}`, or
 * the data plan with its `data_plan_versions`, the newest read):
 * `version_document.data_points[]`, each a `match` and a JSON Schema
 * `validator`. A custom event (`match.type: custom_event`) is an event named
 * `match.criteria.event_name`, its properties the schema's
 * `properties.data.properties.custom_attributes`; the user attributes data
 * point lists identify traits. Screen views, commerce events and the rest are
 * read and left out.
 */
import { schemaEvent, schemaKeys } from './json-schema.js';
import type { PlanFormat } from './index.js';
import { isObject, type JsonObject, type JsonPath, nameAt, objectAt, optionalList, optionalObject, type PlanData, text } from './model.js';

/** The version document and where it is: a version's `version_document`, or the newest of a data plan's versions. */
function versionDocument(data: unknown): { document: unknown; at: JsonPath } | undefined {
  if (!isObject(data)) return undefined;
  if (isObject(data.version_document)) return { document: data.version_document, at: ['version_document'] };
  if (Array.isArray(data.data_points)) return { document: data, at: [] };
  if (!Array.isArray(data.data_plan_versions) || data.data_plan_versions.length === 0) return undefined;
  const versions = data.data_plan_versions;
  let newest = 0;
  versions.forEach((version, index) => {
    if (isObject(version) && Number(version.version) > Number((versions[newest] as JsonObject | undefined)?.version ?? -1)) newest = index;
  });
  const version = versions[newest];
  return isObject(version) ? { document: version.version_document, at: ['data_plan_versions', newest, 'version_document'] } : undefined;
}

export const mparticle: PlanFormat = {
  id: 'mparticle',
  label: 'mParticle data plan',
  marker: '`version_document.data_points`',
  recognises: (data) => versionDocument(data) !== undefined,
  read([file]) {
    const { document, at: base } = versionDocument(file!.data)!;
    const plan: PlanData = { events: {}, identifyTraits: [], personalData: [] };
    optionalList(objectAt(document, base).data_points, [...base, 'data_points']).forEach((item, index) => {
      const at = [...base, 'data_points', index];
      const point = objectAt(item, at);
      const match = objectAt(point.match, [...at, 'match']);
      const validator = optionalObject(point.validator, [...at, 'validator']);
      const definition = optionalObject(validator?.definition, [...at, 'validator', 'definition']);
      const schemaAt = [...at, 'validator', 'definition'];
      if (match.type === 'custom_event') {
        const criteria = objectAt(match.criteria, [...at, 'match', 'criteria']);
        const name = nameAt(criteria.event_name, [...at, 'match', 'criteria', 'event_name']);
        const data = optionalObject(optionalObject(definition?.properties, [...schemaAt, 'properties'])?.data, [...schemaAt, 'properties', 'data']);
        const dataAt = [...schemaAt, 'properties', 'data'];
        const attributes = optionalObject(data?.properties, [...dataAt, 'properties'])?.custom_attributes;
        const event = schemaEvent(attributes, [...dataAt, 'properties', 'custom_attributes'], text(point.description));
        plan.events[name] = event.definition;
        plan.personalData!.push(...event.personalData);
      } else if (match.type === 'user_attributes') {
        plan.identifyTraits!.push(...schemaKeys(definition, schemaAt));
      }
    });
    return plan;
  },
};
