/**
 * The project beyond the file being linted: follows an import or re-export to
 * the module it names (relative paths, `index` files, tsconfig/jsconfig
 * `paths` and `baseUrl`, package.json `imports`, workspace packages), parses
 * that module once per process with the parser the linted file was given
 * (again when it changes on disk), and says which node a module exports under
 * a name. A missing, unparsable or `node_modules` module, and a cycle, end
 * the walk: nothing beyond it is known, and nothing is guessed.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, dirname, isAbsolute, join, resolve, sep } from 'node:path';
import { analyze } from '@typescript-eslint/scope-manager';
import { AST_NODE_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import { parse as parseYaml } from 'yaml';
import { importedName } from './static-values.js';

type Context = Readonly<TSESLint.RuleContext<string, readonly unknown[]>>;
type Node = TSESTree.Node;

export const extensions = ['.ts', '.tsx', '.js', '.jsx', '.mjs', '.cjs', '.mts', '.cts', '.vue'];
/** What a TypeScript module writes for the file it will compile to: `./events.js` is `./events.ts`. */
const compiledExtensions: Record<string, string[]> = { '.js': ['.ts', '.tsx'], '.jsx': ['.tsx'], '.mjs': ['.mts'], '.cjs': ['.cts'] };

/**
 * The files and folders of a directory, listed once and remembered a few
 * seconds (long enough for a run, short for an editor): a resolver tries
 * up to twenty names per import, and most are not there. On file systems
 * that ignore case (macOS, Windows), names are compared as they do.
 */
const listings = new Map<string, { checkedAt: number; mtimeMs: number; files: Set<string>; directories: Set<string> }>();
const ignoresCase = process.platform === 'darwin' || process.platform === 'win32';
const nameKey = (name: string) => (ignoresCase ? name.toLowerCase() : name);

function listingOf(directory: string): { files: Set<string>; directories: Set<string> } {
  const known = listings.get(directory);
  if (known && Date.now() - known.checkedAt < 5000) return known;
  // A folder whose entries were added, removed or renamed has a new modification time: otherwise its listing still holds.
  const mtimeMs = statSync(directory, { throwIfNoEntry: false })?.mtimeMs ?? -1;
  if (known && known.mtimeMs === mtimeMs) {
    known.checkedAt = Date.now();
    return known;
  }
  const files = new Set<string>();
  const directories = new Set<string>();
  try {
    for (const entry of readdirSync(directory, { withFileTypes: true })) {
      let file = entry.isFile();
      let folder = entry.isDirectory();
      if (entry.isSymbolicLink()) {
        const target = statSync(join(directory, entry.name), { throwIfNoEntry: false });
        file = target?.isFile() === true;
        folder = target?.isDirectory() === true;
      }
      if (file) files.add(nameKey(entry.name));
      else if (folder) directories.add(nameKey(entry.name));
    }
  } catch {
    // Not a directory, or not readable: nothing in it.
  }
  if (listings.size > 20000) listings.clear();
  const listed = { checkedAt: Date.now(), mtimeMs, files, directories };
  listings.set(directory, listed);
  return listed;
}

const isFile = (path: string) => listingOf(dirname(path)).files.has(nameKey(basename(path)));
const isDirectory = (path: string) => listingOf(dirname(path)).directories.has(nameKey(basename(path)));

/** Whether a path is inside a `node_modules` folder (a package's, never the project's). */
export const inNodeModules = (path: string) => path.split(sep).includes('node_modules');

/** The file a path names, as a module resolver completes it: the file itself, with an extension, or its `index`. */
function completeFile(base: string): string | undefined {
  if (inNodeModules(base)) return undefined;
  const dot = base.lastIndexOf('.');
  const extension = dot > base.lastIndexOf(sep) ? base.slice(dot) : '';
  if (extensions.includes(extension) && isFile(base)) return base;
  for (const compiled of compiledExtensions[extension] ?? []) {
    const source = base.slice(0, dot) + compiled;
    if (isFile(source)) return source;
  }
  for (const candidate of extensions) if (isFile(base + candidate)) return base + candidate;
  if (isDirectory(base)) {
    for (const candidate of extensions) if (isFile(join(base, `index${candidate}`))) return join(base, `index${candidate}`);
  }
  return undefined;
}

