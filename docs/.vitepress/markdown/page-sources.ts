/**
 * Ends a page with a "Sources" section that links the `sources` in its frontmatter, so a reader can check every fact
 * against where it came from. Topic pages and guides must list sources: without them, or with an entry that is not
 * an absolute https: URL, the build fails with the file and line.
 */
import type { MarkdownRenderer } from 'vitepress'
import { readSources } from '../topics/sources'
import { authoringError, frontmatterFieldLine, trackPageSources, type PageEnv } from './source-position'

/** Pages whose facts readers follow: every topic page (not the overview) and every guide. */
const pagesWithRequiredSources = /^(?:limitations\/(?!index\.md$)[^/]+|guide\/[^/]+)\.md$/

export const sourcesHeadingId = 'sources'

export function pageSourcesPlugin(md: MarkdownRenderer): void {
  trackPageSources(md)
  md.core.ruler.after('block', 'page_sources', (state) => {
    const env = state.env as PageEnv
    const declared = env.frontmatter?.sources
    const required = typeof env.relativePath === 'string' && pagesWithRequiredSources.test(env.relativePath)
    if (declared === undefined && !required) return
    const read = readSources(declared)
    if ('problem' in read) throw authoringError(env, frontmatterFieldLine(env, 'sources'), read.problem)

    const items = read.sources.map((source) => `- [${escapeLinkText(source.title)}](<${source.url}>)`)
    const section = `## Sources {#${sourcesHeadingId}}\n\nThe facts on this page come from:\n\n${items.join('\n')}\n`
    const lastLine = Math.max(0, ...state.tokens.map((token) => token.map?.[1] ?? 0))
    const added = state.tokens.length
    state.md.block.parse(section, state.md, state.env, state.tokens)
    // Errors found later in these tokens point at the end of the page, not at lines of the generated text.
    for (const token of state.tokens.slice(added)) if (token.map) token.map = [lastLine, lastLine]
  })
}

function escapeLinkText(text: string): string {
  return text.replace(/[[\]\\]/g, '\\$&')
}
