/** Local search options: the index holds each page's text plus the text of the data components on it. */
import type { DefaultTheme, MarkdownEnv, MarkdownRenderer } from 'vitepress'
import { serverQuotaMarkdown } from './data/servers'

// Matched in the rendered HTML, where a tag shown in code is escaped, so examples in code blocks stay as written.
const serverQuotaTableTag = /<(ServerQuotaTable|server-quota-table)(?:\s[^>]*)?(?:\/>|>\s*<\/\1>)/g

/**
 * Renders a page for the index as VitePress does (skipping pages with `search: false` in their frontmatter), with
 * `<ServerQuotaTable />` replaced by the same data as Markdown, since the index never runs Vue components.
 * `md` is typed by what is used, as VitePress passes a markdown-it typed by @types/markdown-it, not its own type.
 */
export function renderPageForSearch(src: string, env: MarkdownEnv, md: Pick<MarkdownRenderer, 'render'>): string {
  const html = md.render(src, env)
  if (env.frontmatter?.search === false) return ''
  return html.replace(serverQuotaTableTag, () => md.render(serverQuotaMarkdown()))
}

/** The site's search: VitePress's local (MiniSearch) provider. */
export const search = {
  provider: 'local',
  options: {
    _render: renderPageForSearch,
  },
} satisfies DefaultTheme.Config['search']
