/**
 * Event names as words: split a name written in any style into its words,
 * write words in each naming style, and compare names by their words so that
 * "account_created", "accountCreated" and "Account Created" are one event.
 */

export const namingStyles = ['Title Case', 'snake_case', 'object.action', 'Object_Action', 'camelCase'] as const;
export type NamingStyle = (typeof namingStyles)[number];

/** Words that Title Case may leave in lower case when they are not the first word. */
const minorWords = new Set(['a', 'an', 'and', 'as', 'at', 'by', 'for', 'from', 'in', 'of', 'on', 'or', 'the', 'to', 'via', 'with']);

/**
 * The words of a name, lower-cased. Anything but a letter or digit separates
 * words (apostrophes are dropped: "customer's" → customers); camelCase and
 * PascalCase humps split too ("accountCreated", "APIKeyCreated" → api, key, created).
 */
export function splitWords(name: string): string[] {
  let words = wordsCache.get(name);
  if (!words) {
    words = split(name);
    // Event names repeat across a code base; a bounded cache keeps the common ones.
    if (wordsCache.size > 2000) wordsCache.clear();
    wordsCache.set(name, words);
  }
  return [...words];
}

const wordsCache = new Map<string, readonly string[]>();

/** An apostrophe inside a word: "customer's". */
const inWordApostrophe = /(?<=[\p{L}\p{N}])['\u2019](?=[\p{L}\p{N}])/gu;
/** Any other apostrophe, a quote mark: "'Beta'". */
const outerApostrophe = /(?<![\p{L}\p{N}])['\u2019]|['\u2019](?![\p{L}\p{N}])/gu;

/** The words of a name; with `keepApostrophes`, "customer's" stays one word with its apostrophe. */
function split(name: string, keepApostrophes = false): string[] {
  return (keepApostrophes ? name.replace(outerApostrophe, ' ') : name.replace(/['\u2019]/g, ''))
    .replace(/([\p{Ll}\p{N}])(\p{Lu})/gu, '$1 $2')
    .replace(/(\p{Lu}+)(\p{Lu}\p{Ll})/gu, '$1 $2')
    .split(keepApostrophes ? /[^\p{L}\p{N}'\u2019]+/u : /[^\p{L}\p{N}]+/u)
    .filter((word) => word.length > 0)
    .map((word) => word.toLowerCase());
}

/** Upper-cases a word's first letter, unless its capital is more than one letter ("ß" → "SS", "ﬁ" → "FI" would be other words). */
const capitalize = (word: string): string => {
  const upper = word.charAt(0).toUpperCase();
  return (upper.length === 1 ? upper : word.charAt(0)) + word.slice(1);
};

/** Writes words in a naming style. For `object.action` the dot follows the first word. */
export function formatWords(words: readonly string[], style: NamingStyle): string {
  const lower = words.map((word) => word.toLowerCase());
  switch (style) {
    case 'Title Case':
      return lower.map(capitalize).join(' ');
    case 'snake_case':
      return lower.join('_');
    case 'object.action':
      return lower.length < 2 ? lower.join('') : `${lower[0]}.${lower.slice(1).join('_')}`;
    case 'Object_Action':
      return lower.map(capitalize).join('_');
    case 'camelCase':
      return lower.map((word, index) => (index === 0 ? word : capitalize(word))).join('');
  }
}

/** A capitalised word, an acronym or a number; a capitalised word may have a possessive ("Customer's"). */
const titleWord = /^(?:\p{Lu}[\p{Ll}\p{N}]*(?:['\u2019]\p{Ll}+)?|[\p{Lu}\p{N}]+|\p{N}[\p{Ll}\p{N}]*)$/u;
const lowerWord = '[\\p{Ll}\\p{N}]+';
const snake = new RegExp(`^${lowerWord}(?:_${lowerWord})*$`, 'u');
const dotted = new RegExp(`^${lowerWord}(?:_${lowerWord})*\\.${lowerWord}(?:_${lowerWord})*$`, 'u');
const camel = /^\p{Ll}[\p{Ll}\p{N}]*(?:\p{Lu}[\p{Ll}\p{N}]*|\p{N}+)*$/u;
/**
 * "ACCOUNT CREATED": every word with letters is in capitals, and not all of
 * them are short acronyms ("API Key Created" and "SSO Enabled" are fine).
 */
function isShouted(words: readonly string[]): boolean {
  const lettered = words.filter((word) => /\p{L}/u.test(word));
  return (
    lettered.length > 0 &&
    lettered.every((word) => /\p{Lu}/u.test(word) && !/\p{Ll}/u.test(word)) &&
    lettered.some((word) => word.replace(/[^\p{L}]/gu, '').length > 3)
  );
}

const styleChecks: Record<NamingStyle, (name: string) => boolean> = {
  'Title Case': (name) => {
    const words = name.split(' ');
    return words.every((word, index) => titleWord.test(word) || (index > 0 && minorWords.has(word))) && !isShouted(words);
  },
  snake_case: (name) => snake.test(name),
  'object.action': (name) => dotted.test(name),
  Object_Action: (name) => {
    const words = name.split('_');
    return words.every((word) => titleWord.test(word)) && !isShouted(words);
  },
  camelCase: (name) => camel.test(name),
};

/**
 * Whether a name is written in a naming style (acronyms such as "API" are
 * allowed in the capitalised styles, a name all in capitals is not).
 */
export function matchesStyle(name: string, style: NamingStyle): boolean {
  return name.length > 0 && styleChecks[style](name);
}

/** Characters that only separate words; anything else that is not a letter or digit is part of what the name says. */
const separators = /[\s_.-]/u;

/**
 * A name rewritten in a naming style, and whether the rewrite keeps all it
 * says: true when it only changes casing and separators, false when it drops
 * other characters ("Terms & Conditions Accepted" → "Terms Conditions
 * Accepted", "A/B Test Started" → "A B Test Started"). Title Case keeps
 * apostrophes inside words ("customer's report" → "Customer's Report").
 */
export function restyle(name: string, style: NamingStyle): { name: string; keepsEverything: boolean } {
  const keepApostrophes = style === 'Title Case';
  const kept = keepApostrophes ? name.replace(inWordApostrophe, '') : name;
  const dropped = [...kept].some((char) => !separators.test(char) && !/[\p{L}\p{N}]/u.test(char));
  const restyled = formatWords(keepApostrophes ? split(name, true) : splitWords(name), style);
  // Casing can change the words too: "İ" lower-cases to "i" and a combining dot, and camelCase has no boundary before a digit ("erstellt 2fa" → "erstellt2fa").
  return { name: restyled, keepsEverything: !dropped && wordKey(restyled) === wordKey(name) };
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

/** Words that follow a verb to make a phrasal verb: "signed up", "logged in", "opted out". */
export const particles = new Set(['up', 'in', 'out', 'on', 'off', 'down', 'over', 'back', 'through']);
