/**
 * Puts each ```mermaid fence's drawing (diagrams/) into the page as SVG: readers get the picture in the HTML, in both
 * colour modes, without mermaid's code. A diagram must have a title and a text alternative (`accTitle:`,
 * `accDescr:`), be of a type the site draws, and draw; otherwise the build fails with the file and line.
 */
import type { MarkdownRenderer } from 'vitepress'
import { drawingKey, drawingOf } from '../diagrams/draw'
import { finishSvg, supportedTypes } from '../diagrams/theme'
import { pageError, tokenLine, type PageEnv, type Token } from './page-errors'

/** With `missingDrawings`, a diagram without a kept drawing is listed there instead of drawn (npm run check). */
export interface DiagramEnv extends PageEnv {
  missingDrawings?: { line: number; source: string }[]
}

/** Whether a fence is a diagram: its info string's first word is `mermaid`. */
export const isMermaidFence = (token: Token): boolean => token.info.trim().split(/\s+/)[0] === 'mermaid'

const accessibleText = (name: string) => new RegExp(`^\\s*${name}\\s*:\\s*(.+?)\\s*$`, 'm')

export function mermaidPlugin(md: MarkdownRenderer): void {
  const renderFence = md.renderer.rules.fence!
  md.renderer.rules.fence = (tokens, index, options, env: DiagramEnv, self) => {
    const token = tokens[index]!
    if (!isMermaidFence(token)) return renderFence(tokens, index, options, env, self)
    const source = token.content
    const fail = (offset: number, message: string) => pageError(env, tokenLine(env, token, offset), message)
    const title = accessibleText('accTitle').exec(source)?.[1]
    const description = accessibleText('accDescr').exec(source)?.[1]
    if (!title || !description) {
      throw fail(0, 'a diagram needs "accTitle: <short title>" and "accDescr: <what it shows, in sentences>" lines')
    }
    const lines = source.split('\n')
    const typeLine = lines.findIndex((line) => line.trim() && !line.trim().startsWith('%%'))
    const type = lines[typeLine]?.trim().split(/\s+/)[0] ?? ''
    if (!supportedTypes.includes(type)) {
      throw fail(typeLine + 1, `the site does not draw "${type}" diagrams (it draws ${supportedTypes.join(', ')})`)
    }
    const drawing = drawingOf(source, !env.missingDrawings)
    if (!drawing) {
      env.missingDrawings!.push({ line: tokenLine(env, token), source })
      return ''
    }
    if ('error' in drawing) {
      const line = Number(/\bon line (\d+)/.exec(drawing.error)?.[1] ?? 0)
      throw fail(line, `mermaid cannot draw this diagram: ${drawing.error.trim()}`)
    }
    const id = `diagram-${drawingKey(source).slice(0, 10)}`
    let finished
    try {
      finished = finishSvg(drawing.svg, id)
    } catch (error) {
      throw fail(typeLine + 1, (error as Error).message)
    }
    const escape = md.utils.escapeHtml
    // v-pre: Vue must not read `{{ }}` in a label as an expression.
    return (
      `<figure class="Diagram" v-pre>\n<figcaption id="${id}-caption" class="Diagram-title">${escape(title)}</figcaption>\n` +
      `<div class="Diagram-scroll" role="region" aria-labelledby="${id}-caption" tabindex="0" ` +
      `style="--diagram-width: ${finished.width}px">${finished.svg}</div>\n` +
      `<details class="Diagram-text"><summary>Text description</summary><p>${escape(description)}</p></details>\n</figure>\n`
    )
  }
}
