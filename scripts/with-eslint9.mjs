// Runs the test suite against ESLint 9: `eslint` resolves to the `eslint-v9`
// alias (npm:eslint@9) for the length of the run, then back to ESLint 10.
import { spawnSync } from 'node:child_process';
import { existsSync, lstatSync, renameSync, symlinkSync, unlinkSync } from 'node:fs';
import { createRequire } from 'node:module';

const modules = new URL('../node_modules/', import.meta.url).pathname;
const current = `${modules}eslint`;
const aside = `${modules}.eslint-10-aside`;
if (!existsSync(`${modules}eslint-v9/package.json`)) {
  console.error('node_modules/eslint-v9 is missing: run npm ci first.');
  process.exit(1);
}
if (existsSync(aside)) {
  console.error(`${aside} exists: a previous run was interrupted; move it back to node_modules/eslint first.`);
  process.exit(1);
}

function restore() {
  if (lstatSync(current, { throwIfNoEntry: false })?.isSymbolicLink()) unlinkSync(current);
  if (existsSync(aside)) renameSync(aside, current);
}

renameSync(current, aside);
let status;
try {
  symlinkSync('eslint-v9', current, 'dir');
  const version = createRequire(import.meta.url)('eslint/package.json').version;
  console.log(`Running the tests with ESLint ${version}`);
  const result = spawnSync(process.execPath, ['node_modules/vitest/vitest.mjs', 'run', ...process.argv.slice(2)], {
    stdio: 'inherit',
    cwd: new URL('..', import.meta.url).pathname,
  });
  status = result.status ?? 1;
} finally {
  restore();
}
process.exit(status);
