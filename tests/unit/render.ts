/** Renders Markdown as a page of the site: the real VitePress renderer with the site's own plugins. */
import { fileURLToPath } from 'node:url'
import { createMarkdownRenderer } from 'vitepress'
import { configureMarkdown } from '../../docs/.vitepress/markdown'
import type { DiagramEnv } from '../../docs/.vitepress/markdown/mermaid'

const docsDir = fileURLToPath(new URL('../../docs/', import.meta.url))
/** The site's markdown-it, created once for a test file. */
export const siteMarkdown = createMarkdownRenderer(docsDir, { config: configureMarkdown })

/** The HTML of `source` as the page `relativePath`, and the env the plugins filled in. */
export async function render(source: string, relativePath = 'example.md', env: DiagramEnv = {}) {
  const md = await siteMarkdown
  const pageEnv = { ...env, path: `${docsDir}${relativePath}`, relativePath, cleanUrls: true }
  return { html: md.render(source, pageEnv), env: pageEnv }
}

/** The error message rendering `source` fails with. */
export async function renderError(source: string, relativePath = 'example.md'): Promise<string> {
  try {
    await render(source, relativePath)
  } catch (error) {
    return (error as Error).message
  }
  throw new Error('the page rendered without an error')
}

/** A content page's frontmatter that passes, to put a mistake below. */
export const validFrontmatter = [
  '---',
  'description: A sentence long enough to describe the page.',
  'verified: 2026-01-05',
  'sources:',
  '  - https://github.com/Rose-STL-Lab/rose-stl-lab.github.io/blob/ba581dfa62d4e6172269db576e710b80b5d5f1ce/docs/guide/limit.md',
  '---',
  '',
].join('\n')