// ---------------------------------------------------------------------------
// Configuration files: tsconfig/jsconfig, package.json. Each is read again when it changes.

const jsonFiles = new Map<string, { mtimeMs: number; checkedAt: number; value: unknown }>();

/** A JSON file, with the comments and trailing commas tsconfig allows; undefined when missing or malformed. */
function readJson(path: string): unknown {
  const known = jsonFiles.get(path);
  // Asked for every import resolved: looked at on disk once a second at most.
  if (known && Date.now() - known.checkedAt < 1000) return known.value;
  const mtimeMs = statSync(path, { throwIfNoEntry: false })?.mtimeMs;
  if (mtimeMs === undefined) return undefined;
  if (known?.mtimeMs === mtimeMs) {
    known.checkedAt = Date.now();
    return known.value;
  }
  let value: unknown;
  try {
    value = JSON.parse(withoutComments(readFileSync(path, 'utf8')));
  } catch {
    value = undefined;
  }
  jsonFiles.set(path, { mtimeMs, checkedAt: Date.now(), value });
  return value;
}

/** JSON with comments and trailing commas made plain JSON; strings (`"@/*"`) are kept as they are. */
function withoutComments(text: string): string {
  let out = '';
  for (let index = 0; index < text.length; index++) {
    const char = text[index]!;
    if (char === '"') {
      const start = index;
      for (index++; index < text.length && text[index] !== '"'; index++) if (text[index] === '\\') index++;
      out += text.slice(start, index + 1);
    } else if (char === '/' && text[index + 1] === '/') {
      while (index < text.length && text[index] !== '\n') index++;
      out += '\n';
    } else if (char === '/' && text[index + 1] === '*') {
      const end = text.indexOf('*/', index + 2);
      index = end < 0 ? text.length : end + 1;
    } else {
      out += char;
    }
  }
  return out.replace(/,(\s*[}\]])/g, '$1');
}

const asRecord = (value: unknown): Record<string, unknown> | undefined =>
  typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;

type TimedCache = Map<string, { checkedAt: number; path: string | undefined }>;

/**
 * A path looked up at most once every few seconds per key (files come and go
 * in an editor); the cache is emptied past `max` keys. With `keepFound`, a
 * file found before that is still there stays the answer past that time.
 */
function rememberedPath(cache: TimedCache, key: string, max: number, find: () => string | undefined, keepFound = false): string | undefined {
  const known = cache.get(key);
  if (known && Date.now() - known.checkedAt < 5000) return known.path;
  // An import's file that is still there is the answer still (its folder's listing says so, read again when it changes).
  if (keepFound && known?.path !== undefined && isFile(known.path)) {
    known.checkedAt = Date.now();
    return known.path;
  }
  const path = find();
  if (cache.size > max) cache.clear();
  cache.set(key, { checkedAt: Date.now(), path });
  return path;
}

const nearestCache: TimedCache = new Map();

/**
 * The nearest file of one of these names in the directory or above it. A
 * directory without one takes its parent's answer, itself remembered: a new
 * folder costs a look at its own files, not a walk to the root.
 */
function nearest(directory: string, names: readonly string[]): string | undefined {
  return rememberedPath(nearestCache, `${directory}\0${names.join()}`, 5000, () => {
    for (const name of names) {
      const path = join(directory, name);
      if (isFile(path)) return path;
    }
    const parent = dirname(directory);
    return parent === directory ? undefined : nearest(parent, names);
  });
}

interface PathAliases {
  baseUrl: string | undefined;
  /** `paths` patterns and their targets, relative to `root`. */
  paths: [pattern: string, targets: string[]][];
  root: string;
}

const configNames = ['tsconfig.json', 'jsconfig.json'];

