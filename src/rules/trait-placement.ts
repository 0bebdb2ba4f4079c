import { AST_NODE_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import { isoStringFixes, removeProperty } from '../call-edits.js';
import { createRule } from '../create-rule.js';
import { groupTypesOf, isAccountLevel } from '../groups.js';
import { listNames } from '../messages.js';
import { isIsoDateTime } from '../plan.js';
import { dateObjectsOf, isTimestamp, isWithin, literalValue, type ObjectShape, resolveObject, sendsNothing, shapeHas, unwrap, valueBranches } from '../static-values.js';
import { getSettings, perSettingsAndOptions, type ResolvedSettings } from '../settings.js';
import { argumentAt, onTrackingCalls, parseArgumentPath, reportNodeWithin, type TrackingCall } from '../tracking-calls.js';

export type MessageIds =
  | 'accountTraitOnIdentify'
  | 'userTraitOnGroup'
  | 'mrrNotCents'
  | 'mrrString'
  | 'notIsoDate'
  | 'dateObject'
  | 'missingTraits'
  | 'removeTrait'
  | 'useIsoString';
export type Options = [{ accountTraits?: string[]; userTraits?: string[]; requireTraits?: boolean }];

const dateTraits = ['created_at', 'last_login'];

type Context = Readonly<TSESLint.RuleContext<string, readonly unknown[]>>;

/** A value a trait may have, as the code spells it: a literal (its value), or a timestamp in milliseconds such as `Date.now()`. */
interface WrittenValue {
  node: TSESTree.Node;
  literal?: { value: unknown };
}

/**
 * The literals and timestamps a value may be, as far as the code shows (each
 * branch, through constants: see `valueBranches`). What cannot be seen is left out.
 */
function writtenValues(context: Context, node: TSESTree.Node): WrittenValue[] {
  return valueBranches(context, node).flatMap((branch): WrittenValue[] => {
    const expression = unwrap(branch);
    const literal = literalValue(expression);
    if (literal) return [{ node: expression, literal }];
    return isTimestamp(context, expression) ? [{ node: expression }] : [];
  });
}

/** The keys of PostHog's identify properties that hold person properties: `{ $set: { email }, $set_once: { created_at } }`. */
const posthogPersonKeys = ['$set', '$set_once'];

/**
 * The trait lists as sets, made once per settings and options object. The
 * plan's identify traits are never wrong on identify, nor its group traits on
 * group; a plan that lists both also makes its other traits wrong on the
 * other call (a plan that lists only identify traits says nothing about group).
 */
const traitSetsCache = new WeakMap<object, WeakMap<object, { accountTraits: Set<string>; userTraits: Set<string> }>>();
function traitSets(settings: ResolvedSettings, options: Options[0]): { accountTraits: Set<string>; userTraits: Set<string> } {
  return perSettingsAndOptions(traitSetsCache, settings, options, () => {
    const { identifyTraits, groupTraits } = settings.plan;
    const both = identifyTraits.size > 0 && groupTraits.size > 0;
    const accountTraits = [...(options.accountTraits ?? []), ...(both ? groupTraits : [])].filter((trait) => !identifyTraits.has(trait));
    const userTraits = [...(options.userTraits ?? []), ...(both ? identifyTraits : [])].filter((trait) => !groupTraits.has(trait));
    return { accountTraits: new Set(accountTraits), userTraits: new Set(userTraits) };
  });
}

export default createRule<Options, MessageIds>({
  name: 'trait-placement',
  meta: {
    type: 'problem',
    languages: ['js/js'],
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
      mrrString: '`mrr` is the string `{{value}}`; send it as a number, a whole number of cents (e.g. `99900` for $999.00).',
      notIsoDate: '`{{trait}}` is `{{value}}`; send dates as ISO-8601 strings such as `2024-01-15T10:30:00Z`.',
      dateObject: '`{{trait}}` is a Date object; send it as an ISO-8601 string with `.toISOString()`.',
      missingTraits: 'This {{call}} call passes traits without {{names}}.',
      removeTrait: 'Remove `{{trait}}` from this call.',
      useIsoString: 'Send `{{trait}}` as `.toISOString()`.',
    },
  },
  create(context, [options]) {
    const { accountTraits, userTraits } = traitSets(getSettings(context), options);
    const reported = new Set<TSESTree.Node>();

    /** The traits a call sends, when the call passes a traits object. */
    interface Traits {
      /** The objects they are in: the traits argument, and for PostHog's identify its person properties elsewhere. */
      shapes: ObjectShape[];
      /** Some may be in a place that cannot be seen (`$set: profile`). */
      partial: boolean;
    }

    function traitsOf(call: TrackingCall): Traits | undefined {
      const found = argumentAt(context, call.node, call.shape.traits);
      const shape = found.state === 'present' && found.value ? resolveObject(context, found.value) : undefined;
      if (!shape) return undefined;
      const traits: Traits = { shapes: [shape], partial: false };
      if (call.sdk?.id === 'posthog' && call.kind === 'identify') addPosthogPersonProperties(call, shape, traits);
      return traits;
    }

    /**
     * PostHog's identify also sets person properties from `$set` and
     * `$set_once` in its properties (posthog-node), and from the argument
     * after them (posthog-js: `identify(id, $set, $set_once)`).
     */
    function addPosthogPersonProperties(call: TrackingCall, shape: ObjectShape, traits: Traits): void {
      const places: (TSESTree.Node | undefined)[] = [];
      for (const key of posthogPersonKeys) {
        if (shape.typedKeys.has(key)) traits.partial = true;
        const entry = shape.entries.get(key);
        if (entry && !sendsNothing(entry.value)) places.push(entry.value);
      }
      const { index, keys } = parseArgumentPath(call.shape.traits!);
      if (keys.length === 0) {
        const setOnce = argumentAt(context, call.node, String(index + 1));
        if (setOnce.state === 'unknown') traits.partial = true;
        else if (setOnce.state === 'present') places.push(setOnce.value);
      }
      for (const place of places) {
        const inner = place ? resolveObject(context, place) : undefined;
        if (inner) traits.shapes.push(inner);
        else traits.partial = true;
      }
    }

    /** Whether removing a property changes this call only: it is written in the call, or in a constant that only this call reads and that is not exported. */
    function onlyThisCallSends(call: TrackingCall, property: TSESTree.Property): boolean {
      if (isWithin(property, call.node)) return true;
      let declarator: TSESTree.Node | undefined = property.parent;
      while (declarator && declarator.type !== AST_NODE_TYPES.VariableDeclarator) declarator = declarator.parent;
      if (!declarator || declarator.parent.parent?.type === AST_NODE_TYPES.ExportNamedDeclaration) return false;
      const reads = context.sourceCode.getDeclaredVariables(declarator).flatMap((variable) => variable.references.filter((reference) => reference.isRead()));
      return reads.length === 1 && isWithin(reads[0]!.identifier, call.node);
    }

    function checkMrr(shape: ObjectShape): void {
      const mrr = shape.entries.get('mrr');
      if (!mrr || reported.has(mrr.value)) return;
      for (const { node, literal } of writtenValues(context, mrr.value)) {
        const raw = context.sourceCode.getText(node);
        if (typeof literal?.value === 'string') {
          reported.add(mrr.value);
          context.report({ node: mrr.value, messageId: 'mrrString', data: { value: raw } });
          return;
        }
        // `1e5` is a whole number written without a decimal point; `999.00` and `1.5e3` are written with one.
        if (typeof literal?.value === 'number' && (!Number.isInteger(literal.value) || raw.includes('.'))) {
          reported.add(mrr.value);
          context.report({ node: mrr.value, messageId: 'mrrNotCents', data: { value: raw } });
          return;
        }
      }
    }

    function checkDates(shape: ObjectShape): void {
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
        // A string that is not ISO-8601, or a number of milliseconds (`Date.now()`, `1705312200000`).
        const wrong = writtenValues(context, entry.value).find(({ literal }) =>
          literal === undefined ? true : typeof literal.value === 'string' ? !isIsoDateTime(literal.value) : typeof literal.value === 'number',
        );
        if (!wrong) continue;
        reported.add(entry.value);
        const value = typeof wrong.literal?.value === 'string' ? wrong.literal.value : context.sourceCode.getText(wrong.node);
        context.report({ node: entry.value, messageId: 'notIsoDate', data: { trait, value } });
      }
    }

    function misplaced(call: TrackingCall, shape: ObjectShape, wrong: ReadonlySet<string>, messageId: 'accountTraitOnIdentify' | 'userTraitOnGroup'): void {
      for (const [trait, entry] of shape.entries) {
        if (!wrong.has(trait) || reported.has(entry.property)) continue;
        reported.add(entry.property);
        const { property } = entry;
        // A constant that another call or module reads would lose the trait there too.
        const removable = onlyThisCallSends(call, property);
        context.report({
          node: property,
          messageId,
          data: { trait },
          suggest: removable ? [{ messageId: 'removeTrait', data: { trait }, fix: (fixer) => removeProperty(fixer, context.sourceCode, property) }] : [],
        });
      }
    }

    function requireTraits(call: TrackingCall, traits: Traits, names: string[], label: string): void {
      if (traits.partial) return;
      const missing = names.filter((name) => traits.shapes.every((shape) => shapeHas(shape, name) === false));
      if (missing.length === 0) return;
      const found = argumentAt(context, call.node, call.shape.traits);
      const at = reportNodeWithin(call.node, found.state === 'present' ? found.value : undefined);
      context.report({ node: at, messageId: 'missingTraits', data: { call: label, names: listNames(missing) } });
    }

    function check(call: TrackingCall, traits: Traits, wrong: ReadonlySet<string>, messageId: 'accountTraitOnIdentify' | 'userTraitOnGroup'): void {
      for (const shape of traits.shapes) {
        misplaced(call, shape, wrong, messageId);
        checkMrr(shape);
        checkDates(shape);
      }
    }

    return onTrackingCalls(context, {
      identify(call) {
        const traits = traitsOf(call);
        if (!traits) return;
        check(call, traits, accountTraits, 'accountTraitOnIdentify');
        if (options.requireTraits) requireTraits(call, traits, ['email', 'role'], 'identify');
      },
      group(call) {
        const traits = traitsOf(call);
        if (!traits) return;
        check(call, traits, userTraits, 'userTraitOnGroup');
        if (!options.requireTraits) return;
        // A call that may be an account-level group (one branch of a conditional type is enough).
        if (groupTypesOf(context, call).some(isAccountLevel)) requireTraits(call, traits, ['name', 'plan'], 'group');
      },
    });
  },
});
