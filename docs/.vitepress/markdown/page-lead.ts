/**
 * Puts a page's "in short" lead, the date its facts were last verified and its contributors right
 * under the page's first heading, from frontmatter. The lead is the same `description` text the
 * overview and link previews show, so it has one source; rendering it here (not in a layout slot)
 * keeps it in the static HTML and in the search index.
 */
import type { MarkdownRenderer } from 'vitepress'
import { formatIsoDate } from '../shared/dates'

interface LeadFrontmatter {
  description?: unknown
  verified?: unknown
  contributors?: unknown
}

/** Renders the lead block for pages whose frontmatter has a `verified` date. */
export function pageLeadPlugin(md: MarkdownRenderer): void {
  md.core.ruler.push('page_lead', (state) => {
    const frontmatter = (state.env as { frontmatter?: LeadFrontmatter }).frontmatter ?? {}
    const verified = toIsoDate(frontmatter.verified)
    if (!verified) return

    const headingClose = state.tokens.findIndex((token) => token.type === 'heading_close' && token.tag === 'h1')
    if (headingClose < 0) return

    const lead = new state.Token('html_block', '', 0)
    lead.content = renderLead(md, {
      description: typeof frontmatter.description === 'string' ? frontmatter.description : undefined,
      verified,
      contributors: Array.isArray(frontmatter.contributors) ? frontmatter.contributors.map(String) : [],
    })
    state.tokens.splice(headingClose + 1, 0, lead)
  })
}

function renderLead(
  md: MarkdownRenderer,
  lead: { description: string | undefined; verified: string; contributors: string[] },
): string {
  const summary = lead.description
    ? `<p class="page-lead-summary"><strong>In short:</strong> ${md.renderInline(lead.description)}</p>\n`
    : ''
  const verifiedDate = formatIsoDate(lead.verified)
  const credit = lead.contributors.length
    ? ` <span class="page-lead-credit">Contributed by ${md.utils.escapeHtml(joinNames(lead.contributors))}.</span>`
    : ''
  return (
    `<div class="page-lead">\n${summary}` +
    `<p class="page-lead-meta">Facts last verified on <time datetime="${lead.verified}">${verifiedDate}</time>.${credit}</p>\n` +
    `</div>\n`
  )
}

function toIsoDate(value: unknown): string | undefined {
  if (value instanceof Date) return value.toISOString().slice(0, 10)
  return typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : undefined
}

function joinNames(names: string[]): string {
  if (names.length <= 2) return names.join(' and ')
  return `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`
}
