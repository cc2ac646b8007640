import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { describe, expect, it } from 'vitest'

const themeComponents = join(
  dirname(createRequire(import.meta.url).resolve('vitepress/package.json')),
  'dist/client/theme-default/components',
)

describe('the outline-column patch', () => {
  // When this fails, VitePress no longer centres the doc's columns: review outline-column.css.
  it("is still needed: VitePress's VPDoc centres its text and outline columns", () => {
    expect(readFileSync(join(themeComponents, 'VPDoc.vue'), 'utf8')).toMatch(
      /\.VPDoc \.container \{[^}]*justify-content: center;/,
    )
  })
})
