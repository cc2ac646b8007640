/**
 * Draws every ```mermaid fence at build time into an SVG inside the page (diagrams/): readers get the finished
 * picture in the HTML, in both colour modes, with no diagram code to download. A fence must give its diagram a text
 * alternative with mermaid's `accTitle:` and `accDescr:`, be of a type the site draws, and parse; otherwise the build
 * fails with the file and line.
 */
import type { MarkdownRenderer } from 'vitepress'
import { drawingId, supportedDiagramTypes } from '../diagrams/config'
import { drawingOf } from '../diagrams/drawings'
import { finishSvg } from '../diagrams/svg'
import { authoringError, fileLine, trackPageSources, type PageEnv } from './source-position'

type Token = ReturnType<MarkdownRenderer['parse']>[number]

/** The text alternative a diagram declares in its source. */
export interface DiagramText {
  title?: string
  description?: string
}

const accTitlePattern = /^[ \t]*accTitle[ \t]*:[ \t]*(.*?)[ \t]*$/m
const accDescrLinePattern = /^[ \t]*accDescr[ \t]*:[ \t]*(.*?)[ \t]*$/m
const accDescrBlockPattern = /^[ \t]*accDescr[ \t]*\{([^}]*)\}/m

/** Whether a block token is a mermaid diagram fence. */
export function isMermaidFence(token: Token): boolean {
  return token.type === 'fence' && (token.info.trim().split(/\s+/)[0] ?? '') === 'mermaid'
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

/**
 * The diagram's type, the first word of its first line (after mermaid's own `---` frontmatter, blank lines and `%%`
 * comments), and that line's number in the source (1 = the fence's first line).
 */
export function diagramType(source: string): { type: string; line: number } {
  const lines = source.split('\n')
  let index = 0
  if (lines[0]?.trim() === '---') {
    const end = lines.findIndex((line, at) => at > 0 && line.trim() === '---')
    index = end < 0 ? lines.length : end + 1
  }
  while (index < lines.length && (lines[index]!.trim() === '' || lines[index]!.trim().startsWith('%%'))) index++
  if (index >= lines.length) return { type: '', line: 1 }
  return { type: lines[index]!.trim().split(/\s+/)[0]!, line: index + 1 }
}

/**
 * What is wrong with a diagram's source before it is drawn, with the line of the source it is on (1 = the fence's
 * first line, 0 = the fence itself): no text alternative, or a type the site does not draw.
 */
export function diagramSourceProblem(source: string): { line: number; message: string } | undefined {
  const textProblem = diagramTextProblem(readDiagramText(source))
  if (textProblem) return { line: 0, message: textProblem }
  const { type, line } = diagramType(source)
  if (!(supportedDiagramTypes as readonly string[]).includes(type)) {
    return {
      line,
      message: `mermaid diagram type "${type}" is not one the site draws (supported: ${supportedDiagramTypes.join(', ')})`,
    }
  }
  return undefined
}

/** Renders mermaid fences as their drawings; every other fence keeps VitePress's renderer. */
export function mermaidPlugin(md: MarkdownRenderer): void {
  trackPageSources(md)
  const renderFence = md.renderer.rules.fence
  if (!renderFence) throw new Error('mermaidPlugin must be registered after the fence renderer it wraps')

  md.renderer.rules.fence = (tokens, index, options, env: PageEnv, self) => {
    const token = tokens[index]
    if (!token || !isMermaidFence(token)) return renderFence(tokens, index, options, env, self)

    // The fence's ``` line; line n of the diagram is n lines below it.
    const fenceLine = fileLine(env, token.map?.[0] ?? 0)
    const source = token.content
    const problem = diagramSourceProblem(source)
    if (problem) throw authoringError(env, fenceLine + problem.line, problem.message)

    const drawing = drawingOf(source)
    if ('error' in drawing) {
      const errorLine = /\bon line (\d+)/.exec(drawing.error)?.[1]
      throw authoringError(
        env,
        fenceLine + (errorLine ? Number(errorLine) : 0),
        `mermaid cannot draw this diagram: ${drawing.error.trim().split('\n').join('\n    ')}`,
      )
    }
    const id = drawingId(source)
    let finished
    try {
      finished = finishSvg(drawing.svg, id)
    } catch (error) {
      throw authoringError(env, fenceLine + diagramType(source).line, `mermaid diagram: ${(error as Error).message}`)
    }
    const { title, description } = readDiagramText(source)
    const escape = md.utils.escapeHtml
    // v-pre: Vue must not read `{{ }}` in a label as an expression.
    return (
      `<figure class="Diagram" v-pre>\n` +
      `<figcaption id="${id}-caption" class="Diagram-title">${escape(title!)}</figcaption>\n` +
      `<div class="Diagram-scroll" role="region" aria-labelledby="${id}-caption" tabindex="0" ` +
      `style="--diagram-width: ${finished.width}px">${finished.svg}</div>\n` +
      `<details class="Diagram-text"><summary>Text description</summary><p>${escape(description!)}</p></details>\n` +
      `</figure>\n`
    )
  }
}

function collapseWhitespace(value: string | undefined): string | undefined {
  const collapsed = value?.replace(/\s+/g, ' ').trim()
  return collapsed || undefined
}