/** `compilerOptions.baseUrl` and `paths` of a tsconfig/jsconfig, through a few relative `extends`. */
function pathAliases(config: string): PathAliases | undefined {
  let baseUrl: string | undefined;
  let paths: PathAliases['paths'] | undefined;
  let pathsRoot = dirname(config);
  let file: string | undefined = config;
  for (let hops = 0; file && hops < 5 && (baseUrl === undefined || paths === undefined); hops++) {
    const json = asRecord(readJson(file));
    const options = asRecord(json?.compilerOptions);
    if (baseUrl === undefined && typeof options?.baseUrl === 'string') baseUrl = resolve(dirname(file), options.baseUrl);
    const ownPaths = asRecord(options?.paths);
    if (paths === undefined && ownPaths) {
      paths = Object.entries(ownPaths).map(([pattern, targets]) => [pattern, Array.isArray(targets) ? targets.filter((target) => typeof target === 'string') : []]);
      pathsRoot = dirname(file);
    }
    // Only a relative `extends` is cheap to follow: a package's config holds no aliases of the app's.
    const parent: string | undefined = typeof json?.extends === 'string' && json.extends.startsWith('.') ? resolve(dirname(file), json.extends) : undefined;
    file = parent && !parent.endsWith('.json') && !isFile(parent) ? `${parent}.json` : parent;
  }
  if (baseUrl === undefined && paths === undefined) return undefined;
  // `paths` are relative to `baseUrl` when there is one, else to the config that declares them.
  return { baseUrl, paths: paths ?? [], root: baseUrl ?? pathsRoot };
}

/** The text a `*` pattern captures from a specifier, or undefined when it does not match. */
function matchPattern(pattern: string, specifier: string): string | undefined {
  const star = pattern.indexOf('*');
  if (star < 0) return pattern === specifier ? '' : undefined;
  const prefix = pattern.slice(0, star);
  const suffix = pattern.slice(star + 1);
  return specifier.length >= prefix.length + suffix.length && specifier.startsWith(prefix) && specifier.endsWith(suffix)
    ? specifier.slice(prefix.length, specifier.length - suffix.length)
    : undefined;
}

/** The first string target of a package.json `exports`/`imports` value, through its conditions. */
function conditionalTarget(value: unknown, depth = 0): string | undefined {
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) return depth < 4 ? conditionalTarget(value[0], depth + 1) : undefined;
  const record = asRecord(value);
  if (!record || depth > 4) return undefined;
  for (const condition of ['source', 'import', 'module', 'node', 'require', 'default']) {
    const found = conditionalTarget(record[condition], depth + 1);
    if (found) return found;
  }
  return undefined;
}

/** `#events` through the nearest package.json's `imports`. */
function resolvePackageImport(directory: string, specifier: string): string | undefined {
  const manifest = nearest(directory, ['package.json']);
  const imports = manifest && asRecord(asRecord(readJson(manifest))?.imports);
  if (!manifest || !imports) return undefined;
  for (const [pattern, target] of Object.entries(imports)) {
    const captured = matchPattern(pattern, specifier);
    const text = captured === undefined ? undefined : conditionalTarget(target);
    if (text?.startsWith('./')) return completeFile(resolve(dirname(manifest), text.replace('*', captured!)));
  }
  return undefined;
}

/** Per workspace root: its packages by name, and their folders. */
const workspaceCache = new Map<string, { checkedAt: number; packages: Map<string, string> }>();

/** The packages of the monorepo the file is in, by their package.json name: the `workspaces` (or pnpm-workspace.yaml) folders `dir/*` and `dir`. */
const workspaceRoots = new Map<string, { checkedAt: number; root: string | undefined; patterns: string[] }>();

function workspacePackages(directory: string): Map<string, string> | undefined {
  const found = workspaceRootOf(directory);
  return found.root === undefined ? undefined : packagesOf(found.root, found.patterns);
}

function workspaceRootOf(directory: string): { checkedAt: number; root: string | undefined; patterns: string[] } {
  const known = workspaceRoots.get(directory);
  if (known && Date.now() - known.checkedAt < 5000) return known;
  const found = { checkedAt: Date.now(), ...findWorkspaceRoot(directory) };
  if (workspaceRoots.size > 5000) workspaceRoots.clear();
  workspaceRoots.set(directory, found);
  return found;
}

