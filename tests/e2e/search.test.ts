/**
 * The search box in Chromium against the built site, used from the keyboard: `/` and Ctrl+K open it, a query
 * typed the way lab members type it shows the expected section first, Enter goes there, and matches are marked.
 */
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import type { SectionLink } from '../../docs/.vitepress/data/search-queries'
import { builtSiteInChromium, hydrated, watchPage, type PageProblems } from './harness'

/** The built site, served for this file, and the run's Chromium. */
const session = builtSiteInChromium()

const searchBox = '.VPLocalSearchBox'
const searchInput = '#localsearch-input'
const results = `${searchBox} .result`

/**
 * A fresh page (no query kept from an earlier search), once Vue has hydrated it: the search keys are listened to
 * from then on.
 */
async function openPage(path = '/'): Promise<{ page: Page; problems: PageProblems }> {
  const context = await session.browser.newContext({ viewport: { width: 1280, height: 800 } })
  const page = await context.newPage()
  const problems = watchPage(page)
  await page.goto(session.site.url(path), { waitUntil: 'load' })
  await hydrated(page)
  return { page, problems }
}

async function closePage(page: Page): Promise<void> {
  await page.context().close()
}

/** The section a result link leads to, as `/path#id` without the site's base. */
function sectionOf(page: Page, href: string | null): string {
  const url = new URL(href ?? '', page.url())
  return `/${url.pathname.slice(new URL(session.site.url('/')).pathname.length)}${url.hash}`
}

/**
 * Types `query` into the open search box and returns the section of the first result once it shows `expected`, or
 * whatever it shows when the results stop at something else (the search runs 200 ms after the last key).
 */
async function typeQuery(page: Page, query: string, expected: SectionLink): Promise<string> {
  await page.keyboard.type(query)
  const wanted = session.site.url(expected)
  await page
    .waitForFunction(
      ([selector, url]) => (document.querySelector(selector) as HTMLAnchorElement | null)?.href === url,
      [results, wanted] as const,
      { timeout: 5000 },
    )
    .catch(() => undefined)
  return sectionOf(page, await page.locator(results).first().getAttribute('href'))
}

describe('the search box', () => {
  it.each([
    { key: '/', name: 'slash' },
    { key: 'Control+k', name: 'Ctrl+K' },
  ])('opens with $name and takes the typing at once', async ({ key }) => {
    const { page } = await openPage('/limitations/')
    await page.keyboard.press(key)
    await page.locator(searchBox).waitFor()
    await page.keyboard.type('quota')
    expect(await page.locator(searchInput).inputValue()).toBe('quota')
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('localsearch-input')
    await closePage(page)
  })

  it.each<{ query: string; expected: SectionLink }>([
    { query: 'stop a runaway job', expected: '/limitations/gpu-passthrough#kill-gpu-process' },
    { query: 'how much RAM does roselab3 give me', expected: '/limitations/memory-limits#memory-quota-by-server' },
    { query: 'firewalld', expected: '/limitations/firewall#container-firewall' },
    { query: 'OOM', expected: '/limitations/memory-limits#memory-enforcement-policy' },
    { query: 'docker wont start', expected: '/limitations/nested-containers#why-off-by-default' },
  ])('puts $expected first for $query, and Enter goes there', async ({ query, expected }) => {
    const { page, problems } = await openPage()
    await page.keyboard.press('/')
    await page.locator(searchBox).waitFor()
    expect(await typeQuery(page, query, expected)).toBe(expected)
    await page.keyboard.press('Enter')
    await page.waitForURL(session.site.url(expected))
    await page.locator(`[id="${expected.split('#')[1]}"]`).waitFor()
    expect(problems.list).toEqual([])
    await closePage(page)
  })

  it('marks the matched words in the result titles and, in the detailed view, in the excerpts', async () => {
    const { page, problems } = await openPage()
    await page.keyboard.press('/')
    await page.locator(searchBox).waitFor()
    expect(await typeQuery(page, 'memory_profiler', '/limitations/memory-limits#reducing-memory-usage')).toBe(
      '/limitations/memory-limits#reducing-memory-usage',
    )
    const firstTitles = page.locator(results).first().locator('.titles')
    await firstTitles.locator('mark').first().waitFor()
    expect((await firstTitles.locator('mark').allTextContents()).map((text) => text.toLowerCase())).toContain('memory')

    await page.locator(`${searchBox} .toggle-layout-button`).click()
    const excerpt = page.locator(results).first().locator('.excerpt')
    await excerpt.locator('mark').first().waitFor()
    expect((await excerpt.locator('mark').allTextContents()).map((text) => text.toLowerCase())).toContain('profiler')
    expect(problems.list).toEqual([])
    await closePage(page)
  })
})
