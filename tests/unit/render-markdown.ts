/** Renders Markdown through the real VitePress renderer with the site's own plugins, as a page build does. */
import { fileURLToPath } from 'node:url'
import { createMarkdownRenderer, type MarkdownRenderer } from 'vitepress'
import { configureMarkdown } from '../../docs/.vitepress/markdown'

const docsDir = fileURLToPath(new URL('../../docs', import.meta.url))
let renderer: Promise<MarkdownRenderer> | undefined

/** The site's markdown-it instance (created once per test file). */
export function siteMarkdown(): Promise<MarkdownRenderer> {
  renderer ??= createMarkdownRenderer(docsDir, { config: configureMarkdown })
  return renderer
}

/** Renders `source` as the page `relativePath` (frontmatter included) and returns its HTML. */
export async function renderMarkdown(source: string, relativePath = 'example.md'): Promise<string> {
  const md = await siteMarkdown()
  return md.render(source, { path: `${docsDir}/${relativePath}`, relativePath, cleanUrls: true })
}
