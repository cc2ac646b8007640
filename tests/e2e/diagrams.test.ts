/**
 * Diagrams drawn at build time, in Chromium against the built site: every mermaid fence of the Markdown is an SVG in
 * its page's HTML; no page asks for diagram code; at desktop and phone widths, in light and dark mode, every label
 * stays inside its shape and meets 4.5:1 contrast, and nothing moves; without JavaScript and in print they show too.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import type { BrowserContextOptions, Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { findDiagrams } from '../../docs/.vitepress/diagrams/site-diagrams'
import {
  builtSiteInChromium,
  hydrated,
  layoutShifts,
  listSitePages,
  parseHtml,
  recordLayoutShifts,
  repositoryRoot,
  siteDist,
} from './harness'

const sitePages = listSitePages(siteDist())
const diagramCount = (file: string) =>
  parseHtml(readFileSync(file, 'utf8')).querySelectorAll('figure.Diagram svg').length
const diagramPages = sitePages.filter((page) => diagramCount(page.file) > 0).map((page) => page.path)

const modes = ['light', 'dark'] as const
const widths = [
  { width: 1280, options: { viewport: { width: 1280, height: 800 } } },
  { width: 390, options: { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true } },
] as const satisfies readonly { width: number; options: BrowserContextOptions }[]

/** The built site, served for this file, and the run's Chromium. */
const session = builtSiteInChromium()

/** The number of mermaid diagrams in each Markdown page, by site path, as the site's renderer finds them. */
async function diagramsByPage(): Promise<Map<string, number>> {
  const counts = new Map<string, number>()
  for (const diagram of await findDiagrams([join(repositoryRoot, 'docs')])) {
    const path = `/${relative('docs', diagram.file)
      .replace(/(^|\/)index\.md$/, '$1')
      .replace(/\.md$/, '')}`
    counts.set(path, (counts.get(path) ?? 0) + 1)
  }
  return counts
}

interface LabelReport {
  /** Labels whose box reaches outside the box of the filled shape they sit on, with by how much. */
  overflowing: string[]
  /** Labels below 4.5:1 against what is behind them, with the ratio. */
  lowContrast: string[]
  labels: number
}

/** Checks every text of every diagram on the page against the smallest filled shape under its centre. */
function checkLabels(page: Page): Promise<LabelReport> {
  return page.evaluate(() => {
    const rgb = (colour: string) => (colour.match(/[\d.]+/g) ?? []).map(Number)
    const luminance = (colour: string) => {
      const [red, green, blue] = rgb(colour).map((channel) => {
        const value = channel / 255
        return value <= 0.03928 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4
      }) as [number, number, number]
      return 0.2126 * red + 0.7152 * green + 0.0722 * blue
    }
    const isPainted = (colour: string) =>
      colour !== 'none' && !/^rgba\(.*,\s*0\)$/.test(colour) && colour !== 'transparent'
    const pageBackground = (element: Element) => {
      for (let at: Element | null = element; at; at = at.parentElement) {
        const colour = getComputedStyle(at).backgroundColor
        if (isPainted(colour)) return colour
      }
      return 'rgb(255, 255, 255)'
    }
    const report = { overflowing: [] as string[], lowContrast: [] as string[], labels: 0 }
    for (const svg of document.querySelectorAll('figure.Diagram svg')) {
      const shapes = [...svg.querySelectorAll('rect, polygon, circle, ellipse, path')]
        .filter((shape) => !shape.closest('marker, defs') && isPainted(getComputedStyle(shape).fill))
        .map((shape) => ({ shape, box: shape.getBoundingClientRect() }))
      // The elements that hold the words: a <text>, or each of its <tspan> lines, which carry their own colour.
      const labels = [...svg.querySelectorAll('text, tspan')].filter((element) =>
        [...element.childNodes].some((node) => node.nodeType === Node.TEXT_NODE && node.textContent?.trim()),
      )
      for (const text of labels) {
        const box = text.getBoundingClientRect()
        if (box.width === 0) continue
        report.labels++
        const [x, y] = [box.left + box.width / 2, box.top + box.height / 2]
        const under = shapes
          .filter(({ box: shape }) => shape.left <= x && x <= shape.right && shape.top <= y && y <= shape.bottom)
          .sort((a, b) => a.box.width * a.box.height - b.box.width * b.box.height)[0]
        const name = `"${text.textContent?.trim()}" in ${svg.id}`
        if (under) {
          const out = Math.max(
            under.box.left - box.left,
            box.right - under.box.right,
            under.box.top - box.top,
            box.bottom - under.box.bottom,
          )
          if (out > 1) report.overflowing.push(`${name} by ${out.toFixed(1)} px`)
        }
        const behind = under ? getComputedStyle(under.shape).fill : pageBackground(svg)
        const [light, dark] = [luminance(getComputedStyle(text).fill), luminance(behind)].sort((a, b) => b - a)
        const ratio = (light! + 0.05) / (dark! + 0.05)
        if (ratio < 4.5) report.lowContrast.push(`${name}: ${ratio.toFixed(2)}:1`)
      }
    }
    return report
  })
}

