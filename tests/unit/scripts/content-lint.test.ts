import { execFile } from 'node:child_process'
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

const repositoryRoot = fileURLToPath(new URL('../../..', import.meta.url))
const bin = (tool: string): string => path.join(repositoryRoot, 'node_modules', '.bin', tool)
let workDir: string

interface RunResult {
  code: number
  output: string
}

/** Runs a tool in the fixture folder and resolves with its exit code and its stdout + stderr. */
function run(tool: string, args: string[]): Promise<RunResult> {
  return new Promise((resolve) => {
    execFile(bin(tool), args, { cwd: workDir }, (error, stdout, stderr) => {
      resolve({ code: typeof error?.code === 'number' ? error.code : 0, output: stdout + stderr })
    })
  })
}

/** A page that uses what the docs rely on: frontmatter, `{#id}`, containers, components, one long line. */
const acceptedPage = `---
description: A page in the shape of the real docs.
verified: 2026-11-29
---

<script setup lang="ts">
const hosts = ['roselab1']
</script>

# Memory limits {#memory-limits}

::: warning Quota
Each roselab container on roselab1.ucsd.edu has a memory quota, and fuse-overlayfs needs \`/dev/fuse\`, which is why this sentence goes on long enough to break any line-length rule that a generic configuration would enforce.
:::

<ServerQuotaTable />

## What you see {#what-you-see}

Run \`free -h\`, never \`::: tipp\`.

### Details {#details-a}

## Why it happens {#why-it-happens}

### Details {#details-b}
`

async function writeFixture(name: string, content: string): Promise<void> {
  await mkdir(path.dirname(path.join(workDir, name)), { recursive: true })
  await writeFile(path.join(workDir, name), content)
}

beforeAll(async () => {
  workDir = await mkdtemp(path.join(tmpdir(), 'content-lint-'))
  await writeFixture('docs/accepted.md', acceptedPage)
  await writeFixture('docs/lint.md', '# Title\n\nSome text.\n\n* a star bullet\n\n```\nno language\n```\n')
  await writeFixture('docs/spelling.md', '# Title\n\nStart the\ncontianer first.\n')
})

afterAll(async () => {
  await rm(workDir, { recursive: true, force: true })
})

describe('markdownlint with the project configuration', () => {
  let result: RunResult

  beforeAll(async () => {
    const config = path.join(repositoryRoot, '.markdownlint-cli2.jsonc')
    result = await run('markdownlint-cli2', ['--config', config, 'docs/accepted.md', 'docs/lint.md'])
  }, 60_000)

  it('accepts a page written the way the docs are written', () => {
    expect(result.output).toContain('Linting: 2 file(s)')
    expect(result.output).not.toContain('docs/accepted.md:')
  })

  it('fails on a lint violation and names the file and line', () => {
    expect(result.code).toBe(1)
    expect(result.output).toMatch(/^docs\/lint\.md:5(:\d+)? MD004\/ul-style/m)
    expect(result.output).toMatch(/^docs\/lint\.md:7(:\d+)? MD040\/fenced-code-language/m)
  })
})

describe('cspell with the project configuration and word list', () => {
  let result: RunResult

  beforeAll(async () => {
    const config = path.join(repositoryRoot, 'cspell.json')
    const args = ['--no-progress', '--show-context', '--config', config, 'docs/accepted.md', 'docs/spelling.md']
    result = await run('cspell', args)
  }, 60_000)

  it('accepts project words, code and heading ids', () => {
    expect(result.output).toContain('Files checked: 2')
    expect(result.output).not.toContain('docs/accepted.md:')
  })

  it('fails on a misspelling and names the file and line', () => {
    expect(result.code).toBe(1)
    expect(result.output).toMatch(/^docs\/spelling\.md:4:1\s+- Unknown word \(contianer\)/m)
  })
})
