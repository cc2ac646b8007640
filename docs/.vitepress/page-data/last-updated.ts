/**
 * Each page's "last updated" time, for the page footer and the sitemap, from one `git log` over the docs. VitePress's
 * own `lastUpdated` starts a git process per page, and the sitemap another per uncommitted page; each start forks the
 * build's large Node process, 50 to 100 ms apiece on two cores: the largest part of a page's build time.
 */
import { execFileSync } from 'node:child_process'
import type { SiteConfig } from 'vitepress'

/** Commit (author) time in milliseconds of each file, by path relative to the folder git was asked about. */
export type LastUpdatedTimes = ReadonlyMap<string, number>

/**
 * Reads `git log --format=%x00%at --name-only` output, newest commit first: each file gets the time of the newest
 * commit that touched it, as `git log -1 <file>` (VitePress's way) would give.
 */
export function parseGitLog(log: string): LastUpdatedTimes {
  const times = new Map<string, number>()
  for (const commit of log.split('\0').slice(1)) {
    const [time = '', ...files] = commit.split('\n')
    for (const file of files) {
      if (file && !times.has(file)) times.set(file, Number(time) * 1000)
    }
  }
  return times
}

/** The time of every committed file under `srcDir`; none when git or the repository is missing (a tarball). */
export function readLastUpdatedTimes(srcDir: string): LastUpdatedTimes {
  try {
    const log = execFileSync(
      'git',
      ['-c', 'core.quotePath=false', 'log', '--format=%x00%at', '--name-only', '--relative', '--', '.'],
      { cwd: srcDir, encoding: 'utf8', maxBuffer: 1024 * 1024 * 1024, stdio: ['ignore', 'pipe', 'ignore'] },
    )
    return parseGitLog(log)
  } catch {
    return new Map()
  }
}

type SitemapOptions = NonNullable<SiteConfig['sitemap']>

/** Sitemap options whose entries carry `lastmod` from the same times. */
export function withLastModified(sitemap: SitemapOptions, times: LastUpdatedTimes): SitemapOptions {
  return {
    ...sitemap,
    transformItems: (items) =>
      items.map((item) => {
        const time = times.get(sourceOfUrl(item.url))
        return time === undefined ? item : { ...item, lastmod: time }
      }),
  }
}

/** The page source of a sitemap URL (clean, relative to the base): `` → `index.md`, `guide/docker` → `guide/docker.md`. */
export function sourceOfUrl(url: string): string {
  return url === '' || url.endsWith('/') ? `${url}index.md` : `${url}.md`
}
