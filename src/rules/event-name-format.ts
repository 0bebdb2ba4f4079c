import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { createRule } from '../create-rule.js';
import { checkObjectAction } from '../event-grammar.js';
import { formatWords, matchesStyle, type NamingStyle, restyle, splitWords } from '../event-words.js';
import { findPlanEvent, findSynonym } from '../plan.js';
import { getSettings } from '../settings.js';
import type { KnownString } from '../static-values.js';
import { argumentAt, eventNamesOf, onTrackingCalls } from '../tracking-calls.js';
import { ConfigError } from '../config-error.js';

export type MessageIds =
  | 'wrongStyle'
  | 'verbFirst'
  | 'notPastTense'
  | 'noAction'
  | 'trailingWords'
  | 'synonym'
  | 'emptyName'
  | 'dynamicName'
  | 'useName';
export type Options = [
  {
    affixes?: string[];
    allowedNames?: string[];
    allowVerbFirst?: boolean;
    pastTenseVerbs?: string[];
  },
];

/** Writes a string as a literal in the quote style of the literal it replaces. */
function quote(value: string, raw: string): string {
  const mark = raw[0] === '`' ? '`' : raw[0] === '"' ? '"' : "'";
  const escaped = value.replace(/\\/g, '\\\\').replace(/\n/g, '\\n').replace(/\r/g, '\\r');
  if (mark === '`') return `\`${escaped.replace(/`/g, '\\`').replace(/\$\{/g, '\\${')}\``;
  return `${mark}${escaped.split(mark).join(`\\${mark}`)}${mark}`;
}

