/**
 * Deep links in Chromium against the built site: the copy-link button, old addresses of the previous site, landing
 * on `page#section` without a later shift, renamed anchors, the 404 page's suggestions and printing.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { anchorAliases, movedPages } from '../../docs/.vitepress/data/redirects'
import { absoluteUrl } from '../../docs/.vitepress/site'
import { builtSiteInChromium, hydrated, watchPage } from './harness'

/** The built site, served for this file, and the run's Chromium. */
const session = builtSiteInChromium()

type ContextOptions = NonNullable<Parameters<Browser['newContext']>[0]>

/** Opens a page in a fresh context of the given width, once loaded (and hydrated, when `hydrate` is set). */
async function open(path: string, width = 1440, options: ContextOptions = {}, hydrate = false): Promise<Page> {
  const context = await session.browser.newContext({ viewport: { width, height: 900 }, ...options })
  const page = await context.newPage()
  await page.goto(session.site.url(path), { waitUntil: 'load' })
  if (hydrate) await hydrated(page)
  return page
}

async function close(page: Page): Promise<void> {
  await page.context().close()
}

interface Landing {
  /** Distance from the bottom of the bars that stick over the content to the heading's text. */
  textBelowBars: number
  /** Distance from the bottom of those bars to the heading's top edge (negative: hidden under them). */
  topBelowBars: number
  top: number
}

/** Where the element with `id` sits relative to the sticky bars (top nav, local nav) visible at the top. */
function landing(page: Page, id: string): Promise<Landing> {
  return page.evaluate(`(() => {
    const heading = document.getElementById(${JSON.stringify(id)})
    const bars = [...document.querySelectorAll('.VPNavBar, .VPLocalNav')]
      .map((bar) => bar.getBoundingClientRect())
      .filter((rect) => rect.height > 0 && rect.bottom > 0)
    const barsBottom = Math.max(0, ...bars.map((rect) => rect.bottom))
    const rect = heading.getBoundingClientRect()
    const text = rect.top + parseFloat(getComputedStyle(heading).paddingTop)
    return { textBelowBars: text - barsBottom, topBelowBars: rect.top - barsBottom, top: rect.top }
  })()`)
}

/** The 2 s the brief allows late content (fonts, images, diagrams, hydration) to move things. */
const settleTime = 2000

describe('the copy-link button', () => {
  let page: Page

  beforeAll(async () => {
    page = await open(
      '/limitations/gpu-passthrough',
      1440,
      { permissions: ['clipboard-read', 'clipboard-write'] },
      true,
    )
  })

  afterAll(() => close(page))

  it("puts the section's absolute URL on the clipboard when pressed from the keyboard, and says Copied", async () => {
    const button = page.getByRole('button', { name: 'Copy link to section: Kill GPU processes' })
    await button.focus()
    await page.keyboard.press('Enter')
    const status = page.locator('#kill-gpu-process').getByRole('status')
    await expect.poll(() => status.textContent(), { timeout: 10_000 }).toBe('Copied')
    expect(await page.evaluate('navigator.clipboard.readText()')).toBe(
      absoluteUrl('/limitations/gpu-passthrough#kill-gpu-process'),
    )
  })

  it('shows a visible focus ring', async () => {
    const button = page.getByRole('button', { name: 'Copy link to section: Monitor GPU processes' })
    await button.focus()
    await page.keyboard.press('Shift+Tab')
    await page.keyboard.press('Tab')
    const outline = await button.evaluate((element) => getComputedStyle(element).outlineStyle)
    expect(outline).toBe('solid')
  })

  it('is beside every section heading of the page, and only there', async () => {
    const headings = await page.locator('.vp-doc :is(h2, h3, h4, h5, h6)[id]').count()
    expect(headings).toBeGreaterThan(0)
    expect(await page.locator('.vp-doc :is(h2, h3, h4, h5, h6) .CopyLinkButton-button').count()).toBe(headings)
    expect(await page.locator('.vp-doc h1 .CopyLinkButton-button').count()).toBe(0)
  })
})

