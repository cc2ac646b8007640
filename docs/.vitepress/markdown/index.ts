/** Registers the site's markdown-it plugins, in order. */
import type { MarkdownRenderer } from 'vitepress'
import { siteFactsPlugin } from './site-facts'
import { pageLeadPlugin } from './page-lead'
import { pageSourcesPlugin } from './page-sources'
import { calloutPlugin } from './callout'
import { mermaidPlugin } from './mermaid'
import { copyLinkButtonPlugin } from './copy-link-button'
import { imageDimensionsPlugin } from './image-dimensions'
import { forbiddenInstructionsPlugin } from './forbidden-instructions'
import { permalinkLabelsPlugin } from '../vitepress-patches/permalink-labels'

export function configureMarkdown(md: MarkdownRenderer): void {
  md.use(siteFactsPlugin)
  md.use(pageLeadPlugin)
  md.use(pageSourcesPlugin)
  md.use(calloutPlugin)
  md.use(mermaidPlugin)
  md.use(permalinkLabelsPlugin)
  md.use(copyLinkButtonPlugin)
  md.use(imageDimensionsPlugin)
  md.use(forbiddenInstructionsPlugin)
}
