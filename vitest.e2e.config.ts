/**
 * End-to-end tests against the built site: one build and one Chromium for the whole run, one test file at a time
 * (the machine has two cores and every file drives the same browser).
 */
import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.test.ts'],
    environment: 'node',
    globalSetup: ['tests/e2e/global-setup.ts'],
    pool: 'forks',
    poolOptions: { forks: { singleFork: true } },
    fileParallelism: false,
    // Builds inside hooks take 10-30 s on this machine; a slow build is not a failure.
    hookTimeout: 300_000,
    testTimeout: 60_000,
    teardownTimeout: 30_000,
  },
})
