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
  catch: 'caught',
  choose: 'chosen',
  cut: 'cut',
  do: 'done',
  draw: 'drawn',
  drive: 'driven',
  find: 'found',
  forbid: 'forbidden',
  forget: 'forgotten',
  forgive: 'forgiven',
  freeze: 'frozen',
  get: 'got',
  give: 'given',
  go: 'gone',
  grow: 'grown',
  hide: 'hidden',
  hold: 'held',
  keep: 'kept',
  know: 'known',
  leave: 'left',
  lend: 'lent',
  lose: 'lost',
  make: 'made',
  meet: 'met',
  override: 'overridden',
  overrun: 'overrun',
  overtake: 'overtaken',
  overwrite: 'overwritten',
  pay: 'paid',
  prepay: 'prepaid',
  put: 'put',
  quit: 'quit',
  read: 'read',
  rebuild: 'rebuilt',
  redo: 'redone',
  repay: 'repaid',
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
  spin: 'spun',
  split: 'split',
  steal: 'stolen',
  take: 'taken',
  teach: 'taught',
  tell: 'told',
  think: 'thought',
  throw: 'thrown',
  undertake: 'undertaken',
  undo: 'undone',
  uphold: 'upheld',
  upset: 'upset',
  wear: 'worn',
  win: 'won',
  withdraw: 'withdrawn',
  withhold: 'withheld',
  write: 'written',
  rewrite: 'rewritten',
};

/**
 * Irregular verbs whose base form usually names a thing in an event name
 * ("Lead Created", "Activity Feed", "Deal Stage Changed", "Light Mode
 * Enabled", "Slide Added"): only their past form reads as an action ("Rate
 * Limit Hit", "Deck Dealt", "Cluster Torn Down"). Base form → past participle.
 */
const irregularPastOnly: Record<string, string> = {
  bend: 'bent', bid: 'bid', outbid: 'outbid', broadcast: 'broadcast', cast: 'cast', deal: 'dealt', dig: 'dug', eat: 'eaten',
  fall: 'fallen', feed: 'fed', feel: 'felt', fight: 'fought', flee: 'fled', fly: 'flown', forecast: 'forecast', hang: 'hung',
  hear: 'heard', hit: 'hit', lead: 'led', light: 'lit', mean: 'meant', ring: 'rung', say: 'said', seek: 'sought', sew: 'sewn',
  shrink: 'shrunk', sing: 'sung', sink: 'sunk', sit: 'sat', sleep: 'slept', slide: 'slid', spread: 'spread', stand: 'stood',
  stick: 'stuck', strike: 'struck', swear: 'sworn', sweep: 'swept', swing: 'swung', tear: 'torn', understand: 'understood',
  wake: 'woken',
};

/** Past forms that are not participles but read as past in event names ("Trial Began", "Test Ran"): past → base. */
const simplePast: Record<string, string> = {
  began: 'begin', broke: 'break', chose: 'choose', drew: 'draw', drove: 'drive', froze: 'freeze', gave: 'give', went: 'go',
  grew: 'grow', hid: 'hide', knew: 'know', rode: 'ride', rose: 'rise', saw: 'see', shook: 'shake', spoke: 'speak',
  stole: 'steal', took: 'take', threw: 'throw', wore: 'wear', withdrew: 'withdraw', wrote: 'write', forgot: 'forget', did: 'do',
  ran: 'run', reran: 'rerun', overran: 'overrun', overrode: 'override', overtook: 'overtake', undertook: 'undertake',
  forgave: 'forgive', forbade: 'forbid', rewrote: 'rewrite', overwrote: 'overwrite', tore: 'tear', sang: 'sing', rang: 'ring',
  sank: 'sink', shrank: 'shrink', flew: 'fly', ate: 'eat', woke: 'wake', swore: 'swear',
};

/** Every irregular base form → its past participle. */
const irregularParticiples = new Map([...Object.entries(irregularPastOnly), ...Object.entries(irregular)]);
const irregularPast = new Set([...irregularParticiples.values(), ...Object.keys(simplePast)]);
/** Irregular past forms → base: "sent" → send, "began" → begin. */
const irregularBase = new Map<string, string>([
  ...[...irregularParticiples].map(([base, past]): [string, string] => [past, base]),
  ...Object.entries(simplePast),
]);
/** Past forms spelled like their base ("set", "hit", "run"): after a verb that comes first they are its object ("Create Set"). */
const baseLikePast = new Set([...irregularParticiples].flatMap(([base, past]) => (base === past ? [past] : [])));

/** Words ending in -ed that are not past tenses. */
const notPast = new Set(['bed', 'embed', 'feed', 'need', 'seed', 'speed', 'shed', 'red', 'breed', 'bleed', 'weed', 'proceed', 'succeed', 'exceed', 'steed', 'shred', 'sled', 'wed', 'bred', 'hundred', 'sacred', 'naked', 'wicked', 'kindred']);

