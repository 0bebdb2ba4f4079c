/**
 * What says a value is hashed: its name (`emailHash`, `hashedEmail`), or the
 * function that makes it (`sha256(…)`, a `hashFunctions` entry). Shared by
 * the rules that ask whether an address is sent as it is.
 */
import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/utils';
import { splitWords } from './event-words.js';
import { unwrap } from './static-values.js';
import { calleeName } from './tracking-calls.js';

/** A name that says its value is hashed, or a function that hashes. */
export const hashWords = /hash|sha-?(?:224|256|384|512|3)|hmac|digest|blake|argon|scrypt|bcrypt|pbkdf/i;
/** Hashes that are quickly reversed for e-mail addresses (tables of known addresses' digests). */
export const weakWords = /md5|sha-?1(?!\d)/i;
/** Words in a name that say its value is not hashed, though it mentions hashing: `unhashedEmail`, `plainEmailHash`. */
const notHashedWords = /(?:^| )(?:(?:un|non|not) ?hashed|plain(?:text)?|raw|clear(?:text)?)(?: |$)/;

/** What a value's name says: hashed (`emailHash`), weakly hashed (`emailMd5`), or nothing (`email`, `unhashedEmail`). */
export function nameVerdict(name: string): 'hashed' | 'weak' | undefined {
  if (!hashWords.test(name) && !weakWords.test(name)) return undefined;
  if (notHashedWords.test(splitWords(name).join(' '))) return undefined;
  return weakWords.test(name) ? 'weak' : 'hashed';
}

/** The static names a callee ends with: `this.utils.pseudo` → this, utils, pseudo; `make().utils.pseudo` → utils, pseudo. */
export function calleePath(callee: TSESTree.Node): string[] {
  const names: string[] = [];
  for (let current = unwrap(callee); ; ) {
    if (current.type === AST_NODE_TYPES.Identifier) return [current.name, ...names];
    if (current.type === AST_NODE_TYPES.ThisExpression) return ['this', ...names];
    const name = current.type === AST_NODE_TYPES.MemberExpression ? calleeName(current) : undefined;
    if (current.type !== AST_NODE_TYPES.MemberExpression || name === undefined) return names;
    names.unshift(name);
    current = unwrap(current.object);
  }
}

/** `hashFunctions` entries (a name or a member path, `utils.pseudo`) as paths of names. */
export function hashFunctionPaths(entries: readonly string[]): string[][] {
  return entries.map((entry) => entry.split('.').map((name) => name.trim()));
}

/** Whether a callee ends with one of the paths: `pseudonymize` matches `privacy.pseudonymize`, `utils.pseudo` matches `this.utils.pseudo`. */
export function isListedHashFunction(callee: TSESTree.Node, paths: readonly string[][]): boolean {
  if (paths.length === 0) return false;
  const path = calleePath(callee);
  return paths.some((entry) => entry.length <= path.length && entry.every((name, index) => name === path[path.length - entry.length + index]));
}
