/**
 * The grammar of an event name: is a word a verb, is it in the past tense,
 * what is its past form. Event names are object + past-tense action
 * ("Account Created", "Invite Sent"), so the rules need just enough English
 * to tell "Create Account" and "Report Export" from "Report Exported".
 */
import { particles } from './event-words.js';

/** Irregular verbs: base form → past participle (the form event names use). */
const irregular: Record<string, string> = {
  begin: 'begun',
  bind: 'bound',
  break: 'broken',
  bring: 'brought',
  build: 'built',
  buy: 'bought',
  choose: 'chosen',
  cut: 'cut',
  do: 'done',
  draw: 'drawn',
  drive: 'driven',
  feed: 'fed',
  find: 'found',
  forget: 'forgotten',
  freeze: 'frozen',
  get: 'got',
  give: 'given',
  go: 'gone',
  grow: 'grown',
  hide: 'hidden',
  hold: 'held',
  keep: 'kept',
  know: 'known',
  lead: 'led',
  leave: 'left',
  lend: 'lent',
  lose: 'lost',
  make: 'made',
  meet: 'met',
  pay: 'paid',
  prepay: 'prepaid',
  put: 'put',
  read: 'read',
  rebuild: 'rebuilt',
  redo: 'redone',
  resend: 'resent',
  reset: 'reset',
  ride: 'ridden',
  rise: 'risen',
  run: 'run',
  rerun: 'rerun',
  see: 'seen',
  sell: 'sold',
  send: 'sent',
  set: 'set',
  shake: 'shaken',
  show: 'shown',
  shut: 'shut',
  speak: 'spoken',
  spend: 'spent',
  split: 'split',
  steal: 'stolen',
  take: 'taken',
  teach: 'taught',
  tell: 'told',
  think: 'thought',
  throw: 'thrown',
  undo: 'undone',
  upset: 'upset',
  wear: 'worn',
  win: 'won',
  withdraw: 'withdrawn',
  write: 'written',
  rewrite: 'rewritten',
};

/** Past forms that are not participles but read as past in event names ("Trial Began"). */
const otherPastForms = ['began', 'broke', 'chose', 'drew', 'drove', 'froze', 'gave', 'went', 'grew', 'hid', 'knew', 'rode', 'rose', 'saw', 'shook', 'spoke', 'stole', 'took', 'threw', 'wore', 'withdrew', 'wrote', 'forgot', 'did'];

const irregularPast = new Set([...Object.values(irregular), ...otherPastForms]);

/** Words ending in -ed that are not past tenses. */
const notPast = new Set(['bed', 'embed', 'feed', 'need', 'seed', 'speed', 'shed', 'red', 'breed', 'bleed', 'weed', 'proceed', 'succeed', 'exceed', 'steed', 'shred', 'sled', 'wed', 'bred', 'hundred', 'sacred', 'naked', 'wicked', 'kindred']);

/**
 * Verbs teams start event names with ("Create Account", "Click Button"), in
 * their base form. Any word with a past form above counts too.
 */
const baseVerbs = new Set([
  'accept', 'access', 'activate', 'add', 'answer', 'apply', 'approve', 'archive', 'assign', 'attach', 'authenticate', 'authorize',
  'block', 'book', 'bookmark', 'browse', 'call', 'cancel', 'change', 'charge', 'check', 'checkout', 'choose', 'claim', 'clear',
  'click', 'clone', 'close', 'comment', 'complete', 'configure', 'confirm', 'connect', 'convert', 'copy', 'create', 'deactivate',
  'decline', 'delete', 'deny', 'deploy', 'disable', 'disconnect', 'dismiss', 'download', 'downgrade', 'drag', 'drop', 'duplicate',
  'edit', 'enable', 'end', 'enroll', 'enter', 'expand', 'expire', 'export', 'fail', 'favorite', 'fill', 'filter', 'finish', 'flag',
  'follow', 'generate', 'grant', 'hover', 'ignore', 'import', 'install', 'integrate', 'invite', 'join', 'launch', 'like', 'link',
  'load', 'lock', 'log', 'login', 'logout', 'mark', 'merge', 'mention', 'migrate', 'move', 'mute', 'navigate', 'onboard', 'open',
  'order', 'pause', 'pin', 'play', 'post', 'preview', 'print', 'publish', 'purchase', 'rate', 'reactivate', 'receive', 'refresh',
  'refund', 'register', 'reject', 'reload', 'remove', 'rename', 'renew', 'reopen', 'reply', 'report', 'request', 'resolve',
  'restore', 'resume', 'retry', 'revoke', 'save', 'schedule', 'scroll', 'search', 'select', 'share', 'sign', 'signin', 'signout',
  'signup', 'skip', 'sort', 'start', 'stop', 'submit', 'subscribe', 'suspend', 'swipe', 'switch', 'sync', 'tag', 'tap', 'test',
  'toggle', 'track', 'transfer', 'trigger', 'unarchive', 'unblock', 'unfollow', 'uninstall', 'unlink', 'unlock', 'unmute',
  'unpin', 'unpublish', 'unsubscribe', 'update', 'upgrade', 'upload', 'use', 'validate', 'verify', 'view', 'visit', 'vote',
  'watch', 'welcome', ...Object.keys(irregular),
]);

