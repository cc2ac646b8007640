/**
 * Turns ```mermaid fences into the `MermaidDiagram` component. The fence must give the diagram a text
 * alternative with mermaid's own `accTitle:` and `accDescr:` (or `accDescr { ... }`) statements; the
 * component server-renders them with the source, and draws the SVG in the browser inside a box sized here,
 * from an estimate of the drawing, so nothing below it moves when the drawing arrives.
 */
import path from 'node:path'
import type { MarkdownRenderer } from 'vitepress'
import { estimateDiagramSize } from './mermaid-size'

type Token = ReturnType<MarkdownRenderer['parse']>[number]

interface PageEnv {
  path?: string
  relativePath?: string
  /** The page's Markdown without its frontmatter, set by VitePress's frontmatter plugin. */
  content?: string
}

/** The text alternative a diagram declares in its source. */
export interface DiagramText {
  title?: string
  description?: string
}

const accTitlePattern = /^[ \t]*accTitle[ \t]*:[ \t]*(.*?)[ \t]*$/m
const accDescrLinePattern = /^[ \t]*accDescr[ \t]*:[ \t]*(.*?)[ \t]*$/m
const accDescrBlockPattern = /^[ \t]*accDescr[ \t]*\{([^}]*)\}/m

/** The language named by a fence's info string (`mermaid` for a diagram). */
function fenceLanguage(token: Token): string {
  return token.info.trim().split(/\s+/)[0] ?? ''
}

/** Whether a block token is a mermaid diagram fence. */
export function isMermaidFence(token: Token): boolean {
  return token.type === 'fence' && fenceLanguage(token) === 'mermaid'
}

/** Reads `accTitle` and `accDescr` from a diagram's source, whitespace collapsed. */
export function readDiagramText(source: string): DiagramText {
  const title = accTitlePattern.exec(source)?.[1]
  const description = accDescrLinePattern.exec(source)?.[1] ?? accDescrBlockPattern.exec(source)?.[1]
  return { title: collapseWhitespace(title), description: collapseWhitespace(description) }
}

/** The authoring problem with a diagram's text alternative, if any, as a sentence for the author. */
export function diagramTextProblem(text: DiagramText): string | undefined {
  const missing = [text.title ? '' : 'accTitle', text.description ? '' : 'accDescr'].filter(Boolean)
  if (missing.length === 0) return undefined
  return (
    `mermaid diagram has no ${missing.join(' and no ')}: readers who cannot see the picture need it. ` +
    'Add "accTitle: <short title>" and "accDescr: <what the diagram shows, in sentences>" under the diagram type line'
  )
}

/** Number of lines the frontmatter takes in `source`, given the Markdown `content` that follows it. */
export function frontmatterLineCount(source: string, content: string): number {
  if (!source.endsWith(content)) return 0
  return source.slice(0, source.length - content.length).split('\n').length - 1
}

/** Renders mermaid fences as `<MermaidDiagram>`; every other fence keeps VitePress's renderer. */
export function mermaidPlugin(md: MarkdownRenderer): void {
  const renderFence = md.renderer.rules.fence
  if (!renderFence) throw new Error('mermaidPlugin must be registered after the fence renderer it wraps')

  // VitePress strips the frontmatter before markdown-it sees the page; a fence's line in the file needs the page's source.
  const pageSources = new WeakMap<object, string>()
  const render = md.render.bind(md)
  md.render = (source, env: object = {}) => {
    pageSources.set(env, source)
    return render(source, env)
  }

  md.renderer.rules.fence = (tokens, index, options, env: PageEnv, self) => {
    const token = tokens[index]
    if (!token || !isMermaidFence(token)) return renderFence(tokens, index, options, env, self)

    const source = pageSources.get(env) ?? ''
    const line = (token.map?.[0] ?? 0) + 1 + frontmatterLineCount(source, env.content ?? source)
    const text = readDiagramText(token.content)
    const problem = diagramTextProblem(text)
    if (problem) throw new Error(`${pageFile(env)}:${line}: ${problem}`)

    const escape = md.utils.escapeHtml
    const size = estimateDiagramSize(token.content)
    return (
      `<MermaidDiagram encoded-source="${encodeURIComponent(token.content)}" ` +
      `title="${escape(text.title ?? '')}" description="${escape(text.description ?? '')}" ` +
      `:width="${size.width}" :height="${size.height}" />\n`
    )
  }
}

/** The page's file as authors know it: relative to the working directory, e.g. `docs/limitations/firewall.md`. */
function pageFile(env: PageEnv): string {
  if (env.path) return path.relative(process.cwd(), env.path).split(path.sep).join('/')
  return env.relativePath ?? '<unknown file>'
}

function collapseWhitespace(value: string | undefined): string | undefined {
  const collapsed = value?.replace(/\s+/g, ' ').trim()
  return collapsed || undefined
}
