/** Loads every topic page of docs/limitations/ at build time (config, sidebar, checks). */
import { readdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseTopic, sortTopics, type TopicMeta } from './parse-topic'

export const docsDir = fileURLToPath(new URL('../..', import.meta.url))
export const limitationsDir = join(docsDir, 'limitations')

/** All topic pages, validated and in sidebar order. */
export function loadTopics(dir: string = limitationsDir): TopicMeta[] {
  const files = readdirSync(dir)
    .filter((name) => name.endsWith('.md') && name !== 'index.md')
    .map((name) => join(dir, name))
  return sortTopics(
    files.map((file) =>
      parseTopic(
        relative(process.cwd(), file),
        `limitations/${file.slice(dir.length + 1, -'.md'.length)}`,
        readFileSync(file, 'utf8'),
      ),
    ),
  )
}
