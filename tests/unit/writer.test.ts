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
import { readTopics } from '../../docs/.vitepress/topics'
import { calloutKinds } from '../../docs/.vitepress/theme/callout-kinds'
import oldSite from '../../docs/.vitepress/data/old-site-ids.json'

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

/** The file line of the first line of `file` that starts with `start`. */
function lineOf(file: string, start: string): number {
  return (
    readFileSync(file, 'utf8')
      .split('\n')
      .findIndex((line) => line.startsWith(start)) + 1
  )
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
    // Five pages of the site, each given one mistake: the first topics, and pages the previous site had.
    const [first, second] = readTopics().map((topic) => `docs${topic.link}.md`)
    const sourceOf = (path: string) => `docs${path.endsWith('/') ? `${path}index` : path}.md`
    // Pages of the previous site whose first heading id is still a heading of theirs.
    const [renamedPage, linkingPage] = Object.entries(oldSite.pages).filter(
      ([path, ids]) => ids[0] && readFileSync(sourceOf(path), 'utf8').includes(`{#${ids[0]}}`),
    )
    const [renamedPath, [renamedId]] = renamedPage!
    const [renamed, linking] = [renamedPath, linkingPage![0]].map(sourceOf)

    const callout = append(project, first!, '::: tipp A title\nText.\n:::\n')
    const deadLinks =
      append(project, linking!, '\nSee [one](/guide/no-such-page) and [two](/guide/#no-such-section).\n') + 1
    const page = join(project, renamed!)
    writeFileSync(page, readFileSync(page, 'utf8').replace(`{#${renamedId}}`, '{#a-new-id}'))
    const topic = join(project, second!)
    writeFileSync(topic, readFileSync(topic, 'utf8').replace(/^verified: .*$/m, 'verified: 2099-01-01'))

    const { status, output } = checkContent(project)
    expect(status).toBe(1)
    expect(output).not.toMatch(/^\s+at /m)
    const problems = output.split('\n').filter((line) => /^docs\//.test(line))
    expect(problems.sort()).toEqual(
      [
        `${first}:${callout}: unknown callout kind "tipp" (known: ${calloutKinds.join(', ')}; also details, v-pre, raw, code-group)`,
        `${linking}:${deadLinks}: link /guide/no-such-page: no page at /guide/no-such-page`,
        `${linking}:${deadLinks}: link /guide/#no-such-section: /guide/ has no #no-such-section (no heading with this id, no alias for it)`,
        `${renamed}:1: the previous site's ${renamedPath}#${renamedId} no longer lands: ${renamedPath} has no #${renamedId} (no heading with this id, no alias for it)`,
        `${second}:${lineOf(topic, 'verified:')}: frontmatter "verified" (2099-01-01) is in the future: give the day you checked`,
      ].sort(),
    )
  }, 60_000)
})

describe("a writer's additions", () => {
  it('pass: a topic page and a server added as /contributing says', () => {
    const project = scratchProject()
    cpSync(
      join(project, 'docs/contributing/examples/limitations/new-topic.md'),
      join(project, 'docs/limitations/new-topic.md'),
    )
    // The example row of servers.ts, copied under a name no server has yet.
    const servers = join(project, 'docs/.vitepress/data/servers.ts')
    const source = readFileSync(servers, 'utf8')
    const numbers = [...source.matchAll(/name: 'roselab(\d+)'/g)].map(([, number]) => Number(number))
    const row = /\/\/ #region new-server\n([\s\S]*?)\n\s*\/\/ #endregion/.exec(source)![1]!
    const newRow = row.replace(/name: '[^']*'/, `name: 'roselab${Math.max(...numbers) + 1}'`)
    writeFileSync(servers, source.replace('// #endregion new-server', `// #endregion new-server\n${newRow}`))

    const { status, output } = checkContent(project)
    expect(output).toMatch(/^\d+ pages, their links, anchors, old addresses and diagrams: no problem/m)
    expect(status).toBe(0)
  }, 60_000)
})
