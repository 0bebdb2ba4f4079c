/**
 * Event names as words: split a name written in any style into its words,
 * write words in each naming style, and compare names by their words so that
 * "account_created", "accountCreated" and "Account Created" are one event.
 */

export const namingStyles = [
  'Title Case',
  'snake_case',
  'object.action',
  'Object_Action',
  'camelCase',
  'Sentence case',
  'lower case',
  'kebab-case',
  'object:action',
] as const;
export type NamingStyle = (typeof namingStyles)[number];

/** Words that Title Case may leave in lower case when they are neither the first nor the last word. */
const minorWords = new Set(['a', 'an', 'and', 'as', 'at', 'by', 'for', 'from', 'in', 'of', 'on', 'or', 'the', 'to', 'via', 'with']);

/** Words that follow a verb to make a phrasal verb: "signed up", "logged in", "opted out". */
export const particles = new Set(['up', 'in', 'out', 'on', 'off', 'down', 'over', 'back', 'through']);

/** Prepositions that can follow a particle verb: the "in" of "Signed In to Slack" is a particle, that of "Saved in Folder" is not. */
const afterParticle = new Set(['to', 'from', 'into', 'onto', 'for', 'by', 'at', 'as', 'via', 'with', 'using', 'through']);

/**
 * Whether Title Case may leave the word at `index` in lower case: a minor
 * word inside the name. The last word is capitalised, and so is a particle
 * ("in", "on") followed by a preposition: both end a phrasal verb ("Signed
 * In", "Feature Turned On", "Signed In to Slack").
 */
function isMinorAt(words: readonly string[], index: number): boolean {
  const word = words[index]!;
  if (index === 0 || index === words.length - 1 || !minorWords.has(word)) return false;
  return !(particles.has(word) && afterParticle.has(words[index + 1]!.toLowerCase()));
}

/**
 * Short words that are words, not acronyms, in a name written all in capitals:
 * "API KEY CREATED" is API Key Created. Any other word of up to three letters
 * in such a name is taken for an acronym and kept ("SSO ENABLED" → SSO Enabled).
 */
const shortWords = new Set([
  ...minorWords, ...particles, 'add', 'ads', 'all', 'any', 'app', 'ask', 'bar', 'bid', 'bot', 'box', 'bug', 'buy', 'cap', 'car', 'cut',
  'day', 'did', 'do', 'due', 'end', 'fed', 'fee', 'fix', 'get', 'go', 'got', 'hid', 'hit', 'is', 'it', 'job', 'key', 'kit', 'led',
  'let', 'log', 'map', 'max', 'me', 'met', 'min', 'mix', 'my', 'net', 'new', 'no', 'not', 'now', 'old', 'one', 'own', 'pay', 'pin',
  'pop', 'put', 'ran', 'raw', 'row', 'run', 'saw', 'see', 'set', 'sum', 'tab', 'tag', 'tax', 'tip', 'top', 'try', 'two', 'use',
  'way', 'web', 'win', 'won', 'yes',
]);

/**
 * The words of a name, lower-cased. Anything but a letter, combining mark or
 * digit separates words (apostrophes are dropped: "customer's" → customers);
 * camelCase and PascalCase humps split too ("accountCreated", "APIKeyCreated"
 * → api, key, created), except after a lone capital ("OAuth").
 */
export function splitWords(name: string): string[] {
  let words = wordsCache.get(name);
  if (!words) {
    words = runsOf(name)
      .flatMap(splitHumps)
      .map((word) => word.toLowerCase());
    // Event names repeat across a code base; a bounded cache keeps the common ones.
    if (wordsCache.size > 2000) wordsCache.clear();
    wordsCache.set(name, words);
  }
  return [...words];
}

const wordsCache = new Map<string, readonly string[]>();

/**
 * The words of an event name as written, spelling kept. Separators split
 * words; only a name without separators ("accountCreated", "APIKeyCreated")
 * splits at its humps, so "OAuth Connected", "iOS App Installed" and
 * "McDonald Added" keep their words whole. A hyphen between letters is part
 * of a word in a name with other separators ("E-mail Sent"), and separates
 * words in one without ("report-exported"). With `keepApostrophes`,
 * "customer's" stays one word with its apostrophe.
 */