/** The workspace root of a directory: itself, or its parent's (remembered, so a new folder does not walk to the root again). */
function findWorkspaceRoot(directory: string): { root: string | undefined; patterns: string[] } {
  const manifest = asRecord(readJson(join(directory, 'package.json')));
  const workspaces = manifest?.workspaces;
  const listed = Array.isArray(workspaces) ? workspaces : asRecord(workspaces)?.packages;
  if (Array.isArray(listed)) return { root: directory, patterns: listed.filter((item): item is string => typeof item === 'string') };
  if (isFile(join(directory, 'pnpm-workspace.yaml'))) {
    let patterns: string[] = [];
    try {
      const yaml = asRecord(parseYaml(readFileSync(join(directory, 'pnpm-workspace.yaml'), 'utf8')));
      if (Array.isArray(yaml?.packages)) patterns = yaml.packages.filter((item): item is string => typeof item === 'string');
    } catch {
      patterns = [];
    }
    return { root: directory, patterns };
  }
  const parent = dirname(directory);
  if (parent === directory) return { root: undefined, patterns: [] };
  const { root, patterns } = workspaceRootOf(parent);
  return { root, patterns };
}

function packagesOf(root: string, patterns: string[]): Map<string, string> {
  const known = workspaceCache.get(root);
  // A new package is rare: the folders are listed again after a few seconds.
  if (known && Date.now() - known.checkedAt < 5000) return known.packages;
  const packages = new Map<string, string>();
  for (const pattern of patterns.slice(0, 50)) {
    if (pattern.startsWith('!')) continue;
    const folders: string[] = [];
    if (/^[^*]+\/\*$/.test(pattern)) {
      const parent = join(root, pattern.slice(0, -2));
      try {
        for (const entry of readdirSync(parent, { withFileTypes: true })) if (entry.isDirectory()) folders.push(join(parent, entry.name));
      } catch {
        // A folder that is not there holds no package.
      }
    } else if (!pattern.includes('*')) {
      folders.push(join(root, pattern));
    }
    for (const folder of folders.slice(0, 200)) {
      const name = asRecord(readJson(join(folder, 'package.json')))?.name;
      if (typeof name === 'string' && !inNodeModules(folder)) packages.set(name, folder);
    }
  }
  workspaceCache.set(root, { checkedAt: Date.now(), packages });
  return packages;
}

/** `@acme/analytics` or `@acme/analytics/events` as a package of the workspace: its source entry, or the file under it. */
function resolveWorkspacePackage(directory: string, specifier: string): string | undefined {
  const packages = workspacePackages(directory);
  if (!packages || packages.size === 0) return undefined;
  const parts = specifier.split('/');
  const nameLength = specifier.startsWith('@') ? 2 : 1;
  const folder = packages.get(parts.slice(0, nameLength).join('/'));
  if (!folder) return undefined;
  const subpath = parts.slice(nameLength).join('/');
  const manifest = asRecord(readJson(join(folder, 'package.json')));
  const exportsField = manifest?.exports;
  const exportsMap = asRecord(exportsField);
  const exportKey = subpath ? `./${subpath}` : '.';
  const hasSubpaths = exportsMap !== undefined && Object.keys(exportsMap).some((key) => key.startsWith('.'));
  const exported = conditionalTarget(hasSubpaths ? exportsMap[exportKey] : subpath ? undefined : exportsField);
  const candidates = [
    exported,
    subpath ? undefined : typeof manifest?.source === 'string' ? manifest.source : undefined,
    subpath ? undefined : typeof manifest?.main === 'string' ? manifest.main : undefined,
    subpath ? `./src/${subpath}` : './src/index',
    subpath ? `./${subpath}` : './index',
  ];
  for (const candidate of candidates) {
    if (!candidate) continue;
    const found = completeFile(resolve(folder, candidate));
    if (found) return found;
  }
  return undefined;
}

const resolved: TimedCache = new Map();
/** Per tsconfig/jsconfig and specifier: what its `paths` and `baseUrl` make of it, the same from every folder under it. */
const resolvedByAliases: TimedCache = new Map();

