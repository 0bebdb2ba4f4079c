import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { createRule } from '../create-rule.js';
import { checkObjectAction, isClearVerb, objectLength, qualifiesAction } from '../event-grammar.js';
import { compactKey, formatWords, keepsWords, matchesStyle, type NamingStyle, respell, restyle, spelledWords } from '../event-words.js';
import { findPlanEvent, findSynonym, type PlanEvent } from '../plan.js';
import { getSettings, perSettingsAndOptions, type ResolvedSettings } from '../settings.js';
import type { KnownString } from '../static-values.js';
import { argumentAt, eventNamesOf, onTrackingCalls, reportNodeWithin } from '../tracking-calls.js';
import { ConfigError } from '../config-error.js';
import { stringLiteralIn } from '../call-edits.js';

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

export default createRule<Options, MessageIds>({
  name: 'event-name-format',
  meta: {
    type: 'suggestion',
    languages: ['js/js'],
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
              'Regular expressions (not literal text) for context prefixes or suffixes around the object-action part besides the namespaces recognised by default ("App: ", "[Words] ", " - [Words]"), e.g. "web:", or " \\\\(v\\\\d+\\\\)" for " (v2)"; the part between is checked and fixes keep the affix.',
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
      wrongStyle: 'Event `{{name}}` is not written in {{style}}{{hint}}.',
      verbFirst: 'Event `{{name}}`{{also}} starts with its action; put the object first and the action in the past tense{{hint}}.',
      notPastTense: 'Event `{{name}}`{{also}} needs its action in the past tense{{hint}}.',
      noAction: 'Event `{{name}}`{{also}} needs an object and a past-tense action, e.g. `{{example}}`.',
      trailingWords:
        'Event `{{name}}`{{also}} has words after its action; end the name with the action{{hint}} and send `{{extra}}` as a property.',
      synonym: 'Event `{{name}}` is the plan event `{{event}}` under another name; use `{{expected}}`.',
      emptyName: 'The event name is empty.',
      dynamicName:
        'The event name is built at run time; use a fixed name and send the varying part as a property (one name per event keeps every tool readable).',
      useName: 'Rename the event to `{{expected}}`.',
    },
  },
  create(context, [options]) {
    const judge = judgeFor(getSettings(context), options);

    return onTrackingCalls(context, {
      track(call) {
        const names = eventNamesOf(context, call);
        if (!names) return;
        const place = argumentAt(context, call.node, call.shape.event);
        const argument = place.state === 'present' && place.value ? place.value : call.node;
        for (const known of names.values) {
          const node = reportNodeWithin(call.node, known.literal, argument);
          for (const finding of judge(known.value)) report(known, node, finding);
        }
        for (const dynamic of names.dynamic) {
          context.report({ node: reportNodeWithin(call.node, dynamic, argument), messageId: 'dynamicName' });
        }
      },
    });

    /** Reports a finding at a node; the rename fixes the literal that spells the name, when there is one. */
    function report(known: KnownString, node: TSESTree.Node, finding: Finding): void {
      const literal = known.literal;
      const fix =
        literal && finding.rename !== undefined
          ? (fixer: TSESLint.RuleFixer) => fixer.replaceText(literal, stringLiteralIn(finding.rename!, context.sourceCode.getText(literal)))
          : undefined;
      context.report({
        node,
        messageId: finding.messageId,
        data: finding.data,
        fix: finding.renameBy === 'fix' ? (fix ?? null) : null,
        suggest: finding.renameBy === 'suggestion' && fix ? [{ messageId: 'useName', data: { expected: finding.rename }, fix }] : [],
      });
    }
  },
});

/** What is wrong with a name, and the name it should have (with its affixes), applied as a fix or offered as a suggestion. */
interface Finding {
  messageId: Exclude<MessageIds, 'dynamicName' | 'useName'>;
  data?: Record<string, string>;
  rename?: string;
  renameBy?: 'fix' | 'suggestion';
}

type Judge = (name: string) => readonly Finding[];

/**
 * The judge for a name under these settings and options: a name's findings
 * depend on the name alone, so they are worked out once and shared by every
 * call and file that sends it (rule options arrive as the same object for
 * every file; settings are resolved once per settings object).
 */
