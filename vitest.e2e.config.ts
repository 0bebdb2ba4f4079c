import { defineConfig } from 'vitest/config';

// The end-to-end suite: the packed package in temporary projects, through the
// eslint CLI, --fix, lint-staged in a git hook, the Node API editors use,
// --cache and --concurrency. The global setup packs and installs once.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.test.ts'],
    globalSetup: ['./tests/e2e/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // The tests mostly wait on child processes; two files at a time keep both cores busy.
    maxWorkers: 2,
  },
});
