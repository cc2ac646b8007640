/**
 * Puts a copy-link button into every section heading (h2–h6), right before the heading's `#` permalink. The button is
 * plain HTML, handled by one listener for the whole page (theme/copy-section-link.ts): a component per heading would
 * make every heading dynamic, so Vue would compile the page's text into its script and hydrate each button. The
 * permalink stays the heading's last element, which VitePress's search index looks for when it splits sections.
 */
import type { MarkdownRenderer } from 'vitepress'

import { headingText, permalinkIndex } from './heading-text'

const sectionHeadings = new Set(['h2', 'h3', 'h4', 'h5', 'h6'])

/** Adds the copy-link button to each section heading that has an id and a permalink, named after the heading. */
export function copyLinkButtonPlugin(md: MarkdownRenderer): void {
  md.core.ruler.after('anchor', 'copy_link_button', (state) => {
    state.tokens.forEach((token, index) => {
      if (token.type !== 'heading_open' || !sectionHeadings.has(token.tag)) return
      const id = token.attrGet('id')
      const children = state.tokens[index + 1]?.children
      if (!id || !children) return
      const permalink = permalinkIndex(children)
      if (permalink < 0) return

      const text = headingText(children.slice(0, permalink))
      const button = new state.Token('html_inline', '', 0)
      const escape = md.utils.escapeHtml
      button.content = copyLinkButtonHtml(escape(id), escape(text))
      children.splice(permalink, 0, button)
    })
  })
}

const linkIcon =
  '<svg class="CopyLinkButton-icon" aria-hidden="true" viewBox="0 0 24 24" width="16" height="16">' +
  '<path d="M10.5 13.5a4 4 0 0 0 5.66 0l3.3-3.3a4 4 0 0 0-5.66-5.66l-1.4 1.4" />' +
  '<path d="M13.5 10.5a4 4 0 0 0-5.66 0l-3.3 3.3a4 4 0 0 0 5.66 5.66l1.4-1.4" /></svg>'

/**
 * The button and its status region (an `<output>`: role "status"), which announces the result. Hidden until the
 * page's script has taken the buttons over (without it the button could do nothing; the `#` permalink still works).
 * Arguments are escaped. No `role` attribute: Vue compiles an element with one as code instead of static HTML.
 */
function copyLinkButtonHtml(sectionId: string, heading: string): string {
  return (
    '<span class="CopyLinkButton ignore-header">' +
    `<button type="button" class="CopyLinkButton-button" data-section-id="${sectionId}" ` +
    `aria-label="Copy link to section: ${heading}" title="Copy link to this section">${linkIcon}</button>` +
    '<output class="CopyLinkButton-status" aria-live="polite"></output></span>'
  )
}
