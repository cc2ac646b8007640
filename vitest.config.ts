/** Unit tests: fast, in Node, no build and no browser. */
import { availableParallelism } from 'node:os'
import vue from '@vitejs/plugin-vue'
import { defineConfig } from 'vitest/config'

export default defineConfig({
  plugins: [vue()],
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    // Vitest keeps one core free by default: one worker on a two-core machine, 82 s instead of 57 s here.
    maxWorkers: availableParallelism(),
    minWorkers: 1,
  },
})
