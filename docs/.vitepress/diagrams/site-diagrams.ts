/** Finds the mermaid diagrams of the site's pages as the site's renderer reads them (a fence inside a longer fence is an example, not a diagram). */
import { readdir, readFile, stat } from 'node:fs/promises'
import { join, relative, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import matter from 'gray-matter'
import { createMarkdownRenderer } from 'vitepress'
import { configureMarkdown } from '../markdown'
import { isMermaidFence } from '../markdown/mermaid'

export interface SiteDiagram {
  /** The page's file, relative to the working directory. */
  file: string
  /** Line of the opening fence in the file. */
  line: number
  source: string
}

export const docsDir = fileURLToPath(new URL('../..', import.meta.url))

/** The diagrams of the Markdown files in `paths` (files, or folders searched without dot-folders and node_modules). */
export async function findDiagrams(paths: readonly string[] = [docsDir]): Promise<SiteDiagram[]> {
  const md = await createMarkdownRenderer(docsDir, { config: configureMarkdown })
  const diagrams: SiteDiagram[] = []
  for (const file of await markdownFiles(paths)) {
    const text = await readFile(file, 'utf8')
    const { content, data } = matter(text)
    const frontmatterLines = text.split('\n').length - content.split('\n').length
    const env = { path: file, relativePath: relative(docsDir, file), frontmatter: data }
    for (const token of md.parse(content, env).filter(isMermaidFence)) {
      diagrams.push({
        file: relative(process.cwd(), file),
        line: (token.map?.[0] ?? 0) + 1 + frontmatterLines,
        source: token.content,
      })
    }
  }
  return diagrams
}

async function markdownFiles(paths: readonly string[]): Promise<string[]> {
  const found: string[] = []
  for (const path of paths.map((path) => resolve(path))) {
    const info = await stat(path).catch(() => undefined)
    if (!info) throw new Error(`${relative(process.cwd(), path)}: no such file or folder`)
    if (info.isFile()) {
      found.push(path)
      continue
    }
    const skipped = /(^|[\\/])(\.|node_modules([\\/]|$))/
    const entries = await readdir(path, { recursive: true })
    found.push(
      ...entries.filter((entry) => entry.endsWith('.md') && !skipped.test(entry)).map((entry) => join(path, entry)),
    )
  }
  return [...new Set(found)].sort()
}
