/**
 * Every image states its width and height, so that nothing moves while it loads and a link to a section further
 * down lands where it should. A Markdown image or an `<img>` without both fails the build, naming the file and line.
 */
import path from 'node:path'
import type { MarkdownEnv, MarkdownRenderer } from 'vitepress'
import { frontmatterLineCount } from './mermaid'

type Token = ReturnType<MarkdownRenderer['parse']>[number]

const imgTag = /<img\b[^>]*>/gi

/** Checks the images of every page rendered with `md`. */
export function imageDimensionsPlugin(md: MarkdownRenderer): void {
  // VitePress strips the frontmatter before markdown-it sees the page; a line in the file needs the page's source.
  const pageSources = new WeakMap<object, string>()
  const render = md.render.bind(md)
  md.render = (source, env: object = {}) => {
    pageSources.set(env, source)
    return render(source, env)
  }

  md.core.ruler.push('image_dimensions', (state) => {
    const env = state.env as MarkdownEnv
    const source = pageSources.get(env) ?? ''
    const offset = frontmatterLineCount(source, env.content ?? source)
    const fail = (line: number, message: string) => {
      throw new Error(`${pageFile(env)}:${line + offset}: ${message}`)
    }
    for (const token of state.tokens) {
      const line = (token.map?.[0] ?? 0) + 1
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

function pageFile(env: MarkdownEnv): string {
  if (env.path) return path.relative(process.cwd(), env.path).split(path.sep).join('/')
  return env.relativePath ?? '<unknown file>'
}
