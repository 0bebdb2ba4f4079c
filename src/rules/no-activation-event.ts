import { createRule } from '../create-rule.js';
import { readAction, verbBase } from '../event-grammar.js';
import { splitWords } from '../event-words.js';
import { argumentAt, eventNamesOf, onTrackingCalls, reportNodeWithin } from '../tracking-calls.js';

export type MessageIds = 'activationEvent';
export type Options = [{ entities?: string[] }];

/** The entities whose activation is a milestone computed downstream ("User Activated"), not an action on a thing ("Integration Activated"). */
const defaultEntities = ['user', 'account', 'workspace', 'organization', 'organisation', 'org', 'company', 'team', 'member', 'customer', 'tenant'];

/** A noun and its plural: "user"/"users", "company"/"companies". */
function sameNoun(word: string, noun: string): boolean {
  return word === noun || word === `${noun}s` || word === `${noun}es` || (noun.endsWith('y') && word === `${noun.slice(0, -1)}ies`);
}

export default createRule<Options, MessageIds>({
  name: 'no-activation-event',
  meta: {
    type: 'suggestion',
    languages: ['js/js'],
    docs: {
      description: 'Disallow tracking activation as an event; it is computed downstream from the events that make it up',
      recommended: true,
    },
    schema: [
      {
        type: 'object',
        additionalProperties: false,
        properties: {
          entities: {
            type: 'array',
            items: { type: 'string', minLength: 1 },
            uniqueItems: true,
            description:
              'The objects whose activation is a milestone computed downstream ("User Activated" is reported, "Integration Activated" is not); a list given here replaces the default one.',
          },
        },
      },
    ],
    defaultOptions: [{ entities: defaultEntities }],
    messages: {
      activationEvent:
        'Event `{{name}}` tracks activation, which is a conclusion, not an action: track the actions that make it up (e.g. the first report created, the first invite sent) and let the analytics tool compute activation.',
    },
  },
  create(context, [options]) {
    const tracksActivation = activationTest(options);

    return onTrackingCalls(context, {
      track(call) {
        const names = eventNamesOf(context, call);
        if (!names) return;
        const place = argumentAt(context, call.node, call.shape.event);
        const argument = place.state === 'present' && place.value ? place.value : call.node;
        for (const known of names.values) {
          if (known.value.startsWith('$') || !tracksActivation(known.value)) continue;
          context.report({ node: reportNodeWithin(call.node, known.literal, argument), messageId: 'activationEvent', data: { name: known.value } });
        }
      },
    });
  },
});

const activationTests = new WeakMap<object, (name: string) => boolean>();

/**
 * Whether a name tracks the activation milestone: an entity activated ("User
 * Activated", "Activate Account"), or its activation ("Activation Reached").
 * The answer depends on the name alone, so it is worked out once per name for
 * these options (which arrive as the same object for every file).
 */
function activationTest(options: Options[0]): (name: string) => boolean {
  let test = activationTests.get(options);
  if (test) return test;
  const entities = (options.entities ?? defaultEntities).map(splitWords).filter((words) => words.length > 0);

  /** Whether an object is one of the entities whose activation is a milestone, or nothing at all ("Activated"). */
  function isMilestoneEntity(object: readonly string[]): boolean {
    if (object.length === 0) return true;
    return entities.some((entity) => {
      if (entity.length > object.length) return false;
      const tail = object.slice(object.length - entity.length);
      return tail.every((word, index) => (index === tail.length - 1 ? sameNoun(word, entity[index]!) : word === entity[index]));
    });
  }

  function tracksActivation(name: string): boolean {
    const reading = readAction(splitWords(name));
    if (!reading) return false;
    const { object, action } = reading;
    if (verbBase(action) === 'activate') return isMilestoneEntity(object);
    return object.at(-1) === 'activation' && isMilestoneEntity(object.slice(0, -1));
  }

  const answers = new Map<string, boolean>();
  test = (name) => {
    let answer = answers.get(name);
    if (answer === undefined) {
      answer = tracksActivation(name);
      if (answers.size > 5000) answers.clear();
      answers.set(name, answer);
    }
    return answer;
  };
  activationTests.set(options, test);
  return test;
}
