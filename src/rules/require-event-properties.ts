import { AST_NODE_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import { isoStringFixes, stringLiteralIn } from '../call-edits.js';
import { createRule } from '../create-rule.js';
import { formatWords, matchesStyle, splitWords } from '../event-words.js';
import { isIdentifierName } from '../identifiers.js';
import { listNames } from '../messages.js';
import { findPlanEvent, isIsoDateTime, type PlanEvent, type PlanProperty } from '../plan.js';
import { getSettings, type PropertyNaming, type ResolvedSettings } from '../settings.js';
import { dateObjectsOf, isTimestamp, isWithin, literalValue, type ObjectShape, resolveObject, shapeHas, typedValueAt, unwrap, valueBranches } from '../static-values.js';
import { eventNamesOf, onTrackingCalls, propertiesOf, reportNodeWithin, type TrackingCall } from '../tracking-calls.js';
import type { Primitive } from '../type-info.js';

export type MessageIds =
  | 'missingRequired'
  | 'missingRecommended'
  | 'dateObject'
  | 'notIsoDate'
  | 'wrongType'
  | 'notInEnum'
  | 'keyNotSnakeCase'
  | 'keyNotSnakeCaseTaken'
  | 'renameKey';
export type Options = [{ requireRecommended?: boolean }];

/** Lower-case words (in any script: `état_du_compte`) joined by underscores. */
const snakeCase = /^[\p{Ll}\p{Lo}\p{Nd}]+(?:_[\p{Ll}\p{Lo}\p{Nd}]+)*$/u;

/** Whether a key is written in the style of `propertyNaming`, also after leading underscores (`_organization`, `__typename`). */
function keyInStyle(key: string, style: Exclude<PropertyNaming, false>): boolean {
  const name = key.replace(/^_+/, '');
  return style === 'snake_case' ? snakeCase.test(name) : matchesStyle(name, 'camelCase');
}

/**
 * Keys never reported for their style: the team's group keys and every key
 * the plan names (its events' properties, required and recommended), as
 * written. Listed once per settings object (settings are resolved once).
 */
const namedKeysCache = new WeakMap<ResolvedSettings, Set<string>>();
function namedKeysOf(settings: ResolvedSettings): Set<string> {
  let keys = namedKeysCache.get(settings);
  if (!keys) {
    const planKeys = settings.plan.events.flatMap((event) => [...Object.keys(event.properties ?? {}), ...(event.required ?? []), ...(event.recommended ?? [])]);
    keys = new Set([...settings.groupProperties, ...planKeys, ...settings.plan.propertyNames]);
    namedKeysCache.set(settings, keys);
  }
  return keys;
}

/**
 * The keys a plan property may be sent under: its own spelling, and under
 * `propertyNaming: "camelCase"` the team's spelling of it (`account_name` is
 * also sent as `accountName`). The plan spells it one way, the team another;
 * both are the same property.
 */
function spellingsOf(key: string, style: PropertyNaming): string[] {
  // An SDK's or a reserved key (`$current_url`, `_id`) is sent as the plan spells it.
  if (style !== 'camelCase' || keyInStyle(key, 'camelCase') || /^[$_]/.test(key)) return [key];
  const camel = formatWords(splitWords(key), 'camelCase');
  return camel && camel !== key ? [key, camel] : [key];
}

/** A property value the code spells out: a literal (with its value), an object literal or an array literal. */
type WrittenValue = { kind: 'literal'; value: unknown } | { kind: 'object' | 'array' };

function writtenValue(node: TSESTree.Node): WrittenValue | undefined {
  const expression = unwrap(node);
  if (expression.type === AST_NODE_TYPES.ObjectExpression) return { kind: 'object' };
  if (expression.type === AST_NODE_TYPES.ArrayExpression) return { kind: 'array' };
  const literal = literalValue(expression);
  return literal && { kind: 'literal', value: literal.value };
}

/** A value of a primitive type known from type information, to check the type as a literal's. */
const primitiveSample: Record<Primitive, unknown> = { string: '', number: 0, bigint: BigInt(0) };

/** "a string", "an object", for messages. */
function describeType(written: WrittenValue): string {
  const name = written.kind !== 'literal' ? written.kind : written.value instanceof RegExp ? 'regular expression' : typeof written.value;
  return `${/^[aeiou]/.test(name) ? 'an' : 'a'} ${name}`;
}

/** Whether a written value has the plan's type (any value does when the plan gives none). */
function hasType(written: WrittenValue, type: PlanProperty['type']): boolean {
  if (type === undefined) return true;
  if (written.kind !== 'literal') return written.kind === type;
  const { value } = written;
  switch (type) {
    case 'string':
      return typeof value === 'string';
    case 'number':
      return typeof value === 'number';
    case 'integer':
      return typeof value === 'number' && Number.isInteger(value);
    case 'boolean':
      return typeof value === 'boolean';
    default:
      // `object` and `array`: a string, number or boolean is neither.
      return false;
  }
}

/**
 * Renames a property's key in place: a string key keeps its quotes; a number
 * (`1.5`) or a computed key (`[KEY]`) becomes the name itself, brackets and
 * all, since `[row_count]` would read a variable; a name that cannot be an
 * identifier (`2fa_enabled`) is quoted.
 */
function renameKey(fixer: TSESLint.RuleFixer, sourceCode: Readonly<TSESLint.SourceCode>, property: TSESTree.Property, expected: string): TSESLint.RuleFix {
  const name = isIdentifierName(expected) ? expected : stringLiteralIn(expected, "'");
  if (property.shorthand) return fixer.replaceText(property, `${name}: ${sourceCode.getText(property.value)}`);
  const { key } = property;
  if (property.computed) {
    const open = sourceCode.getTokenBefore(key, { filter: (token) => token.value === '[' });
    const close = sourceCode.getTokenAfter(key, { filter: (token) => token.value === ']' });
    if (open && close) return fixer.replaceTextRange([open.range[0], close.range[1]], name);
  }
  if (key.type === AST_NODE_TYPES.Literal && typeof key.value === 'string') {
    return fixer.replaceText(key, stringLiteralIn(expected, sourceCode.getText(key)));
  }
  return fixer.replaceText(key, name);
}

/** A plan event's properties as entries, listed once per event (plans are read once and never changed). */
const entriesCache = new WeakMap<PlanEvent, [string, PlanProperty][]>();
function propertyEntries(event: PlanEvent): [string, PlanProperty][] {
  let entries = entriesCache.get(event);
  if (!entries) {
    entries = Object.entries(event.properties ?? {});
    entriesCache.set(event, entries);
  }
  return entries;
}

export default createRule<Options, MessageIds>({
  name: 'require-event-properties',
  meta: {
    type: 'problem',
    languages: ['js/js'],
    docs: {
      description: 'Require the properties each plan event needs, with values of the right type, under keys in one naming style',
      recommended: true,
    },
    fixable: 'code',
    hasSuggestions: true,
    schema: [
      {
        type: 'object',
        additionalProperties: false,
        properties: {
          requireRecommended: {
            type: 'boolean',
            description: "Require the plan's recommended properties too (on in the strict config).",
          },
        },
      },
    ],
    defaultOptions: [{ requireRecommended: false }],
    messages: {
      missingRequired: '`{{event}}` needs {{names}}.',
      missingRecommended: '`{{event}}` needs {{names}}, recommended by the tracking plan.',
      dateObject: '`{{key}}` is a Date object; send it as an ISO-8601 string with `.toISOString()`.',
      notIsoDate: '`{{key}}` is `{{value}}`; send dates as ISO-8601 strings such as `2018-08-28T04:09:47Z`.',
      wrongType: '`{{key}}` of `{{event}}` is {{actual}}; the plan says {{expected}}.',
      notInEnum: '`{{key}}` of `{{event}}` is `{{value}}`; the plan allows {{allowed}}.',
      keyNotSnakeCase: 'Property `{{key}}` is not {{style}}; name it `{{expected}}`.',
      keyNotSnakeCaseTaken: 'Property `{{key}}` is not {{style}}, and `{{expected}}` is sent too; keep one value, under `{{expected}}`.',
      renameKey: 'Rename `{{key}}` to `{{expected}}`.',
    },
  },
  create(context, [options]) {
    const settings = getSettings(context);
    /** Nodes already reported, so a const object used by several calls is reported once. */
    const reported = new Set<TSESTree.Node>();

    function once(node: TSESTree.Node): boolean {
      if (reported.has(node)) return false;
      reported.add(node);
      return true;
    }

    /** The properties the call sends: a shape, `null` for none (also `null` or `undefined`), undefined when they cannot be known. */
    function sentProperties(call: TrackingCall): ObjectShape | null | undefined {
      const found = propertiesOf(context, call);
      if (found.state === 'absent') return null;
      if (found.state === 'unknown' || !found.value) return undefined;
      return resolveObject(context, found.value);
    }

    const style = settings.propertyNaming;

    function checkKeys(shape: ObjectShape): void {
      if (!style) return;
      const namedKeys = namedKeysOf(settings);
      for (const [key, entry] of shape.entries) {
        // PostHog's `$`-keys ($groups, $set) are the SDK's own; a key the plan spells is the team's decision.
        if (key.startsWith('$') || namedKeys.has(key) || keyInStyle(key, style)) continue;
        const expected = formatWords(splitWords(key), style);
        if (!expected || !once(entry.property.key)) continue;
        const { property } = entry;
        // Renaming onto a key the object already has (even one that sends nothing) would leave one of the two.
        if (shape.entries.has(expected) || shape.typedKeys.has(expected)) {
          context.report({ node: property.key, messageId: 'keyNotSnakeCaseTaken', data: { key, expected, style } });
          continue;
        }
        context.report({
          node: property.key,
          messageId: 'keyNotSnakeCase',
          data: { key, expected, style },
          suggest: [
            {
              messageId: 'renameKey',
              data: { key, expected },
              fix: (fixer) => renameKey(fixer, context.sourceCode, property, expected),
            },
          ],
        });
      }
    }

    /**
     * A `Date` object sent as any property's value: it reaches the tools in
     * whatever form the SDK serialises it to. The fix adds `.toISOString()`
     * where that is safe (see `isoStringFixes`).
     */
    function checkDates(shape: ObjectShape): void {
      for (const [key, { value }] of shape.entries) {
        const dates = dateObjectsOf(context, value);
        if (dates.length > 0 && once(value)) {
          context.report({ node: value, messageId: 'dateObject', data: { key }, fix: isoStringFixes(context.sourceCode, dates) ?? null });
        }
      }
    }

    /** Type-checked values that are not in the code: reported once per place and key. */
    const reportedTyped = new Set<string>();

    /**
     * With type information, a value the code does not spell out, or a key of a
     * typed object: each literal its type allows is checked like a written
     * literal, and a primitive type (`string`, `number`) like any value of it.
     */
    function checkTypedValue(event: PlanEvent, shape: ObjectShape, key: string, definition: PlanProperty, node: TSESTree.Node): void {
      const typed = typedValueAt(context, shape, key);
      const place = `${node.range[0]}:${key}`;
      if (!typed || reportedTyped.has(place)) return;
      reportedTyped.add(place);
      const literals = [...new Set(typed.literals)].map((value) => ({ kind: 'literal' as const, value }));
      const samples = [...typed.primitives.map((primitive): WrittenValue => ({ kind: 'literal', value: primitiveSample[primitive] })), ...literals];
      // `'yes' | 'no'` for a boolean is one wrong type, not two.
      for (const actual of new Set(samples.filter((sample) => !hasType(sample, definition.type)).map(describeType))) {
        context.report({ node, messageId: 'wrongType', data: { key, event: event.name, actual, expected: definition.type ?? '' } });
      }
      for (const { value } of literals.filter((literal) => hasType(literal, definition.type))) {
        if (definition.enum && !definition.enum.includes(value as string | number | boolean)) {
          const allowed = listNames(definition.enum.map(String), 'or');
          context.report({ node, messageId: 'notInEnum', data: { key, event: event.name, value: String(value), allowed } });
        } else if (definition.format === 'date-time' && typeof value === 'string' && !isIsoDateTime(value)) {
          context.report({ node, messageId: 'notIsoDate', data: { key, value } });
        }
      }
    }

    function checkValues(event: PlanEvent, shape: ObjectShape, reportAt: TSESTree.Node): void {
      for (const [planKey, definition] of propertyEntries(event)) {
        const spellings = spellingsOf(planKey, style);
        const key = spellings.find((spelling) => shape.entries.has(spelling)) ?? spellings.find((spelling) => shape.typedKeys.has(spelling)) ?? planKey;
        const entry = shape.entries.get(key);
        if (!entry) {
          if (shape.typedKeys.has(key)) checkTypedValue(event, shape, key, definition, reportAt);
          continue;
        }
        const value = entry.value;
        // A `new Date` in the value, in a branch of it, or in a constant it names: the fix rewrites each one it can.
        const dates = definition.format === 'date-time' ? dateObjectsOf(context, value) : [];
        if (dates.length > 0) {
          if (once(value)) {
            context.report({ node: value, messageId: 'dateObject', data: { key }, fix: isoStringFixes(context.sourceCode, dates) ?? null });
          }
          continue;
        }
        // Each value the property may have, through constants and each branch of `?:` / `??` / `||`.
        const branches = valueBranches(context, value).map((branch) => ({
          branch,
          written: writtenValue(branch),
          // `Date.now()` where the plan wants a date: milliseconds, not an ISO-8601 string.
          timestamp: definition.format === 'date-time' && isTimestamp(context, branch),
        }));
        if (branches.every(({ written, timestamp }) => !written && !timestamp)) {
          checkTypedValue(event, shape, key, definition, value);
          continue;
        }
        for (const { branch, written, timestamp } of branches) {
          // Each wrong branch once, also when a constant that holds it is sent by several calls.
          if ((!written && !timestamp) || (written?.kind === 'literal' && written.value === null) || reported.has(branch)) continue;
          // A branch spelled in this call is reported where it stands; one in a constant elsewhere, at the value that names it.
          const at = isWithin(branch, value) ? branch : value;
          const wrong = written
            ? checkWritten(event, key, definition, written, at)
            : (context.report({ node: at, messageId: 'notIsoDate', data: { key, value: context.sourceCode.getText(unwrap(branch)) } }), true);
          if (wrong) reported.add(branch);
        }
      }
    }

    /** Reports a written value that breaks the plan's definition; whether it did. */
    function checkWritten(event: PlanEvent, key: string, definition: PlanProperty, written: WrittenValue, at: TSESTree.Node): boolean {
      if (!hasType(written, definition.type)) {
        context.report({
          node: at,
          messageId: 'wrongType',
          data: { key, event: event.name, actual: describeType(written), expected: definition.type ?? '' },
        });
        return true;
      }
      if (written.kind !== 'literal') return false;
      const literal = written.value;
      if (definition.enum && !definition.enum.includes(literal as string | number | boolean)) {
        context.report({
          node: at,
          messageId: 'notInEnum',
          data: { key, event: event.name, value: String(literal), allowed: listNames(definition.enum.map(String), 'or') },
        });
        return true;
      }
      if (definition.format === 'date-time' && typeof literal === 'string' && !isIsoDateTime(literal)) {
        context.report({ node: at, messageId: 'notIsoDate', data: { key, value: literal } });
        return true;
      }
      return false;
    }

    return onTrackingCalls(context, {
      track(call) {
        // Accoil's track takes the event name only: there are no properties to ask for (no-track-properties reports any sent).
        if (call.sdk?.takesProperties === false) return;
        const shape = sentProperties(call);
        if (shape) {
          checkKeys(shape);
          checkDates(shape);
        }
        const names = eventNamesOf(context, call);
        if (!names) return;
        const events = new Map<string, PlanEvent>();
        for (const known of names.values) {
          if (known.value.startsWith('$')) continue;
          const event = findPlanEvent(settings.plan, known.value);
          if (event) events.set(event.name, event);
        }
        if (shape === undefined) return;
        // Where the properties are written, also as `null` or `undefined`, when the call holds them.
        const found = propertiesOf(context, call);
        const reportAt = reportNodeWithin(call.node, found.state === 'present' ? found.value : found.state === 'absent' ? found.written : undefined);
        for (const event of events.values()) {
          if (shape) checkValues(event, shape, reportAt);
          // Under camelCase, a plan key is there under either spelling, and asked for in the team's.
          const lacks = (key: string) => (shape ? spellingsOf(key, style).every((spelling) => shapeHas(shape, spelling) === false) : true);
          const asked = (keys: string[]) => keys.map((key) => spellingsOf(key, style).at(-1)!);
          const missing = asked((event.required ?? []).filter(lacks));
          if (missing.length > 0) {
            context.report({ node: reportAt, messageId: 'missingRequired', data: { event: event.name, names: listNames(missing) } });
          }
          if (options.requireRecommended) {
            const recommended = asked((event.recommended ?? []).filter(lacks));
            if (recommended.length > 0) {
              context.report({ node: reportAt, messageId: 'missingRecommended', data: { event: event.name, names: listNames(recommended) } });
            }
          }
        }
      },
    });
  },
});