/** Words that are verbs too but usually name the object of an event ("Report Export", "Share Report"). */
const usualObjects = new Set([
  'report', 'comment', 'order', 'post', 'request', 'invite', 'message', 'file', 'link', 'page', 'tag', 'flag', 'pin', 'log',
  'test', 'book', 'bookmark', 'call', 'charge', 'copy', 'favorite', 'like', 'rate', 'vote', 'reply', 'transfer', 'purchase',
  'refund', 'track', 'view', 'search', 'filter', 'schedule', 'play', 'access', 'answer', 'check', 'checkout',
  'preview', 'print', 'sort', 'welcome',
]);

/** Words that start what follows the action: "Added to Cart", "Moved from Trial". */
const prepositions = new Set(['to', 'from', 'into', 'onto', 'for', 'with', 'via', 'by', 'at', 'as', 'of', 'on', 'in']);

/** Verbs whose last consonant doubles before -ed although they have two syllables. */
const doubling = new Set(['submit', 'commit', 'admit', 'permit', 'omit', 'refer', 'prefer', 'occur', 'transfer', 'control', 'patrol', 'compel', 'equip', 'unpin', 'unzip', 'regret']);

/** Whether a word reads as a past tense or participle: "created", "sent", "paid", "signed". */
export function isPastTense(word: string, extra: ReadonlySet<string> = new Set()): boolean {
  const lower = word.toLowerCase();
  if (irregularPast.has(lower) || extra.has(lower)) return true;
  return lower.length > 3 && lower.endsWith('ed') && !notPast.has(lower);
}

/** The base form of an -ing word, when it is one of the verbs above: "creating" → create, "stopping" → stop. */
function baseOfGerund(word: string): string | undefined {
  if (!word.endsWith('ing') || word.length < 5) return undefined;
  const stem = word.slice(0, -3);
  const candidates = [stem, `${stem}e`, stem.replace(/([^aeiou])\1$/, '$1'), stem.replace(/y$/, 'ie')];
  return candidates.find((candidate) => baseVerbs.has(candidate));
}

/** The base form when a word is a verb in its base or -ing form ("create", "creating"), else undefined. */
export function verbBase(word: string): string | undefined {
  const lower = word.toLowerCase();
  if (baseVerbs.has(lower)) return lower;
  return baseOfGerund(lower);
}

/** The past form of a base verb: create → created, send → sent, stop → stopped, apply → applied. */
export function pastOf(base: string): string {
  const lower = base.toLowerCase();
  const known = irregular[lower];
  if (known) return known;
  if (lower.endsWith('e')) return `${lower}d`;
  if (/[^aeiou]y$/.test(lower)) return `${lower.slice(0, -1)}ied`;
  if (doubling.has(lower) || /^[^aeiou]*[aeiou][^aeiouwxy]$/.test(lower)) return `${lower}${lower.slice(-1)}ed`;
  return `${lower}ed`;
}

export interface ActionProblem {
  kind: 'verbFirst' | 'notPastTense' | 'noAction';
  /** The words of the corrected name ("account", "created"), when one can be offered. */
  corrected?: string[];
}

/**
 * Checks that a name's words are an object followed by a past-tense action.
 * `objectFirst` is false for the dot style, where the dot already splits
 * object from action (`words` are then the object words and action words).
 */
export function checkObjectAction(
  words: readonly string[],
  extraPast: ReadonlySet<string>,
  allowVerbFirst: boolean,
): ActionProblem | undefined {
  if (words.length === 0) return undefined;
  const last = words[words.length - 1]!;
  const hasParticle = words.length >= 2 && particles.has(last);
  const actionWord = hasParticle ? words[words.length - 2]! : last;
  const objectWords = words.slice(0, hasParticle ? -2 : -1);

  // "Product Added to Cart": the action may be followed by where it happened.
  for (let index = 1; index < words.length - 1; index++) {
    if (prepositions.has(words[index + 1]!) && isPastTense(words[index]!, extraPast)) return undefined;
  }

  if (isPastTense(actionWord, extraPast)) {
    return objectWords.length > 0 || hasParticle ? undefined : { kind: 'noAction' };
  }

  // Which end holds the verb: "Create Account" (first), "Report Export" (last).
  // Many words are both ("report", "export"): a word that usually names a
  // thing is taken as the object.
  const firstBase = words.length >= 2 ? verbBase(words[0]!) : undefined;
  const actionBase = objectWords.length > 0 || hasParticle ? verbBase(actionWord) : undefined;
  const verbFirst =
    firstBase !== undefined &&
    (actionBase === undefined || (!usualObjects.has(words[0]!) && usualObjects.has(actionWord)));

  if (verbFirst) {
    if (allowVerbFirst) return undefined;
    const firstParticle = words.length >= 3 && particles.has(words[1]!);
    const rest = words.slice(firstParticle ? 2 : 1);
    return { kind: 'verbFirst', corrected: [...rest, pastOf(firstBase), ...(firstParticle ? [words[1]!] : [])] };
  }
  if (actionBase) {
    return { kind: 'notPastTense', corrected: [...objectWords, pastOf(actionBase), ...(hasParticle ? [last] : [])] };
  }
  return { kind: words.length === 1 ? 'noAction' : 'notPastTense' };
}
