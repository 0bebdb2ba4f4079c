import type { TSESTree } from '@typescript-eslint/utils';
import { isoStringFixes, removeProperty } from '../call-edits.js';
import { createRule } from '../create-rule.js';
import { groupTypesOf, isAccountLevel } from '../groups.js';
import { listNames } from '../messages.js';
import { isIsoDateTime } from '../plan.js';
import { dateObjectsOf, literalValue, type ObjectShape, resolveObject, shapeHas, unwrap } from '../static-values.js';
import { argumentAt, onTrackingCalls, reportNodeWithin, type TrackingCall } from '../tracking-calls.js';

export type MessageIds =
  | 'accountTraitOnIdentify'
  | 'userTraitOnGroup'
  | 'mrrNotCents'
  | 'notIsoDate'
  | 'dateObject'
  | 'missingTraits'
  | 'removeTrait'
  | 'useIsoString';
export type Options = [{ accountTraits?: string[]; userTraits?: string[]; requireTraits?: boolean }];

const dateTraits = ['created_at', 'last_login'];

export default createRule<Options, MessageIds>({
  name: 'trait-placement',
  meta: {
    type: 'problem',
    docs: {
      description: 'Require account traits on group calls and user traits on identify calls, with money in cents and ISO-8601 dates',
      recommended: true,
    },
    hasSuggestions: true,
    schema: [
      {
        type: 'object',
        additionalProperties: false,
        properties: {
          accountTraits: {
            type: 'array',
            items: { type: 'string' },
            description: 'Traits that describe the account and belong on group calls.',
          },
          userTraits: {
            type: 'array',
            items: { type: 'string' },
            description: 'Traits that describe the user and belong on identify calls.',
          },
          requireTraits: {
            type: 'boolean',
            description:
              "Where a traits object is passed, require identify's `email` and `role` and an account-level group's `name` and `plan` (on in the strict config).",
          },
        },
      },
    ],
    defaultOptions: [
      {
        accountTraits: ['plan', 'mrr', 'employee_count', 'number_of_users', 'billing_cycle', 'support_level'],
        userTraits: ['email', 'role', 'first_name', 'last_name', 'phone', 'last_login', 'preferred_language'],
        requireTraits: false,
      },
    ],
    messages: {
      accountTraitOnIdentify: '`{{trait}}` describes the account, not the user; send it with the group call.',
      userTraitOnGroup: '`{{trait}}` describes the user, not the account; send it with the identify call.',
      mrrNotCents: '`mrr` is `{{value}}`; send it as a whole number of cents (e.g. `99900` for $999.00).',
      notIsoDate: '`{{trait}}` is `{{value}}`; send dates as ISO-8601 strings such as `2024-01-15T10:30:00Z`.',
      dateObject: '`{{trait}}` is a Date object; send it as an ISO-8601 string with `.toISOString()`.',
      missingTraits: 'This {{call}} call passes traits without {{names}}.',
      removeTrait: 'Remove `{{trait}}` from this call.',
      useIsoString: 'Send `{{trait}}` as `.toISOString()`.',
    },
  },
  create(context, [options]) {
    const accountTraits = new Set(options.accountTraits);
    const userTraits = new Set(options.userTraits);
    const reported = new Set<TSESTree.Node>();

    function traitsOf(call: TrackingCall): ObjectShape | undefined {
      const found = argumentAt(context, call.node, call.shape.traits);
      return found.state === 'present' && found.value ? resolveObject(context, found.value) : undefined;
    }

    function checkValues(shape: ObjectShape): void {
      const mrr = shape.entries.get('mrr');
      if (mrr && !reported.has(mrr.value)) {
        const literal = literalValue(mrr.value);
        const raw = context.sourceCode.getText(unwrap(mrr.value));
        // `1e5` is a whole number written without a decimal point; `999.00` and `1.5e3` are written with one.
        if (literal && typeof literal.value === 'number' && (!Number.isInteger(literal.value) || raw.includes('.'))) {
          reported.add(mrr.value);
          context.report({ node: mrr.value, messageId: 'mrrNotCents', data: { value: raw } });
        }
      }
      for (const trait of dateTraits) {
        const entry = shape.entries.get(trait);
        if (!entry || reported.has(entry.value)) continue;
        // A `new Date` in the value, in a branch of it, or in a constant it names: the suggestion rewrites each one it can.
        const dates = dateObjectsOf(context, entry.value);
        if (dates.length > 0) {
          reported.add(entry.value);
          const fix = isoStringFixes(context.sourceCode, dates);
          context.report({
            node: entry.value,
            messageId: 'dateObject',
            data: { trait },
            suggest: fix ? [{ messageId: 'useIsoString', data: { trait }, fix }] : [],
          });
          continue;
        }
        const literal = literalValue(entry.value);
        if (literal && typeof literal.value === 'string' && !isIsoDateTime(literal.value)) {
          reported.add(entry.value);
          context.report({ node: entry.value, messageId: 'notIsoDate', data: { trait, value: literal.value } });
        }
      }
    }

    function misplaced(shape: ObjectShape, wrong: ReadonlySet<string>, messageId: 'accountTraitOnIdentify' | 'userTraitOnGroup'): void {
      for (const [trait, entry] of shape.entries) {
        if (!wrong.has(trait) || reported.has(entry.property)) continue;
        reported.add(entry.property);
        const { property } = entry;
        context.report({
          node: property,
          messageId,
          data: { trait },
          suggest: [{ messageId: 'removeTrait', data: { trait }, fix: (fixer) => removeProperty(fixer, context.sourceCode, property) }],
        });
      }
    }

    function requireTraits(call: TrackingCall, shape: ObjectShape, names: string[], label: string): void {
      const missing = names.filter((name) => shapeHas(shape, name) === false);
      if (missing.length === 0) return;
      const found = argumentAt(context, call.node, call.shape.traits);
      const at = reportNodeWithin(call.node, found.state === 'present' ? found.value : undefined);
      context.report({ node: at, messageId: 'missingTraits', data: { call: label, names: listNames(missing) } });
    }

    return onTrackingCalls(context, {
      identify(call) {
        const shape = traitsOf(call);
        if (!shape) return;
        misplaced(shape, accountTraits, 'accountTraitOnIdentify');
        checkValues(shape);
        if (options.requireTraits) requireTraits(call, shape, ['email', 'role'], 'identify');
      },
      group(call) {
        const shape = traitsOf(call);
        if (!shape) return;
        misplaced(shape, userTraits, 'userTraitOnGroup');
        checkValues(shape);
        if (!options.requireTraits) return;
        // A call that may be an account-level group (one branch of a conditional type is enough).
        if (groupTypesOf(context, call).some(isAccountLevel)) requireTraits(call, shape, ['name', 'plan'], 'group');
      },
    });
  },
});
