/**
 * Ids whose value only their type shows: a parameter or key typed as the
 * empty string, or as an address written as a literal type. With type
 * information they are reported; without it the same code shows nothing and
 * nothing is reported.
 */
import requireStableIds, { type MessageIds, type Options } from '../../src/rules/require-stable-ids.js';
import { at } from '../positions.js';
import { type PairedCase, runPaired } from './paired.js';

const segmentNode = `import { Analytics } from '@segment/analytics-node';\nconst analytics = new Analytics({ writeKey: 'k' });\n`;

/** One report with type information at the last `text` of the code; none without. */
function typedReport(code: string, messageId: MessageIds, place: string, entity: 'user' | 'account', text: string): PairedCase<MessageIds, Options> {
  return { code, typed: [{ messageId, data: { place, entity, value: text }, ...at(code, text, -1) }] };
}

runPaired('require-stable-ids', requireStableIds, [
  // A parameter typed as the empty string.
  typedReport(`export function send(id: '') {\n  posthog.identify(id);\n}`, 'empty', 'The user id', 'user', 'id'),
  // A parameter typed as an address.
  typedReport(`export function send(contact: 'ops@example.com') {\n  analytics.group(contact);\n}`, 'email', 'The account id', 'account', 'contact'),
  // A key of a typed payload, known only from its type.
  typedReport(`${segmentNode}type Payload = { userId: ''; event: 'Report Exported'; context: { groupId: string } };\nexport function send(payload: Payload) {\n  analytics.track(payload);\n}`, 'empty', 'The user id', 'user', 'payload'),
  // A string, a union with other strings, or one that may be missing: an id may be any of them.
  { code: `export function send(id: string) {\n  posthog.identify(id);\n}` },
  { code: `export function send(id: '' | 'usr_1') {\n  posthog.identify(id);\n}` },
  { code: `export function send(id?: '') {\n  posthog.identify(id);\n}` },
  { code: `${segmentNode}type Payload = { userId: string; event: 'Report Exported'; context: { groupId: string } };\nexport function send(payload: Payload) {\n  analytics.track(payload);\n}` },
]);
