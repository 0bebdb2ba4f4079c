/**
 * Event names as words: split a name written in any style into its words,
 * write words in each naming style, and compare names by their words so that
 * "account_created", "accountCreated" and "Account Created" are one event.
 */

export const namingStyles = ['Title Case', 'snake_case', 'object.action', 'Object_Action', 'camelCase'] as const;
export type NamingStyle = (typeof namingStyles)[number];

/** Words that Title Case may leave in lower case when they are not the first word. */
const minorWords = new Set(['a', 'an', 'and', 'as', 'at', 'by', 'for', 'from', 'in', 'of', 'on', 'or', 'the', 'to', 'via', 'with']);

/** Words that follow a verb to make a phrasal verb: "signed up", "logged in", "opted out". */
export const particles = new Set(['up', 'in', 'out', 'on', 'off', 'down', 'over', 'back', 'through']);

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
 * "McDonald Added" keep their words whole. With `keepApostrophes`,
 * "customer's" stays one word with its apostrophe.
 */
export function spelledWords(name: string, keepApostrophes = false): string[] {
  const runs = runsOf(name, keepApostrophes);
  return runs.length === 1 ? splitHumps(runs[0]!) : runs;
}

/** An apostrophe inside a word: "customer's". */
const inWordApostrophe = /(?<=[\p{L}\p{M}\p{N}])['\u2019](?=[\p{L}\p{M}\p{N}])/gu;
/** Any other apostrophe, a quote mark: "'Beta'". */
const outerApostrophe = /(?<![\p{L}\p{M}\p{N}])['\u2019]|['\u2019](?![\p{L}\p{M}\p{N}])/gu;

/** The runs of letters (with their combining marks) and digits in a name; with `keepApostrophes`, "customer's" is one run. */
function runsOf(name: string, keepApostrophes = false): string[] {
  return (keepApostrophes ? name.replace(outerApostrophe, ' ') : name.replace(/['\u2019]/g, ''))
    .split(keepApostrophes ? /[^\p{L}\p{M}\p{N}'\u2019]+/u : /[^\p{L}\p{M}\p{N}]+/u)
    .filter((run) => run.length > 0);
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
 * Writes words in a naming style. The capitalised styles keep each word's
 * spelling where it has one (see `capitalizedWord`), and Title Case leaves a
 * minor word ("to", "via") after the first in lower case; the lower-case
 * styles lower-case every word, and camelCase then capitalises each word
 * after the first ("reportExportedToPdf"). For `object.action` the dot
 * follows the first word.
 */
export function formatWords(words: readonly string[], style: NamingStyle): string {
  const lower = words.map((word) => word.toLowerCase());
  const shouted = isShouted(words);
  const capitalized = words.map((word, index) =>
    style === 'Title Case' && index > 0 && minorWords.has(word) ? word : capitalizedWord(word, shouted),
  );
  switch (style) {
    case 'Title Case':
      return capitalized.join(' ');
    case 'snake_case':
      return lower.join('_');
    case 'object.action':
      return lower.length < 2 ? lower.join('') : `${lower[0]}.${lower.slice(1).join('_')}`;
    case 'Object_Action':
      return capitalized.join('_');
    case 'camelCase':
      return lower.map((word, index) => (index === 0 ? word : capitalize(word))).join('');
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

/** The characters of a word: letters with their marks, digits, and apostrophes between them ("Customer's"). */
const wordShape = /^[\p{L}\p{M}\p{N}]+(?:['\u2019][\p{L}\p{M}\p{N}]+)*$/u;
/** A word of a capitalised style: it does not start in lower case, unless it is spelled like a brand ("iOS"); letters without case do. */
const isCapitalizedWord = (word: string): boolean => wordShape.test(word) && (!/^\p{Ll}/u.test(word) || lowerFirstBrand.test(word));
/** A word of the lower-case styles: lower-case letters, letters without case, marks, digits. */
const lowerWord = '[\\p{Ll}\\p{Lo}\\p{Lm}\\p{M}\\p{N}]+';
const snake = new RegExp(`^${lowerWord}(?:_${lowerWord})*$`, 'u');
const dotted = new RegExp(`^${lowerWord}(?:_${lowerWord})*\\.${lowerWord}(?:_${lowerWord})*$`, 'u');
const camel = new RegExp(`^[\\p{Ll}\\p{Lo}\\p{Lm}](?:${lowerWord}|[\\p{Lu}\\p{Lt}])*$`, 'u');

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
    words.every((word, index) => isCapitalizedWord(word) || (minorsInLowerCase && index > 0 && minorWords.has(word))) &&
    !isShouted(words)
  );
}

const styleChecks: Record<NamingStyle, (name: string) => boolean> = {
  'Title Case': (name) => isCapitalizedStyle(name, ' ', true),
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

/** Characters that only separate words; anything else that is not a letter or digit is part of what the name says. */
const separators = /[\s_.-]/u;

/**
 * A name rewritten in a naming style, and whether the rewrite keeps all it
 * says: true when it only changes casing and separators (the same letters in
 * the same words), false when it drops other characters ("Terms & Conditions
 * Accepted" → "Terms Conditions Accepted", "A/B Test Started" → "A B Test
 * Started"), changes letters ("ﬁle" → "File") or moves where a word ends
 * (camelCase has no boundary before a digit: "report exported 2fa" →
 * "reportExported2fa"). Title Case keeps apostrophes inside words
 * ("customer's report" → "Customer's Report").
 */
export function restyle(name: string, style: NamingStyle): { name: string; keepsEverything: boolean } {
  const keepApostrophes = style === 'Title Case';
  const kept = keepApostrophes ? name.replace(inWordApostrophe, '') : name;
  const dropped = [...kept].some((char) => !separators.test(char) && !/[\p{L}\p{M}\p{N}]/u.test(char));
  const words = spelledWords(name, keepApostrophes);
  const restyled = formatWords(words, style);
  const after = spelledWords(restyled, keepApostrophes);
  const sameWords = after.length === words.length && after.every((word, index) => word.toLowerCase() === words[index]!.toLowerCase());
  return { name: restyled, keepsEverything: !dropped && sameWords };
}

/** The key two names share when they have the same words: "account created". */
export function wordKey(name: string): string {
  return splitWords(name).join(' ');
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
