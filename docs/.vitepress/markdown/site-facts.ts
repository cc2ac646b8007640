/**
 * Replaces `{% name %}` in a page's text and frontmatter with the fact of that name (data/site-facts.ts), so that
 * sentences naming the servers are written from the data. Code is left as written; an unknown name fails the build
 * with the file and line.
 */
import type { MarkdownRenderer } from 'vitepress'
import { expandSiteFacts, siteFacts, unknownFactMessage, type SiteFacts } from '../data/site-facts'
import { authoringError, fileLine, frontmatterLineContaining, trackPageSources, type PageEnv } from './source-position'

type StateCore = Parameters<Parameters<MarkdownRenderer['core']['ruler']['push']>[1]>[0]
type Token = StateCore['tokens'][number]

/** Token types whose content is the author's text (inline code, fences and code blocks are not). */
const textTokenTypes = new Set(['text', 'html_inline', 'html_block'])

export function siteFactsPlugin(md: MarkdownRenderer, facts: SiteFacts = siteFacts): void {
  trackPageSources(md)
  // Before markdown-it-attrs reads `{...}` at the end of a line as attributes, and before the page lead renders
  // the frontmatter's description.
  md.core.ruler.after('inline', 'site_facts', (state) => {
    const env = state.env as PageEnv
    if (env.frontmatter) {
      const onUnknown = (name: string): never => {
        throw authoringError(env, frontmatterLineContaining(env, name), unknownFactMessage(name, facts))
      }
      Object.assign(env.frontmatter, expandFrontmatter(env.frontmatter, onUnknown))
    }
    for (const block of state.tokens) {
      const blockLine = block.map?.[0] ?? 0
      const expand = (token: Token, firstLine: number, escape: boolean) => {
        if (!textTokenTypes.has(token.type) || !token.content.includes('{%')) return
        token.content = expandSiteFacts(
          token.content,
          (name, offset) => {
            const line = firstLine + token.content.slice(0, offset).split('\n').length - 1
            throw authoringError(env, fileLine(env, line), unknownFactMessage(name, facts))
          },
          escape ? escapedFacts(md, facts) : facts,
        )
      }
      expand(block, blockLine, true)
      // A paragraph's lines are separate text tokens, with a line break token between them.
      let childLine = blockLine
      for (const child of block.children ?? []) {
        expand(child, childLine, child.type === 'html_inline')
        if (child.type === 'softbreak' || child.type === 'hardbreak') childLine++
      }
    }
  })

  function expandFrontmatter<T>(value: T, onUnknown: (name: string) => never): T {
    if (typeof value === 'string') return expandSiteFacts(value, onUnknown, facts) as T
    if (Array.isArray(value)) return value.map((item) => expandFrontmatter(item, onUnknown)) as T
    if (value && typeof value === 'object' && !(value instanceof Date)) {
      return Object.fromEntries(
        Object.entries(value).map(([key, item]) => [key, expandFrontmatter(item, onUnknown)]),
      ) as T
    }
    return value
  }
}

/** The facts escaped for HTML, for raw HTML in a page (text tokens are escaped when they render). */
function escapedFacts(md: MarkdownRenderer, facts: SiteFacts): SiteFacts {
  return Object.fromEntries(
    Object.entries(facts).map(([name, value]) => [name, md.utils.escapeHtml(value)]),
  ) as SiteFacts
}
