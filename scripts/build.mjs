// Builds dist/: an ESM bundle (import), a CommonJS bundle (require) whose
// module.exports is the plugin itself, type declarations for both, and the
// `b2b-tracking` command.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync, copyFileSync } from 'node:fs';
import { build } from 'esbuild';

const root = new URL('..', import.meta.url);
const pkg = JSON.parse(readFileSync(new URL('package.json', root), 'utf8'));

// The plugin's meta comes from package.json; keep the source copy in step.
const metaFile = new URL('src/package-meta.ts', root);
const meta = `// Written by scripts/build.mjs from package.json.\nexport const packageName = ${JSON.stringify(pkg.name)};\nexport const packageVersion = ${JSON.stringify(pkg.version)};\n`;
if (readFileSync(metaFile, 'utf8') !== meta) writeFileSync(metaFile, meta);

rmSync(new URL('dist', root), { recursive: true, force: true });
const external = [...Object.keys(pkg.dependencies ?? {}), ...Object.keys(pkg.peerDependencies ?? {})];
const common = {
  entryPoints: ['src/index.ts'],
  bundle: true,
  platform: 'node',
  // Node 18 runs ES2022 as it is; a node target makes esbuild turn \p{…} regex literals into a `new RegExp` per call.
  target: 'es2022',
  external: [...external, ...external.map((name) => `${name}/*`)],
  logLevel: 'warning',
  absWorkingDir: new URL('.', root).pathname,
};
await build({ ...common, format: 'esm', outfile: 'dist/esm/index.js' });
await build({
  ...common,
  format: 'cjs',
  outfile: 'dist/cjs/index.cjs',
  // require('eslint-plugin-b2b-tracking') returns the plugin, as ESLint users expect.
  // readPlan too, for `const { readPlan } = require(…)` in an eslint.config.cjs.
  footer: { js: 'module.exports = Object.assign(module.exports.default, { default: module.exports.default, readPlan: module.exports.readPlan });' },
});
// The `b2b-tracking` command (package.json `bin`).
await build({ ...common, entryPoints: ['src/cli/bin.ts'], format: 'esm', outfile: 'dist/cli/b2b-tracking.js', banner: { js: '#!/usr/bin/env node' } });

execFileSync(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.build.json'], {
  cwd: new URL('.', root),
  stdio: 'inherit',
});
mkdirSync(new URL('dist/esm', root), { recursive: true });
writeFileSync(new URL('dist/esm/index.d.ts', root), "export * from '../types/index.js';\nexport { default } from '../types/index.js';\n");
writeFileSync(
  new URL('dist/cjs/index.d.cts', root),
  "import plugin = require('../types/index.js');\ndeclare const b2b: typeof plugin.default & { default: typeof plugin.default; readPlan: typeof plugin.readPlan };\nexport = b2b;\n",
);
copyFileSync(new URL('src/plans/plan-schema.json', root), new URL('dist/plan-schema.json', root));