describe('diagrams drawn at build time', () => {
  it('are in the HTML of every page whose Markdown has a mermaid fence, one SVG per fence', async () => {
    const fences = await diagramsByPage()
    expect([...fences.keys()].sort()).toEqual([...diagramPages].sort())
    for (const page of sitePages) expect(diagramCount(page.file), page.path).toBe(fences.get(page.path) ?? 0)
    expect(diagramPages.length).toBeGreaterThanOrEqual(3)
  })

  it('leave no diagram code in the built site', () => {
    const assets = readdirSync(join(siteDist(), 'assets'), { recursive: true }) as string[]
    const scripts = assets.filter((file) => file.endsWith('.js'))
    expect(scripts.length).toBeGreaterThan(0)
    const withMermaid = scripts.filter((file) => {
      const code = readFileSync(join(siteDist(), 'assets', file), 'utf8')
      return /mermaid/i.test(file) || code.includes('mermaidAPI')
    })
    expect(withMermaid).toEqual([])
  })

  it.each(sitePages.map((page) => page.path))('are not fetched as code by %s, scrolled to its end', async (path) => {
    const page = await session.browser.newPage()
    const requested: string[] = []
    page.on('request', (request) => requested.push(request.url()))
    await page.goto(session.site.url(path), { waitUntil: 'networkidle' })
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight))
    await page.waitForLoadState('networkidle')
    await page.close()
    expect(requested.filter((url) => /mermaid|diagram/i.test(new URL(url).pathname))).toEqual([])
  })

  describe.each(widths)('at $width px', ({ options }) => {
    it.each(modes.flatMap((mode) => diagramPages.map((path) => [path, mode] as const)))(
      'shows every label of %s in %s mode inside its shape, at 4.5:1 or more, with nothing in the text moving',
      async (path, mode) => {
        const context = await session.browser.newContext({ ...options, colorScheme: mode })
        const page = await context.newPage()
        // The text column, where the diagrams are: the phone's outline button moves once on every page, as VitePress
        // fills it in after startup.
        await recordLayoutShifts(page, '.vp-doc')
        await page.goto(session.site.url(path), { waitUntil: 'networkidle' })
        await hydrated(page)
        expect(await page.evaluate(() => document.documentElement.classList.contains('dark'))).toBe(mode === 'dark')
        // Shifts while the page loads and starts; scrolling later changes the phone's outline button, not the page.
        await page.waitForTimeout(500)
        const shifts = await layoutShifts(page)
        for (const figure of await page.locator('figure.Diagram').all()) {
          await figure.scrollIntoViewIfNeeded()
          const box = await figure.locator('svg').boundingBox()
          expect(box?.width).toBeGreaterThan(200)
          expect(box?.height).toBeGreaterThan(100)
        }
        const report = await checkLabels(page)
        await context.close()
        expect(report.labels).toBeGreaterThan(3)
        expect(report.overflowing).toEqual([])
        expect(report.lowContrast).toEqual([])
        expect(shifts).toEqual([])
      },
    )
  })

  it('would notice a label too big for its shape, or as pale as the shape (the check can fail)', async () => {
    const page = await session.browser.newPage({ viewport: { width: 1280, height: 800 } })
    await page.goto(session.site.url(diagramPages[0]!), { waitUntil: 'networkidle' })
    await page.evaluate(() => {
      const [first, second] = [
        ...document.querySelectorAll<SVGElement>('figure.Diagram text, figure.Diagram tspan'),
      ].filter((element) =>
        [...element.childNodes].some((node) => node.nodeType === Node.TEXT_NODE && node.textContent?.trim()),
      )
      first!.style.fontSize = '40px'
      second!.style.fill = 'var(--diagram-fill)'
    })
    const report = await checkLabels(page)
    await page.close()
    expect(report.overflowing.length).toBeGreaterThan(0)
    expect(report.lowContrast.length).toBeGreaterThan(0)
  })

  it('make a region wider than a phone scroll sideways, and the keyboard reach it', async () => {
    const context = await session.browser.newContext(widths[1].options)
    const page = await context.newPage()
    await page.goto(session.site.url(diagramPages[0]!), { waitUntil: 'networkidle' })
    const region = page.locator('.Diagram-scroll').first()
    const sizes = await region.evaluate((element) => ({ scroll: element.scrollWidth, client: element.clientWidth }))
    await region.focus()
    await page.keyboard.press('ArrowRight')
    // The browser may scroll smoothly, over a few frames.
    await expect.poll(() => region.evaluate((element) => element.scrollLeft)).toBeGreaterThan(0)
    await context.close()
    expect(sizes.scroll).toBeGreaterThan(sizes.client)
  })

  it.each(diagramPages)('show on %s without JavaScript, coloured by the stylesheet', async (path) => {
    const context = await session.browser.newContext({
      javaScriptEnabled: false,
      viewport: { width: 1280, height: 800 },
    })
    const page = await context.newPage()
    await page.goto(session.site.url(path), { waitUntil: 'load' })
    const figures = page.locator('figure.Diagram')
    expect(await figures.count()).toBeGreaterThan(0)
    for (const figure of await figures.all()) {
      expect(await figure.locator('svg').isVisible()).toBe(true)
      expect(await figure.locator('figcaption').isVisible()).toBe(true)
    }
    const report = await checkLabels(page)
    await context.close()
    expect(report.overflowing).toEqual([])
    expect(report.lowContrast).toEqual([])
  })

  it.each(diagramPages)('print on %s, within the width of the page', async (path) => {
    const page = await session.browser.newPage({ viewport: { width: 1280, height: 800 } })
    await page.goto(session.site.url(path), { waitUntil: 'networkidle' })
    await page.emulateMedia({ media: 'print' })
    for (const svg of await page.locator('figure.Diagram svg').all()) {
      const box = await svg.boundingBox()
      expect(await svg.isVisible()).toBe(true)
      expect(box?.height).toBeGreaterThan(100)
      expect((box?.x ?? 0) + (box?.width ?? Infinity)).toBeLessThanOrEqual(1280)
    }
    await page.close()
  })
})