export function spelledWords(name: string, keepApostrophes = false): string[] {
  let runs = runsOf(name, keepApostrophes, hasWordSeparators(name));
  // A hyphenated word alone (".Wi-FiConnected") has nothing else to part it from: its hyphens separate.
  if (runs.length === 1 && runs[0]!.includes('-')) runs = runsOf(name, keepApostrophes);
  return runs.length === 1 ? splitHumps(runs[0]!) : runs;
}

/**
 * Whether a name separates its words with something other than hyphens: then
 * a hyphen between letters is part of a word ("E-mail Sent", "Wi-Fi
 * Connected", "Model Fine-Tuned"); in a name whose only separators are
 * hyphens ("report-exported", "Trial-Started") the hyphens separate words.
 */
function hasWordSeparators(name: string): boolean {
  return /[\s_.]/u.test(name);
}

/** An apostrophe that is not inside a word, a quote mark: "'Beta'". */
const outerApostrophe = /(?<![\p{L}\p{M}\p{N}])['\u2019]|['\u2019](?![\p{L}\p{M}\p{N}])/gu;

/** What separates runs: anything but letters, marks and digits, and, when kept, apostrophes and hyphens (indexed by those two flags). */
const runSeparators = [
  /[^\p{L}\p{M}\p{N}]+/u,
  /[^\p{L}\p{M}\p{N}-]+/u,
  /[^\p{L}\p{M}\p{N}'\u2019]+/u,
  /[^\p{L}\p{M}\p{N}'\u2019-]+/u,
];
/** A hyphen that is not between two letters or digits. */
const outerHyphen = /(?<![\p{L}\p{M}\p{N}])-|-(?![\p{L}\p{M}\p{N}])/u;

/**
 * The runs of letters (with their combining marks) and digits in a name; with
 * `keepApostrophes`, "customer's" is one run, with `keepHyphens`, "e-mail".
 */
function runsOf(name: string, keepApostrophes = false, keepHyphens = false): string[] {
  const text = keepApostrophes ? name.replace(outerApostrophe, ' ') : name.replace(/['\u2019]/g, '');
  const runs = text.split(runSeparators[(keepApostrophes ? 2 : 0) + (keepHyphens ? 1 : 0)]!);
  // Only a hyphen between letters joins them: "e-mail" is one run, "report -- exported" two.
  return (keepHyphens ? runs.flatMap((run) => run.split(outerHyphen)) : runs).filter((run) => run.length > 0);
}

/** A camelCase or PascalCase run split at its humps: "accountCreated" → account, Created; "APIKey" → API, Key; "OAuth" stays whole. */
function splitHumps(run: string): string[] {
  return run
    .replace(/([\p{Ll}\p{N}]\p{M}*)(?=\p{Lu})/gu, '$1 ')
    .replace(/(\p{Lu}{2,})(?=\p{Lu}\p{Ll})/gu, '$1 ')
    .split(' ');
}

/**
 * Upper-cases a word's first letter. A letter whose capital is more than one
 * letter ("ß" → "SS", "ﬁ" → "FI") is read in its compatibility form ("ﬁle" →
 * "File": other letters, which `restyle` tells) or, without one, left as it
 * is (the name then stays out of the style, and no fix claims otherwise).
 */
function capitalize(word: string): string {
  const [first = ''] = word;
  const upper = first.toUpperCase();
  if ([...upper].length === 1) return upper + word.slice(first.length);
  const compatible = word.normalize('NFKC');
  return compatible === word ? word : capitalize(compatible);
}

/** A word with capitals inside that starts in lower case the way brand names do: "iOS", "eBook", "iPhone", "macOS" (not "accountCreated"). */
const lowerFirstBrand = /^(?:\p{Ll}\p{M}*\p{Lu}|[\p{Ll}\p{M}]+\p{Lu}[\p{Lu}\p{N}]*$)/u;

/** A word of up to three letters that is not a common word: an acronym ("API", "SSO", "2FA"), even in a shouted name. */
function isShortAcronym(word: string): boolean {
  return word.replace(/\P{L}/gu, '').length <= 3 && !shortWords.has(word.toLowerCase());
}

/**
 * A word in a capitalised style (Title Case, Object_Action), its spelling
 * kept where it says something: acronyms and words with inner capitals stay
 * as they are ("API", "OAuth", "McDonald", "iOS"); in a shouted name only
 * short acronyms stay in capitals; any other word gets its first letter
 * upper-cased.
 */
function capitalizedWord(word: string, shouted: boolean): string {
  if (!/\p{Ll}/u.test(word)) return shouted && !isShortAcronym(word) ? capitalize(word.toLowerCase()) : word;
  if (/\p{Lu}/u.test(word) && (!/^\p{Ll}/u.test(word) || lowerFirstBrand.test(word))) return word;
  return capitalize(word);
}

/**
 * A word after the first in Sentence case: in lower case, unless its spelling
 * says something (an acronym "API", inner capitals "OAuth", "iOS").
 */
function sentenceWord(word: string, shouted: boolean): string {
  const capitalized = capitalizedWord(word, shouted);
  const lower = word.toLowerCase();
  return capitalized === capitalize(lower) ? lower : capitalized;
}

/**
 * Writes words in a naming style. The capitalised styles keep each word's
 * spelling where it has one (see `capitalizedWord`), and Title Case leaves a
 * minor word ("to", "via") inside the name in lower case, not a particle that
 * ends a phrasal verb ("Signed In"); the lower-case styles lower-case every
 * word, and camelCase then capitalises each word after the first
 * ("reportExportedToPdf"). For `object.action` the dot follows the first
 * word, and the colon of `object:action` follows the object, unless
 * `objectCount` says how many words the object has (the grammar's reading:
 * "Team Member Invitation Sent" → 3, "team_member_invitation.sent"); a name
 * with no object ("Signed In") puts the separator after its first word. A
 * hyphenated word stays whole in the capitalised styles ("Wi-Fi
 * Connected"); the lower-case styles have no hyphens and write its parts as
 * words ("wi_fi_connected").
 */
export function formatWords(words: readonly string[], style: NamingStyle, objectCount?: number): string {
  const parts = words.map((word) => word.toLowerCase().split('-'));
  const lower = parts.flat();
  const shouted = isShouted(words);
  const capitalized = words.map((word, index) =>
    style === 'Title Case' && isMinorAt(words, index) ? word : capitalizedWord(word, shouted),
  );
  switch (style) {
    case 'Title Case':
      return capitalized.join(' ');
    case 'snake_case':
      return lower.join('_');
    case 'object.action':
    case 'object:action': {
      if (words.length < 2) return lower.join('_');
      const separator = style === 'object.action' ? '.' : ':';
      // The action is where the grammar found it, else the last word or a particle verb ("signed_up").
      const count = objectCount ?? (style === 'object.action' ? 1 : splitObjectAction(words).object.length);
      const at = Math.min(Math.max(count, 1), words.length - 1);
      return `${parts.slice(0, at).flat().join('_')}${separator}${parts.slice(at).flat().join('_')}`;
    }
    case 'Object_Action':
      return capitalized.join('_');
    case 'camelCase':
      return lower.map((word, index) => (index === 0 ? word : capitalize(word))).join('');
    case 'Sentence case':
      return words.map((word, index) => (index === 0 ? capitalizedWord(word, shouted) : sentenceWord(word, shouted))).join(' ');
    case 'lower case':
      return words.map((word) => word.toLowerCase()).join(' ');
    case 'kebab-case':
      return lower.join('-');
  }
}

/**
 * Lower-case words (a corrected name from the grammar: "pdf", "exported"),
 * each in the spelling it has in the first of `spellings` that has it (the
 * words of a plan event's name, of the name as written): "pdf" is "PDF"
 * again. From a shouted name ("EXPORT PDF") only short acronyms keep their
 * capitals.
 */
export function respell(words: readonly string[], ...spellings: (readonly string[])[]): string[] {
  const spelled = new Map<string, string>();
  for (const spelling of spellings) {
    const shouted = isShouted(spelling);
    for (const word of spelling) {
      const key = word.toLowerCase();
      if (!spelled.has(key)) spelled.set(key, shouted && !/\p{Ll}/u.test(word) && !isShortAcronym(word) ? key : word);
    }
  }
  return words.map((word) => spelled.get(word) ?? word);
}

/** The characters of a word: letters with their marks, digits, and apostrophes or hyphens between them ("Customer's", "Wi-Fi"). */
const wordShape = /^[\p{L}\p{M}\p{N}]+(?:['\u2019-][\p{L}\p{M}\p{N}]+)*$/u;
/** A word of a capitalised style: it does not start in lower case, unless it is spelled like a brand ("iOS"); letters without case do. */
const isCapitalizedWord = (word: string): boolean => wordShape.test(word) && (!/^\p{Ll}/u.test(word) || lowerFirstBrand.test(word));
/** A word of the lower-case styles: lower-case letters, letters without case, marks, digits. */
const lowerWord = '[\\p{Ll}\\p{Lo}\\p{Lm}\\p{M}\\p{N}]+';
const snake = new RegExp(`^${lowerWord}(?:_${lowerWord})*$`, 'u');
const dotted = new RegExp(`^${lowerWord}(?:_${lowerWord})*\\.${lowerWord}(?:_${lowerWord})*$`, 'u');
const colon = new RegExp(`^${lowerWord}(?:_${lowerWord})*:${lowerWord}(?:_${lowerWord})*$`, 'u');
const kebab = new RegExp(`^${lowerWord}(?:-${lowerWord})*$`, 'u');
/** Lower-case words between spaces; a word may hold an apostrophe or a hyphen ("customer's", "e-mail"). */
const lowerSpacedWord = `${lowerWord}(?:['\u2019-]${lowerWord})*`;
const lowerSpaced = new RegExp(`^${lowerSpacedWord}(?: ${lowerSpacedWord})*$`, 'u');
/** camelCase starts in lower case or with a digit ("2faEnabled": a digit has no capital). */
const camel = new RegExp(`^[\\p{Ll}\\p{Lo}\\p{Lm}\\p{N}](?:${lowerWord}|[\\p{Lu}\\p{Lt}])*$`, 'u');

/**
 * "ACCOUNT CREATED": every word with letters is in capitals, and not all of
 * them are short acronyms ("API Key Created" and "SSO Enabled" are fine).
 */
function isShouted(words: readonly string[]): boolean {
  const lettered = words.filter((word) => /\p{L}/u.test(word));
  return (
    lettered.length > 0 &&
    lettered.every((word) => /\p{Lu}/u.test(word) && !/\p{Ll}/u.test(word)) &&
    lettered.some((word) => word.replace(/\P{L}/gu, '').length > 3)
  );
}

/** Capitalised words joined by `separator`; a name without one is a single word, so "AccountCreated" (two humps) is not. */
function isCapitalizedStyle(name: string, separator: string, minorsInLowerCase: boolean): boolean {
  const words = name.split(separator);
  if (words.length === 1 && spelledWords(name, true).length > 1) return false;
  return (
    words.every((word, index) => isCapitalizedWord(word) || (minorsInLowerCase && isMinorAt(words, index))) &&
    !isShouted(words)
  );
}

/** A word of a capitalised style that is capitalised and nothing more: "Exported", not "API", "OAuth" or "iOS". */
const isPlainCapitalized = (word: string): boolean => isCapitalizedWord(word) && capitalize(word.toLowerCase()) === word && /\p{Ll}/u.test(word);

/**
 * Sentence case: a capitalised first word, then words in lower case, or
 * spelled as they must be (acronyms, inner capitals). A proper noun
 * ("Connected to Slack") cannot be told from a capitalised word, so a name is
 * only taken for Title Case (not Sentence case) when no word after the first
 * is in lower case.
 */
function isSentenceCase(name: string): boolean {
  const words = name.split(' ');
  if (!isCapitalizedStyle(words[0]!, ' ', false)) return false;
  const later = words.slice(1);
  if (!later.every((word) => wordShape.test(word)) || isShouted(words)) return false;
  return !later.some(isPlainCapitalized) || later.some((word) => !/\p{Lu}/u.test(word));
}

const styleChecks: Record<NamingStyle, (name: string) => boolean> = {
  'Title Case': (name) => isCapitalizedStyle(name, ' ', true),
  'Sentence case': isSentenceCase,
  'lower case': (name) => lowerSpaced.test(name),
  'kebab-case': (name) => kebab.test(name),
  'object:action': (name) => colon.test(name),
  snake_case: (name) => snake.test(name),
  'object.action': (name) => dotted.test(name),
  Object_Action: (name) => isCapitalizedStyle(name, '_', false),
  camelCase: (name) => camel.test(name),
};

/**
 * Whether a name is written in a naming style (acronyms such as "API" and
 * words with inner capitals such as "OAuth" or "iOS" are allowed in the
 * capitalised styles, a name all in capitals is not).
 */
export function matchesStyle(name: string, style: NamingStyle): boolean {
  return name.length > 0 && styleChecks[style](name);
}

/** What a name says besides its letters, digits and separators: the "&" of "Terms & Conditions", the apostrophe of "customer's". */
function punctuationOf(name: string, colonSeparates = false): string {
  return name.replace(colonSeparates ? /[\p{L}\p{M}\p{N}\s_.:-]/gu : /[\p{L}\p{M}\p{N}\s_.-]/gu, '');
}

/**
 * Whether `after` says what `before` says in other casing and separators
 * only: the same other characters, the same words (lower-cased, so "ﬁle" is
 * not "file" and "OAuth" is not "O Auth"), and each hyphenated word spelled
 * exactly as it was (the casing of "e-mail" or "Check-in" is the user's
 * call). With `colonSeparates`, the colon of `object:action` is a separator.
 */
export function keepsWords(before: string, after: string, colonSeparates = false): boolean {
  if (punctuationOf(before, colonSeparates) !== punctuationOf(after, colonSeparates)) return false;
  const wordsBefore = spelledWords(before, true);
  const wordsAfter = spelledWords(after, true);
  return (
    wordsBefore.length === wordsAfter.length &&
    wordsBefore.every((word, index) => {
      const other = wordsAfter[index]!;
      return word.includes('-') || other.includes('-') ? word === other : word.toLowerCase() === other.toLowerCase();
    })
  );
}

/** The styles with spaces between words, which keep an apostrophe inside a word ("Customer's Report"). */
const keepsApostrophes = new Set<NamingStyle>(['Title Case', 'Sentence case', 'lower case']);

/**
 * A name rewritten in a naming style, and whether the rewrite keeps all it
 * says (see `keepsWords`): true when it only changes casing and separators,
 * false when it drops other characters ("Terms & Conditions Accepted" →
 * "Terms Conditions Accepted", "A/B Test Started" → "A B Test Started"),
 * changes letters ("ﬁle" → "File"), moves where a word ends (camelCase has
 * no boundary before a digit: "report exported 2fa" → "reportExported2fa")
 * or changes a hyphenated word ("Wi-Fi Connected" → "wi_fi_connected").
 * Title Case keeps apostrophes inside words ("customer's report" →
 * "Customer's Report").
 */
export function restyle(name: string, style: NamingStyle, objectCount?: number): { name: string; keepsEverything: boolean } {
  const restyled = formatWords(spelledWords(name, keepsApostrophes.has(style)), style, objectCount);
  // The colon of `object:action` separates words, written or written instead of another separator.
  const colonSeparates = style === 'object:action' || colon.test(name);
  return { name: restyled, keepsEverything: keepsWords(name, restyled, colonSeparates) };
}

/** The key two names share when they have the same words: "account created". */
export function wordKey(name: string): string {
  let key = keysCache.get(name);
  if (key === undefined) {
    key = splitWords(name).join(' ');
    // Keys are asked for every property and event name of every call: the common ones are kept, as words are.
    if (keysCache.size > 2000) keysCache.clear();
    keysCache.set(name, key);
  }
  return key;
}

const keysCache = new Map<string, string>();

/**
 * The key two names share when they have the same letters and digits, however
 * their words part: "HubSpot Connected" (hub, spot) and "hubspot_connected",
 * "2FA Enabled" and "2fa_enabled", "E-mail Sent" and "Email Sent".
 */
export function compactKey(name: string): string {
  return splitWords(name).join('');
}

/**
 * Splits a name into its object words and its action words, where the style
 * makes that visible: the dot of `object.action`. Otherwise the last word is
 * the action, except for particle verbs ("Signed Up", "Logged In").
 */
export function splitObjectAction(words: readonly string[]): { object: string[]; action: string[] } {
  if (words.length === 0) return { object: [], action: [] };
  const last = words[words.length - 1]!;
  if (words.length >= 2 && particles.has(last)) {
    return { object: words.slice(0, -2), action: words.slice(-2) };
  }
  return { object: words.slice(0, -1), action: [last] };
}
