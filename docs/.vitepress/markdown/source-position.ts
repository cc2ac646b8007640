/**
 * Where a markdown-it token came from in its page's file, for authoring errors that name the file and line.
 * VitePress strips a page's frontmatter before markdown-it parses it, so token lines start after the frontmatter;
 * remembering each page's whole source counts those lines back in.
 */
import path from 'node:path'
import type { MarkdownRenderer } from 'vitepress'
import { lineWhere } from '../helpers/source-lines'

/** What the plugins read of markdown-it's `env` for a VitePress page. */
export interface PageEnv {
  /** Absolute path of the page's file. */
  path?: unknown
  /** Path of the page relative to docs/, e.g. `limitations/firewall.md`. */
  relativePath?: unknown
  /** The page's Markdown without its frontmatter, set by VitePress's frontmatter plugin. */
  content?: unknown
  frontmatter?: Record<string, unknown>
}

const pageSources = new WeakMap<object, string>()
const trackedRenderers = new WeakSet<object>()

/** Makes `md` remember each page's whole source while it renders; registering it more than once is harmless. */
export function trackPageSources(md: MarkdownRenderer): void {
  if (trackedRenderers.has(md)) return
  trackedRenderers.add(md)
  const render = md.render.bind(md)
  md.render = (source, env: object = {}) => {
    pageSources.set(env, source)
    return render(source, env)
  }
}

/** The 1-based line in the page's file of markdown-it's 0-based `tokenLine`. */
export function fileLine(env: PageEnv, tokenLine: number): number {
  return tokenLine + 1 + frontmatterLineCount(env)
}

/** Number of lines the frontmatter takes in the page's file (0 without frontmatter or an untracked renderer). */
export function frontmatterLineCount(env: PageEnv): number {
  const source = pageSources.get(env)
  if (source === undefined || typeof env.content !== 'string') return 0
  return lineCount(source) - lineCount(env.content)
}

function lineCount(text: string): number {
  return text.replace(/\r\n?/g, '\n').split('\n').length
}

/** The 1-based line of the frontmatter field `field` (a top-level key), or 1 when it is not written out. */
export function frontmatterFieldLine(env: PageEnv, field: string): number {
  return frontmatterLine(env, (line) => line.startsWith(`${field}:`))
}

/** The 1-based line of the first frontmatter line that contains `text`, or 1 when none does. */
export function frontmatterLineContaining(env: PageEnv, text: string): number {
  return frontmatterLine(env, (line) => line.includes(text))
}

function frontmatterLine(env: PageEnv, matches: (line: string) => boolean): number {
  const frontmatter = (pageSources.get(env) ?? '').split(/\r?\n/).slice(0, frontmatterLineCount(env)).join('\n')
  return lineWhere(frontmatter, matches) ?? 1
}

/** The page's file as authors know it: relative to the working directory, e.g. `docs/limitations/firewall.md`. */
export function pageFile(env: PageEnv): string {
  if (typeof env.path === 'string' && env.path) {
    const fromCwd = path.relative(process.cwd(), env.path)
    const insideCwd = fromCwd && !fromCwd.startsWith('..') && !path.isAbsolute(fromCwd)
    return insideCwd ? fromCwd.split(path.sep).join('/') : env.path
  }
  return typeof env.relativePath === 'string' ? env.relativePath : '<markdown>'
}

/** An error for the page's author: `file:line: message`, the line counted in the page's file. */
export function authoringError(env: PageEnv, fileLineNumber: number, message: string): Error {
  return new Error(`${pageFile(env)}:${fileLineNumber}: ${message}`)
}
