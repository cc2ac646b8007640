/**
 * A writer's first check, `npm run check:content`, in a scratch copy of the project: each mistake named once with its
 * file and line and no stack trace, and a page and a server added as /contributing says passing.
 */
import { execFileSync, spawnSync } from 'node:child_process'
import { appendFileSync, cpSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'

/** A copy of the project's files, with its node_modules linked. */
function scratchProject(): string {
  const project = mkdtempSync(join(tmpdir(), 'roselab-writer-'))
  const files = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard'], { encoding: 'utf8' })
  for (const file of files.split('\n').filter(Boolean)) cpSync(file, join(project, file))
  symlinkSync(resolve('node_modules'), join(project, 'node_modules'))
  return project
}

function checkContent(project: string): { status: number | null; output: string } {
  const tsx = createRequire(import.meta.url).resolve('tsx')
  const run = spawnSync(process.execPath, ['--import', tsx, 'scripts/check-content.ts'], {
    cwd: project,
    encoding: 'utf8',
  })
  return { status: run.status, output: run.stdout + run.stderr }
}

/** Appends `text` to a page and returns the file line its first line lands on. */
function append(project: string, page: string, text: string): number {
  const lines = readFileSync(join(project, page), 'utf8').split('\n').length
  appendFileSync(join(project, page), text)
  return lines
}

describe("a writer's mistakes", () => {
  it('are each named once, with the file and line, without a stack trace', () => {
    const project = scratchProject()
    const callout = append(project, 'docs/limitations/firewall.md', '::: tipp A title\nText.\n:::\n')
    const deadPage = append(project, 'docs/guide/security.md', '\nSee [the page](/guide/no-such-page).\n') + 1
    const deadAnchor =
      append(project, 'docs/guide/rdp.md', '\nSee [the section](/guide/cluster#no-such-section).\n') + 1
    const why = join(project, 'docs/guide/why.md')
    writeFileSync(why, readFileSync(why, 'utf8').replace('{#problems}', '{#the-problems}'))
    const topic = join(project, 'docs/limitations/nested-containers.md')
    writeFileSync(topic, readFileSync(topic, 'utf8').replace(/^verified: .*$/m, 'verified: 2099-01-01'))

    const { status, output } = checkContent(project)
    expect(status).toBe(1)
    expect(output).not.toMatch(/^\s+at /m)
    const problems = output.split('\n').filter((line) => /^docs\//.test(line))
    expect(problems.sort()).toEqual(
      [
        `docs/guide/rdp.md:${deadAnchor}: link /guide/cluster#no-such-section: /guide/cluster has no #no-such-section (no heading with this id, no alias for it)`,
        `docs/guide/security.md:${deadPage}: link /guide/no-such-page: no page at /guide/no-such-page`,
        "docs/guide/why.md:1: the previous site's /guide/why#problems no longer lands: /guide/why has no #problems (no heading with this id, no alias for it)",
        `docs/limitations/firewall.md:${callout}: unknown callout kind "tipp" (known: tip, info, note, important, warning, caution, danger; also details, v-pre, raw, code-group)`,
        'docs/limitations/nested-containers.md:3: frontmatter "verified" (2099-01-01) is in the future: give the day you checked',
      ].sort(),
    )
  }, 60_000)
})

describe("a writer's additions", () => {
  it('pass: a topic page and a server added as /contributing says', () => {
    const project = scratchProject()
    cpSync(
      join(project, 'docs/contributing/examples/limitations/new-topic.md'),
      join(project, 'docs/limitations/cuda-versions.md'),
    )
    const servers = join(project, 'docs/.vitepress/data/servers.ts')
    const source = readFileSync(servers, 'utf8')
    const row = /\/\/ #region new-server\n([\s\S]*?)\n\s*\/\/ #endregion/.exec(source)![1]!
    writeFileSync(
      servers,
      source.replace('// #endregion new-server', `// #endregion new-server\n${row.replace(/roselab7/, 'roselab8')}`),
    )

    const { status, output } = checkContent(project)
    expect(output).toMatch(/^22 pages, their links, anchors, old addresses and diagrams: no problem/m)
    expect(status).toBe(0)
  }, 60_000)
})
