import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { findMermaidCode } from '../../../../scripts/lib/page-weight'

let dist: string

const files: Record<string, string> = {
  'assets/mermaid-11.17.2/mermaid.esm.min.js': 'export default {}',
  'assets/mermaid-11.17.2/chunks/mermaid.esm.min/flowDiagram-X.js': 'export const f = 1',
  'assets/chunks/MermaidDiagram.abc.js': 'export const d = 1',
  'assets/chunks/theme.abc.js': 'const api = { mermaidAPI: {} }',
  'assets/chunks/framework.abc.js': 'export const vue = 3',
  'assets/style.abc.css': '.mermaid {}',
}

beforeAll(async () => {
  dist = await mkdtemp(join(tmpdir(), 'page-weight-'))
  for (const [name, content] of Object.entries(files)) {
    await mkdir(dirname(join(dist, name)), { recursive: true })
    await writeFile(join(dist, name), content)
  }
})

afterAll(() => rm(dist, { recursive: true, force: true }))

describe('findMermaidCode', () => {
  it("finds mermaid's modules and the diagram component by name, and a bundle that took mermaid in by its API", async () => {
    expect([...(await findMermaidCode(dist))].sort()).toEqual([
      '/assets/chunks/MermaidDiagram.abc.js',
      '/assets/chunks/theme.abc.js',
      '/assets/mermaid-11.17.2/chunks/mermaid.esm.min/flowDiagram-X.js',
      '/assets/mermaid-11.17.2/mermaid.esm.min.js',
    ])
  })

  it('puts the base in front of the paths', async () => {
    expect(await findMermaidCode(dist, '/docs/')).toContain('/docs/assets/chunks/MermaidDiagram.abc.js')
  })
})