/**
 * Verbs teams start event names with ("Create Account", "Click Button"), in
 * their base form. Any word with a past form above counts too.
 */
const baseVerbs = new Set([
  'abandon', 'accept', 'access', 'activate', 'add', 'answer', 'apply', 'approve', 'archive', 'assign', 'attach', 'authenticate', 'authorize',
  'block', 'book', 'bookmark', 'browse', 'call', 'cancel', 'change', 'charge', 'check', 'choose', 'claim', 'clear',
  'click', 'clone', 'close', 'comment', 'complete', 'configure', 'confirm', 'connect', 'convert', 'copy', 'create', 'deactivate',
  'decline', 'delete', 'deny', 'deploy', 'disable', 'disconnect', 'dismiss', 'download', 'downgrade', 'drag', 'drop', 'duplicate',
  'edit', 'execute', 'enable', 'end', 'enroll', 'enter', 'expand', 'expire', 'export', 'fail', 'favorite', 'fill', 'filter', 'finish', 'flag',
  'follow', 'generate', 'grant', 'hover', 'ignore', 'import', 'initiate', 'install', 'integrate', 'invite', 'join', 'launch', 'like', 'link',
  'load', 'lock', 'log', 'mark', 'merge', 'mention', 'migrate', 'move', 'mute', 'navigate', 'onboard', 'open',
  'order', 'pause', 'perform', 'pin', 'place', 'play', 'post', 'preview', 'print', 'publish', 'purchase', 'rate', 'reactivate', 'receive', 'refresh',
  'refund', 'register', 'reject', 'reload', 'remove', 'rename', 'renew', 'reopen', 'reply', 'report', 'request', 'resolve',
  'restore', 'resume', 'retry', 'revoke', 'save', 'schedule', 'scroll', 'search', 'select', 'share', 'sign', 'skip', 'sort', 'start', 'stop', 'submit', 'subscribe', 'suspend', 'swipe', 'switch', 'sync', 'tag', 'tap', 'test',
  'toggle', 'track', 'transfer', 'trigger', 'unarchive', 'unblock', 'unfollow', 'uninstall', 'unlink', 'unlock', 'unmute',
  'unpin', 'unpublish', 'unsubscribe', 'update', 'upgrade', 'upload', 'use', 'validate', 'verify', 'view', 'visit', 'vote',
  'watch', 'welcome', 'automate', 'customize', 'personalize', 'optimize', 'analyze', 'summarize', 'translate', 'calculate', 'rotate',
  'regenerate', 'reconnect', 'reinstall', 'unassign', 'unshare', 'upvote', 'downvote', 'explore', 'discover', 'compare', 'highlight',
  'annotate', 'review', 'provision', 'deprovision', 'escalate', 'acknowledge', 'snooze', 'unsnooze', 'star', 'unstar',
  ...Object.keys(irregular),
]);

/**
 * Words written as one that name a thing, though their two parts make a verb
 * ("Login Success", "Signup Form", "Checkout Page", "Setup Complete"): never
 * a verb here, so never given an -ed ("Logined", "Signuped"). The verbs are
 * written apart: "Logged In", "Signed Up".
 */
const closedCompounds = new Set(['signup', 'signin', 'signout', 'login', 'logout', 'logon', 'checkout', 'setup', 'startup', 'backup', 'rollout', 'popup', 'pickup', 'lookup', 'cleanup', 'takeover', 'walkthrough']);

/** Words that are verbs too but usually name the object of an event ("Report Export", "Share Report"). */
const usualObjects = new Set([
  'report', 'comment', 'order', 'post', 'request', 'invite', 'message', 'file', 'link', 'page', 'tag', 'flag', 'pin', 'log',
  'test', 'book', 'bookmark', 'call', 'charge', 'copy', 'favorite', 'like', 'rate', 'vote', 'reply', 'transfer', 'purchase',
  'refund', 'track', 'view', 'search', 'filter', 'schedule', 'play', 'access', 'answer', 'check', 'checkout',
  'preview', 'print', 'sort', 'welcome',
]);
/** Verbs that often name the object too ("Sync Started", "Start Export", "Upload Complete"). */
const oftenObjects = new Set(['export', 'import', 'upload', 'download', 'update', 'sync', 'install', 'change', 'edit', 'launch', 'deploy', 'save', 'build', 'block', 'run']);

/**
 * Of the words above that usually name a thing, those that lead a name of two
 * things ("Comment Action", "Search Results", "Order Summary", "Report
 * Builder") more often than they give an order: before a word that is no
 * verb, they are not read as a verb that comes first. "View", "Request",
 * "Invite" give orders ("View Dashboard", "Request Demo").
 */
const leadingNouns = new Set([...usualObjects].filter((word) => !['view', 'request', 'invite', 'preview', 'print', 'bookmark', 'book', 'track', 'check'].includes(word)));

