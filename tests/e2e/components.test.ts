/**
 * The site's own components in Chromium against the built site: callouts as named notes and the server quota table
 * drawn from its data. (Diagrams: diagrams.test.ts.)
 */
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, describe, expect, it } from 'vitest'
import { formatQuota, formatRam, quotaTableCaption, servers } from '../../docs/.vitepress/data/servers'
import {
  builtSiteInChromium,
  fetchPage,
  hydrated,
  listSitePages,
  siteDist,
  visibleText,
  watchPage,
  type PageProblems,
} from './harness'

const gpuPassthrough = '/limitations/gpu-passthrough'
const memoryLimits = '/limitations/memory-limits'

const sitePages = listSitePages(siteDist())

/** The built site, served for this file, and the run's Chromium. */
const session = builtSiteInChromium()

type ContextOptions = NonNullable<Parameters<Browser['newContext']>[0]>

/**
 * Opens `path` in a fresh desktop-sized context, once loaded and, when scripts run, hydrated; `problems` lists
 * what went wrong from the first request on.
 */
async function open(path: string, options: ContextOptions = {}): Promise<{ page: Page; problems: PageProblems }> {
  const context = await session.browser.newContext({ viewport: { width: 1440, height: 900 }, ...options })
  const page = await context.newPage()
  const problems = watchPage(page)
  await page.goto(session.site.url(path), { waitUntil: 'load' })
  if (options.javaScriptEnabled !== false) await hydrated(page)
  return { page, problems }
}

async function close(page: Page): Promise<void> {
  await page.context().close()
}

interface Reading {
  /** The page, scrolled to its end; tests only look at it. */
  page: Page
  /** Every URL it requested while it loaded, was scrolled through to the bottom, and went idle. */
  requested: string[]
}

let readingContext: BrowserContext | undefined
const readings = new Map<string, Promise<Reading>>()

/**
 * `path` as a reader goes through it, opened once for all the tests of this file that only look: loaded, scrolled
 * to the bottom a half screen at a time (so that whatever loads on the way does), then idle on the network.
 */
function read(path: string): Promise<Reading> {
  let reading = readings.get(path)
  if (!reading) {
    reading = readThrough(path)
    readings.set(path, reading)
  }
  return reading
}

async function readThrough(path: string): Promise<Reading> {
  readingContext ??= await session.browser.newContext({ viewport: { width: 1440, height: 900 } })
  const page = await readingContext.newPage()
  const requested: string[] = []
  page.on('request', (request) => requested.push(request.url()))
  await page.goto(session.site.url(path), { waitUntil: 'networkidle' })
  await page.evaluate(`(async () => {
    const frame = () => new Promise((done) => requestAnimationFrame(() => done()))
    for (let top = 0; top < document.documentElement.scrollHeight; top += innerHeight / 2) {
      scrollTo(0, top)
      await frame()
      await frame()
    }
    scrollTo(0, document.documentElement.scrollHeight)
    await frame()
    await new Promise((done) => requestIdleCallback(() => done(), { timeout: 3000 }))
    await new Promise((done) => requestIdleCallback(() => done(), { timeout: 3000 }))
  })()`)
  await page.waitForLoadState('networkidle')
  return { page, requested }
}

afterAll(async () => {
  await readingContext?.close()
})

interface AccessibleNode {
  role: string
  name: string
}

/**
 * Role and name that Chromium's own accessibility tree gives each element matching `selector`, in document order
 * (computed by the browser from aria-labelledby and the content, not read back from attributes).
 */
async function accessibleNodes(page: Page, selector: string): Promise<AccessibleNode[]> {
  const cdp = await page.context().newCDPSession(page)
  try {
    await cdp.send('Accessibility.enable')
    const { result } = await cdp.send('Runtime.evaluate', {
      expression: `[...document.querySelectorAll(${JSON.stringify(selector)})]`,
    })
    const { result: properties } = await cdp.send('Runtime.getProperties', {
      objectId: result.objectId!,
      ownProperties: true,
    })
    const elements = properties.filter((property) => /^\d+$/.test(property.name)).map((property) => property.value!)
    const nodes: AccessibleNode[] = []
    for (const element of elements) {
      const { nodes: tree } = await cdp.send('Accessibility.getPartialAXTree', {
        objectId: element.objectId!,
        fetchRelatives: false,
      })
      const node = tree[0]
      nodes.push({ role: String(node?.role?.value ?? ''), name: String(node?.name?.value ?? '') })
    }
    return nodes
  } finally {
    await cdp.detach()
  }
}

/** Callouts (`.Callout`, the component's root) that Chromium does not expose as a note with a non-empty name. */
async function unnamedCallouts(page: Page): Promise<AccessibleNode[]> {
  const nodes = await accessibleNodes(page, '.Callout')
  return nodes.filter((node) => node.role !== 'note' || node.name.trim() === '')
}

