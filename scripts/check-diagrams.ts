/**
 * Checks the site's diagrams without a browser: each has its text alternative and a supported type, and its drawing
 * is kept in docs/.vitepress/diagrams/drawings/; no kept drawing is left that no diagram uses. Run `npm run diagrams`
 * to draw the missing ones and remove the unused.
 *
 * Usage: tsx scripts/check-diagrams.ts
 */
import { fileURLToPath } from 'node:url'
import { drawingKey } from '../docs/.vitepress/diagrams/config'
import { keptDrawingKeys } from '../docs/.vitepress/diagrams/drawings'
import { findDiagrams, type SiteDiagram } from '../docs/.vitepress/diagrams/site-diagrams'
import { diagramSourceProblem } from '../docs/.vitepress/markdown/mermaid'

const drawingsFolder = 'docs/.vitepress/diagrams/drawings'

/** Every problem, each a line naming the file and line, or the unused drawing. */
export function diagramProblems(diagrams: readonly SiteDiagram[], keptKeys: readonly string[]): string[] {
  const problems: string[] = []
  const usedKeys = new Set<string>()
  for (const diagram of diagrams) {
    const problem = diagramSourceProblem(diagram.source)
    if (problem) {
      problems.push(`${diagram.file}:${diagram.line + problem.line}: ${problem.message}`)
      continue
    }
    const key = drawingKey(diagram.source)
    usedKeys.add(key)
    if (!keptKeys.includes(key)) {
      problems.push(
        `${diagram.file}:${diagram.line}: the diagram's drawing is not in ${drawingsFolder}/ (${key}.svg): ` +
          'run npm run diagrams and commit the new file',
      )
    }
  }
  for (const key of keptKeys) {
    if (!usedKeys.has(key)) {
      problems.push(
        `${drawingsFolder}/${key}.svg: no diagram uses this drawing any more: run npm run diagrams to remove it`,
      )
    }
  }
  return problems
}

async function main(): Promise<void> {
  const diagrams = await findDiagrams()
  const problems = diagramProblems(diagrams, keptDrawingKeys())
  if (problems.length) {
    console.error(problems.join('\n'))
    console.error(`\n${problems.length} problem(s) with ${diagrams.length} diagram(s).`)
    process.exit(1)
  }
  console.log(`${diagrams.length} diagram(s): each has a text alternative and its drawing; no drawing is unused.`)
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await main()