const judges = new WeakMap<object, WeakMap<object, Judge>>();
function judgeFor(settings: ResolvedSettings, options: Options[0]): Judge {
  return perSettingsAndOptions(judges, settings, options, () => {
    const judgeName = makeJudge(settings, options);
    const findings = new Map<string, readonly Finding[]>();
    return (name) => {
      let found = findings.get(name);
      if (!found) {
        found = judgeName(name);
        if (findings.size > 5000) findings.clear();
        findings.set(name, found);
      }
      return found;
    };
  });
}

function makeJudge(settings: ResolvedSettings, options: Options[0]): (name: string) => Finding[] {
  const style: NamingStyle = settings.naming;
  const allowed = new Set(options.allowedNames);
  const extraPast = new Set((options.pastTenseVerbs ?? []).map((verb) => verb.toLowerCase()));
  /** The character between object and action in the styles that have one. */
  const separator = style === 'object:action' ? ':' : style === 'object.action' ? '.' : undefined;
  const affixes = (options.affixes ?? []).map((source, index) => {
    try {
      return { prefix: new RegExp(`^(?:${source})`), suffix: new RegExp(`(?:${source})$`) };
    } catch (error) {
      throw new ConfigError(
        `rule option b2b-tracking/event-name-format affixes[${index}] is not a valid regular expression: ${(error as Error).message}`,
      );
    }
  });

  /**
   * The name without the team's context prefix or suffix, and what was
   * around it: first the `affixes` option's, then the namespaces every team
   * may use ("App: ", "[Template Store] ", " - [Onboarding]"). A name that is
   * all affix ("App: ") has an empty core, unless the pattern took only
   * letters and digits: then it is the name itself. A namespace is only one
   * when the name has a word besides it.
   */
  function stripAffixes(name: string): { before: string; core: string; after: string } {
    let before = '';
    let after = '';
    let core = name;
    const isAffix = (matched: string) => matched.length > 0 && (matched.length < core.length || /[^\p{L}\p{M}\p{N}]/u.test(matched));
    for (const affix of affixes) {
      const prefix = affix.prefix.exec(core);
      if (prefix && isAffix(prefix[0])) {
        before += prefix[0];
        core = core.slice(prefix[0].length);
      }
      const suffix = affix.suffix.exec(core);
      if (suffix && isAffix(suffix[0])) {
        after = suffix[0] + after;
        core = core.slice(0, core.length - suffix[0].length);
      }
    }
    // The suffix first: in "Workflow Created - [Onboarding]" the dash belongs to it, not to a namespace "Workflow Created - ".
    const suffix = namespaceSuffix.exec(core)?.[0];
    if (suffix && hasWord(core.slice(0, core.length - suffix.length))) {
      after = suffix + after;
      core = core.slice(0, core.length - suffix.length);
    }
    const matched = namespacePrefix.exec(core)?.[0];
    const prefix = matched && namespaceKept(matched);
    if (prefix && hasWord(core.slice(prefix.length))) {
      before += prefix;
      core = core.slice(prefix.length);
    }
    return { before, core, after };
  }

  /**
   * The part of a matched prefix that is a namespace: a dash, slash or bar
   * after words that already name an object and its action ("Plan Upgraded -
   * Annual Billing", "Page Viewed | Dashboard") ends the name, not a
   * namespace, and the name is judged whole from there; a colon always ends
   * a namespace ("Billing Page: Plan Upgraded").
   */
  function namespaceKept(prefix: string): string {
    if (prefix.startsWith('[')) return prefix;
    const segment = new RegExp(String.raw`(${namespaceWords})(${namespaceEnd})`, 'uy');
    let kept = 0;
    for (let match = segment.exec(prefix); match; match = segment.exec(prefix)) {
      const words = spelledWords(match[1]!).map((word) => word.toLowerCase());
      if (match[2] !== ': ' && checkObjectAction(words, extraPast, options.allowVerbFirst === true) === undefined) break;
      kept = segment.lastIndex;
    }
    return prefix.slice(0, kept);
  }

  /**
   * Words written in the style. The styles with a separator put it between
   * the object and the action the grammar reads ("Team Member Invitation
   * Sent" → `team_member_invitation:sent`, "Report Exported to PDF" →
   * `report:exported_to_pdf`, "Signed In" → `signed:in`); undefined there
   * when no word reads as the action, for the split would be a guess.
   */
  function styledWords(words: readonly string[]): string | undefined {
    if (!separator || words.length < 2) return formatWords(words, style);
    const count = objectLength(words.map((word) => word.toLowerCase()), extraPast);
    return count === undefined ? undefined : formatWords(words, style, count);
  }

  /**
   * A plan event's name as a call should write it: the plan's own spelling
   * when that is in the naming style (always under the plan's own style),
   * else its words in the style ("API Key Created" → "api_key_created").
   * With `words`, the words of a name that stands for the event with an
   * object before it ("User Signed Up"), spelled as the plan spells them.
   */
  function planSpelling(event: PlanEvent, words?: readonly string[], spelled: readonly string[] = []): string {
    const planWords = spelledWords(event.name);
    if (words && compactKey(words.join(' ')) !== compactKey(event.name)) {
      const respelled = respell(words, planWords, spelled);
      return styledWords(respelled) ?? formatWords(respelled, style);
    }
    // The plan's own spelling where it is written in the style; a plan event is not exempt from `naming`.
    return matchesStyle(event.name, style) ? event.name : (styledWords(planWords) ?? formatWords(planWords, style));
  }

  /** The name that words stand for as a plan event, directly or as a synonym, in the plan's spelling; else undefined. */
  function planNameOf(words: readonly string[], spelled: readonly string[]): string | undefined {
    const name = words.join(' ');
    const event = findPlanEvent(settings.plan, name);
    if (event) return planSpelling(event, words, spelled);
    const synonymOf = findSynonym(settings.plan, name);
    return synonymOf ? planSpelling(synonymOf) : undefined;
  }

  /**
   * What is wrong with a name, all in one finding, with the one name that
   * would be right: a fix when only its casing and separators change, else a
   * suggestion, or neither where no name can be offered with confidence.
   */
  function findingOf(name: string): Finding | undefined {
    if (name.startsWith('$') || allowed.has(name)) return undefined;
    const { before, core, after } = stripAffixes(name);
    const spelled = spelledWords(core);
    if (spelled.length === 0) return { messageId: 'emptyName' };
    const words = spelled.map((word) => word.toLowerCase());
    /** The full name with the team's affixes around its object-action part. */
    const full = (coreName: string) => before + coreName + after;

    const synonymOf = findSynonym(settings.plan, core);
    if (synonymOf) {
      const event = planSpelling(synonymOf);
      const expected = full(event);
      return { messageId: 'synonym', data: { name, event, expected }, rename: expected, renameBy: 'suggestion' };
    }

    const planEvent = findPlanEvent(settings.plan, core);
    if (planEvent) {
      // A plan event is written as the plan spells it: "Signed In", not "Signed in"; "API Key Created", not "Api Key Created".
      // The plan's own events are exempt from the object-first check ("Signed Up" has no object).
      const expected = planSpelling(planEvent, words, spelled);
      if (expected === core) return undefined;
      return {
        messageId: 'wrongStyle',
        data: { name, style: matchesStyle(core, style) ? "the plan's spelling" : style },
        rename: full(expected),
        renameBy: keepsWords(core, expected, style === 'object:action') ? 'fix' : 'suggestion',
      };
    }

    const inStyle = matchesStyle(core, style);
    // The part before the separator is the object as the team wrote it, unless it is one word that only reads as an
    // action ("open:trace_detail", "create:workspace"): then the whole name is read, as in the other styles.
    const parts = separator && !/\s/u.test(core) ? core.split(separator) : [];
    const objectWords = parts.length === 2 ? spelledWords(parts[0]!) : [];
    const verbBefore = objectWords.length === 1 && isClearVerb(objectWords[0]!, extraPast);
    if (objectWords.length > 0 && !verbBefore && spelledWords(parts[1]!).length > 0) {
      return separatedFinding(name, parts[0]!, parts[1]!, inStyle, full);
    }
    const problem = checkObjectAction(words, extraPast, options.allowVerbFirst === true);
    if (!problem) {
      if (inStyle) return undefined;
      // The autofix only changes casing and separators; a rewrite that drops other characters ("&", "/", "(Beta)"),
      // changes letters ("ﬁ" → "Fi") or a hyphenated word is the user's call. A rewrite still out of the style ("ß" has
      // no one-letter capital) is no rewrite. In the styles with a separator, it goes where the grammar reads the action.
      const objectCount = separator ? objectLength(words, extraPast) : undefined;
      if (separator && objectCount === undefined) return { messageId: 'wrongStyle', data: { name, style } };
      const styled = restyle(core, style, objectCount);
      return {
        messageId: 'wrongStyle',
        data: { name, style },
        ...(styled.name !== core && matchesStyle(styled.name, style)
          ? { rename: full(styled.name), renameBy: styled.keepsEverything ? ('fix' as const) : ('suggestion' as const) }
          : {}),
      };
    }
    // The name's casing is wrong too: the one report says so, and its suggestion is in the style.
    const also = inStyle ? '' : `, not written in ${style},`;
    if (problem.kind === 'noAction') {
      // "pricing_button: clicked", "Pricing Button: Clicked": a namespace that is the object of an action alone. Read
      // together, the name is right or for its casing only: no rename is offered, for it would drop the team's separator.
      const namespaceWords = namespaceOf(before).map((word) => word.toLowerCase());
      const together = namespaceWords.length > 0 ? checkObjectAction([...namespaceWords, ...words], extraPast, options.allowVerbFirst === true) : { kind: 'noAction' };
      if (!together) {
        return inStyle && matchesStyle(namespaceTextOf(before), style) ? undefined : { messageId: 'wrongStyle', data: { name, style } };
      }
      // "Need Help: Submit": the namespace is the object, the action is not in the past tense.
      if (together.kind === 'notPastTense') return { messageId: 'notPastTense', data: { name, also } };
      return { messageId: 'noAction', data: { name, also, example: formatWords(['report', 'exported'], style) } };
    }
    // What the name up to its action stands for: a plan event ("Signed Up via Google" → Signed Up) or a synonym of one.
    const head = problem.head && planNameOf(problem.head, spelled);
    const corrected =
      head ?? (problem.corrected && (planNameOf(problem.corrected, spelled) ?? styledWords(respell(problem.corrected, spelled))));
    return {
      messageId: problem.kind,
      data: { name, also, extra: problem.extra?.join(' ') ?? '' },
      ...(corrected ? { rename: full(corrected), renameBy: 'suggestion' as const } : {}),
    };
  }

  /**
   * A name written with the style's separator ("saved_views:update_name"):
   * the part before it is the object as the team wrote it, and no word ever
   * crosses the separator. The part after it is checked as the action of
   * that object ("table:filter_builder_open" → `table:filter_builder_opened`).
   */
  function separatedFinding(
    name: string,
    objectPart: string,
    actionPart: string,
    inStyle: boolean,
    full: (coreName: string) => string,
  ): Finding | undefined {
    const object = formatWords(spelledWords(objectPart), 'snake_case');
    const actionSpelled = spelledWords(actionPart);
    const action = (words: readonly string[]) => `${object}${separator!}${formatWords(words, 'snake_case')}`;
    // The object stands before the action words as a word that is only a thing, so the grammar reads them as what happened to it.
    const problem = checkObjectAction([objectStandIn, ...actionSpelled.map((word) => word.toLowerCase())], extraPast, options.allowVerbFirst === true);
    if (!problem) {
      if (inStyle) return undefined;
      const styled = action(actionSpelled);
      return { messageId: 'wrongStyle', data: { name, style }, rename: full(styled), renameBy: keepsWords(name, full(styled), true) ? 'fix' : 'suggestion' };
    }
    const also = inStyle ? '' : `, not written in ${style},`;
    if (problem.kind === 'noAction') {
      return { messageId: 'noAction', data: { name, also, example: formatWords(['report', 'exported'], style) } };
    }
    const corrected = problem.corrected;
    // Words after the action are dropped only when they say how it was done ("via Google", "successfully"): after
    // "dashboard:locked", "edit_attempt" is what the event is about.
    const confident =
      corrected !== undefined &&
      corrected[0] === objectStandIn &&
      !corrected.slice(1).includes(objectStandIn) &&
      (problem.kind !== 'trailingWords' || qualifiesAction(problem.extra ?? [])) &&
      // `tag:add_existing_tag`: the action starts with a verb it keeps while a later word is put in the past tense; which word
      // is the action cannot be told (`existing_tag_added` or `add_existing_tagged`), so nothing is suggested.
      !(
        problem.kind === 'notPastTense' &&
        actionSpelled.length > 1 &&
        corrected[1] === actionSpelled[0]!.toLowerCase() &&
        corrected.length === actionSpelled.length + 1 &&
        isClearVerb(actionSpelled[0]!.toLowerCase(), extraPast)
      );
    return {
      messageId: problem.kind,
      data: { name, also, extra: problem.extra?.join(' ') ?? '' },
      ...(confident ? { rename: full(action(respell(corrected.slice(1), actionSpelled))), renameBy: 'suggestion' as const } : {}),
    };
  }

  /** Whether the rule accepts a name as it is. */
  const accepts = (name: string) => findingOf(name) === undefined;

  /** How the message names the new name, or (for the style, without one) shows the style. */
  function hintFor(messageId: Finding['messageId'], rename: string | undefined): string {
    switch (messageId) {
      case 'wrongStyle':
        return rename === undefined ? ` (e.g. \`${formatWords(['report', 'exported'], style)}\`)` : `; write \`${rename}\``;
      case 'verbFirst':
      case 'notPastTense':
        return rename === undefined ? '' : `: \`${rename}\``;
      case 'trailingWords':
        return rename === undefined ? '' : ` (\`${rename}\`)`;
      default:
        return '';
    }
  }

  // A fix or suggestion is only offered, and named in the message, when it leads to a name the rule accepts.
  return (name) => {
    const found = findingOf(name);
    if (!found) return [];
    const { rename, renameBy, ...finding } = found;
    const offered = rename !== undefined && rename !== name && accepts(rename);
    const data = { also: '', ...finding.data, hint: hintFor(finding.messageId, offered ? rename : undefined) };
    return [offered ? { ...finding, data, rename, renameBy } : { ...finding, data }];
  };
}

