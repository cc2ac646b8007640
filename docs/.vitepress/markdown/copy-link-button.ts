/**
 * Puts a `<CopyLinkButton>` into every section heading (h2–h6), right before the heading's `#` permalink, so the
 * button is in the static HTML and the component only handles the click. The permalink stays the heading's last
 * element, which VitePress's search index looks for when it splits a page into sections.
 */
import type { MarkdownRenderer } from 'vitepress'

type Token = ReturnType<MarkdownRenderer['parse']>[number]

const sectionHeadings = new Set(['h2', 'h3', 'h4', 'h5', 'h6'])
const titleTokenTypes = new Set(['text', 'code_inline', 'emoji'])

/** Adds the copy-link button to each section heading that has an id and a permalink, and names both after the heading. */
export function copyLinkButtonPlugin(md: MarkdownRenderer): void {
  md.core.ruler.after('anchor', 'copy_link_button', (state) => {
    state.tokens.forEach((token, index) => {
      if (token.type !== 'heading_open' || !sectionHeadings.has(token.tag)) return
      const id = token.attrGet('id')
      const children = state.tokens[index + 1]?.children
      if (!id || !children) return
      const permalink = children.findIndex(
        (child) => child.type === 'link_open' && (child.attrGet('class') ?? '').split(/\s+/).includes('header-anchor'),
      )
      if (permalink < 0) return

      const text = headingText(children.slice(0, permalink))
      const button = new state.Token('html_inline', '', 0)
      const escape = md.utils.escapeHtml
      button.content = `<CopyLinkButton section-id="${escape(id)}" heading="${escape(text)}" />`
      children.splice(permalink, 0, button)
      // VitePress names the permalink after the heading's source, `{#id}` included.
      children[permalink + 1]!.attrSet('aria-label', `Permalink to "${text}"`)
    })
  })
}

/** The heading as a reader sees it: its text and inline code, without markup or the permalink symbol. */
function headingText(children: Token[]): string {
  return children
    .filter(
      (child) =>
        titleTokenTypes.has(child.type) && !(child.meta as { isPermalinkSymbol?: boolean } | null)?.isPermalinkSymbol,
    )
    .map((child) => child.content)
    .join('')
    .replace(/\s+/g, ' ')
    .trim()
}
