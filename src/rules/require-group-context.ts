import { type FixBuilder, insertAtArgumentPath } from '../call-edits.js';
import { createRule } from '../create-rule.js';
import { getSettings } from '../settings.js';
import { type Lookup, resolveObject } from '../static-values.js';
import { argumentAt, eventNamesOf, onTrackingCalls, parseArgumentPath, propertiesOf, type TrackingCall } from '../tracking-calls.js';

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
    /**
     * SDKs whose group setter (`posthog.group`, `amplitude.setGroup`, …) has run
     * earlier in the module; `wrapper` for a `callees.group` wrapper's call.
     */
    const groupSet = new Set<string>();

    /** The call sends its account, or may (what cannot be seen may hold it); `null`, `undefined` or `{}` sends none. */
    function carriesGroup(call: TrackingCall): boolean {
      if (call.shape.addsGroupContext) return true;
      if (call.shape.groupContext?.some((path) => mayCarry(argumentAt(context, call.node, path)))) return true;
      // Accoil's track drops its properties: an account among them never arrives.
      if (call.sdk?.takesProperties === false) return false;
      return settings.groupProperties.some((key) => propertiesOf(context, call, key).state !== 'absent');
    }

    /** Present and not an empty object (`$groups: {}` names no group); unknown counts, as it may. */
    function mayCarry(found: Lookup): boolean {
      if (found.state !== 'present') return found.state === 'unknown';
      if (!found.value) return true;
      const shape = resolveObject(context, found.value);
      return !shape || shape.entries.size > 0 || shape.typedKeys.size > 0 || shape.mayHaveMore;
    }

    function describeEvent(call: TrackingCall): string {
      const names = eventNamesOf(context, call);
      if (names && !names.unknown && names.dynamic.length === 0 && names.values.length === 1) {
        return `\`${names.values[0]!.value}\``;
      }
      return 'This event';
    }

    /** The edit that adds the account where this call carries it, when the call is written so it can be added. */
    function addContext(call: TrackingCall): FixBuilder | undefined {
      const fillers: Record<number, string> = {};
      if (call.shape.properties && /^\d+$/.test(call.shape.properties)) fillers[Number(call.shape.properties)] = '{}';
      const target = call.shape.groupContext?.[0];
      if (target) return insertAtArgumentPath(context.sourceCode, call.node, target, call.shape.groupContextValue ?? placeholder, fillers);
      const key = settings.groupProperties[0];
      if (call.shape.properties && key && call.sdk?.takesProperties !== false) {
        return insertAtArgumentPath(context.sourceCode, call.node, `${call.shape.properties}.${key}`, placeholder, fillers);
      }
      return undefined;
    }

    return onTrackingCalls(context, {
      group(call) {
        if (call.shape.setsActiveGroup && call.sdk) groupSet.add(call.sdk.id);
        // A team's group wrapper may call any SDK's: it counts for the team's track wrappers.
        if (!call.sdk) groupSet.add('wrapper');
      },
      track(call) {
        const { sdk } = call;
        if (carriesGroup(call)) return;
        const browser = call.platform === 'browser';
        // A wrapper's SDK is not known: a group it may remember (`stickyGroups`, a group call earlier) is given the benefit
        // of the doubt, unless its entry names the place that carries the account (then every call fills it).
        if (!sdk && browser && !call.wrapper?.paths.groupContext && (settings.stickyGroups || groupSet.size > 0)) return;
        const remembers = sdk?.remembersGroup === true && browser;
        if (remembers && (settings.stickyGroups || groupSet.has(sdk.id))) return;

        const groupKey = settings.groupProperties[0] ?? 'account_id';
        const how = sdk
          ? (call.shape.groupContextHint ?? sdk.groupContextHint[call.platform])
          : call.shape.groupContext?.length
            ? `pass it as argument ${describePath(call.shape.groupContext[0]!)}${call.shape.properties ? `, or send \`${groupKey}\` in its properties` : ''}`
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

function describePath(path: string): string {
  const { index, keys } = parseArgumentPath(path);
  return `${index + 1}${keys.length ? ` (\`${keys.join('.')}\`)` : ''}`;
}
