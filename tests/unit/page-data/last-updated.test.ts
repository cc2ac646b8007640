import { execFileSync } from 'node:child_process'
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  parseGitLog,
  readLastUpdatedTimes,
  sourceOfUrl,
  withLastModified,
} from '../../../docs/.vitepress/page-data/last-updated'

describe('parseGitLog', () => {
  it('gives each file the time of the newest commit that touched it', () => {
    const log = '\u00002000\n\nguide/docker.md\n\u00001000\n\nguide/docker.md\nindex.md\n'
    expect(parseGitLog(log)).toEqual(
      new Map([
        ['guide/docker.md', 2_000_000],
        ['index.md', 1_000_000],
      ]),
    )
  })

  it('gives nothing for an empty history', () => {
    expect(parseGitLog('')).toEqual(new Map())
  })
})

describe('readLastUpdatedTimes', () => {
  let repository: string

  beforeAll(async () => {
    repository = await mkdtemp(join(tmpdir(), 'last-updated-'))
    const git = (args: string[], date: string) =>
      execFileSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.org', ...args], {
        cwd: repository,
        env: { ...process.env, GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date },
      })
    git(['init', '--quiet'], '2026-01-01T00:00:00Z')
    await mkdir(join(repository, 'docs', 'guide'), { recursive: true })
    await writeFile(join(repository, 'docs', 'index.md'), '# Home\n')
    await writeFile(join(repository, 'docs', 'guide', 'docker.md'), '# Docker\n')
    git(['add', '.'], '2026-01-01T00:00:00Z')
    git(['commit', '--quiet', '-m', 'first'], '2026-01-01T00:00:00Z')
    await writeFile(join(repository, 'docs', 'guide', 'docker.md'), '# Docker in LXC\n')
    git(['commit', '--quiet', '-am', 'second'], '2026-02-01T00:00:00Z')
    await writeFile(join(repository, 'docs', 'draft.md'), '# Not committed\n')
  })

  afterAll(() => rm(repository, { recursive: true, force: true }))

  it("reads every committed page's newest commit time, relative to the docs folder", () => {
    const times = readLastUpdatedTimes(join(repository, 'docs'))
    expect(times.get('index.md')).toBe(Date.parse('2026-01-01T00:00:00Z'))
    expect(times.get('guide/docker.md')).toBe(Date.parse('2026-02-01T00:00:00Z'))
    expect(times.has('draft.md')).toBe(false)
  })

  it('gives nothing outside a git repository', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'no-git-'))
    try {
      expect(readLastUpdatedTimes(folder)).toEqual(new Map())
    } finally {
      await rm(folder, { recursive: true, force: true })
    }
  })
})

describe('withLastModified', () => {
  it.each([
    ['', 'index.md'],
    ['limitations/', 'limitations/index.md'],
    ['guide/docker', 'guide/docker.md'],
  ])('finds the source of the sitemap URL "%s": %s', (url, source) => {
    expect(sourceOfUrl(url)).toBe(source)
  })

  it('dates the sitemap entries of known pages and leaves the others undated', async () => {
    const options = withLastModified({ hostname: 'https://example.org/' }, new Map([['guide/docker.md', 42]]))
    expect(options.hostname).toBe('https://example.org/')
    expect(await options.transformItems?.([{ url: 'guide/docker' }, { url: 'draft' }] as never)).toEqual([
      { url: 'guide/docker', lastmod: 42 },
      { url: 'draft' },
    ])
  })
})
