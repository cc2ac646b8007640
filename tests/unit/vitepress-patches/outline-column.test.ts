import { describe, expect, it } from 'vitest'
import { themeComponentSource } from './vitepress-source'

describe('the outline-column patch', () => {
  // When this fails, VitePress no longer centres the doc's columns: review outline-column.css.
  it("is still needed: VitePress's VPDoc centres its text and outline columns", () => {
    expect(themeComponentSource('VPDoc.vue')).toMatch(/\.VPDoc \.container \{[^}]*justify-content: center;/)
  })
})