/** The file an import names from a file, or undefined: a package from node_modules, a file not there. Looked up again after a few seconds (a relative import's file: once it is gone). */
export function resolveModulePath(fromFile: string, specifier: string): string | undefined {
  const directory = dirname(fromFile);
  // A relative import's file is kept while it is there; a tsconfig, package.json or alias is looked for again (a nearer one may come).
  const relative = specifier.startsWith('.');
  return rememberedPath(resolved, `${directory}\0${specifier}`, 20000, () => resolveUncached(directory, specifier), relative);
}

function resolveUncached(directory: string, specifier: string): string | undefined {
  if (specifier.startsWith('./') || specifier.startsWith('../') || specifier === '.' || specifier === '..') {
    return completeFile(resolve(directory, specifier));
  }
  if (isAbsolute(specifier)) return completeFile(specifier);
  if (specifier.startsWith('#')) return resolvePackageImport(directory, specifier);
  if (specifier.startsWith('node:')) return undefined;
  const config = nearest(directory, configNames);
  const found = config === undefined ? undefined : rememberedPath(resolvedByAliases, `${config}\0${specifier}`, 20000, () => resolveByAliases(config, specifier));
  return found ?? resolveWorkspacePackage(directory, specifier);
}

/** A specifier through a config's `paths`, then its `baseUrl`. */
function resolveByAliases(config: string, specifier: string): string | undefined {
  const aliases = pathAliases(config);
  if (aliases) {
    for (const [pattern, targets] of aliases.paths) {
      const captured = matchPattern(pattern, specifier);
      if (captured === undefined) continue;
      for (const target of targets) {
        const found = completeFile(resolve(aliases.root, target.replace('*', captured)));
        if (found) return found;
      }
    }
    if (aliases.baseUrl) {
      const found = completeFile(resolve(aliases.baseUrl, specifier));
      if (found) return found;
    }
  }
  return undefined;
}

// ---------------------------------------------------------------------------
// Parsing a module.

interface Parser {
  parse?: (text: string, options?: unknown) => unknown;
  parseForESLint?: (text: string, options?: unknown) => { ast: unknown; scopeManager?: unknown; visitorKeys?: unknown };
}

/** What parses modules for a linted file: the parser its config gives, with its options less type information. */
interface ParserSetup {
  parser: Parser;
  options: Record<string, unknown>;
}

/** A module of the project, parsed: a context the value resolvers read it through, as they read the linted file. */
export interface ModuleContext {
  readonly path: string;
  readonly context: Context;
  readonly ast: TSESTree.Program;
  readonly parserSetup: ParserSetup;
}

const setups = new WeakMap<object, ParserSetup | null>();
const moduleOfContext = new WeakMap<object, ModuleContext>();

function parserSetupOf(context: Context): ParserSetup | undefined {
  const module = moduleOfContext.get(context);
  if (module) return module.parserSetup;
  const sourceCode = context.sourceCode;
  const known = setups.get(sourceCode);
  if (known !== undefined) return known ?? undefined;
  const languageOptions = (context as { languageOptions?: { parser?: unknown; parserOptions?: Record<string, unknown> } }).languageOptions;
  let parser = languageOptions?.parser as Parser | undefined;
  const parserPath = (context as { parserPath?: string }).parserPath;
  if (!parser && parserPath) {
    try {
      parser = createRequire(join(context.cwd, 'noop.js'))(parserPath) as Parser;
    } catch {
      parser = undefined;
    }
  }
  // Type information would build a program per module: the modules are read for what their code spells.
  const rest = { ...languageOptions?.parserOptions };
  for (const key of ['project', 'projectService', 'programs', 'EXPERIMENTAL_useProjectService']) delete rest[key];
  const setup = parser && (parser.parseForESLint || parser.parse) ? { parser, options: rest } : undefined;
  setups.set(sourceCode, setup ?? null);
  return setup;
}

/**
 * Gives every node its `parent`, which ESLint sets while it traverses a linted
 * file; `decorators: []` where a plain ESTree parser (espree) leaves it out and
 * typescript-eslint's scope analysis reads it.
 */
