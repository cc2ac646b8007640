/**
 * VitePress's `transformPageData`, in one place: what the build adds to each page's data after the Markdown is
 * rendered. In order: the link-preview tags (head-tags.ts), the "last updated" time from one git log
 * (last-updated.ts), and on the home page the topic cards, one per topic page, as the sidebar and the overview list
 * them.
 */
import type { PageData, TransformPageContext } from 'vitepress'
import type { TopicMeta } from '../topics/parse-topic'
import { addLinkPreviewTags } from './head-tags'
import type { LastUpdatedTimes } from './last-updated'

export function pageDataTransform(topics: readonly TopicMeta[], lastUpdatedTimes: LastUpdatedTimes) {
  return (pageData: PageData, context: TransformPageContext): void => {
    addLinkPreviewTags(pageData, context)
    pageData.lastUpdated = lastUpdatedTimes.get(pageData.relativePath)
    if (pageData.relativePath === 'index.md') pageData.frontmatter.features = topicCards(topics)
  }
}

/** A card of the home page as VitePress's VPFeatures reads it from the frontmatter's `features`. */
export interface HomeCard {
  title: string
  details: string
  link: string
  linkText: string
}

/** The home page's cards: the topics' titles, card texts and links, in sidebar order. */
export function topicCards(topics: readonly TopicMeta[]): HomeCard[] {
  return topics.map((topic) => ({
    title: topic.title,
    details: topic.card.details,
    link: `/${topic.page}`,
    linkText: topic.card.linkText,
  }))
}
