/**
 * The local search index of a build: its size, how fast MiniSearch loads and queries it (in Node, with the options
 * VitePress's search box uses), and whether opening the search box and typing in Chromium blocks the page.
 */
import { readdir, readFile, stat } from 'node:fs/promises'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { gzipSync } from 'node:zlib'
import MiniSearch, { type Options, type SearchOptions } from 'minisearch'
import type { Browser } from 'playwright-core'
import type { DefaultTheme } from 'vitepress'
import { gzipLevel } from '../../tests/e2e/static-server'
import { median } from './bench-report'

/** Queries a reader might type; each is answered several times and the median taken. */
export const sampleQueries = ['memory quota', 'docker', 'kill gpu process', 'firewall port', 'nvidia-smi'] as const

export interface SearchIndexFigures {
  bytes: number
  gzipBytes: number
  /** Parsing the index and loading it into MiniSearch. */
  loadMs: number
  /** Median time to answer one of the sample queries. */
  queryMs: number
}

/** The index module of the root locale in a build's assets. */
export async function searchIndexFile(distDir: string): Promise<string> {
  const chunks = join(distDir, 'assets', 'chunks')
  const name = (await readdir(chunks)).find((file) => /^@localSearchIndexroot\.[\w-]+\.js$/.test(file))
  if (!name) throw new Error(`${chunks} has no local search index (@localSearchIndexroot.*.js)`)
  return join(chunks, name)
}

/**
 * Measures the index of a build. `options` are the site's local search options, merged over VitePress's defaults as
 * its search box merges them.
 */
export async function measureSearchIndex(
  distDir: string,
  options: DefaultTheme.LocalSearchOptions = {},
): Promise<SearchIndexFigures> {
  const file = await searchIndexFile(distDir)
  const code = await readFile(file)
  // As a data URL the module loads as ES code wherever the build lies (a .js file outside a `"type": "module"`
  // package would load as CommonJS).
  const moduleUrl = `data:text/javascript;base64,${code.toString('base64')}`
  const { default: serialized } = (await import(moduleUrl)) as { default: string }
  const searchOptions: SearchOptions = {
    fuzzy: 0.2,
    prefix: true,
    boost: { title: 4, text: 2, titles: 1 },
    ...options.miniSearch?.searchOptions,
  }
  const indexOptions: Options = {
    fields: ['title', 'titles', 'text'],
    storeFields: ['title', 'titles'],
    searchOptions,
    ...options.miniSearch?.options,
  }

  const loadStarted = performance.now()
  const index = MiniSearch.loadJSON(serialized, indexOptions)
  const loadMs = performance.now() - loadStarted

  const times: number[] = []
  for (let round = 0; round < 5; round++) {
    for (const query of sampleQueries) {
      const started = performance.now()
      index.search(query)
      times.push(performance.now() - started)
    }
  }
  return {
    bytes: (await stat(file)).size,
    gzipBytes: gzipSync(code, { level: gzipLevel }).length,
    loadMs,
    queryMs: median(times),
  }
}

/**
 * Opens `url` in Chromium, opens the search box and types `query` key by key, and returns the longest task the page
 * ran meanwhile (PerformanceObserver "longtask"), in milliseconds; 0 when no task took over 50 ms.
 */
export async function longestSearchTask(browser: Browser, url: string, query: string): Promise<number> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } })
  try {
    const page = await context.newPage()
    await page.goto(url, { waitUntil: 'networkidle' })
    await page.evaluate(() => {
      const record = { longest: 0 }
      Object.assign(window, { benchLongTasks: record })
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) record.longest = Math.max(record.longest, entry.duration)
      }).observe({ type: 'longtask' })
    })
    await page.locator('.VPNavBarSearch button').first().click()
    const input = page.locator('.VPLocalSearchBox input')
    await input.waitFor()
    await input.pressSequentially(query, { delay: 50 })
    await page.locator('.VPLocalSearchBox .results li').first().waitFor({ timeout: 30_000 })
    // The search box answers after a 200 ms pause in typing; leave room for its highlighting work too.
    await page.waitForTimeout(1000)
    return await page.evaluate(
      () => (window as unknown as { benchLongTasks: { longest: number } }).benchLongTasks.longest,
    )
  } finally {
    await context.close()
  }
}
