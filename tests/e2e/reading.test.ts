/** What a reader meets on the built site, in Chromium: pages without JavaScript, callouts, tables from the data, diagrams, search, the report link, link previews and the 404 page. */
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { searchQueries } from '../../docs/.vitepress/data/search-queries'
import { checkServers } from '../../docs/.vitepress/data/servers'
import { repositoryUrl, siteOrigin } from '../../docs/.vitepress/site'
import { builtSite, dist, openPage, sitePages } from './site'

const site = builtSite()
const servers = checkServers()

describe('without JavaScript', () => {
  it.concurrent.for(sitePages().filter((path) => path !== '/guide/limit'))(
    '%s shows its whole text',
    async (path, { expect }) => {
      const page = await openPage(site.browser, site.url(path), { javaScriptEnabled: false })
      // The page's text outside code, where facts ({% name %}) must have been filled in.
      const text = await page.locator('#VPContent').evaluate((content) => {
        const copy = content.cloneNode(true) as HTMLElement
        copy.querySelectorAll('code, pre').forEach((code) => code.remove())
        return copy.innerText
      })
      await page.context().close()
      expect(text.length).toBeGreaterThan(path === '/' ? 400 : 1000)
      expect(text).not.toContain('{%')
    },
  )
})

describe('a topic page', () => {
  it('shows callouts named by their visible heading, the lead, the sources and a report link with the section', async () => {
    const page = await openPage(site.browser, site.url('/limitations/memory-limits#after-a-kill'))
    const tip = page.getByRole('note', { name: 'Tip: Moving to higher-memory servers' })
    await expect.poll(() => tip.isVisible()).toBe(true)
    expect(await page.locator('.page-lead').innerText()).toMatch(
      /^In short: .+\nFacts last verified on \w+ \d+, \d{4}\.$/s,
    )
    expect(await page.locator('#sources + p + ul a').count()).toBeGreaterThan(0)
    const report = page.getByRole('link', { name: 'Report it' })
    // The click fills the section into the address; the test stays here instead of following it.
    await page.evaluate(() => window.addEventListener('click', (event) => event.preventDefault()))
    await report.click()
    const issue = new URL((await report.getAttribute('href'))!)
    await page.context().close()
    expect(`${issue.origin}${issue.pathname}`).toBe(`${repositoryUrl}/issues/new`)
    expect(issue.searchParams.get('title')).toBe('Wrong or outdated: Memory limits')
    expect(issue.searchParams.get('body')).toContain(`Section: ${siteOrigin}/limitations/memory-limits#after-a-kill`)
  })

  it('lists every server of the data in the quota table, and marks the one a link names', async () => {
    const server = servers.at(-1)!.name
    const page = await openPage(site.browser, site.url(`/limitations/memory-limits?server=${server}`))
    const table = page.locator('#memory-quota-by-server ~ table').first()
    const names = await table.locator('tbody tr td:first-child').allInnerTexts()
    await expect.poll(() => table.locator('tr.is-requested-server td').first().innerText()).toBe(server)
    const row = await table.locator('tr.is-requested-server').boundingBox()
    await page.context().close()
    expect(names).toEqual(servers.map((entry) => entry.name))
    expect(row!.y).toBeGreaterThan(0)
    expect(row!.y).toBeLessThan(800)
  })
})

describe('diagrams', () => {
  const diagramPages = sitePages().filter((path) =>
    readFileSync(`${dist}${path.endsWith('/') ? `${path}index` : path}.html`, 'utf8').includes(
      '<svg xmlns="http://www.w3.org/2000/svg" id="diagram-',
    ),
  )

  it.concurrent.for(diagramPages)(
    '%s draws its diagrams in the colours of light and dark mode',
    async (path, { expect }) => {
      const colours = []
      for (const colorScheme of ['light', 'dark'] as const) {
        const page = await openPage(site.browser, site.url(path), { colorScheme })
        const svg = page.locator('.Diagram-svg').first()
        const box = await svg.boundingBox()
        colours.push(
          await svg
            .locator('text')
            .first()
            .evaluate((text) => getComputedStyle(text).fill),
        )
        await page.context().close()
        expect(box!.width * box!.height).toBeGreaterThan(0)
      }
      expect(colours[0]).not.toBe(colours[1])
    },
  )
})

describe('search', () => {
  // A sample of the evaluated queries, through the search box a reader uses.
  const sample = searchQueries.filter((_query, index) => index % 12 === 0)

  it.each(sample)('"%s" offers %s among the first three results', async (query, expected) => {
    const page = await openPage(site.browser, site.url('/'))
    await page.getByRole('button', { name: 'Search' }).click()
    await page.getByRole('searchbox').fill(query)
    const results = page.locator('.VPLocalSearchBox .results a')
    await expect.poll(() => results.count()).toBeGreaterThan(0)
    const hrefs = await results.evaluateAll((links) => links.slice(0, 3).map((link) => link.getAttribute('href')))
    await page.context().close()
    expect(hrefs).toContain(expected)
  })
})

describe('link previews and the 404 page', () => {
  it('gives every page its own absolute canonical address, title and description', async () => {
    const page = await openPage(site.browser, site.url('/guide/cluster'), { javaScriptEnabled: false })
    const meta = (property: string) => page.locator(`meta[property="${property}"]`).getAttribute('content')
    expect(await page.locator('link[rel=canonical]').getAttribute('href')).toBe(`${siteOrigin}/guide/cluster`)
    expect(await meta('og:title')).toBe('Moving between servers | RoseLab Docs')
    expect(await meta('og:description')).toBe(await page.locator('meta[name=description]').getAttribute('content'))
    expect(await meta('og:image')).toBe(`${siteOrigin}/og-image.png`)
    await page.context().close()
  })

  it('answers an unknown address with status 404, a way home, and the same without JavaScript', async () => {
    for (const javaScriptEnabled of [true, false]) {
      const context = await site.browser.newContext({ javaScriptEnabled })
      const page = await context.newPage()
      const response = await page.goto(site.url('/guide/no-such-page'))
      expect(response!.status()).toBe(404)
      await expect.poll(() => page.getByRole('heading', { level: 1 }).innerText()).toMatch(/^Page not found$/i)
      expect(await page.getByRole('link', { name: /home page/i }).count()).toBe(1)
      await context.close()
    }
  })
})