export default createRule<Options, MessageIds>({
  name: 'event-name-format',
  meta: {
    type: 'suggestion',
    docs: {
      description: 'Enforce object-action event names in the past tense, written in the naming style of the tracking plan',
      recommended: true,
    },
    fixable: 'code',
    hasSuggestions: true,
    schema: [
      {
        type: 'object',
        additionalProperties: false,
        properties: {
          affixes: {
            type: 'array',
            items: { type: 'string' },
            description:
              'Regular expressions (not literal text) for context prefixes or suffixes around the object-action part, e.g. "[A-Za-z]+: ", or " - \\\\[Dashboard\\\\]" for the literal " - [Dashboard]"; the part between is checked and fixes keep the affix.',
          },
          allowedNames: {
            type: 'array',
            items: { type: 'string' },
            description: 'Event names that are accepted as they are.',
          },
          allowVerbFirst: {
            type: 'boolean',
            description: 'Accept names that start with their verb ("Create Account") for events that are not in the plan.',
          },
          pastTenseVerbs: {
            type: 'array',
            items: { type: 'string' },
            description: 'Extra words that count as past-tense actions ("Sunset", "Onboarded").',
          },
        },
      },
    ],
    defaultOptions: [{ affixes: [], allowedNames: [], allowVerbFirst: false, pastTenseVerbs: [] }],
    messages: {
      wrongStyle: 'Event `{{name}}` is not written in {{style}}; write `{{expected}}`.',
      verbFirst: 'Event `{{name}}` starts with its action; put the object first and the action in the past tense{{hint}}.',
      notPastTense: 'Event `{{name}}` needs its action in the past tense{{hint}}.',
      noAction: 'Event `{{name}}` needs an object and a past-tense action, e.g. `{{example}}`.',
      trailingWords: 'Event `{{name}}` has words after its action; end the name with the action{{hint}} and send `{{extra}}` as a property.',
      synonym: 'Event `{{name}}` is the plan event `{{expected}}` under another name; use `{{expected}}`.',
      emptyName: 'The event name is empty.',
      dynamicName:
        'The event name is built at run time; use a fixed name and send the varying part as a property (one name per event keeps every tool readable).',
      useName: 'Rename the event to `{{expected}}`.',
    },
  },
  create(context, [options]) {
    const settings = getSettings(context);
    const style: NamingStyle = settings.naming;
    const allowed = new Set(options.allowedNames);
    const extraPast = new Set((options.pastTenseVerbs ?? []).map((verb) => verb.toLowerCase()));
    const affixes = (options.affixes ?? []).map((source, index) => {
      try {
        return { prefix: new RegExp(`^(?:${source})`), suffix: new RegExp(`(?:${source})$`) };
      } catch (error) {
        throw new ConfigError(
          `rule option b2b-tracking/event-name-format affixes[${index}] is not a valid regular expression: ${(error as Error).message}`,
        );
      }
    });

    /** The name without the team's context prefix or suffix, and what was around it. */
    function stripAffixes(name: string): { before: string; core: string; after: string } {
      let before = '';
      let after = '';
      let core = name;
      for (const affix of affixes) {
        const prefix = affix.prefix.exec(core);
        if (prefix && prefix[0].length > 0 && prefix[0].length < core.length) {
          before += prefix[0];
          core = core.slice(prefix[0].length);
        }
        const suffix = affix.suffix.exec(core);
        if (suffix && suffix[0].length > 0 && suffix[0].length < core.length) {
          after = suffix[0] + after;
          core = core.slice(0, core.length - suffix[0].length);
        }
      }
      return { before, core, after };
    }

    function check(known: KnownString, reportAt: TSESTree.Node): void {
      const name = known.value;
      if (name.startsWith('$') || allowed.has(name)) return;
      const { before, core, after } = stripAffixes(name);
      const words = splitWords(core);
      if (words.length === 0) {
        context.report({ node: reportAt, messageId: 'emptyName' });
        return;
      }
      const literal = known.literal;
      /** Rewrites the literal that spells the name, keeping its affixes and quotes. */
      const rename = (expected: string) =>
        literal
          ? (fixer: TSESLint.RuleFixer) => fixer.replaceText(literal, quote(before + expected + after, context.sourceCode.getText(literal)))
          : undefined;

      /** The full name with the team's affixes, from the words of its object-action part. */
      const full = (correctedWords: readonly string[]) => before + formatWords(correctedWords, style) + after;
      /** A suggestion to rename the event, when a literal spells the name. */
      const renameTo = (correctedWords: readonly string[]) => {
        const fix = rename(formatWords(correctedWords, style));
        return fix ? [{ messageId: 'useName' as const, data: { expected: full(correctedWords) }, fix }] : [];
      };

      const synonymOf = findSynonym(settings.plan, core);
      if (synonymOf) {
        const planWords = splitWords(synonymOf.name);
        context.report({
          node: reportAt,
          messageId: 'synonym',
          data: { name, expected: full(planWords) },
          suggest: renameTo(planWords),
        });
        return;
      }

      // A name the style cannot express (letters without case) is left as it is rather than "fixed" to itself.
      const styled = restyle(core, style);
      if (!matchesStyle(core, style) && styled.name !== core) {
        // The autofix only changes casing and separators; a rewrite that drops other characters ("&", "/", "(Beta)") is the user's call.
        const fix = rename(styled.name);
        context.report({
          node: reportAt,
          messageId: 'wrongStyle',
          data: { name, style, expected: before + styled.name + after },
          fix: styled.keepsEverything ? (fix ?? null) : null,
          suggest:
            !styled.keepsEverything && fix ? [{ messageId: 'useName', data: { expected: before + styled.name + after }, fix }] : [],
        });
      }

      // The plan's own events are exempt from the object-first check ("Signed Up" has no object).
      if (findPlanEvent(settings.plan, core)) return;
      const problem = checkObjectAction(words, extraPast, options.allowVerbFirst === true);
      if (!problem) return;
      if (problem.kind === 'noAction') {
        context.report({ node: reportAt, messageId: 'noAction', data: { name, example: formatWords(['report', 'exported'], style) } });
        return;
      }
      // What the name up to its action stands for: a plan event ("Signed Up via Google" → Signed Up) or a synonym of one.
      const head = problem.head && planNameOf(problem.head);
      const corrected = head ?? (problem.corrected && (planNameOf(problem.corrected) ?? problem.corrected));
      const expected = corrected && full(corrected);
      const hint = !expected ? '' : problem.kind === 'trailingWords' ? ` (\`${expected}\`)` : `: \`${expected}\``;
      context.report({
        node: reportAt,
        messageId: problem.kind,
        data: { name, hint, extra: problem.extra?.join(' ') ?? '' },
        suggest: corrected ? renameTo(corrected) : [],
      });
    }

    /** The words of the plan event that words name, directly or as a synonym. */
    function planNameOf(words: readonly string[]): string[] | undefined {
      const name = words.join(' ');
      if (findPlanEvent(settings.plan, name)) return [...words];
      const synonymOf = findSynonym(settings.plan, name);
      return synonymOf ? splitWords(synonymOf.name) : undefined;
    }

    return onTrackingCalls(context, {
      track(call) {
        const names = eventNamesOf(context, call);
        if (!names) return;
        const place = argumentAt(context, call.node, call.shape.event);
        const argument = place.state === 'present' && place.value ? place.value : call.node;
        const within = (node: TSESTree.Node) => node.range[0] >= call.node.range[0] && node.range[1] <= call.node.range[1];
        for (const known of names.values) {
          check(known, known.literal && within(known.literal) ? known.literal : argument);
        }
        for (const dynamic of names.dynamic) {
          context.report({ node: within(dynamic) ? dynamic : argument, messageId: 'dynamicName' });
        }
      },
    });
  },
});
