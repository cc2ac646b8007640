/** Browser tests: one build and one Chromium for the run, every test file at once (they mostly wait on pages). */
import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.test.ts'],
    globalSetup: ['tests/e2e/setup.ts'],
    maxWorkers: 4,
    minWorkers: 1,
    hookTimeout: 120_000,
    testTimeout: 60_000,
  },
})
