/**
 * Names each heading's permalink after the heading as a reader sees it. VitePress labels it with the heading's
 * Markdown source, so a heading with an explicit id is announced as 'Permalink to "Firewall {#firewall}"'
 * (the `renderAttrs` of its anchor plugin reads the inline token's raw content).
 */
import type { MarkdownRenderer } from 'vitepress'
import { headingText, permalinkIndex } from '../markdown/heading-text'

export function permalinkLabelsPlugin(md: MarkdownRenderer): void {
  md.core.ruler.after('anchor', 'permalink_labels', (state) => {
    state.tokens.forEach((token, index) => {
      const children = token.type === 'heading_open' ? state.tokens[index + 1]?.children : undefined
      const permalink = children ? permalinkIndex(children) : -1
      if (!children || permalink < 0) return
      children[permalink]!.attrSet('aria-label', `Permalink to "${headingText(children.slice(0, permalink))}"`)
    })
  })
}
