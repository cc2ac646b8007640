/** A heading's parts as a reader meets them, from its inline tokens once VitePress has added the permalink. */
import type { MarkdownRenderer } from 'vitepress'

type Token = ReturnType<MarkdownRenderer['parse']>[number]

const titleTokenTypes = new Set(['text', 'code_inline', 'emoji'])

/** Position of the heading's `#` permalink (VitePress's `header-anchor` link) among its inline tokens, or -1. */
export function permalinkIndex(children: readonly Token[]): number {
  return children.findIndex(
    (child) => child.type === 'link_open' && (child.attrGet('class') ?? '').split(/\s+/).includes('header-anchor'),
  )
}

/** The heading as a reader sees it: its text and inline code, without markup or the permalink symbol. */
export function headingText(children: readonly Token[]): string {
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