function setParents(node: Node, parent: Node | undefined, addDecorators: boolean): void {
  (node as { parent?: Node }).parent = parent;
  if (addDecorators) (node as { decorators?: unknown[] }).decorators ??= [];
  for (const key of Object.keys(node)) {
    if (key === 'parent' || key === 'loc' || key === 'range' || key === 'tokens' || key === 'comments') continue;
    const child = (node as unknown as Record<string, unknown>)[key];
    if (Array.isArray(child)) {
      for (const item of child) if (isNodeLike(item)) setParents(item, node, addDecorators);
    } else if (isNodeLike(child)) {
      setParents(child, node, addDecorators);
    }
  }
}

const isNodeLike = (value: unknown): value is Node => typeof value === 'object' && value !== null && typeof (value as { type?: unknown }).type === 'string';

function parseModule(path: string, text: string, setup: ParserSetup): ModuleContext | undefined {
  const jsx = /\.(?:jsx|tsx|js|mjs|cjs)$/.test(path);
  const options = {
    ...setup.options,
    ecmaVersion: 'latest',
    sourceType: 'module',
    range: true,
    loc: true,
    tokens: false,
    comment: false,
    filePath: path,
    ecmaFeatures: { ...(setup.options.ecmaFeatures as object | undefined), jsx },
  };
  let ast: TSESTree.Program;
  let scopeManager: unknown;
  let visitorKeys: Record<string, readonly string[]> | undefined;
  try {
    if (setup.parser.parseForESLint) {
      const result = setup.parser.parseForESLint(text, options);
      ast = result.ast as TSESTree.Program;
      scopeManager = result.scopeManager;
      visitorKeys = result.visitorKeys as typeof visitorKeys;
    } else {
      ast = setup.parser.parse!(text, options) as TSESTree.Program;
    }
    if (ast?.type !== AST_NODE_TYPES.Program) return undefined;
    setParents(ast, undefined, !scopeManager);
    scopeManager ??= analyze(ast, { sourceType: 'module', jsxPragma: null });
  } catch {
    return undefined;
  }
  const manager = scopeManager as TSESLint.Scope.ScopeManager;
  const sourceCode = {
    ast,
    text,
    scopeManager: manager,
    visitorKeys: visitorKeys ?? {},
    parserServices: {},
    getScope(node: Node): TSESLint.Scope.Scope {
      // As ESLint's SourceCode#getScope: the innermost scope that holds the node.
      const inner = node.type !== AST_NODE_TYPES.Program;
      for (let current: Node | undefined = node; current; current = current.parent) {
        const scope = manager.acquire(current, inner);
        if (scope) return (scope.type === 'function-expression-name' ? scope.childScopes[0] : scope) as TSESLint.Scope.Scope;
      }
      return manager.scopes[0] as TSESLint.Scope.Scope;
    },
  };
  const context = { sourceCode, settings: {}, filename: path, physicalFilename: path, cwd: dirname(path), languageOptions: {} } as unknown as Context;
  const module: ModuleContext = { path, context, ast, parserSetup: setup };
  moduleOfContext.set(context, module);
  return module;
}

/** Parsed modules by path, with the modification time and size they were read at. */
const modules = new Map<string, { mtimeMs: number; size: number; checkedAt: number; parser: Parser; module: ModuleContext | undefined }>();
/** Per linted file: the modules already looked at, so a module is checked on disk once per file linted. */
const seenPerFile = new WeakMap<object, Map<string, ModuleContext | null>>();
/** The file being linted (ESLint lints one file at a time): modules reached through other modules are checked once per it too. */
let lintedFile: object | undefined;

/**
 * What the module layer has done in this process, for the benchmark (`npm run
 * bench` reads it through `Symbol.for('b2b-tracking.moduleStats')`): modules
 * parsed and the time spent on it, and how often a module was taken from the
 * process's cache instead (the same module asked again by another file).
 */
const stats = { parsed: 0, parseMs: 0, hits: 0 };
(globalThis as Record<symbol, unknown>)[Symbol.for('b2b-tracking.moduleStats')] = stats;

