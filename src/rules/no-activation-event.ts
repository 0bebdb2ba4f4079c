import { createRule } from '../create-rule.js';
import { pastActionOf } from '../event-grammar.js';
import { splitWords } from '../event-words.js';
import { argumentAt, eventNamesOf, onTrackingCalls } from '../tracking-calls.js';

export type MessageIds = 'activationEvent';
export type Options = [];

export default createRule<Options, MessageIds>({
  name: 'no-activation-event',
  meta: {
    type: 'suggestion',
    docs: {
      description: 'Disallow tracking activation as an event; it is computed downstream from the events that make it up',
      recommended: true,
    },
    schema: [],
    messages: {
      activationEvent:
        'Event `{{name}}` tracks activation, which is a conclusion, not an action: track the actions that make it up (e.g. the first report created, the first invite sent) and let the analytics tool compute activation.',
    },
  },
  create(context) {
    return onTrackingCalls(context, {
      track(call) {
        const names = eventNamesOf(context, call);
        if (!names) return;
        const place = argumentAt(context, call.node, call.shape.event);
        const argument = place.state === 'present' && place.value ? place.value : call.node;
        for (const known of names.values) {
          if (known.value.startsWith('$')) continue;
          // The action, not any word: "Activated User" tracks activation, "Activated Users Exported" tracks an export.
          if (pastActionOf(splitWords(known.value)) !== 'activated') continue;
          const inCall = known.literal && known.literal.range[0] >= call.node.range[0] && known.literal.range[1] <= call.node.range[1];
          context.report({ node: inCall ? known.literal! : argument, messageId: 'activationEvent', data: { name: known.value } });
        }
      },
    });
  },
});