/**
 * Words for parts of a screen. A verb before one names the part rather than
 * acts on it ("Upgrade Modal", "Sign Up Page", "Export Button"), unless it is
 * a verb done to such parts ("Open Modal", "Click Button", "View Page").
 */
const screenParts = new Set([
  'page', 'modal', 'dialog', 'popup', 'popover', 'button', 'btn', 'cta', 'banner', 'menu', 'tab', 'screen', 'form', 'card', 'panel',
  'drawer', 'tooltip', 'sidebar', 'section', 'widget', 'toast', 'link', 'flow', 'wizard', 'step', 'prompt', 'dropdown', 'toggle', 'icon',
]);
const screenVerbs = new Set([
  'open', 'close', 'click', 'view', 'dismiss', 'show', 'hide', 'expand', 'collapse', 'toggle', 'submit', 'visit', 'tap', 'hover', 'select',
  'scroll', 'load', 'reload', 'refresh', 'display', 'fill', 'focus', 'drag', 'drop', 'press', 'swipe', 'minimize', 'resize', 'pin', 'unpin',
  'complete', 'skip', 'start', 'finish', 'abandon', 'copy', 'reset', 'see', 'enter', 'exit', 'leave', 'navigate', 'preview', 'print',
  'add', 'remove', 'delete', 'edit', 'create', 'rename', 'duplicate', 'move', 'save', 'share', 'customize', 'configure',
]);

/**
 * Verbs too vague to be given a past form in a corrected name ("Get Demo" is
 * no "Demo Got"), or that start a label rather than an action ("Forgot
 * Password" is a link, not a "Password Forgotten").
 */
const vagueVerbs = new Set(['get', 'do', 'go', 'make', 'let', 'put', 'take', 'give', 'have', 'keep', 'forget']);

/**
 * How strongly a word reads as a thing: 2 usually, 1 often (also a verb whose
 * past is spelled like its base: "Run Started", "Bid Placed"), 0 it reads as
 * an action ("click", "restore") or is no verb.
 */
function objectLikeness(word: string): number {
  const lower = stem(word);
  return usualObjects.has(lower) ? 2 : oftenObjects.has(lower) || baseLikePast.has(lower) ? 1 : 0;
}

/** -ing words that usually name a thing or a process ("Onboarding Completed", "Tracking Plan Updated"), not an action. */
const nounGerunds = new Set([
  'onboarding', 'loading', 'setting', 'meeting', 'booking', 'tracking', 'posting', 'rating', 'building', 'scheduling',
  'reporting', 'testing', 'checking', 'billing', 'pricing', 'messaging', 'recording', 'training', 'shipping', 'listing',
]);

/** Prepositions that say where the action went or came from: "Product Added to Cart", "Report Saved in Folder". */
const placePrepositions = new Set(['to', 'from', 'into', 'onto', 'for', 'by', 'at', 'as', 'of', 'on', 'in']);
/** Prepositions that say how the action was done ("Signed Up via Google"): that belongs in a property (`method: 'google'`). */
const mannerPrepositions = new Set(['via', 'with', 'using']);
/** Words that qualify an action rather than name anything: "Report Exported Successfully", "Invite Sent Again". */
const qualifiers = new Set([
  'again', 'twice', 'once', 'successfully', 'unsuccessfully', 'automatically', 'manually', 'immediately', 'instantly',
  'already', 'now', 'today', 'later', 'early', 'late', 'partially', 'completely', 'fully', 'silently', 'remotely', 'quickly',
  'finally', 'anyway',
]);

/**
 * Verbs whose action goes somewhere or comes from somewhere, so that where
 * follows the action: "Product Added to Cart", "Plan Upgraded to Pro",
 * "User Removed from Team", "Report Exported to PDF".
 */
const directedVerbs = new Set([
  'add', 'append', 'apply', 'archive', 'assign', 'attach', 'change', 'clone', 'connect', 'convert', 'copy', 'delete', 'demote',
  'deploy', 'detach', 'disconnect', 'download', 'downgrade', 'drag', 'drop', 'duplicate', 'export', 'extend', 'forward', 'give',
  'grant', 'import', 'insert', 'invite', 'join', 'leave', 'link', 'log', 'migrate', 'move', 'opt', 'pin', 'post', 'print',
  'promote', 'publish', 'push', 'reassign', 'redirect', 'remove', 'rename', 'resend', 'restore', 'save', 'send', 'set', 'share',
  'sign', 'submit', 'subscribe', 'switch', 'sync', 'transfer', 'unlink', 'unpin', 'unsubscribe', 'update', 'upgrade', 'upload',
]);
/** Prepositions that start where a directed action went ("to Cart", "from Team"); "of" belongs to the noun before it ("List of Users"). */
const placeStarts = new Set(['to', 'from', 'into', 'onto', 'for', 'by', 'at', 'as', 'on', 'in']);

