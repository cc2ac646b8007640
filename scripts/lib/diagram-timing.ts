/**
 * A page with a mermaid diagram in Chromium: how long after the load event the first diagram's drawing is on screen,
 * and how far the diagram moved the page's content meanwhile (layout shift).
 */
import type { Browser } from 'playwright-core'
import { pollPage } from '../../tests/e2e/toolchain'

export interface DiagramTiming {
  /** From the end of the load event to the frame after the drawing's SVG entered the page. */
  msFromLoadToDrawing: number
  /**
   * Layout shift the diagram caused: the shifts (not caused by input) that moved the figure or anything after it,
   * from the start of the load until a second after the drawing.
   */
  diagramShift: number
  /** Every layout shift of the page in the same time, wherever it was. */
  pageShift: number
}

interface DiagramProbe {
  diagramShift: number
  pageShift: number
  drawnAt: number
}

/** Loads `url` (cold cache), brings its first diagram into view at the load event and times its drawing. */
export async function timeDiagram(browser: Browser, url: string): Promise<DiagramTiming> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } })
  try {
    const page = await context.newPage()
    // No named functions inside: tsx (esbuild's keepNames) would wrap them in a `__name` helper the page lacks.
    await page.addInitScript(() => {
      const probe: DiagramProbe = { diagramShift: 0, pageShift: 0, drawnAt: -1 }
      Object.assign(window, { benchDiagram: probe })
      type LayoutShift = PerformanceEntry & { value: number; hadRecentInput: boolean; sources: { node: Node | null }[] }
      new PerformanceObserver((list) => {
        const figure = document.querySelector('.MermaidDiagram')
        for (const entry of list.getEntries() as LayoutShift[]) {
          if (entry.hadRecentInput) continue
          probe.pageShift += entry.value
          // A shift moves the diagram when one of its sources is the figure, inside it, or after it in the page.
          const movesDiagram = entry.sources.some(
            ({ node }) =>
              figure !== null &&
              node !== null &&
              (figure.contains(node) ||
                Boolean(figure.compareDocumentPosition(node) & Node.DOCUMENT_POSITION_FOLLOWING)),
          )
          if (movesDiagram) probe.diagramShift += entry.value
        }
      }).observe({ type: 'layout-shift', buffered: true })
      const watcher = new MutationObserver(() => {
        if (!document.querySelector('.MermaidDiagram-drawing svg')) return
        watcher.disconnect()
        requestAnimationFrame(() => (probe.drawnAt = performance.now()))
      })
      watcher.observe(document, { childList: true, subtree: true })
    })
    await page.goto(url, { waitUntil: 'load' })
    // A diagram is drawn when it enters the viewport; the reader of this measure has scrolled to it.
    await page.evaluate(() => document.querySelector('.MermaidDiagram')?.scrollIntoView({ block: 'center' }))
    await pollPage(
      page,
      () => (window as unknown as { benchDiagram: DiagramProbe }).benchDiagram.drawnAt >= 0,
      30_000,
      () => `no diagram was drawn on ${page.url()} within 30 s`,
    )
    await page.waitForTimeout(1000)
    return await page.evaluate(() => {
      const probe = (window as unknown as { benchDiagram: DiagramProbe }).benchDiagram
      const [navigation] = performance.getEntriesByType('navigation') as PerformanceNavigationTiming[]
      return {
        msFromLoadToDrawing: probe.drawnAt - (navigation?.loadEventEnd ?? 0),
        diagramShift: probe.diagramShift,
        pageShift: probe.pageShift,
      }
    })
  } finally {
    await context.close()
  }
}
