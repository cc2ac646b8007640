/** Unit tests: in Node, through the site's real Markdown renderer and data; no build and no browser. */
import { availableParallelism } from 'node:os'
import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    // Vitest keeps a core free by default: one worker on a two-core machine.
    maxWorkers: availableParallelism(),
    minWorkers: 1,
  },
})
