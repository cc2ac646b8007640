/** The site's markdown-it plugins, in the order they must run. */
import type { MarkdownRenderer } from 'vitepress'
import { calloutsPlugin } from './callouts'
import { checksPlugin } from './checks'
import { factsPlugin } from './facts'
import { mermaidPlugin } from './mermaid'
import { pageFramePlugin } from './page-frame'
import { pageSourcePlugin } from './page-errors'

export function configureMarkdown(md: MarkdownRenderer): void {
  md.use(pageSourcePlugin)
  md.use(pageFramePlugin)
  md.use(factsPlugin)
  md.use(calloutsPlugin)
  md.use(mermaidPlugin)
  md.use(checksPlugin)
}
