/** Build-time data for the overview: every topic page's title and lead, from its own frontmatter. */
import { createContentLoader } from 'vitepress'
import { formatIsoDate } from '../.vitepress/shared/dates'
import { parseTopic, sortTopics, type TopicMeta } from '../.vitepress/topics/parse-topic'

export interface TopicEntry extends TopicMeta {
  url: string
  /** `verified` as the page shows it, "November 29, 2026": written here, so the browser formats no date. */
  verifiedOn: string
}

declare const data: TopicEntry[]
export { data }

export default createContentLoader('limitations/*.md', {
  includeSrc: true,
  transform(pages): TopicEntry[] {
    const topics = pages
      .filter((page) => !page.url.endsWith('/limitations/'))
      .map((page) => {
        const name = page.url.replace(/^.*\/limitations\//, '').replace(/\.html$/, '')
        const topic = parseTopic(`docs/limitations/${name}.md`, `limitations/${name}`, page.src ?? '')
        return { ...topic, url: page.url, verifiedOn: formatIsoDate(topic.verified) }
      })
    return sortTopics(topics)
  },
})
