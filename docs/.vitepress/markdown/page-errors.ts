/**
 * Authoring errors that name the page's file and line. VitePress parses a page without its frontmatter, so token
 * lines start after it: the render wrapper below keeps the whole source to count those lines back in.
 */
import { relative } from 'node:path'
import type { MarkdownRenderer } from 'vitepress'

export type Token = ReturnType<MarkdownRenderer['parse']>[number]

/** What the site's plugins read of markdown-it's `env` for a VitePress page. */
export interface PageEnv {
  path?: string
  relativePath?: string
  frontmatter?: Record<string, unknown>
  /** The page's whole file, frontmatter included. */
  source?: string
  /** Lines the frontmatter takes before the Markdown that markdown-it parses. */
  lineOffset?: number
}

const frontmatterBlock = /^---\r?\n[\s\S]*?\r?\n---[^\n]*\n/

/** Registered first: remembers each page's source before VitePress's frontmatter plugin strips it. */
export function pageSourcePlugin(md: MarkdownRenderer): void {
  const render = md.render.bind(md)
  md.render = (source: string, env: PageEnv = {}) => {
    env.source = source
    env.lineOffset = frontmatterBlock.exec(source)?.[0].split('\n').length ?? 1
    env.lineOffset -= 1
    return render(source, env)
  }
}

/** The page's file as writers name it, e.g. `docs/guide/index.md`. */
export function pageFile(env: PageEnv): string {
  if (env.path) return relative(process.cwd(), env.path).split('\\').join('/')
  return env.relativePath ?? '<markdown>'
}

/** An error for the writer, `file:line: message`; `line` counts the file's lines from 1. */
export function pageError(env: PageEnv, line: number, message: string): Error {
  return new Error(`${pageFile(env)}:${line}: ${message}`)
}

/** The file line of a token's first line (markdown-it counts from 0, after the frontmatter). */
export function tokenLine(env: PageEnv, token: Pick<Token, 'map'> | undefined, offset = 0): number {
  return (token?.map?.[0] ?? 0) + offset + 1 + (env.lineOffset ?? 0)
}

/** The file line of a frontmatter field (`field:` at the start of a line), or 1. */
export function frontmatterLine(env: PageEnv, field: string): number {
  const lines = (env.source ?? '').split('\n').slice(0, (env.lineOffset ?? 0) + 1)
  return lines.findIndex((line) => line.startsWith(`${field}:`)) + 1 || 1
}

/** The file line of the first line of the page's source that contains `text`, or 1. */
export function sourceLine(env: PageEnv, text: string): number {
  return (env.source ?? '').split('\n').findIndex((line) => line.includes(text)) + 1 || 1
}