describe("the previous site's addresses", () => {
  const [limit] = movedPages
  const cases = [
    ...Object.entries(limit.anchors).map(([anchor, target]) => [`${limit.from}#${anchor}`, target] as const),
    [`${limit.from}.html#kill-gpu-process`, limit.anchors['kill-gpu-process']] as const,
    [limit.from, limit.to] as const,
    [`${limit.from}.html`, limit.to] as const,
  ]
  let context: BrowserContext

  beforeAll(async () => {
    context = await session.browser.newContext({ viewport: { width: 1440, height: 900 } })
  })

  afterAll(() => context.close())

  it.each(cases)('%s lands on %s', async (oldAddress, target) => {
    const page = await context.newPage()
    const problems = watchPage(page)
    await page.goto(session.site.url(oldAddress), { waitUntil: 'commit' })
    await page.waitForURL(session.site.url(target), { waitUntil: 'domcontentloaded' })
    const id = new URL(target, 'https://x.invalid').hash.slice(1)
    if (id)
      await expect.poll(() => page.evaluate("document.querySelector(':target')?.id"), { timeout: 10_000 }).toBe(id)
    expect(problems.list).toEqual([])
    await page.close()
  })

  it('without JavaScript, refreshes to the limitations overview', async () => {
    const noScript = await (await session.browser.newContext({ javaScriptEnabled: false })).newPage()
    await noScript.goto(session.site.url(`${limit.from}#kill-gpu-process`), { waitUntil: 'commit' })
    await noScript.waitForURL(session.site.url(limit.to))
    await close(noScript)
  })
})

describe('a link to page#section', () => {
  const targets = [
    ['/limitations/gpu-passthrough#kill-gpu-process', 'kill-gpu-process'],
    ['/limitations/memory-limits?server=roselab5#memory-quota-by-server', 'memory-quota-by-server'],
    ['/guide/docker#several-graphdrivers', 'several-graphdrivers'],
  ] as const

  it.each([
    ['desktop', 1440],
    ['narrow desktop', 1100],
    ['phone', 390],
  ])('lands with the heading right under the sticky bars on a %s screen, and it stays there', async (_, width) => {
    const context = await session.browser.newContext({ viewport: { width, height: 900 } })
    const pages = await Promise.all(
      targets.map(async ([path]) => {
        const page = await context.newPage()
        await page.goto(session.site.url(path), { waitUntil: 'networkidle' })
        return page
      }),
    )
    const arrived = await Promise.all(pages.map((page, index) => landing(page, targets[index]![1])))
    for (const [index, position] of arrived.entries()) {
      expect(position.topBelowBars, targets[index]![0]).toBeGreaterThanOrEqual(-1)
      expect(Math.abs(position.textBelowBars - 24), targets[index]![0]).toBeLessThanOrEqual(2)
    }
    await pages[0]!.waitForTimeout(settleTime)
    const settled = await Promise.all(pages.map((page, index) => landing(page, targets[index]![1])))
    expect(settled.map((position) => Math.round(position.top))).toEqual(
      arrived.map((position) => Math.round(position.top)),
    )
    await context.close()
  })

  it('highlights the section it lands on, briefly', async () => {
    const page = await open('/limitations/firewall#restrict-access')
    const animation = await page
      .locator('#restrict-access')
      .evaluate((heading) => [heading.matches(':target'), getComputedStyle(heading).animationName])
    expect(animation).toEqual([true, 'deep-link-arrival'])
    await close(page)
  })

  it('highlights without a fade when the reader asks for reduced motion', async () => {
    const page = await open('/limitations/firewall#restrict-access', 1440, { reducedMotion: 'reduce' })
    const timing = await page
      .locator('#restrict-access')
      .evaluate((heading) => getComputedStyle(heading).animationTimingFunction)
    expect(timing).toBe('steps(1)')
    await close(page)
  })

  it.each(
    Object.entries(anchorAliases).flatMap(([path, aliases]) =>
      Object.entries(aliases).map(([from, to]) => [path, from, to]),
    ),
  )('keeps the renamed anchor %s#%s working as #%s', async (path, oldId, newId) => {
    const page = await open(`${path}#${oldId}`)
    await page.waitForURL(session.site.url(`${path}#${newId}`))
    expect(await page.locator(`[id="${newId}"]`).evaluate((element) => element.matches(':target'))).toBe(true)
    await close(page)
  })
})

