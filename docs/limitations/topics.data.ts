/** Build-time data for the overview: every topic page's title and lead, from its own frontmatter. */
import { createContentLoader } from 'vitepress'
import { parseTopic, sortTopics, type TopicMeta } from '../.vitepress/shared/topics'

export interface TopicEntry extends TopicMeta {
  url: string
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
        return { ...parseTopic(`docs/limitations/${name}.md`, `limitations/${name}`, page.src ?? ''), url: page.url }
      })
    return sortTopics(topics)
  },
})
