/**
 * Facts about the project around a linted file that its imports do not show:
 * whether a module near it associates users with accounts for an SDK (a
 * sibling `PostHogGroupIdentify.tsx` calling `posthog.group` beside
 * `PostHogIdentify.tsx`, both rendered by a layout that neither imports).
 *
 * Reading a whole project costs more than a lint of one file should, so the
 * search is bounded and deterministic: the linted file's folder first, then
 * the folders around it in the tree, nearest first, inside the nearest
 * package.json's folder, for at most `maxFiles` files in `maxDirectories` folders
 * (`node_modules`, build output, hidden folders, tests and stories skipped). A file is read
 * as bytes and tested for the SDK's name and its group call's text
 * (`posthog` and `group(`, `amplitude` and `setGroup(`, `mixpanel` and
 * `set_group(`, …, PostHog Node's `capture(` with `groups`); only the files
 * that pass are parsed, through the module layer (once per process while
 * unchanged). Folder listings and those tests are remembered for a few
 * seconds, then checked again on disk.
 */
import { closeSync, type Dirent, fstatSync, openSync, readdirSync, readSync } from 'node:fs';
import { dirname, extname, join } from 'node:path';
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { extensions, fileOf, inNodeModules, type ModuleContext, moduleAtPath, packageRootOf } from './modules.js';
import { sdks } from './sdks.js';
import { argumentAt, collectCalls, trackingCallOf } from './tracking-calls.js';

type Context = Readonly<TSESLint.RuleContext<string, readonly unknown[]>>;

/** How far the search goes: enough for the folders around a component, not a whole monorepo. */
export const searchBounds = { maxFiles: 100, maxDirectories: 25 };
const skippedDirectories = new Set(['node_modules', 'dist', 'build', 'out', 'coverage', 'vendor', '__tests__', '__mocks__']);
/** Tests and stories call the SDK (or its mock) for themselves, not for the app's users. */
const notAppCode = /\.(?:test|spec|stories)\.[^.]+$/;
const recheckAfterMs = 5000;

interface Listing {
  checkedAt: number;
  files: string[];
  directories: string[];
}
const listings = new Map<string, Listing>();

/** The source files and folders of a folder (not its hidden, dependency or build folders). */
function listingOf(directory: string): Listing {
  const known = listings.get(directory);
  if (known && Date.now() - known.checkedAt < recheckAfterMs) return known;
  const listing: Listing = { checkedAt: Date.now(), files: [], directories: [] };
  let entries: Dirent[];
  try {
    entries = readdirSync(directory, { withFileTypes: true });
  } catch {
    entries = [];
  }
  // Sorted: the same tree is searched in the same order on every system.
  for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    if (entry.name.startsWith('.')) continue;
    if (entry.isDirectory()) {
      if (!skippedDirectories.has(entry.name)) listing.directories.push(join(directory, entry.name));
    } else if (entry.isFile() && extensions.includes(extname(entry.name)) && !/\.d\.[cm]?ts$/.test(entry.name) && !notAppCode.test(entry.name)) {
      listing.files.push(join(directory, entry.name));
    }
  }
  if (listings.size > 20000) listings.clear();
  listings.set(directory, listing);
  return listing;
}

/**
 * The source files near a file, nearest first, within `searchBounds`: its
 * folder's, then those of the folders one step away in the tree (the folder
 * above it, the folders in it), then two steps (its sibling folders), and so
 * on, inside `root`.
 */
function* nearbyFiles(file: string, root: string): Generator<string> {
  let files = 0;
  const queue = [dirname(file)];
  const queued = new Set(queue);
  for (let index = 0; index < queue.length && index < searchBounds.maxDirectories; index++) {
    const directory = queue[index]!;
    const listing = listingOf(directory);
    for (const path of listing.files) {
      if (++files > searchBounds.maxFiles) return;
      yield path;
    }
    const parent = dirname(directory);
    const next = directory === root || !parent.startsWith(root) ? listing.directories : [parent, ...listing.directories];
    for (const neighbour of next) {
      if (queued.has(neighbour)) continue;
      queued.add(neighbour);
      queue.push(neighbour);
    }
  }
}

interface TextTest {
  checkedAt: number;
  mtimeMs: number;
  size: number;
  /** The SDKs whose group call (or, for PostHog Node, an event with its groups) the text may hold. */
  sdks: readonly string[];
}

const either = (bytes: Buffer, ...texts: string[]) => texts.some((text) => bytes.includes(text));

/**
 * Per SDK, whether a file's bytes may hold its call that associates a user:
 * the SDK named somewhere in the file (its package, client or global) and its
 * group method called. A file that names no SDK is not parsed.
 */