describe("the reader's place on the page", () => {
  const longPage = '/guide/docker'
  const readTo = 1500

  it("is kept when the reader scrolled before the page's script arrived", async () => {
    const context = await session.browser.newContext({ viewport: { width: 390, height: 800 } })
    // The site's entry script waits until the reader has scrolled, as it would on a slow phone.
    let release!: () => void
    const scrolled = new Promise<void>((resolve) => (release = resolve))
    await context.route(/\/assets\/app\.[\w-]+\.js$/, async (route) => {
      await scrolled
      await route.continue()
    })
    const page = await context.newPage()
    await page.goto(session.site.url(longPage), { waitUntil: 'commit' })
    await page.locator('.VPDocFooter').waitFor({ state: 'attached' })
    await page.evaluate(`window.scrollTo(0, ${readTo})`)
    expect(await page.evaluate('window.scrollY')).toBe(readTo)
    release()
    await hydrated(page)
    await page.waitForTimeout(500)
    expect(Math.abs((await page.evaluate<number>('window.scrollY')) - readTo)).toBeLessThanOrEqual(2)
    await context.close()
  })

  it('starts at the top of a page opened afterwards from a link', async () => {
    const page = await open(longPage, 1440, {}, true)
    await page.evaluate(`window.scrollTo(0, document.documentElement.scrollHeight)`)
    expect(await page.evaluate<number>('window.scrollY')).toBeGreaterThan(readTo)
    await page.locator('.VPDocFooter .pager-link.next').click()
    await page.waitForURL((url) => url.pathname !== longPage)
    await expect.poll(() => page.evaluate<number>('window.scrollY')).toBe(0)
    await close(page)
  })
})

describe('link-preview tags', () => {
  it('follow the reader through client-side navigation, one canonical URL at a time', async () => {
    const page = await open('/limitations/gpu-passthrough', 1440, {}, true)
    await page.locator('.VPSidebar a[href="/limitations/firewall"]').click()
    await page.waitForURL(session.site.url('/limitations/firewall'))
    const tags = () =>
      page.evaluate(`[...document.querySelectorAll('link[rel="canonical"], meta[property="og:url"], meta[property="og:image"]')]
        .map((tag) => tag.getAttribute('href') ?? tag.getAttribute('content'))`)
    await expect
      .poll(tags, { timeout: 10_000 })
      .toEqual([
        absoluteUrl('/limitations/firewall'),
        absoluteUrl('/limitations/firewall'),
        absoluteUrl('/og/limitations-firewall.png'),
      ])
    await close(page)
  })
})

describe('the 404 page', () => {
  it('suggests the closest page for a misspelled address', async () => {
    const context: BrowserContext = await session.browser.newContext()
    const page = await context.newPage()
    const response = await page.goto(session.site.url('/limitations/firewal'), { waitUntil: 'load' })
    expect(response?.status()).toBe(404)
    // The suggestions come with the 404 page's own chunk, loaded after the page starts.
    await expect.poll(() => page.locator('.NotFoundPage-suggestions a').count(), { timeout: 10_000 }).toBe(3)
    expect(await page.locator('.NotFoundPage-suggestions a').first().getAttribute('href')).toBe('/limitations/firewall')
    expect(await page.locator('h1').textContent()).toBe('Page not found')
    expect(await page.title()).toBe('Page not found | RoseLab Docs')
    await context.close()
  })

  it('links home and the limitations without JavaScript', async () => {
    const page = await open('/no/such/page', 1440, { javaScriptEnabled: false })
    const links = await page
      .locator('noscript a, main a')
      .evaluateAll((anchors) => anchors.map((a) => a.getAttribute('href')))
    expect(links).toEqual(['/', '/limitations/'])
    await close(page)
  })
})

describe('a printed limitation page', () => {
  let page: Page

  beforeAll(async () => {
    page = await open('/limitations/memory-limits')
    await page.emulateMedia({ media: 'print' })
  })

  afterAll(() => close(page))

  it('leaves out the navigation, sidebar, outline, footer and search', async () => {
    for (const chrome of ['.VPNav', '.VPLocalNav', '.VPSidebar', '.VPDoc .aside', '.VPDocFooter', '.VPFooter']) {
      const hidden = await page
        .locator(chrome)
        .evaluateAll((elements) => elements.every((element) => getComputedStyle(element).display === 'none'))
      expect(hidden, chrome).toBe(true)
    }
    expect(await page.getByRole('button', { name: /search/i }).isVisible()).toBe(false)
  })

  it('keeps the content, its callouts and its table', async () => {
    expect(await page.locator('.vp-doc h1').isVisible()).toBe(true)
    expect(await page.locator('.vp-doc table').first().isVisible()).toBe(true)
    expect(await page.locator('.vp-doc [role="note"]').first().isVisible()).toBe(true)
    expect(await page.locator('.CopyLinkButton').first().isVisible()).toBe(false)
  })

  it('shows the address of each link after its text, but not for permalinks', async () => {
    const after = (selector: string) =>
      page
        .locator(selector)
        .first()
        .evaluate((link) => getComputedStyle(link, '::after').content)
    const external = page.locator('.vp-doc a[href^="http"]').first()
    expect(await after('.vp-doc a[href^="http"]')).toBe(`" (${await external.getAttribute('href')})"`)
    expect(await after('.vp-doc .header-anchor')).toBe('none')
  })
})
