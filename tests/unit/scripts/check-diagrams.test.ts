import { execFile } from 'node:child_process'
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

const repositoryRoot = fileURLToPath(new URL('../../..', import.meta.url))
const tsx = join(repositoryRoot, 'node_modules/.bin/tsx')
const script = join(repositoryRoot, 'scripts/check-diagrams.ts')

interface Run {
  code: number
  stdout: string
  stderr: string
}

/** Runs the check as `npm run check:diagrams -- <paths>` does. */
function checkDiagrams(...paths: string[]): Promise<Run> {
  return new Promise((resolve) => {
    execFile(tsx, [script, ...paths], { cwd: repositoryRoot }, (error, stdout, stderr) => {
      resolve({ code: error ? Number(error.code) : 0, stdout, stderr })
    })
  })
}

const goodPage = `---
description: A page whose diagrams are all fine.
verified: 2026-11-29
---

# Good

\`\`\`mermaid
flowchart LR
  accTitle: Fine
  accDescr: A fine diagram.
  A --> B
\`\`\`

An example for authors, shown as code, not a diagram:

\`\`\`\`md
\`\`\`mermaid
this is not mermaid
\`\`\`
\`\`\`\`

::: details A diagram in a details block
\`\`\`mermaid
sequenceDiagram
  accTitle: Fine too
  accDescr { Alice greets Bob. }
  Alice->>Bob: Hi
\`\`\`
:::
`

const brokenPage = `---
description: A page with broken diagrams.
verified: 2026-11-29
---

# Broken

\`\`\`mermaid
flowchart LR
  accTitle: Broken
  accDescr: The arrow on the next line is not mermaid.
  A --> B -->> C[
\`\`\`

\`\`\`mermaid
flowchart LR
  A --> B
\`\`\`
`

let fixtures: string
let brokenFile: string
let goodFile: string

beforeAll(async () => {
  fixtures = await mkdtemp(join(tmpdir(), 'check-diagrams-'))
  await mkdir(join(fixtures, 'pages'))
  goodFile = join(fixtures, 'pages/good.md')
  brokenFile = join(fixtures, 'pages/broken.md')
  await writeFile(goodFile, goodPage)
  await writeFile(brokenFile, brokenPage)
})

afterAll(() => rm(fixtures, { recursive: true, force: true }))

describe('check-diagrams', () => {
  it('passes pages whose diagrams parse and have a text alternative, skipping examples inside longer fences', async () => {
    const run = await checkDiagrams(goodFile)
    expect(run.stderr).toBe('')
    expect(run.code).toBe(0)
    expect(run.stdout).toContain('2 mermaid diagram(s) in 1 file(s): all parse and have a text alternative.')
  }, 120_000)

  it('fails on a folder with a broken page, naming the file and line of each bad fence', async () => {
    const run = await checkDiagrams(fixtures)
    const name = relative(repositoryRoot, brokenFile)
    expect(run.code).toBe(1)
    expect(run.stderr).toContain(`${name}:8: mermaid diagram has a syntax error: Parse error on line 12:`)
    expect(run.stderr).toContain(`${name}:15: mermaid diagram has no accTitle and no accDescr`)
    expect(run.stderr).toContain('2 problem(s) in 4 mermaid diagram(s) of 2 file(s).')
    expect(run.stderr).not.toContain('good.md')
  }, 120_000)

  it('fails when a path given does not exist', async () => {
    const run = await checkDiagrams(join(fixtures, 'missing.md'))
    expect(run.code).toBe(2)
    expect(run.stderr).toContain('missing.md: no such file or folder')
  }, 120_000)
})
