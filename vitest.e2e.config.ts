/**
 * End-to-end tests against the built site: one build and one Chromium for the whole run, two test files at a time,
 * each with pages of its own in that browser. The tests spend most of their time waiting for pages to settle, so two
 * files side by side take 200 s here instead of 265 s; four made the machine too busy for the layout-shift checks.
 */
import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.test.ts'],
    environment: 'node',
    globalSetup: ['tests/e2e/global-setup.ts'],
    pool: 'forks',
    poolOptions: { forks: { minForks: 1, maxForks: 2 } },
    fileParallelism: true,
    // Builds inside hooks take 10-30 s on this machine; a slow build is not a failure.
    hookTimeout: 300_000,
    testTimeout: 60_000,
    teardownTimeout: 30_000,
  },
})
