/**
 * Draws every diagram of the site whose drawing is missing from docs/.vitepress/diagrams/drawings/ (in one Chromium),
 * and removes the drawings no diagram uses any more. A diagram that mermaid cannot draw is reported with its file and
 * line. Commit what this changes: the build and `npm run check:diagrams` read the kept drawings.
 *
 * Usage: npm run diagrams
 */
import { rm } from 'node:fs/promises'
import { join } from 'node:path'
import { drawingKey } from '../docs/.vitepress/diagrams/config'
import { drawingsDir, keepDrawing, keptDrawingKeys } from '../docs/.vitepress/diagrams/drawings'
import { drawDiagrams } from '../docs/.vitepress/diagrams/render'
import { findDiagrams } from '../docs/.vitepress/diagrams/site-diagrams'

const diagrams = await findDiagrams()
const kept = new Set(keptDrawingKeys())
const missing = diagrams.filter((diagram, index) => {
  const key = drawingKey(diagram.source)
  const firstWithKey = diagrams.findIndex((other) => drawingKey(other.source) === key) === index
  return firstWithKey && !kept.has(key)
})
const results = await drawDiagrams(missing.map((diagram) => diagram.source))
const failures: string[] = []
results.forEach((result, index) => {
  const diagram = missing[index]!
  if ('svg' in result) keepDrawing(diagram.source, result.svg)
  else failures.push(`${diagram.file}:${diagram.line}: mermaid cannot draw this diagram: ${result.error}`)
})

const used = new Set(diagrams.map((diagram) => drawingKey(diagram.source)))
const unused = [...kept].filter((key) => !used.has(key))
await Promise.all(unused.map((key) => rm(join(drawingsDir, `${key}.svg`))))

console.log(
  `${diagrams.length} diagram(s): ${missing.length - failures.length} drawn, ${unused.length} unused drawing(s) removed.`,
)
if (failures.length) {
  console.error(failures.join('\n'))
  process.exit(1)
}
