/**
 * The local search index of a build: its size, how fast MiniSearch loads and queries it (in Node, with the options
 * VitePress's search box uses), and whether opening the search box and typing in Chromium blocks the page.
 */
import { readdirSync } from 'node:fs'
import { readFile, stat } from 'node:fs/promises'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { gzipSync } from 'node:zlib'
import MiniSearch, { type Options, type SearchOptions } from 'minisearch'
import type { Browser } from 'playwright-core'
import type { DefaultTheme } from 'vitepress'
import { gzipLevel } from './site-server'
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

/** A section as VitePress's indexer adds it to the index (the search box reads back `title` and `titles`). */
export interface SectionDocument {
  id: string
  text: string
  title: string
  titles: string[]
}

type LocalSearchOptions = DefaultTheme.LocalSearchOptions

/**
 * The options VitePress's search box (VPLocalSearchBox.vue, VitePress 1.6) loads the index with: these defaults,
 * then the site's `miniSearch.searchOptions` over the default search options and `miniSearch.options` over the rest.
 */
export const vitePressDefaults = {
  fields: ['title', 'titles', 'text'],
  storeFields: ['title', 'titles'],
  searchOptions: { fuzzy: 0.2, prefix: true, boost: { title: 4, text: 2, titles: 1 } },
} as const satisfies Options

/** The options the browser loads the index with, given the site's local search options. */
export function browserSearchOptions(options: LocalSearchOptions = {}): Options<SectionDocument> {
  return {
    fields: [...vitePressDefaults.fields],
    storeFields: [...vitePressDefaults.storeFields],
    searchOptions: { ...vitePressDefaults.searchOptions, ...options.miniSearch?.searchOptions } as SearchOptions,
    ...options.miniSearch?.options,
  }
}

/** The built site's index file: VitePress writes the root locale's index as a module in the assets. */
export function searchIndexFile(distDir: string): string {
  const chunks = join(distDir, 'assets', 'chunks')
  let names: string[]
  try {
    names = readdirSync(chunks).filter((name) => /^@localSearchIndexroot\.[\w-]+\.js$/.test(name))
  } catch {
    names = []
  }
  if (names.length !== 1) {
    throw new Error(
      `${chunks}: expected one local search index (@localSearchIndexroot.*.js), found ${names.length}: ` +
        'build the site first (npm run docs:build)',
    )
  }
  return join(chunks, names[0]!)
}

/** The index JSON of a built site, read the way the browser reads it: the module's default export. */
export async function loadSearchIndexJson(distDir: string): Promise<string> {
  const file = searchIndexFile(distDir)
  // As a data URL the module loads as ES code wherever the build lies (a .js file outside a `"type": "module"`
  // package would load as CommonJS).
  const moduleUrl = `data:text/javascript;base64,${(await readFile(file)).toString('base64')}`
  const { default: serialized } = (await import(moduleUrl)) as { default: unknown }
  if (typeof serialized !== 'string') throw new Error(`${file}: its default export is not the index JSON`)
  return serialized
}

/**
 * Measures the index of a build. `options` are the site's local search options, merged over VitePress's defaults as
 * its search box merges them.
 */
export async function measureSearchIndex(
  distDir: string,
  options: LocalSearchOptions = {},
): Promise<SearchIndexFigures> {
  const serialized = await loadSearchIndexJson(distDir)
  const loadStarted = performance.now()
  const index = MiniSearch.loadJSON(serialized, browserSearchOptions(options))
  const loadMs = performance.now() - loadStarted

  const times: number[] = []
  for (let round = 0; round < 5; round++) {
    for (const query of sampleQueries) {
      const started = performance.now()
      index.search(query)
      times.push(performance.now() - started)
    }
  }
  const file = searchIndexFile(distDir)
  return {
    bytes: (await stat(file)).size,
    gzipBytes: gzipSync(await readFile(file), { level: gzipLevel }).length,
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
