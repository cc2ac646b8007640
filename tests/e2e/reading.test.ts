/** What a reader meets on the built site, in Chromium: pages without JavaScript, callouts, tables from the data, diagrams, search, the report link, link previews and the 404 page. */
import { readFileSync } from 'node:fs'
import AxeBuilder from '@axe-core/playwright'
import { describe, expect, it } from 'vitest'
import { searchQueries } from '../../docs/.vitepress/data/search-queries'
import { checkServers } from '../../docs/.vitepress/data/servers'
import { previewImage } from '../../docs/.vitepress/head'
import { repositoryUrl, siteOrigin } from '../../docs/.vitepress/site'
import { readTopics } from '../../docs/.vitepress/topics'
import { loadSiteIndex } from '../../scripts/eval-search'
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

/** A page's title (its `# heading`) and its first titled callout and section id, read from its Markdown. */
function pageParts(path: string) {
  const source = readFileSync(`docs${path}.md`, 'utf8')
  const [, kind, calloutTitle] = /^::: (\w+) (.+)$/m.exec(source)!
  return {
    title: /^# (.+?) \{#/m.exec(source)![1]!,
    callout: `${kind![0]!.toUpperCase()}${kind!.slice(1)}: ${calloutTitle}`,
    section: /^## .+ \{#(.+)\}$/m.exec(source)![1]!,
  }
}

describe('a topic page', () => {
  it('shows callouts named by their visible heading, the lead, the sources and a report link with the section', async () => {
    const path = readTopics().find((topic) => /^::: \w+ /m.test(readFileSync(`docs${topic.link}.md`, 'utf8')))!.link
    const { title, callout, section } = pageParts(path)
    const page = await openPage(site.browser, site.url(`${path}#${section}`))
    await expect.poll(() => page.getByRole('note', { name: callout }).isVisible()).toBe(true)
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
    expect(issue.searchParams.get('title')).toBe(`Wrong or outdated: ${title}`)
    expect(issue.searchParams.get('body')).toContain(`Section: ${siteOrigin}${path}#${section}`)
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

describe('layout', () => {
  // The page's scripts arrive late, as on a slow connection: the static page is painted first, then Vue takes over.
  // At 1100 px both the nav bar and the local nav ("On this page") are laid out by what the script decides.
  it.concurrent.for(sitePages().filter((path) => path !== '/guide/limit'))(
    'nothing on %s moves when its script takes over',
    async (path, { expect }) => {
      const width = 1100
      const context = await site.browser.newContext({ viewport: { width, height: 800 } })
      await context.route('**/*.js', (route) => setTimeout(() => route.continue(), 300))
      const page = await context.newPage()
      await page.addInitScript(() => {
        const shifts: string[] = ((window as unknown as { shifts: string[] }).shifts = [])
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries() as (PerformanceEntry & {
            value: number
            sources: { node?: Node }[]
          })[]) {
            shifts.push(
              `${entry.value.toFixed(4)} ${entry.sources.map(({ node }) => (node as Element | undefined)?.className ?? node?.nodeName).join(', ')}`,
            )
          }
        }).observe({ type: 'layout-shift', buffered: true })
      })
      await page.goto(site.url(path), { waitUntil: 'networkidle' })
      const shifts = await page.evaluate(() => (window as unknown as { shifts: string[] }).shifts)
      await context.close()
      expect(shifts.filter((shift) => Number(shift.split(' ')[0]) >= 0.01)).toEqual([])
    },
  )
})

describe('search', () => {
  it('opens a search box without WCAG violations', async () => {
    const page = await openPage(site.browser, site.url('/'))
    await page.getByRole('button', { name: 'Search' }).click()
    await page.getByRole('searchbox').fill('memory quota')
    await expect.poll(() => page.locator('.VPLocalSearchBox .results a').count()).toBeGreaterThan(0)
    const { violations } = await new AxeBuilder({ page })
      .include('.VPLocalSearchBox')
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
      .analyze()
    await page.context().close()
    expect(violations.map((violation) => `${violation.id}: ${violation.help}`)).toEqual([])
  })

  // A sample of the evaluated queries, typed one after the other into the search box of one page. The box must
  // answer as the evaluation's index does (scripts/eval-search.ts), and offer the expected section in its first three.
  it('offers the expected section among the first three results', async () => {
    const index = await loadSiteIndex(dist)
    const page = await openPage(site.browser, site.url('/'))
    await page.getByRole('button', { name: 'Search' }).click()
    const topThree = () =>
      page
        .locator('.VPLocalSearchBox .results a')
        .evaluateAll((links) => links.slice(0, 3).map((link) => link.getAttribute('href')))
    for (const [query, expected] of searchQueries.filter((_query, index) => index % 12 === 0)) {
      await page.getByRole('searchbox').fill(query)
      await expect.poll(topThree).toEqual(
        index
          .search(query)
          .slice(0, 3)
          .map((result) => result.id),
      )
      expect([query, await topThree()]).toEqual([query, expect.arrayContaining([expected])])
    }
    await page.context().close()
  })
})

describe('link previews and the 404 page', () => {
  it('gives every page its own absolute canonical address, title and description', async () => {
    const path = readTopics()[0]!.link
    const page = await openPage(site.browser, site.url(path), { javaScriptEnabled: false })
    const meta = (property: string) => page.locator(`meta[property="${property}"]`).getAttribute('content')
    expect(await page.locator('link[rel=canonical]').getAttribute('href')).toBe(`${siteOrigin}${path}`)
    expect(await meta('og:title')).toBe(`${pageParts(path).title} | RoseLab Docs`)
    expect(await meta('og:description')).toBe(await page.locator('meta[name=description]').getAttribute('content'))
    const image = (await meta('og:image'))!
    expect(image).toBe(`${siteOrigin}/${previewImage.path}`)
    expect((await fetch(site.url(image.slice(siteOrigin.length)))).headers.get('content-type')).toBe('image/png')
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