/** Words that put an action in the present or future ("Report Is Exported", "Report Will Be Exported", "Report Being Exported"). */
const auxiliaries = new Set(['will', 'shall', 'be', 'being', 'is', 'are', 'am', 'gets', 'getting']);
/** Words that join auxiliaries: "Report Going To Be Exported", "Report About To Be Exported". */
const auxiliaryLinks = new Set(['going', 'about', 'to']);

/** Verbs whose last consonant doubles before -ed although they have two syllables. */
const doubling = new Set(['submit', 'commit', 'admit', 'permit', 'omit', 'refer', 'prefer', 'occur', 'transfer', 'control', 'patrol', 'compel', 'equip', 'unpin', 'unzip', 'regret']);

/** A word as the grammar reads it: lower-cased, without digits glued to its end ("Exported2" → exported). */
function stem(word: string): string {
  return word.toLowerCase().replace(/\p{N}+$/u, '');
}

/** A word without a plural -s, to tell "tenant" and "tenants" for one word. */
function singular(word: string): string {
  const lower = stem(word);
  return lower.length > 3 && lower.endsWith('s') && !lower.endsWith('ss') ? lower.slice(0, -1) : lower;
}

/** The digits glued to a word's end, which a rewrite of the word keeps ("Export2" → "Exported2"). */
function gluedDigits(word: string): string {
  return /\p{N}+$/u.exec(word)?.[0] ?? '';
}

