/** Browser tests: one build and one Chromium for the run, two test files at a time. */
import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.test.ts'],
    globalSetup: ['tests/e2e/setup.ts'],
    maxWorkers: 2,
    minWorkers: 1,
    hookTimeout: 120_000,
    testTimeout: 60_000,
  },
})
