import { describe, expect, it } from 'vitest'
import { drawingKey } from '../../../docs/.vitepress/diagrams/config'
import { diagramProblems } from '../../../scripts/check-diagrams'

const good = 'flowchart LR\n  accTitle: Fine\n  accDescr: A fine diagram.\n  A --> B\n'
const other = 'sequenceDiagram\n  accTitle: Other\n  accDescr: Another one.\n  A->>B: hi\n'
const at = (source: string, line = 7) => ({ file: 'docs/limitations/example.md', line, source })

describe('diagramProblems', () => {
  it('finds none when every diagram is drawn and every drawing used', () => {
    expect(diagramProblems([at(good), at(other, 20), at(good, 30)], [drawingKey(good), drawingKey(other)])).toEqual([])
  })

  it('names the file and line of a diagram whose drawing is not kept', () => {
    expect(diagramProblems([at(good), at(other, 20)], [drawingKey(good)])).toEqual([
      `docs/limitations/example.md:20: the diagram's drawing is not in docs/.vitepress/diagrams/drawings/ ` +
        `(${drawingKey(other)}.svg): run npm run diagrams and commit the new file`,
    ])
  })

  it('names a kept drawing that no diagram uses', () => {
    expect(diagramProblems([at(good)], [drawingKey(good), 'abc123'])).toEqual([
      'docs/.vitepress/diagrams/drawings/abc123.svg: no diagram uses this drawing any more: run npm run diagrams to remove it',
    ])
  })

  it.each([
    ['no text alternative', 'flowchart LR\n  A --> B\n', 7, 'mermaid diagram has no accTitle and no accDescr'],
    ['an unsupported type', 'gantt\n  accTitle: T\n  accDescr: D\n', 8, 'mermaid diagram type "gantt" is not one'],
  ])('names the line of a diagram with %s', (_case, source, line, message) => {
    const [problem, ...others] = diagramProblems([at(source)], [])
    expect(others).toEqual([])
    expect(problem).toContain(`docs/limitations/example.md:${line}: ${message}`)
  })
})