/** The module at a path, parsed with the parser of the file asking (undefined when unreadable or unparsable). */
function loadModule(asking: Context, path: string): ModuleContext | undefined {
  const setup = parserSetupOf(asking);
  if (!setup) return undefined;
  if (!moduleOfContext.has(asking)) lintedFile = asking.sourceCode;
  const perFileKey = lintedFile ?? asking.sourceCode;
  let seen = seenPerFile.get(perFileKey);
  if (!seen) {
    seen = new Map();
    seenPerFile.set(perFileKey, seen);
  }
  const already = seen.get(path);
  if (already !== undefined) return already ?? undefined;
  const cached = modules.get(path);
  // Looked at on disk once a second at most: the files of a run ask for the same modules one after another.
  if (cached && cached.parser === setup.parser && Date.now() - cached.checkedAt < 1000) {
    stats.hits++;
    seen.set(path, cached.module ?? null);
    return cached.module;
  }
  let file;
  try {
    file = statSync(path);
  } catch {
    seen.set(path, null);
    return undefined;
  }
  let module: ModuleContext | undefined;
  if (cached && cached.mtimeMs === file.mtimeMs && cached.size === file.size && cached.parser === setup.parser) {
    module = cached.module;
    cached.checkedAt = Date.now();
    stats.hits++;
  } else {
    const started = performance.now();
    let text: string | undefined;
    try {
      text = readFileSync(path, 'utf8');
    } catch {
      text = undefined;
    }
    module = text === undefined ? undefined : parseModule(path, text, setup);
    modules.set(path, { mtimeMs: file.mtimeMs, size: file.size, checkedAt: Date.now(), parser: setup.parser, module });
    stats.parsed++;
    stats.parseMs += performance.now() - started;
  }
  seen.set(path, module ?? null);
  return module;
}

/** The file a context reads: the linted file, or a module read through this layer. */
export function fileOf(context: Context): string | undefined {
  const module = moduleOfContext.get(context);
  if (module) return module.path;
  const file = context.physicalFilename || context.filename;
  return file && isAbsolute(file) ? file : undefined;
}

/** The module an import in this file (or in a module read through this layer) names, parsed. */
export function importedModule(context: Context, specifier: string): ModuleContext | undefined {
  const from = fileOf(context);
  if (!from) return undefined;
  const path = resolveModulePath(from, specifier);
  return path && path !== from ? loadModule(context, path) : undefined;
}

/** The directory of the package.json nearest the file: the project a module-level fact is looked for in. */
export function packageRootOf(file: string): string | undefined {
  const found = nearest(dirname(file), ['package.json']);
  return found && dirname(found);
}

/** A module of the project by its path (none in `node_modules`), parsed with the parser of the file asking. */
export function moduleAtPath(context: Context, path: string): ModuleContext | undefined {
  return inNodeModules(path) || path === fileOf(context) ? undefined : loadModule(context, path);
}

/** The module a context reads, when it is not the linted file. */
export function moduleOf(context: Context): ModuleContext | undefined {
  return moduleOfContext.get(context);
}

// ---------------------------------------------------------------------------
// What a module exports.

/** What a module exports under a name: a node of its code (a declared name, or the expression of `export default`), or a whole module (`export * as ns`). */
export type ExportTarget = { module: ModuleContext; node: Node } | { module: ModuleContext; namespace: true };

interface ExportTable {
  /** Names declared or exported from the module itself, each with the node that holds its value. */
  local: Map<string, Node>;
  /** `export { a as b } from './x'`, `export * as ns from './x'` (imported `*`). */
  reexports: Map<string, { source: string; imported: string }>;
  /** `export * from './x'`. */
  stars: string[];
}

const exportTables = new WeakMap<TSESTree.Program, ExportTable>();

