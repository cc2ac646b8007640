/** Registers the site's markdown-it plugins, in order. */
import type { MarkdownRenderer } from 'vitepress'
import { pageLeadPlugin } from './page-lead'
import { calloutPlugin } from './callout'
import { mermaidPlugin } from './mermaid'
import { copyLinkButtonPlugin } from './copy-link-button'
import { imageDimensionsPlugin } from './image-dimensions'

export function configureMarkdown(md: MarkdownRenderer): void {
  md.use(pageLeadPlugin)
  md.use(calloutPlugin)
  md.use(mermaidPlugin)
  md.use(copyLinkButtonPlugin)
  md.use(imageDimensionsPlugin)
}