describe('callouts', () => {
  it.each([
    [gpuPassthrough, 'Tip: Trivia'],
    [gpuPassthrough, 'Warning: Find the PID first'],
    [memoryLimits, 'Tip: Moving to higher-memory servers'],
  ])('on %s, one callout is a note that Chromium names "%s"', async (path, name) => {
    const { page } = await read(path)
    const notes = await accessibleNodes(page, '.Callout')
    expect(notes.filter((node) => node.role === 'note' && node.name === name)).toHaveLength(1)
    expect(await page.getByRole('note', { name, exact: true }).count()).toBe(1)
  })

  it('hides the decorative icon of every callout from assistive technology', async () => {
    const { page } = await read(gpuPassthrough)
    const icons = await page
      .locator('.Callout .Callout-icon')
      .evaluateAll((elements) => elements.map((icon) => icon.closest('[aria-hidden="true"]') !== null))
    expect(icons.length).toBeGreaterThan(0)
    expect(icons.every(Boolean)).toBe(true)
  })

  it.each(sitePages.map((page) => page.path))(
    'every callout on %s is a note with a non-empty accessible name',
    async (path) => {
      expect(await unnamedCallouts((await read(path)).page)).toEqual([])
    },
  )

  it('the check flags a callout that is not a named note', async () => {
    const { page } = await open(gpuPassthrough)
    await page.evaluate(`(async () => {
      const bad = document.createElement('div')
      bad.className = 'Callout'
      bad.textContent = 'A box without role or name'
      document.querySelector('.vp-doc').append(bad)
      // Chromium updates its accessibility tree after layout, at the next frames.
      await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)))
    })()`)
    expect(await page.locator('.vp-doc > .Callout').count()).toBe(1)
    expect(await unnamedCallouts(page)).toEqual([{ role: expect.not.stringMatching(/^note$/), name: '' }])
    await close(page)
  })
})

describe('the server quota table', () => {
  const tableRows = (page: Page) =>
    page.locator('.ServerQuotaTable tbody tr').evaluateAll((rows) =>
      rows.map((row) => ({
        name: row.querySelector('th')?.textContent?.trim(),
        ram: row.querySelector('.ServerQuotaTable-ram')?.textContent?.trim(),
        quota: row.querySelector('.ServerQuotaTable-quota')?.textContent?.trim(),
        markedLargest: row.querySelector('.ServerQuotaTable-badge') !== null,
        highlighted: row.classList.contains('ServerQuotaTable-highlighted'),
        current: row.getAttribute('aria-current'),
      })),
    )
  const largestMultiplier = Math.max(...servers.map((server) => server.quotaMultiplier))
  const expectedRows = servers.map((server) => ({
    name: server.name,
    ram: formatRam(server.totalRamGB),
    quota: formatQuota(server.quotaMultiplier),
    markedLargest: server.quotaMultiplier === largestMultiplier,
  }))

  it('has one row per server of the data, in order, with its RAM, quota and the largest quota marked', async () => {
    const rows = await tableRows((await read(memoryLimits)).page)
    expect(rows.map(({ name, ram, quota, markedLargest }) => ({ name, ram, quota, markedLargest }))).toEqual(
      expectedRows,
    )
    expect(rows.some((row) => row.markedLargest)).toBe(true)
  })

  it('has its rows, caption and header scopes in the static HTML', async () => {
    const { document } = await fetchPage(session.site, memoryLimits)
    const table = document.querySelector('.ServerQuotaTable table')
    expect(visibleText(table?.querySelector('caption'))).toBe(quotaTableCaption())
    const columnHeaders = [...(table?.querySelectorAll('thead th') ?? [])]
    expect(columnHeaders.length).toBeGreaterThan(0)
    expect(columnHeaders.map((header) => header.getAttribute('scope'))).toEqual(columnHeaders.map(() => 'col'))
    const rowHeaders = [...(table?.querySelectorAll('tbody tr > th') ?? [])]
    expect(rowHeaders.map((header) => [visibleText(header), header.getAttribute('scope')])).toEqual(
      servers.map((server) => [server.name, 'row']),
    )
  })

  it.each(['roselab5', 'ROSELAB5'])('?server=%s highlights the roselab5 row and no other', async (query) => {
    const { page, problems } = await open(`${memoryLimits}?server=${query}`)
    await expect
      .poll(async () => (await tableRows(page)).filter((row) => row.highlighted).map((row) => row.name), {
        timeout: 10_000,
      })
      .toEqual(['roselab5'])
    const rows = await tableRows(page)
    expect(rows.filter((row) => row.current === 'true').map((row) => row.name)).toEqual(['roselab5'])
    expect(problems.list).toEqual([])
    await close(page)
  })

  it('?server=nope highlights no row and logs no error', async () => {
    const { page, problems } = await open(`${memoryLimits}?server=nope`)
    // Two frames: Vue patches the DOM in a microtask after mount, well before this.
    await page.evaluate('new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)))')
    const rows = await tableRows(page)
    expect(rows).toHaveLength(servers.length)
    expect(rows.filter((row) => row.highlighted || row.current !== null)).toEqual([])
    expect(problems.list).toEqual([])
    await close(page)
  })
})