function exportTable(module: ModuleContext): ExportTable {
  let table = exportTables.get(module.ast);
  if (table) return table;
  table = { local: new Map(), reexports: new Map(), stars: [] };
  const declared = new Map<string, Node>();
  const exportedLocals: [exported: string, local: string][] = [];
  for (const statement of module.ast.body) {
    const declaration = statement.type === AST_NODE_TYPES.ExportNamedDeclaration ? statement.declaration : statement;
    if (declaration) {
      for (const [name, node] of declaredNames(declaration)) {
        declared.set(name, node);
        if (statement.type === AST_NODE_TYPES.ExportNamedDeclaration) table.local.set(name, node);
      }
    }
    if (statement.type === AST_NODE_TYPES.ImportDeclaration) {
      for (const specifier of statement.specifiers) declared.set(specifier.local.name, specifier.local);
    }
    if (statement.type === AST_NODE_TYPES.ExportNamedDeclaration && !statement.declaration) {
      for (const specifier of statement.specifiers) {
        const exported = specifier.exported.type === AST_NODE_TYPES.Identifier ? specifier.exported.name : specifier.exported.value;
        const local = specifier.local.type === AST_NODE_TYPES.Identifier ? specifier.local.name : specifier.local.value;
        if (statement.source) table.reexports.set(exported, { source: statement.source.value, imported: local });
        else exportedLocals.push([exported, local]);
      }
    }
    if (statement.type === AST_NODE_TYPES.ExportAllDeclaration) {
      if (statement.exported) {
        const exported = statement.exported as { type: string; name?: string; value?: unknown };
        const name = exported.type === AST_NODE_TYPES.Identifier ? exported.name! : String(exported.value);
        table.reexports.set(name, { source: statement.source.value, imported: '*' });
      } else {
        table.stars.push(statement.source.value);
      }
    }
    if (statement.type === AST_NODE_TYPES.ExportDefaultDeclaration) {
      const value = statement.declaration;
      if (value.type === AST_NODE_TYPES.Identifier) exportedLocals.push(['default', value.name]);
      else if ((value.type === AST_NODE_TYPES.FunctionDeclaration || value.type === AST_NODE_TYPES.ClassDeclaration) && value.id) table.local.set('default', value.id);
      else table.local.set('default', value);
    }
  }
  for (const [exported, local] of exportedLocals) {
    const node = declared.get(local);
    if (node) table.local.set(exported, node);
  }
  exportTables.set(module.ast, table);
  return table;
}

/** The names a top-level declaration binds, each with its identifier. */
function declaredNames(declaration: Node): [string, Node][] {
  switch (declaration.type) {
    case AST_NODE_TYPES.VariableDeclaration:
      return declaration.declarations.flatMap((declarator) => (declarator.id.type === AST_NODE_TYPES.Identifier ? [[declarator.id.name, declarator.id] as [string, Node]] : []));
    case AST_NODE_TYPES.FunctionDeclaration:
    case AST_NODE_TYPES.ClassDeclaration:
    case AST_NODE_TYPES.TSEnumDeclaration:
      return declaration.id ? [[declaration.id.name, declaration.id]] : [];
    default:
      return [];
  }
}

/**
 * What a module exports under a name, following re-exports (`export { a as b }
 * from`, `export *`) to where it is declared. `*` is the module itself.
 */
export function exportOf(module: ModuleContext, name: string, seen: Set<string> = new Set()): ExportTarget | undefined {
  if (name === '*') return { module, namespace: true };
  const key = `${module.path}\0${name}`;
  if (seen.has(key) || seen.size > 30) return undefined;
  seen.add(key);
  const table = exportTable(module);
  const local = table.local.get(name);
  if (local) {
    // `import { a } from './x'; export { a }`: where `a` comes from.
    const parent = local.parent;
    if (parent && (parent.type === AST_NODE_TYPES.ImportSpecifier || parent.type === AST_NODE_TYPES.ImportDefaultSpecifier || parent.type === AST_NODE_TYPES.ImportNamespaceSpecifier)) {
      const declaration = parent.parent as TSESTree.ImportDeclaration;
      const target = importedModule(module.context, declaration.source.value);
      const imported = importedName(parent);
      return target ? exportOf(target, imported, seen) : undefined;
    }
    return { module, node: local };
  }
  const reexport = table.reexports.get(name);
  if (reexport) {
    const target = importedModule(module.context, reexport.source);
    return target ? exportOf(target, reexport.imported, seen) : undefined;
  }
  if (name === 'default') return undefined;
  // Two `export *` giving one name export neither: only one may answer.
  let found: ExportTarget | undefined;
  for (const source of table.stars) {
    const target = importedModule(module.context, source);
    const candidate = target ? exportOf(target, name, seen) : undefined;
    if (candidate) {
      if (found) return undefined;
      found = candidate;
    }
  }
  return found;
}
