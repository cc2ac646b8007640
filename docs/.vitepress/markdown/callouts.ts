/**
 * Callouts: VitePress's own `::: tip` containers and GitHub alerts (`> [!WARNING]`), plus the kinds it lacks (note,
 * important, caution), all rendered as the site's <Callout> component. A misspelled kind, a stray `:::` or a callout
 * that is never closed fails the build with the file and line: markdown-it would print it as text.
 */
import container from 'markdown-it-container'
import type { MarkdownRenderer } from 'vitepress'
import { calloutKinds, type CalloutKind } from '../theme/callout-kinds'
import { pageError, tokenLine, type PageEnv } from './page-errors'

const vitePressKinds = new Set(['tip', 'info', 'warning', 'danger'])
/** Containers VitePress itself registers besides the callouts. */
const otherContainers = ['details', 'v-pre', 'raw', 'code-group']
const containerLine = /^ {0,3}(:{3,})\s*([^\s:]*)/
// Inside a list or a blockquote the closing line keeps their indentation and `>` markers.
const closingLine = /^[\s>]*:{3,}\s*$/

export function calloutsPlugin(md: MarkdownRenderer): void {
  for (const kind of calloutKinds) {
    if (!vitePressKinds.has(kind)) md.use(container, kind)
    md.renderer.rules[`container_${kind}_open`] = (tokens, index, _options, env: { references?: unknown }) => {
      const title = tokens[index]!.info.trim().slice(kind.length).trim()
      return openCallout(kind, title && md.renderInline(title, { references: env.references }))
    }
    md.renderer.rules[`container_${kind}_close`] = () => '</Callout>\n'
  }
  // VitePress's alerts give the kind's name in capitals as the title when the writer gives none.
  md.renderer.rules.github_alert_open = (tokens, index) => {
    const { type, title } = tokens[index]!.meta as { type: CalloutKind; title: string }
    return openCallout(type, title === type.toUpperCase() ? '' : md.renderInline(title))
  }
  md.renderer.rules.github_alert_close = () => '</Callout>\n'
  md.core.ruler.push('callout_syntax', (state) => {
    const env = state.env as PageEnv
    const lines = state.src.split('\n')
    state.tokens.forEach((token, index) => {
      const kind = /^container_(.+)_open$/.exec(token.type)?.[1]
      const end = token.map?.[1] ?? 0
      if (kind && !closingLine.test(lines[end] ?? '')) {
        throw pageError(env, tokenLine(env, token), `callout "${kind}" is never closed: end it with a ":::" line`)
      }
      if (token.type !== 'inline' || state.tokens[index - 1]?.type !== 'paragraph_open') return
      token.content.split('\n').forEach((text, offset) => {
        const name = containerLine.exec(text)?.[2]
        if (name !== undefined) throw pageError(env, tokenLine(env, token, offset), strayContainerMessage(name))
      })
    })
  })
}

function strayContainerMessage(name: string): string {
  if (!name) return 'this ":::" closes no callout: a callout above it is misspelled, or there is one ":::" too many'
  if ([...calloutKinds, ...otherContainers].includes(name)) {
    return `"::: ${name}" is not read as a callout here: give it a line of its own, indented like the text around it`
  }
  return `unknown callout kind "${name}" (known: ${calloutKinds.join(', ')}; also ${otherContainers.join(', ')})`
}

/** The component's opening tag; `title` is rendered Markdown, empty for none. */
function openCallout(kind: CalloutKind, title: string): string {
  return `<Callout type="${kind}">` + (title ? `<template #title>${title}</template>` : '') + '\n'
}