const sdkTextTests: [sdk: string, test: (bytes: Buffer) => boolean][] = [
  ['posthog', (bytes) => either(bytes, 'posthog', 'PostHog') && (bytes.includes('group(') || (bytes.includes('capture(') && bytes.includes('groups')))],
  ['amplitude', (bytes) => either(bytes, 'amplitude', 'Amplitude') && bytes.includes('setGroup(')],
  ['mixpanel', (bytes) => either(bytes, 'mixpanel', 'Mixpanel') && either(bytes, 'set_group(', 'add_group(')],
  ['segment', (bytes) => either(bytes, 'analytics', 'Analytics', 'segment') && bytes.includes('group(')],
  ['rudderstack', (bytes) => either(bytes, 'rudder', 'Rudder') && bytes.includes('group(')],
  ['accoil', (bytes) => either(bytes, 'accoil', 'Accoil') && bytes.includes('group(')],
];
// Every SDK the plugin knows has its test: one added to sdks.ts without one here would never be found nearby.
for (const sdk of sdks) if (!sdkTextTests.some(([id]) => id === sdk.id)) throw new Error(`project.ts has no nearby-file test for the SDK ${sdk.id}`);
const textTests = new Map<string, TextTest>();

/** One buffer the files are read into, grown as needed: no allocation per file. */
let buffer = Buffer.alloc(64 * 1024);
/** Larger files are generated or bundled code, not where a team calls the SDK. */
const maxFileBytes = 512 * 1024;

/** The SDKs a file's bytes may associate users for (no parse; read again when it changes). */
function sdksNamedWithGroupCall(path: string): readonly string[] {
  const known = textTests.get(path);
  if (known && Date.now() - known.checkedAt < recheckAfterMs) return known.sdks;
  let descriptor: number | undefined;
  let test: TextTest | undefined;
  try {
    descriptor = openSync(path, 'r');
    const stat = fstatSync(descriptor);
    if (known && known.mtimeMs === stat.mtimeMs && known.size === stat.size) {
      known.checkedAt = Date.now();
      return known.sdks;
    }
    let sdks: string[] = [];
    if (stat.size <= maxFileBytes) {
      if (buffer.length < stat.size) buffer = Buffer.alloc(stat.size);
      const bytes = buffer.subarray(0, readSync(descriptor, buffer, 0, stat.size, 0));
      // Most files call no group method at all: one look for `group(` / `Group(` (setGroup, set_group, add_group) first.
      if (either(bytes, 'group(', 'Group(', 'groups')) sdks = sdkTextTests.filter(([, passes]) => passes(bytes)).map(([sdk]) => sdk);
    }
    test = { checkedAt: Date.now(), mtimeMs: stat.mtimeMs, size: stat.size, sdks };
  } catch {
    test = undefined;
  } finally {
    if (descriptor !== undefined) closeSync(descriptor);
  }
  if (textTests.size > 50000) textTests.clear();
  if (test) textTests.set(path, test);
  return test?.sdks ?? [];
}

const associatingSdks = new WeakMap<TSESTree.Program, Set<string>>();

/**
 * The SDKs a module associates users with accounts for: an SDK's group call
 * that links the user, or an event that carries its groups where that is how
 * the SDK links them (PostHog Node's `capture({ groups })`).
 */
function sdksAssociatedIn(module: ModuleContext): Set<string> {
  let found = associatingSdks.get(module.ast);
  if (found) return found;
  found = new Set();
  const calls: TSESTree.CallExpression[] = [];
  collectCalls(module.ast, calls);
  for (const node of calls) {
    const call = trackingCallOf(module.context, node);
    if (!call?.sdk || !call.shape.associatesUser) continue;
    if (call.kind === 'group') found.add(call.sdk.id);
    else if (call.kind === 'track' && call.shape.groupContext?.some((path) => argumentAt(module.context, node, path).state !== 'absent')) {
      found.add(call.sdk.id);
    }
  }
  associatingSdks.set(module.ast, found);
  return found;
}

/**
 * Whether a module near the linted file (within `searchBounds`, in its
 * package) associates users with accounts for this SDK. Modules the linted
 * file's parser cannot read are not seen.
 */
export function nearbyModuleAssociates(context: Context, sdkId: string): boolean {
  const file = fileOf(context);
  const root = file && packageRootOf(file);
  if (!file || !root || inNodeModules(file)) return false;
  for (const path of nearbyFiles(file, root)) {
    if (path === file || !sdksNamedWithGroupCall(path).includes(sdkId)) continue;
    const module = moduleAtPath(context, path);
    if (module && sdksAssociatedIn(module).has(sdkId)) return true;
  }
  return false;
}
