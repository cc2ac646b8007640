/**
 * What frames every page's own text, from its frontmatter: the checked frontmatter, the "in short" lead and the
 * verified date under the title, and a closing "Sources" section. In the Markdown, so that they are in the static
 * HTML and the lead is searchable.
 */
import type { MarkdownRenderer } from 'vitepress'
import { frontmatterProblem, type Frontmatter } from '../frontmatter'
import { frontmatterLine, pageError, type PageEnv } from './page-errors'

export const sourcesHeadingId = 'sources'

export function pageFramePlugin(md: MarkdownRenderer): void {
  md.core.ruler.after('block', 'page_frame', (state) => {
    const env = state.env as PageEnv
    const data = env.frontmatter ?? {}
    const rawValue = (field: string) => {
      const line = (env.source ?? '').split('\n')[frontmatterLine(env, field) - 1]
      return line?.startsWith(`${field}:`) ? line.slice(field.length + 1).trim() : undefined
    }
    const problem = frontmatterProblem(env.relativePath ?? '', data, rawValue)
    if (problem) throw pageError(env, frontmatterLine(env, problem.field), problem.message)
    const { sources } = data as Frontmatter
    if (sources) {
      const items = sources.map((source) =>
        typeof source === 'string' ? `- [${sourceTitle(source)}](<${source}>)` : `- [${source.title}](<${source.url}>)`,
      )
      const section = `## Sources {#${sourcesHeadingId}}\n\nThe facts on this page come from:\n\n${items.join('\n')}\n`
      state.md.block.parse(section, state.md, state.env, state.tokens)
    }
  })
  // Last: the description's facts are filled in by then.
  md.core.ruler.push('page_lead', (state) => {
    const data = ((state.env as PageEnv).frontmatter ?? {}) as Frontmatter
    const titleEnd = state.tokens.findIndex((token) => token.type === 'heading_close' && token.tag === 'h1')
    if (!data.verified || titleEnd < 0) return
    const lead = new state.Token('html_block', '', 0)
    lead.content = leadHtml(md, data)
    state.tokens.splice(titleEnd + 1, 0, lead)
  })
}

/** A file on GitHub at a commit reads "docs/guide/limit.md in Rose-STL-Lab/rose-stl-lab.github.io at ba581df". */
function sourceTitle(url: string): string {
  const file = /^https:\/\/github\.com\/([^/]+\/[^/]+)\/blob\/([0-9a-f]{7})[0-9a-f]*\/(.+)$/.exec(url)
  return file ? `${file[3]} in ${file[1]} at ${file[2]}` : url.replace(/^https:\/\//, '')
}

function leadHtml(md: MarkdownRenderer, { description, verified, contributors }: Frontmatter): string {
  const date = verified!.toISOString().slice(0, 10)
  const shown = verified!.toLocaleDateString('en-US', { dateStyle: 'long', timeZone: 'UTC' })
  const credit = contributors?.length ? ` Contributed by ${md.utils.escapeHtml(contributors.join(' and '))}.` : ''
  return (
    `<div class="page-lead">\n<p class="page-lead-summary"><strong>In short:</strong> ${md.renderInline(description ?? '')}</p>\n` +
    `<p class="page-lead-meta">Facts last verified on <time datetime="${date}">${shown}</time>.${credit}</p>\n</div>\n`
  )
}
