/**
 * Shared helpers for the end-to-end tests: the built site and the run's Chromium, served like a host with clean URLs
 * (scripts/lib/site-server.ts, re-exported here), and DOM readers for pages.
 */
import { JSDOM } from 'jsdom'
import { chromium, type Browser, type Page } from 'playwright-core'
import { afterAll, beforeAll, inject } from 'vitest'
import { serveSite, type SiteServer } from '../../scripts/lib/site-server'
import { pollPage } from '../../scripts/lib/toolchain'

export { chromiumFlags } from '../../scripts/lib/chromium'
export { buildSite, repositoryRoot, testBrowserLaunchOptions } from '../../scripts/lib/toolchain'
export { scratchProject, type ScratchProject } from '../../scripts/lib/scratch-project'
export { listSitePages, serveSite, type SitePage, type SiteServer } from '../../scripts/lib/site-server'

/** Connects to the one Chromium that the e2e global setup started for the whole run; close() disconnects. */
export function sharedBrowser(): Promise<Browser> {
  return chromium.connect(inject('browserWsEndpoint'))
}

/** The built site under test: `DOCS_DIST`, or the build the e2e global setup made. */
export function siteDist(): string {
  return inject('docsDist')
}

export interface BuiltSiteSession {
  /** The built site on a local server with clean URLs. */
  site: SiteServer
  /** The run's Chromium, connected. */
  browser: Browser
}

/**
 * For the tests of one file: serves the built site and connects to the run's Chromium before them, and closes both
 * after them. Read the fields inside tests and hooks, once they are set.
 */
export function builtSiteInChromium(): BuiltSiteSession {
  const session = {} as BuiltSiteSession
  beforeAll(async () => {
    session.site = await serveSite(siteDist())
    session.browser = await sharedBrowser()
  })
  afterAll(async () => {
    await session.browser?.close()
    await session.site?.close()
  })
  return session
}

/** Resolves once Vue has mounted the page: VitePress hydrates into `#app`, and the page's scripts work from then on. */
export async function hydrated(page: Page, timeoutMs = 10_000): Promise<void> {
  await pollPage(
    page,
    "Boolean(document.querySelector('#app')?.__vue_app__)",
    timeoutMs,
    () => `${page.url()} was not hydrated within ${timeoutMs} ms`,
  )
}

export interface FetchedPage {
  status: number
  html: string
  document: Document
}

/** Fetches a page from a running site and parses its static HTML (no scripts run). */
export async function fetchPage(site: SiteServer, path: string): Promise<FetchedPage> {
  const response = await fetch(site.url(path), { redirect: 'manual' })
  const html = await response.text()
  return { status: response.status, html, document: parseHtml(html, site.url(path)) }
}

/** Parses HTML into a DOM document; `url` makes relative links resolvable. */
export function parseHtml(html: string, url = 'http://127.0.0.1/'): Document {
  return new JSDOM(html, { url }).window.document
}

/** Text of an element with whitespace (non-breaking spaces included) collapsed, as a reader sees it. */
export function visibleText(element: Element | null | undefined): string {
  return (element?.textContent ?? '').replace(/[\s\u00a0]+/g, ' ').trim()
}

/** The ids from `ids` that no element of the document carries. */
export function missingIds(document: Document, ids: readonly string[]): string[] {
  return ids.filter((id) => !document.getElementById(id))
}

/** Links inside `scope` whose target, resolved against the page, is the site path `path` (with or without `.html`). */
export function linksTo(scope: ParentNode, pageUrl: string, path: string): HTMLAnchorElement[] {
  const wanted = new URL(path, pageUrl).pathname.replace(/\.html$/, '')
  return [...scope.querySelectorAll<HTMLAnchorElement>('a[href]')].filter(
    (anchor) => new URL(anchor.getAttribute('href') ?? '', pageUrl).pathname.replace(/\.html$/, '') === wanted,
  )
}

export interface PageProblems {
  /** Each problem as one readable line: console errors, uncaught exceptions, failed or erroring requests. */
  readonly list: string[]
}

/**
 * Records what went wrong while a page loads and runs: console errors, uncaught page errors, requests that failed
 * and sub-resources answered with status 400 or more (the page's own document status is the test's business).
 */
export function watchPage(page: Page): PageProblems {
  const list: string[] = []
  page.on('console', (message) => {
    if (message.type() === 'error') list.push(`console error: ${message.text()}`)
  })
  page.on('pageerror', (error) => list.push(`page error: ${error.message}`))
  page.on('requestfailed', (request) =>
    list.push(`request failed: ${request.url()} (${request.failure()?.errorText ?? 'unknown'})`),
  )
  page.on('response', (response) => {
    const request = response.request()
    const isPageDocument = request.isNavigationRequest() && request.frame() === page.mainFrame()
    if (response.status() >= 400 && !isPageDocument) list.push(`HTTP ${response.status()}: ${response.url()}`)
  })
  return { list }
}

/**
 * Records the page's layout shifts from its first paint on (call before `goto`): each as `value: moved elements`. With
 * `within`, only the shifts that moved something inside that selector count. Read them with `layoutShifts(page)`.
 */
export async function recordLayoutShifts(page: Page, within?: string): Promise<void> {
  await page.addInitScript((scope: string | null) => {
    const shifts: string[] = []
    Object.assign(window, { layoutShifts: shifts })
    type LayoutShift = PerformanceEntry & { value: number; sources: { node: Node | null }[] }
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as LayoutShift[]) {
        const element = (node: Node | null) => (node instanceof Element ? node : node?.parentElement)
        const moved = entry.sources.filter(({ node }) => !scope || element(node)?.closest(scope))
        if (moved.length === 0) continue
        const names = moved.map(({ node }) => (node instanceof Element ? node.className : node?.nodeName))
        shifts.push(`${entry.value.toFixed(5)}: ${names.join(', ')}`)
      }
    }).observe({ type: 'layout-shift', buffered: true })
  }, within ?? null)
}

/** The layout shifts `recordLayoutShifts` has seen so far. */
export function layoutShifts(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { layoutShifts: string[] }).layoutShifts)
}
