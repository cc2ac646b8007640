/**
 * Every image states its width and height, so that nothing moves while it loads and a link to a section further
 * down lands where it should. A Markdown image or an `<img>` without both fails the build, naming the file and line.
 */
import type { MarkdownRenderer } from 'vitepress'
import { authoringError, fileLine, trackPageSources, type PageEnv } from './source-position'

type Token = ReturnType<MarkdownRenderer['parse']>[number]

const imgTag = /<img\b[^>]*>/gi

/** Checks the images of every page rendered with `md`. */
export function imageDimensionsPlugin(md: MarkdownRenderer): void {
  trackPageSources(md)
  md.core.ruler.push('image_dimensions', (state) => {
    const env = state.env as PageEnv
    const fail = (line: number, message: string) => {
      throw authoringError(env, line, message)
    }
    for (const token of state.tokens) {
      const line = fileLine(env, token.map?.[0] ?? 0)
      if (token.type === 'html_block') checkHtml(token.content, line, fail)
      for (const child of token.children ?? []) checkInline(child, line, fail)
    }
  })
}

function checkInline(token: Token, line: number, fail: (line: number, message: string) => never): void {
  if (token.type === 'html_inline') checkHtml(token.content, line, fail)
  if (token.type === 'image' && !(token.attrGet('width') && token.attrGet('height'))) {
    fail(
      line,
      `image "${token.attrGet('src')}" needs its width and height: ![alt text](${token.attrGet('src')}){width=720 height=420}`,
    )
  }
}

function checkHtml(html: string, firstLine: number, fail: (line: number, message: string) => never): void {
  for (const match of html.matchAll(imgTag)) {
    const tag = match[0]
    if (/\swidth\s*=/i.test(tag) && /\sheight\s*=/i.test(tag)) continue
    const line = firstLine + html.slice(0, match.index).split('\n').length - 1
    const src = /\ssrc\s*=\s*["']?([^"'\s>]+)/i.exec(tag)?.[1] ?? '?'
    fail(line, `<img src="${src}"> needs width="…" and height="…" attributes`)
  }
}
