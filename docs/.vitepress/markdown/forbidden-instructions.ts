/**
 * Fails the build on a code block that contains an instruction the lab's guide forbids (data/forbidden-instructions.ts),
 * naming the file and the line of the instruction.
 */
import type { MarkdownRenderer } from 'vitepress'
import { forbiddenInstructions, type ForbiddenInstruction } from '../data/forbidden-instructions'
import { authoringError, fileLine, trackPageSources, type PageEnv } from './source-position'

export function forbiddenInstructionsPlugin(
  md: MarkdownRenderer,
  instructions: readonly ForbiddenInstruction[] = forbiddenInstructions,
): void {
  trackPageSources(md)
  md.core.ruler.push('forbidden_instructions', (state) => {
    const env = state.env as PageEnv
    for (const token of state.tokens) {
      if (token.type !== 'fence' && token.type !== 'code_block') continue
      for (const instruction of instructions) {
        const match = instruction.pattern.exec(token.content)
        if (!match) continue
        // A fence's content starts on the line after its opening ``` line.
        const firstContentLine = (token.map?.[0] ?? 0) + (token.type === 'fence' ? 1 : 0)
        const line = firstContentLine + token.content.slice(0, match.index).split('\n').length - 1
        throw authoringError(env, fileLine(env, line), `code block ${instruction.reason} (${instruction.source})`)
      }
    }
  })
}
