/**
 * Renders `::: tip Title` containers and GitHub alerts (`> [!WARNING] Title`) through the site's `<Callout>`
 * component, in place of VitePress's own tip/info/warning/danger containers and alert markup, and fails the build,
 * naming the file and line, on a misspelled container or a callout that is never closed.
 */
import type { MarkdownRenderer } from 'vitepress'
import { calloutKindNames, isCalloutKind } from '../shared/callout-kinds'
import { authoringError as pageError, fileLine, trackPageSources, type PageEnv } from './source-position'

// Typed with VitePress's own copy of the markdown-it types: @types/markdown-it's differ from it (mdurl signatures),
// so a plugin typed with those cannot be passed to VitePress's `md.use`.
type StateBlock = Parameters<Parameters<MarkdownRenderer['block']['ruler']['push']>[1]>[0]
type StateCore = Parameters<Parameters<MarkdownRenderer['core']['ruler']['push']>[1]>[0]
type Token = StateCore['tokens'][number]

/** VitePress's rules that this plugin replaces (see `containerPlugin` and `gitHubAlertsPlugin` in vitepress/dist/node). */
const replacedContainerRules = ['container_tip', 'container_info', 'container_warning', 'container_danger']
const replacedAlertRule = 'github-alerts'

/** A container line as markdown-it-container reads it: three or more colons, then a name and an optional title. */
const containerLine = /^(:{3,})[ \t]*([A-Za-z]\S*)(.*)$/
const closingLine = /^(:{3,})[ \t]*$/
const fenceLine = /^(`{3,}|~{3,})/
const alertMarker = /^\[!([A-Za-z]+)\][ \t]*([^\n]*)(?:\n|$)/

/** Replaces VitePress's callout containers and GitHub alerts with `<Callout>` and checks container syntax. */
export function calloutPlugin(md: MarkdownRenderer): void {
  md.block.ruler.disable(replacedContainerRules, true)
  md.core.ruler.disable(replacedAlertRule, true)

  md.block.ruler.before('fence', 'callout', calloutContainer, { alt: ['paragraph', 'reference', 'blockquote', 'list'] })
  md.core.ruler.after('block', 'callout_unknown_containers', rejectUnknownContainers)
  md.core.ruler.after('callout_unknown_containers', 'callout_alerts', convertAlerts)

  md.renderer.rules.callout_open = (tokens, idx) =>
    `<Callout type="${md.utils.escapeHtml(String(tokens[idx]?.meta?.kind))}">\n`
  md.renderer.rules.callout_close = () => '</Callout>\n'
  md.renderer.rules.callout_title_open = () => '<template #title>'
  md.renderer.rules.callout_title_close = () => '</template>\n'

  trackPageSources(md)
}

function calloutContainer(state: StateBlock, startLine: number, endLine: number, silent: boolean): boolean {
  if (state.sCount[startLine]! - state.blkIndent >= 4) return false
  const opener = containerLine.exec(lineText(state, startLine))
  const kind = opener?.[2]?.toLowerCase()
  if (!opener || !isCalloutKind(kind)) return false
  if (silent) return true

  const markerLength = opener[1]!.length
  const endMarkerLine = findClosingLine(state, startLine, endLine, markerLength)
  if (endMarkerLine === undefined) {
    throw authoringError(
      state,
      startLine,
      `callout "${kind}" is never closed: end it with a "${':'.repeat(markerLength)}" line at the same indentation`,
    )
  }

  const open = state.push('callout_open', 'div', 1)
  open.markup = opener[1]!
  open.block = true
  open.info = kind
  open.meta = { kind }
  open.map = [startLine, endMarkerLine + 1]

  const title = opener[3]!.trim()
  if (title) pushTitle(state, title, startLine)

  const outerLineMax = state.lineMax
  state.lineMax = endMarkerLine
  state.md.block.tokenize(state, startLine + 1, endMarkerLine)
  state.lineMax = outerLineMax

  const close = state.push('callout_close', 'div', -1)
  close.markup = opener[1]!
  close.block = true
  state.line = endMarkerLine + 1
  return true
}

function pushTitle(state: StateBlock, title: string, line: number): void {
  state.push('callout_title_open', 'template', 1).block = true
  const inline = state.push('inline', '', 0)
  inline.content = title
  inline.map = [line, line + 1]
  inline.children = []
  state.push('callout_title_close', 'template', -1).block = true
}

/**
 * The line that closes a container opened at `startLine`: a bare colon line at least as long as the opener's and
 * longer than any container still open inside it; shorter ones close those inner containers (so `::: tip` may
 * hold `::: details ... :::`). Lines in fenced code are skipped.
 */
function findClosingLine(
  state: StateBlock,
  startLine: number,
  endLine: number,
  markerLength: number,
): number | undefined {
  const openInside: number[] = []
  let fence: string | undefined
  for (let line = startLine + 1; line < endLine; line++) {
    const text = lineText(state, line)
    if (text && state.sCount[line]! < state.blkIndent) return undefined
    if (state.sCount[line]! - state.blkIndent >= 4) continue
    if (fence) {
      if (isClosingFence(text, fence)) fence = undefined
      continue
    }
    const fenceOpener = fenceLine.exec(text)
    if (fenceOpener) {
      fence = fenceOpener[1]
      continue
    }
    const closer = closingLine.exec(text)?.[1]?.length
    if (closer !== undefined) {
      if (closer >= markerLength && openInside.every((inner) => closer > inner)) return line
      openInside.pop()
      continue
    }
    const opener = containerLine.exec(text)?.[1]?.length
    if (opener !== undefined) openInside.push(opener)
  }
  return undefined
}

function isClosingFence(text: string, fence: string): boolean {
  const trimmed = text.trimEnd()
  return trimmed.length >= fence.length && [...trimmed].every((char) => char === fence[0])
}

/** Any `:::name` line left in a paragraph was claimed by no container: a misspelled kind or container name. */
function rejectUnknownContainers(state: StateCore): void {
  state.tokens.forEach((token, index) => {
    const parent = state.tokens[index - 1]
    const firstLine = token.map?.[0]
    if (token.type !== 'inline' || firstLine === undefined) return
    if (parent?.type !== 'paragraph_open' && parent?.type !== 'heading_open') return
    token.content.split('\n').forEach((text, offset) => {
      const name = containerLine.exec(text.trimStart())?.[2]
      if (!name) return
      const message = isCalloutKind(name.toLowerCase())
        ? `callout "${name}" is not read as one here: start it on its own line, indented less than 4 spaces`
        : unknownKindMessage(name)
      throw authoringError(state, firstLine + offset, message)
    })
  })
}

/** Turns a blockquote whose first line is `[!KIND] optional title` into a callout. */
function convertAlerts(state: StateCore): void {
  const tokens = state.tokens
  for (let index = 0; index < tokens.length; index++) {
    const open = tokens[index]!
    const paragraph = tokens[index + 1]
    const inline = tokens[index + 2]
    if (open.type !== 'blockquote_open' || paragraph?.type !== 'paragraph_open' || inline?.type !== 'inline') continue
    const marker = alertMarker.exec(inline.content)
    if (!marker) continue
    const kind = marker[1]!.toLowerCase()
    if (!isCalloutKind(kind)) throw authoringError(state, inline.map?.[0] ?? 0, unknownKindMessage(marker[1]!))

    const close = tokens
      .slice(index + 1)
      .find((token) => token.type === 'blockquote_close' && token.level === open.level)
    if (!close) continue
    open.type = 'callout_open'
    open.tag = 'div'
    open.info = kind
    open.meta = { kind }
    close.type = 'callout_close'
    close.tag = 'div'

    const body = inline.content.slice(marker[0].length)
    if (body.trim()) {
      inline.content = body
      for (const token of [paragraph, inline]) if (token.map) token.map = [token.map[0] + 1, token.map[1]]
    } else {
      tokens.splice(index + 1, 3)
    }

    const title = marker[2]!.trim()
    if (title) tokens.splice(index + 1, 0, ...titleTokens(state, open, title))
  }
}

function titleTokens(state: StateCore, open: Token, title: string): Token[] {
  const titleOpen = new state.Token('callout_title_open', 'template', 1)
  const inline = new state.Token('inline', '', 0)
  const titleClose = new state.Token('callout_title_close', 'template', -1)
  titleOpen.block = titleClose.block = true
  titleOpen.level = titleClose.level = open.level + 1
  inline.level = open.level + 2
  inline.content = title
  inline.map = open.map && [open.map[0], open.map[0] + 1]
  inline.children = []
  return [titleOpen, inline, titleClose]
}

function unknownKindMessage(name: string): string {
  return `unknown callout kind "${name}" (known: ${calloutKindNames.join(', ')})`
}

function authoringError(state: StateBlock | StateCore, line: number, message: string): Error {
  const env = (state.env ?? {}) as PageEnv
  return pageError(env, fileLine(env, line), message)
}

function lineText(state: StateBlock, line: number): string {
  return state.src.slice(state.bMarks[line]! + state.tShift[line]!, state.eMarks[line])
}
