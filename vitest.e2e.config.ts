// Browser end-to-end tests: real Chromium driven by playwright-core against the fixture pages.
// One browser at a time on a 2-core machine, so files run one after another in a single fork.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
    maxWorkers: 1,
  },
});
