import { type FixBuilder, insertAtArgumentPath, stringLiteralIn } from '../call-edits.js';
import { createRule } from '../create-rule.js';
import { accountOnCall, groupSetBy, mayRememberGroup } from '../groups.js';
import { isIdentifierName } from '../identifiers.js';
import { findPlanEvent } from '../plan.js';
import { getSettings } from '../settings.js';
import { eventNamesOf, onTrackingCalls, parseArgumentPath, type TrackingCall } from '../tracking-calls.js';

export type MessageIds =
  | 'missingGroupContext'
  | 'missingGroupContextSticky'
  | 'missingGroupContextWrapper'
  | 'missingGroupContextServer'
  | 'missingGroupCall'
  | 'addGroupContext';
export type Options = [];

/** The placeholder the suggestion writes: an identifier, so an unfilled one fails type-checking or no-undef. */
const placeholder = 'accountId';

export default createRule<Options, MessageIds>({
  name: 'require-group-context',
  meta: {
    type: 'problem',
    languages: ['js/js'],
    docs: {
      description: 'Require every tracked event to carry the account (group) it happened in',
      recommended: true,
    },
    hasSuggestions: true,
    schema: [],
    messages: {
      missingGroupContext: '{{event}} is sent without its account: {{how}}.',
      missingGroupContextSticky:
        "{{event}} is sent without its account: {{how}}, or call `{{setter}}` earlier in this module. If the app sets the group once at startup, set `stickyGroups: true` in settings['b2b-tracking'].",
      missingGroupContextWrapper:
        "{{event}} is sent without its account: {{how}}. If the SDK behind {{label}} remembers the group (PostHog, Amplitude, Mixpanel, Accoil) and the app sets it once at startup, set `stickyGroups: true` in settings['b2b-tracking'].",
      missingGroupContextServer:
        '{{event}} is sent from the server without its account: {{how}}. A server has no session that remembers a group.',
      missingGroupCall:
        "{{event}} is sent without its account: {{label}} takes it from `{{setter}}`, called earlier in this module. If the app sets the group once at startup, set `stickyGroups: true` in settings['b2b-tracking'].",
      addGroupContext: 'Add the account to the call (replace `accountId` with the account id).',
    },
  },
  create(context) {
    const settings = getSettings(context);
    /** The key that carries the account as an event property, named in messages and suggestions: the first of `groupProperties`. */
    const groupKey = settings.groupProperties[0] ?? defaultGroupKey;
    /**
     * SDKs whose group setter (`posthog.group`, `amplitude.setGroup`, …) has run
     * earlier in the module; `wrapper` for a `callees.group` wrapper's call.
     */
    const groupSet = new Set<string>();

    function describeEvent(call: TrackingCall): string {
      const names = eventNamesOf(context, call);
      if (names && !names.unknown && names.dynamic.length === 0 && names.values.length === 1) {
        return `\`${names.values[0]!.value}\``;
      }
      return 'This event';
    }

    /**
     * Whether every name the call may send is a plan event marked
     * `groupLevel: "none"`: one that happens before there is an account to
     * carry (a sign-in page viewed, a password reset asked for).
     */
    function outsideAnyAccount(call: TrackingCall): boolean {
      const names = eventNamesOf(context, call);
      if (!names || names.unknown || names.dynamic.length > 0 || names.values.length === 0) return false;
      return names.values.every(({ value }) => findPlanEvent(settings.plan, value)?.groupLevel === 'none');
    }

    /** The edit that adds the account where this call carries it, when the call is written so it can be added. */
    function addContext(call: TrackingCall): FixBuilder | undefined {
      const fillers: Record<number, string> = {};
      if (call.shape.properties && /^\d+$/.test(call.shape.properties)) fillers[Number(call.shape.properties)] = '{}';
      const target = call.shape.groupContext?.[0];
      if (target) {
        const keyText = isIdentifierName(groupKey) ? groupKey : stringLiteralIn(groupKey, "'");
        const value = call.shape.groupContextValue?.replaceAll(defaultGroupKey, keyText) ?? placeholder;
        return insertAtArgumentPath(context.sourceCode, call.node, target, value, fillers);
      }
      if (call.shape.properties && call.sdk?.takesProperties !== false) {
        return insertAtArgumentPath(context.sourceCode, call.node, `${call.shape.properties}.${groupKey}`, placeholder, fillers);
      }
      return undefined;
    }

    return onTrackingCalls(context, {
      group(call) {
        const set = groupSetBy(call);
        if (set) groupSet.add(set);
      },
      track(call) {
        const { sdk } = call;
        // What cannot be seen may carry it.
        if (accountOnCall(context, call, settings) !== 'missing' || mayRememberGroup(call, settings, groupSet)) return;
        if (outsideAnyAccount(call)) return;
        const browser = call.platform === 'browser';
        const remembers = sdk?.remembersGroup === true && browser;

        const how = sdk
          ? (call.shape.groupContextHint ?? sdk.groupContextHint[call.platform]).replaceAll(defaultGroupKey, groupKey)
          : call.shape.groupContext?.length
            ? `pass it as ${describePath(call.shape.groupContext[0]!)}${call.shape.properties ? `, or send \`${groupKey}\` in its properties` : ''}`
            : `send \`${groupKey}\` in its properties, or name the argument that carries it as \`groupContext\` in settings['b2b-tracking'].callees`;
        const fix = addContext(call);
        context.report({
          node: call.node,
          messageId: !browser
            ? 'missingGroupContextServer'
            : !sdk
              ? call.wrapper?.paths.groupContext
                ? 'missingGroupContext'
                : 'missingGroupContextWrapper'
              : sdk.takesProperties === false
                ? 'missingGroupCall'
                : remembers
                  ? 'missingGroupContextSticky'
                  : 'missingGroupContext',
          data: { event: describeEvent(call), how, setter: sdk ? (groupSetters[sdk.id] ?? '') : '', label: call.label },
          suggest: fix ? [{ messageId: 'addGroupContext', fix }] : [],
        });
      },
    });
  },
});

/** The call that sets the remembered group, per SDK, for messages. */
const groupSetters: Partial<Record<string, string>> = {
  posthog: 'posthog.group(type, key)',
  amplitude: 'amplitude.setGroup(type, id)',
  mixpanel: 'mixpanel.set_group(key, id)',
  accoil: 'accoil.group(accountId)',
};

/** The property key the SDKs' hints name for the account; a team's first `groupProperties` key stands in its place. */
const defaultGroupKey = 'account_id';

/** An argument path in words: "argument 4", "the key `workspaceId` of argument 1", "the key `context.groupId` of argument 3". */
function describePath(path: string): string {
  const { index, keys } = parseArgumentPath(path);
  return keys.length ? `the key \`${keys.join('.')}\` of argument ${index + 1}` : `argument ${index + 1}`;
}