/** Whether a word reads as a past tense or participle: "created", "sent", "paid", "signed", also with digits glued on ("exported2"). */
export function isPastTense(word: string, extra: ReadonlySet<string> = new Set()): boolean {
  const lower = stem(word);
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

/** The base form of a past form of one of the verbs above: "viewed" → view, "shared" → share, "stopped" → stop, "sent" → send. */
function baseOfPast(word: string): string | undefined {
  const known = irregularBase.get(word);
  if (known) return known;
  if (!word.endsWith('ed') || notPast.has(word)) return undefined;
  const stem = word.slice(0, -2);
  const candidates = [stem, `${stem}e`, stem.replace(/([^aeiou])\1$/, '$1'), stem.replace(/i$/, 'y')];
  return candidates.find((candidate) => baseVerbs.has(candidate));
}

/** The base form of a verb's -s form, when it is one of the verbs above: "exports" → export, "accesses" → access, "applies" → apply. */
function baseOfPresent(word: string): string | undefined {
  if (!word.endsWith('s') || word.endsWith('ss') || word.length < 4) return undefined;
  const candidates = [word.slice(0, -1), word.endsWith('es') ? word.slice(0, -2) : '', word.endsWith('ies') ? `${word.slice(0, -3)}y` : ''];
  return candidates.find((candidate) => baseVerbs.has(candidate));
}

interface VerbForm {
  base: string;
  form: 'base' | 'gerund' | 'past';
}

/** A word as one of the verbs above, in its base, -ing or past form ("create", "creating", "created", "export2"). */
function verbForm(word: string): VerbForm | undefined {
  const lower = stem(word);
  if (closedCompounds.has(lower)) return undefined;
  if (baseVerbs.has(lower)) return { base: lower, form: 'base' };
  const gerund = baseOfGerund(lower);
  if (gerund) return { base: gerund, form: 'gerund' };
  const past = baseOfPast(lower);
  return past ? { base: past, form: 'past' } : undefined;
}

/** The base form when a word is one of the verbs above in any form ("create", "creating", "created"), else undefined. */
export function verbBase(word: string): string | undefined {
  return verbForm(word)?.base;
}

/** The past form of a base verb: create → created, send → sent, stop → stopped, apply → applied. */
export function pastOf(base: string): string {
  const lower = base.toLowerCase();
  const known = irregularParticiples.get(lower);
  if (known) return known;
  if (lower.endsWith('e')) return `${lower}d`;
  if (/[^aeiou]y$/.test(lower)) return `${lower.slice(0, -1)}ied`;
  if (doubling.has(lower) || /^[^aeiou]*[aeiou][^aeiouwxy]$/.test(lower)) return `${lower}${lower.slice(-1)}ed`;
  return `${lower}ed`;
}

/** Whether a word can only be read as an action: a past (not one spelled like its base, "set") or -ing form, or a verb that rarely names a thing ("click", "restore"). */
export function isClearVerb(word: string, extraPast: ReadonlySet<string>): boolean {
  if (isPastTense(word, extraPast) && !baseLikePast.has(stem(word))) return true;
  const form = verbForm(word);
  if (!form) return false;
  return form.form === 'gerund' ? !nounGerunds.has(stem(word)) : objectLikeness(word) === 0;
}

/** Where a name has a past-tense action: its verb, and where the verb and its particle end. */
interface ActionSpan {
  start: number;
  end: number;
}

/**
 * The past-tense action of a name that ends with it ("Report Exported",
 * "User Opted Out") or with where it happened ("Product Added to Cart").
 */
function findPastAction(words: readonly string[], extraPast: ReadonlySet<string>): ActionSpan | undefined {
  const count = words.length;
  if (count === 0) return undefined;
  const endsWith = (index: number) => isPastTense(words[index]!, extraPast) && !isObjectOfFirstVerb(words, index, extraPast);
  if (endsWith(count - 1)) return { start: count - 1, end: count };
  if (count >= 2 && particles.has(words[count - 1]!) && endsWith(count - 2)) return { start: count - 2, end: count };
  for (let index = 0; index < count - 1; index++) {
    if (!isPastTense(words[index]!, extraPast)) continue;
    const next = words[index + 1]!;
    if (placePrepositions.has(next)) return { start: index, end: index + 1 };
    if (particles.has(next) && index + 2 < count && placePrepositions.has(words[index + 2]!)) return { start: index, end: index + 2 };
  }
  return undefined;
}

/**
 * How many words of a name come before its past-tense action, the object
 * ("Team Member Invitation Sent" → 3, "Report Exported to PDF" → 1, "Signed
 * In" → 0), or undefined when no word reads as its action.
 */
export function objectLength(words: readonly string[], extraPast: ReadonlySet<string> = new Set()): number | undefined {
  return findPastAction(words, extraPast)?.start;
}

/** A past form spelled like its base, after a verb that starts the name, is that verb's object: "Create Set", "Start Run", "Send Broadcast". */
function isObjectOfFirstVerb(words: readonly string[], index: number, extraPast: ReadonlySet<string>): boolean {
  const word = stem(words[index]!);
  if (index === 0 || !baseLikePast.has(word) || extraPast.has(word)) return false;
  return verbForm(words[0]!)?.form === 'base' && objectLikeness(words[0]!) === 0;
}

/**
 * The first word from `from` up to (not including) `to` that starts where an
 * action went ("to" of "Product to Cart"), or -1. A particle after a verb and
 * a preposition after a clear verb are part of a name ("Sign In Page", "Add
 * to Cart Button").
 */
function placeStart(words: readonly string[], from: number, to: number, extraPast: ReadonlySet<string>): number {
  for (let index = Math.max(from, 1); index < to; index++) {
    const word = words[index]!;
    const before = words[index - 1]!;
    if (!placeStarts.has(word) || isClearVerb(before, extraPast) || (particles.has(word) && verbForm(before))) continue;
    return index;
  }
  return -1;
}

/**
 * Where a directed action's place stands before the action instead of after
 * it ("Product to Cart Added", "Plan to Pro Upgraded"): the index of the
 * preposition that starts it, or -1.
 */
function misplacedPlace(words: readonly string[], action: ActionSpan, extraPast: ReadonlySet<string>): number {
  if (action.end !== words.length || action.start < 3) return -1;
  const base = verbBase(words[action.start]!);
  return base !== undefined && directedVerbs.has(base) ? placeStart(words, 1, action.start - 1, extraPast) : -1;
}

/** Where auxiliaries between the object and the action start ("Report Will Be Exported" → 1, "Report Is Exported" → 1), or -1. */
function auxiliaryStart(words: readonly string[], actionStart: number): number {
  let start = actionStart;
  while (start > 1 && (auxiliaries.has(words[start - 1]!) || auxiliaryLinks.has(words[start - 1]!))) start--;
  return words.slice(start, actionStart).some((word) => auxiliaries.has(word)) ? start : -1;
}

/** An object followed by a past-tense action, or a particle verb on its own ("Opted Out"). */
function isObjectAction(words: readonly string[], extraPast: ReadonlySet<string>): boolean {
  const action = findPastAction(words, extraPast);
  if (!action) return false;
  return action.start > 0 || (action.end === words.length && action.end - action.start > 1);
}

/**
 * Whether a name reads as a thing followed by what happened to it, so that it
 * can be offered as a corrected name: it does not start with a preposition,
 * the word before its action is not a verb too ("Exported Reported",
 * "Start Synced") nor an auxiliary ("Report Is Exported"), where the action
 * went does not come before it ("Product to Cart Added"), and no word merely
 * qualifies the action.
 */
export function isSensibleName(words: readonly string[], extraPast: ReadonlySet<string>): boolean {
  const action = findPastAction(words, extraPast);
  if (!action || action.start === 0 || words.some((word) => qualifiers.has(word))) return false;
  // A word twice in a row, also once in the plural, is a name put together wrong: "Tenant Tenants Created".
  if (words.some((word, index) => index > 0 && singular(word) === singular(words[index - 1]!))) return false;
  const first = words[0]!;
  if (placePrepositions.has(first) || mannerPrepositions.has(first) || particles.has(first)) return false;
  if (auxiliaryStart(words, action.start) >= 0 || misplacedPlace(words, action, extraPast) >= 0) return false;
  return !isClearVerb(words[action.start - 1]!, extraPast);
}

/** Whether words after an action only say how it was done ("via Google") or qualify it ("successfully", "again"). */
export function qualifiesAction(extra: readonly string[]): boolean {
  return extra.length > 0 && (mannerPrepositions.has(extra[0]!) || extra.every((word) => qualifiers.has(word)));
}

/**
 * Splits off what follows a name's action and only qualifies it: how it was
 * done ("Signed Up via Google"), adverbs ("Report Exported Successfully",
 * "Invite Sent Again"), or any words after an object-first past-tense action
 * ("Report Exported (Beta)"). Those belong in properties. Undefined when the
 * name is an object-action name already or ends with a verb (then its action
 * is just not in the past tense: "Report Shared Link Open").
 */
export function splitTrailingWords(
  words: readonly string[],
  extraPast: ReadonlySet<string>,
): { head: string[]; extra: string[]; uncertain?: boolean } | undefined {
  const count = words.length;
  if (count < 2 || isObjectAction(words, extraPast)) return undefined;
  // In a name that starts with its verb, "by" says who did it ("Generated Index File by Visitor"), as "with" says how.
  const verbFirst = isClearVerb(words[0]!, extraPast);
  const manner = words.findIndex((word, index) => index > 0 && (mannerPrepositions.has(word) || (verbFirst && index > 1 && word === 'by')));
  // How an action was done may end with a verb ("Document Uploaded with Drag and Drop"); any other name ending with
  // one is an action not in the past tense, unless it is an -ing word right after a past-tense verb: that verb's
  // object ("Recipient Completed Signing").
  const mannerAfterAction = manner > 0 && isObjectAction(words.slice(0, manner), extraPast);
  const last = words[count - 1]!;
  const gerundObject = count >= 3 && verbForm(last)?.form === 'gerund' && isClearVerb(words[count - 2]!, extraPast) && isPastTense(words[count - 2]!, extraPast);
  if (isClearVerb(last, extraPast) && !mannerAfterAction && !gerundObject) return undefined;
  let cut = count;
  if (manner > 0) cut = manner;
  let adverbs = count;
  while (adverbs > 1 && qualifiers.has(words[adverbs - 1]!)) adverbs--;
  cut = Math.min(cut, adverbs);
  // After an object, not in a verb-first name, where a past form describes the object ("Create Shared Report").
  const endsWithVerb = verbForm(words[count - 1]!) !== undefined;
  for (let index = count - 2; index >= 1 && !isClearVerb(words[0]!, extraPast); index--) {
    if (!isPastTense(words[index]!, extraPast)) continue;
    // A past spelled like its base before a verb is a thing: "Password Reset Request" is a request of a password reset.
    if (endsWithVerb && baseLikePast.has(stem(words[index]!))) continue;
    const end = particles.has(words[index + 1]!) ? index + 2 : index + 1;
    if (end < count) cut = Math.min(cut, end);
    break;
  }
  const head = words.slice(0, cut);
  // What comes before must hold an action for the rest to come after it.
  if (cut === count || !head.some((word) => isPastTense(word, extraPast) || verbForm(word) || closedCompounds.has(stem(word)))) return undefined;
  const extra = words.slice(cut);
  // Words after the action that hold a verb may be what the action was done to ("Team Created Report", "User Started
  // Onboarding", "Locked Edit Attempt"), not a detail of it: the name up to the action is then no sure correction.
  const uncertain = cut < manner || manner < 0 ? extra.some((word) => verbForm(word) !== undefined) : false;
  return { head, extra, ...(uncertain ? { uncertain } : {}) };
}

/**
 * The action of a name and its object, as the grammar reads them, in the
 * order of the corrected name where the name needs one: "User Activated",
 * "Activated User" and "Activate User" → user, activated; "Activated Users
 * Exported" → activated users, exported; "Account Activated via Email" →
 * account, activated; "Activated" → no object. Undefined when no word reads
 * as an action.
 */
export function readAction(words: readonly string[], extraPast: ReadonlySet<string> = new Set()): { object: string[]; action: string } | undefined {
  const problem = checkObjectAction(words, extraPast, false);
  const core = problem?.corrected ?? problem?.head ?? words;
  const past = findPastAction(core, extraPast);
  if (past) return { object: past.start > 0 ? core.slice(0, past.start) : core.slice(past.end), action: core[past.start]! };
  // No past tense, and no corrected name to read: the verb is at one end ("Activate Sync Twice").
  if (core.length > 0 && (isPastTense(core[0]!, extraPast) || verbForm(core[0]!))) return { object: core.slice(1), action: core[0]! };
  const last = core.at(-1);
  return last !== undefined && verbForm(last) ? { object: core.slice(0, -1), action: last } : undefined;
}

export interface ActionProblem {
  kind: 'verbFirst' | 'notPastTense' | 'noAction' | 'trailingWords';
  /** The words of the corrected name ("account", "created"), when a sensible one can be offered. */
  corrected?: string[];
  /** For `trailingWords`: the name up to its action, and the words after it. */
  head?: string[];
  extra?: string[];
}

/**
 * Checks that a name's words are an object followed by a past-tense action,
 * with nothing after it but where it happened.
 */
export function checkObjectAction(
  words: readonly string[],
  extraPast: ReadonlySet<string>,
  allowVerbFirst: boolean,
): ActionProblem | undefined {
  const trailing = splitTrailingWords(words, extraPast);
  if (!trailing) return checkOrder(words, extraPast, allowVerbFirst);
  const { head, extra } = trailing;
  // "Locked Edit Attempt", "Retired View Redirect": a past form that describes the thing after it, and more than one
  // word after it, one a verb: the name ends with its action, not in the past tense. No rewrite is certain.
  if (trailing.uncertain && extra.length >= 2) return { kind: 'notPastTense' };
  const headProblem = checkOrder(head, extraPast, allowVerbFirst);
  const corrected = trailing.uncertain
    ? undefined
    : headProblem
      ? headProblem.corrected
      : isSensibleName(head, extraPast) || allowVerbFirst
        ? head
        : undefined;
  return { kind: 'trailingWords', head, extra, ...(corrected ? { corrected } : {}) };
}

/** A way to read a name's words, with the name it should have had. */
interface Reading {
  kind: 'verbFirst' | 'notPastTense';
  corrected: string[];
}

/** Checks the order and tense of the object and action words. */
function checkOrder(words: readonly string[], extraPast: ReadonlySet<string>, allowVerbFirst: boolean): ActionProblem | undefined {
  if (words.length === 0) return undefined;
  const action = findPastAction(words, extraPast);
  if (action) {
    if (isObjectAction(words, extraPast)) return checkObjectFirst(words, action, extraPast);
    // "Created" has no object; "Added to Cart" starts with its action and has no object to put first.
    if (action.end === words.length) return { kind: 'noAction' };
    return allowVerbFirst ? undefined : { kind: 'verbFirst' };
  }
  if (words.length === 1) return { kind: 'noAction' };

  const last = words[words.length - 1]!;
  const hasParticle = particles.has(last);
  const actionWord = hasParticle ? words[words.length - 2]! : last;
  const objectWords = words.slice(0, hasParticle ? -2 : -1);
  const hasObject = objectWords.length > 0 || hasParticle;
  const first = nounGerunds.has(words[0]!) ? undefined : verbForm(words[0]!);
  // An -s form is the action when the first word reads more as a thing ("Report Exports" is the report that
  // exports, "View Comments" the comments viewed) and it seldom names a thing itself ("Page Views").
  // A gerund that names a thing ("Book Meeting", "Enable Billing") is no action.
  const actionIsNoun = nounGerunds.has(stem(actionWord));
  const presentBase = hasObject && !actionIsNoun && verbBase(actionWord) === undefined ? baseOfPresent(stem(actionWord)) : undefined;
  const presentAction =
    presentBase !== undefined &&
    objectLikeness(presentBase) < 2 &&
    (!first || (first.form === 'base' && objectLikeness(words[0]!) > objectLikeness(presentBase)));
  const actionBase = hasObject && !actionIsNoun ? (verbBase(actionWord) ?? (presentAction ? presentBase : undefined)) : undefined;

  // Which end holds the verb: "Create Account" (first), "Report Export" (last).
  // Many words are both ("report", "export"): the one that reads more as a
  // thing is the object. A past or -ing form is a verb ("Viewed Report",
  // "Stopping Sync"), except that a past form before several words is often
  // an adjective ("Saved Search Update").
  const firstParticle = words.length >= 3 && particles.has(words[1]!);
  const verbFirst: Reading | undefined = first && {
    kind: 'verbFirst',
    corrected: actionFirstCorrected(first.base, firstParticle),
  };
  const pastLast: Reading | undefined =
    actionBase === undefined
      ? undefined
      : { kind: 'notPastTense', corrected: [...objectWords, pastOf(actionBase) + gluedDigits(actionWord), ...(hasParticle ? [last] : [])] };
  // "Comment Action", "Search Results": a thing that names another, with no action at all.
  if (verbFirst && !pastLast && first!.form === 'base' && leadingNouns.has(stem(words[0]!))) return { kind: 'notPastTense' };
  if (verbFirst && !pastLast) return allowVerbFirst ? undefined : checked(verbFirst);
  if (!verbFirst || !pastLast) return pastLast ? checked(pastLast) : { kind: 'notPastTense' };

  const firstLikeness = first!.form === 'base' ? objectLikeness(words[0]!) : first!.form === 'past' && words.length > 2 ? 1 : -1;
  const lastLikeness = objectLikeness(presentAction ? presentBase! : actionWord);
  // Both words usually name things ("Schedule Report", "Copy Link", "Request Access"): either may be the action.
  if (firstLikeness === 2 && lastLikeness === 2) return { kind: 'notPastTense' };
  // Two words that both often name a process ("Deploy Build", "Install Update") read as an order: the first is the verb.
  const readings = firstLikeness < lastLikeness || (firstLikeness === 1 && lastLikeness === 1) ? [verbFirst, pastLast] : [pastLast, verbFirst];
  // With a verb at each end, the object must read as a thing: "Set Automate" is neither "Automate Set" nor "Set Automated".
  const sensible = readings.find(
    (reading) => makesSense(reading) && (reading.kind === 'verbFirst' ? readsAsThing(words.slice(1), true) : readsAsThing(objectWords, false)),
  );
  const problem = sensible ?? { kind: readings[0]!.kind };
  return problem.kind === 'verbFirst' && allowVerbFirst ? undefined : problem;

  /**
   * The words after a verb that comes first, with its past form after the
   * object, before where a directed action went ("Add Product to Cart" →
   * "Product Added to Cart").
   */
  function actionFirstCorrected(base: string, withParticle: boolean): string[] {
    const rest = words.slice(withParticle ? 2 : 1);
    const action = [pastOf(base) + gluedDigits(words[0]!), ...(withParticle ? [words[1]!] : [])];
    const place = directedVerbs.has(base) ? placeStart(rest, 1, rest.length - 1, extraPast) : -1;
    return place > 0 ? [...rest.slice(0, place), ...action, ...rest.slice(place)] : [...rest, ...action];
  }

  /**
   * Whether a reading's corrected name can be offered: it makes sense, its
   * verb is not a vague one ("Get Demo"), and a verb that comes first is the
   * only action in the name ("Get Started Page Visited V2" has another) and
   * acts on what follows it ("Upgrade Modal" is the modal for upgrading).
   */
  function makesSense(reading: Reading): boolean {
    const base = reading.kind === 'verbFirst' ? first?.base : actionBase;
    if (base === undefined || vagueVerbs.has(base) || !isSensibleName(reading.corrected, extraPast)) return false;
    // A part of the screen at the end names it ("Pricing Toggle", "Invite Link"): it is not what happened.
    if (reading.kind !== 'verbFirst') return !screenParts.has(singular(actionWord));
    const rest = words.slice(firstParticle ? 2 : 1);
    // A past form may describe the object ("Create Shared Report"), only before it.
    const isAction = (word: string, index: number) =>
      (index > 0 && isPastTense(word, extraPast) && !baseLikePast.has(stem(word))) ||
      (verbForm(word)?.form === 'gerund' && !nounGerunds.has(stem(word)));
    if (rest.some(isAction)) return false;
    const thing = rest.findLast((word) => !placeStarts.has(word) && !particles.has(word));
    return !(thing && screenParts.has(singular(thing)) && (!screenVerbs.has(base) || firstParticle));
  }

  /**
   * Whether words read as a thing: more than one word, or a word that is no
   * verb or often names a thing ("Build", "Update"), or, after a verb, one
   * whose past is spelled like it ("Create Set").
   */
  function readsAsThing(object: readonly string[], afterVerb: boolean): boolean {
    if (object.length !== 1) return object.length > 1;
    const word = stem(object[0]!);
    return verbForm(word) === undefined || (objectLikeness(word) > 0 && (afterVerb || !baseLikePast.has(word) || oftenObjects.has(word)));
  }

  /** The problem with its corrected name only when that name makes sense. */
  function checked(problem: Reading): ActionProblem {
    return makesSense(problem) ? problem : { kind: problem.kind };
  }
}

/** A problem with its corrected name only when that name makes sense. */
function withSensibleName(problem: Reading, extraPast: ReadonlySet<string>): ActionProblem {
  return isSensibleName(problem.corrected, extraPast) ? problem : { kind: problem.kind };
}

/**
 * What is wrong with a name whose object comes before its past-tense action:
 * auxiliaries that make it present or future ("Report Will Be Exported" →
 * "Report Exported"). A preposition inside the object is left alone: "Item in
 * Cart Updated" and "Access to Project Granted" are an object and its action.
 */
function checkObjectFirst(words: readonly string[], action: ActionSpan, extraPast: ReadonlySet<string>): ActionProblem | undefined {
  const auxiliary = auxiliaryStart(words, action.start);
  if (auxiliary < 0) return undefined;
  return withSensibleName({ kind: 'notPastTense', corrected: [...words.slice(0, auxiliary), ...words.slice(action.start)] }, extraPast);
}
