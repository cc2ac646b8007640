/**
 * Drawing diagrams in Chromium at build time: every supported diagram type is drawn with colours that all follow the
 * site's light and dark mode, and a build stops, naming the file and line, on a diagram that does not parse or whose
 * type the site does not draw.
 */
import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { drawingId, supportedDiagramTypes } from '../../docs/.vitepress/diagrams/config'
import { drawDiagrams } from '../../docs/.vitepress/diagrams/render'
import { finishSvg } from '../../docs/.vitepress/diagrams/svg'
import { buildSite, scratchProject, type ScratchProject } from './harness'

/** A small diagram of each supported type, with the shapes whose colours mermaid derives or hard-codes. */
const examples: Record<(typeof supportedDiagramTypes)[number], string> = {
  flowchart:
    'flowchart LR\n  a["Start"] --> b{"Check?"}\n  b -- "Yes" --> c(["Done"])\n  subgraph group [A group]\n    d --> e\n  end',
  graph: 'graph TD\n  a --> b\n  b -.-> c((Circle))',
  sequenceDiagram:
    'sequenceDiagram\n  A->>B: call\n  B--xA: lost\n  Note over A,B: a note\n  loop Every minute\n    A-)B: async\n  end\n  activate B\n  B-->>A: reply\n  deactivate B',
  stateDiagram: 'stateDiagram\n  [*] --> Running\n  Running --> [*]',
  'stateDiagram-v2':
    'stateDiagram-v2\n  [*] --> Running\n  Running --> Killed: over quota\n  state Group {\n    a --> b\n  }\n  Killed --> [*]',
  classDiagram:
    'classDiagram\n  class Server {\n    +name: string\n    +ram() int\n  }\n  Server <|-- Gpu\n  Server *-- Disk',
  erDiagram:
    'erDiagram\n  SERVER ||--o{ CONTAINER : hosts\n  CONTAINER }|..|{ GPU : uses\n  CONTAINER {\n    string name\n  }',
}

describe('drawing in Chromium', () => {
  const types = Object.keys(examples) as (keyof typeof examples)[]
  const sources = types.map((type) => {
    const [first, ...rest] = examples[type].split('\n')
    return [first, `  accTitle: A ${type}`, `  accDescr: An example ${type}.`, ...rest].join('\n')
  })
  let drawings: Awaited<ReturnType<typeof drawDiagrams>>

  beforeAll(async () => {
    drawings = await drawDiagrams(sources)
  }, 120_000)

  it('covers every supported type', () => {
    expect(types.sort()).toEqual([...supportedDiagramTypes].sort())
  })

  it.each(types.map((type, index) => [type, index] as const))(
    'draws a %s whose every colour follows the colour mode',
    (_type, index) => {
      const drawing = drawings[index]!
      expect('error' in drawing ? drawing.error : '').toBe('')
      const { svg, width, height } = finishSvg((drawing as { svg: string }).svg, drawingId(sources[index]!))
      expect(width).toBeGreaterThan(20)
      expect(height).toBeGreaterThan(20)
      expect(svg).toContain('role="img"')
      expect(svg).not.toMatch(/<style/)
    },
  )

  it('reports what mermaid says about a diagram that does not parse, with the line', async () => {
    const [drawing] = await drawDiagrams(['flowchart LR\n  accTitle: T\n  accDescr: D\n  A --> B[[[unclosed'])
    expect('error' in drawing! ? drawing.error : '').toMatch(/^Parse error on line 4:/)
  }, 60_000)
})

describe('a build with a broken diagram', () => {
  let project: ScratchProject

  beforeAll(async () => {
    project = await scratchProject()
  })

  afterAll(async () => {
    await project?.remove()
  })

  const page = (fence: string) =>
    [
      '---',
      'description: A page whose diagram the build must refuse, for the e2e test.',
      'verified: 2026-12-07',
      'sources: [https://example.org/broken-diagram]',
      '---',
      '',
      '# Broken diagram',
      '',
      '```mermaid',
      fence,
      '```',
      '',
    ].join('\n')

  it.each([
    [
      'a diagram that does not parse',
      'flowchart LR\n  accTitle: Broken\n  accDescr: It does not parse.\n  A --> B[[[unclosed',
      13,
      'mermaid cannot draw this diagram: Parse error on line 4:',
    ],
    [
      'a type the site does not draw',
      'pie\n  accTitle: Pie\n  accDescr: A pie.\n  "a" : 1',
      10,
      'mermaid diagram type "pie"',
    ],
  ])(
    'fails on %s, naming the file and line',
    async (_case, fence, line, message) => {
      await writeFile(join(project.docs, 'limitations', 'zz-broken-diagram.md'), page(fence))
      const build = buildSite(project.docs, join(project.root, 'dist'))
      await expect(build).rejects.toThrow(`docs/limitations/zz-broken-diagram.md:${line}: ${message}`)
    },
    120_000,
  )
})
