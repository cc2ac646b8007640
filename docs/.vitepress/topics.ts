/**
 * The limitation topics, one Markdown file each in docs/limitations/: read once for the sidebar and the overview, so
 * that a new file shows up in both with no other edit. Their frontmatter is checked when they render.
 */
import { readdirSync, readFileSync } from 'node:fs'
import matter from 'gray-matter'
import { factsAsText } from './data/facts'

const limitationsDir = new URL('../limitations/', import.meta.url)

export interface Topic {
  title: string
  link: string
  description: string
  order: number
}

/** Every topic, by `order` and then title. */
export function readTopics(): Topic[] {
  return readdirSync(limitationsDir)
    .filter((file) => file.endsWith('.md') && file !== 'index.md')
    .map((file) => {
      const { data, content } = matter(readFileSync(new URL(file, limitationsDir), 'utf8'))
      return {
        title: /^#\s+(.+?)(\s+\{#[^}]*\})?\s*$/m.exec(content)?.[1] ?? file,
        link: `/limitations/${file.replace(/\.md$/, '')}`,
        description: factsAsText(String(data.description ?? '')),
        order: typeof data.order === 'number' ? data.order : Infinity,
      }
    })
    .sort((a, b) => a.order - b.order || a.title.localeCompare(b.title))
}
