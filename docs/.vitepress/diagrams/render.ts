/**
 * Draws mermaid diagrams with mermaid itself, in a headless Chromium (playwright-core), one fresh page per diagram so
 * that a drawing never depends on the ones before it. Used by `npm run diagrams` and, for a drawing missing from the
 * cache, by the build (worker.ts).
 */
import { existsSync } from 'node:fs'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { chromium } from 'playwright-core'
import { chromiumFlags, headlessChromiumPath } from '../../../scripts/lib/chromium'
import { drawingId, measuringFont, mermaidBundle, mermaidConfig } from './config'
import { drawInPage, type DrawResult } from './draw-in-page'

/** Draws each source; a source mermaid cannot draw gets its error message instead of an SVG. */
export async function drawDiagrams(sources: readonly string[]): Promise<DrawResult[]> {
  if (sources.length === 0) return []
  const executablePath = headlessChromiumPath()
  if (!existsSync(executablePath)) {
    throw new Error(
      `no Chromium at ${executablePath} to draw the diagram with: install it (Debian: apt-get install chromium ` +
        'chromium-headless-shell fonts-dejavu-core) or set CHROME_PATH to a Chromium or Chrome',
    )
  }
  const folder = await mkdtemp(join(tmpdir(), 'roselab-diagrams-'))
  const hostPage = join(folder, 'draw.html')
  await writeFile(
    hostPage,
    `<!doctype html><html><head><meta charset="utf-8"><script src="${pathToFileURL(mermaidBundle).href}"></script></head><body></body></html>`,
  )
  const browser = await chromium.launch({ executablePath, args: chromiumFlags, headless: true })
  // tsx compiles named functions in drawInPage with esbuild's keepNames, which calls a `__name` helper that only
  // exists in Node; the page gets a stand-in.
  const context = await browser.newContext()
  await context.addInitScript({ content: 'globalThis.__name = (target) => target' })
  try {
    const results: DrawResult[] = []
    for (const source of sources) {
      const page = await context.newPage()
      await page.goto(pathToFileURL(hostPage).href)
      results.push(
        await page.evaluate(drawInPage, { id: drawingId(source), source, config: mermaidConfig, measuringFont }),
      )
      await page.close()
    }
    return results
  } finally {
    await browser.close()
    await rm(folder, { recursive: true, force: true })
  }
}
