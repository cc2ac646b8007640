/** Registers the site's markdown-it plugins, in order. */
import type { MarkdownRenderer } from 'vitepress'

export function configureMarkdown(md: MarkdownRenderer): void {
  void md
}
