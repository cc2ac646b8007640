/**
 * Checks of what a page shows that no type can catch, each failing with the file and line: images without their size
 * (the page would jump as they load, and links to later sections would miss), and code that the lab's guide forbids
 * (data/forbidden-instructions.ts).
 */
import type { MarkdownRenderer } from 'vitepress'
import { forbiddenInstructions } from '../data/forbidden-instructions'
import { pageError, tokenLine, type PageEnv } from './page-errors'

const imgTag = /<img\b[^>]*>/gi

export function checksPlugin(md: MarkdownRenderer): void {
  md.core.ruler.push('page_checks', (state) => {
    const env = state.env as PageEnv
    for (const token of state.tokens) {
      const html = [token, ...(token.children ?? [])]
        .filter((part) => /^html_/.test(part.type))
        .map((part) => part.content)
      for (const tag of html.join('\n').match(imgTag) ?? []) {
        if (!/\swidth=/.test(tag) || !/\sheight=/.test(tag)) {
          throw pageError(env, tokenLine(env, token), `${tag} needs width="…" and height="…" attributes`)
        }
      }
      for (const image of (token.children ?? []).filter((child) => child.type === 'image')) {
        if (!image.attrGet('width') || !image.attrGet('height')) {
          const src = image.attrGet('src')
          throw pageError(
            env,
            tokenLine(env, token),
            `image ${src} needs its size: ![alt text](${src}){width=720 height=420}`,
          )
        }
      }
      if (token.type !== 'fence' && token.type !== 'code_block') continue
      for (const { pattern, reason, source } of forbiddenInstructions) {
        const match = pattern.exec(token.content)
        if (!match) continue
        const line = token.content.slice(0, match.index).split('\n').length - (token.type === 'fence' ? 0 : 1)
        throw pageError(env, tokenLine(env, token, line), `this code ${reason} (${source})`)
      }
    }
  })
}
