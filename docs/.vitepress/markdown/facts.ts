/**
 * Replaces `{% name %}` with the fact of that name (data/facts.ts) in a page's text, raw HTML and frontmatter, so
 * that what names the servers, the contacts or the port scheme is written from the data. A fact alone in a paragraph
 * becomes a block (a table); code keeps its braces as written; an unknown name fails with the file and line.
 */
import type { MarkdownRenderer } from 'vitepress'
import { factPattern, factProblem, facts, factsAsText, type Facts } from '../data/facts'
import { pageError, sourceLine, tokenLine, type PageEnv } from './page-errors'

const factAlone = new RegExp(`^${factPattern.source}$`)

export function factsPlugin(md: MarkdownRenderer): void {
  /** `text` with its facts as inline HTML; `failAt(n, message)` is the error for the n-th line of `text`. */
  const expand = (text: string, failAt: (line: number, message: string) => Error): string =>
    text.replace(factPattern, (_match, name: string, offset: number) => {
      const problem = factProblem(name)
      if (problem) throw failAt(text.slice(0, offset).split('\n').length - 1, problem)
      return md.renderInline(facts[name as keyof Facts])
    })

  // Before markdown-it-attrs, which reads a `{...}` that ends a line as attributes.
  md.core.ruler.after('inline', 'facts', (state) => {
    const env = state.env as PageEnv
    expandFrontmatter(env.frontmatter ?? {}, (text) => {
      for (const [, name] of text.matchAll(factPattern)) {
        const problem = factProblem(name!)
        if (problem) throw pageError(env, sourceLine(env, text), problem)
      }
      return factsAsText(text)
    })
    const tokens = state.tokens
    for (let index = 0; index < tokens.length; index++) {
      const token = tokens[index]!
      const failAt = (line: number, message: string) => pageError(env, tokenLine(env, token, line), message)
      const alone = factAlone.exec(token.content.trim())?.[1]
      if (alone && Object.hasOwn(facts, alone) && tokens[index - 1]?.type === 'paragraph_open') {
        const block = new state.Token('html_block', '', 0)
        block.content = md.render(facts[alone as keyof Facts])
        tokens.splice(index - 1, 3, block)
        index -= 1
        continue
      }
      if (token.type === 'html_block') token.content = expand(token.content, failAt)
      let line = 0
      for (const [position, child] of (token.children ?? []).entries()) {
        if (child.type === 'softbreak' || child.type === 'hardbreak') line++
        if (child.type === 'html_inline') child.content = expand(child.content, (_n, message) => failAt(line, message))
        if (child.type !== 'text' || !child.content.includes('{%')) continue
        const html = new state.Token('html_inline', '', 0)
        html.content = expand(md.utils.escapeHtml(child.content), (_n, message) => failAt(line, message))
        token.children![position] = html
      }
    }
  })
}

function expandFrontmatter(data: Record<string, unknown>, expand: (text: string) => string): void {
  for (const [key, value] of Object.entries(data)) {
    if (typeof value === 'string' && value.includes('{%')) data[key] = expand(value)
    else if (value && typeof value === 'object' && !(value instanceof Date)) {
      expandFrontmatter(value as Record<string, unknown>, expand)
    }
  }
}