/** A word that is only a thing, standing for the object before the action part of `object:action` names. */
const objectStandIn = 'item';

/** A namespace's words: up to four, `&` among them ("Learn & Take Action"). */
const namespaceWords = String.raw`[\p{L}\p{N}][\p{L}\p{M}\p{N}_]*(?: (?:[\p{L}\p{N}][\p{L}\p{M}\p{N}_]*|&)){0,3}`;
/** What ends a namespace: a colon, or a dash, slash or bar with a space on each side ("Sign-Up Started" has no namespace). */
const namespaceEnd = String.raw`(?:: | [-/|] )`;
/**
 * Namespaces before the object-action part, up to three deep: "App: ", "Billing Page: ", "Billing - ",
 * "Voter Data - File Detail: ", "[Template Store] ", "[Template Store] - ".
 */
const namespacePrefix = new RegExp(String.raw`^(?:(?:${namespaceWords}${namespaceEnd}){1,3}|\[[^[\]]*[\p{L}\p{N}][^[\]]*\] )(?:- )?`, 'u');
/** The words of the namespace that ends what stands before a name's core ("pricing_button: " → pricing, button); none for a bracketed one. */
function namespaceOf(before: string): string[] {
  const text = namespaceTextOf(before);
  return text ? spelledWords(text) : [];
}
/** That namespace as it is written ("pricing_button"), or "". */
function namespaceTextOf(before: string): string {
  return new RegExp(String.raw`(?:^|${namespaceEnd})(${namespaceWords})${namespaceEnd}$`, 'u').exec(before)?.[1] ?? '';
}

/** A namespace after it: " - [Onboarding]". */
const namespaceSuffix = / - \[[^[\]]*[\p{L}\p{N}][^[\]]*\]$/u;
/** Whether a part of a name holds a letter or digit. */
const hasWord = (text: string): boolean => /[\p{L}\p{N}]/u.test(text);
