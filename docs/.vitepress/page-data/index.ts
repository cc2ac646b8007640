/**
 * VitePress's `transformPageData`, in one place: what the build adds to each page's data after the Markdown is
 * rendered: the link-preview tags (head-tags.ts), and the "last updated" time from one git log (last-updated.ts).
 */
import type { PageData, TransformPageContext } from 'vitepress'
import { addLinkPreviewTags } from './head-tags'
import type { LastUpdatedTimes } from './last-updated'

export function pageDataTransform(lastUpdatedTimes: LastUpdatedTimes) {
  return (pageData: PageData, context: TransformPageContext): void => {
    addLinkPreviewTags(pageData, context)
    pageData.lastUpdated = lastUpdatedTimes.get(pageData.relativePath)
  }
}
