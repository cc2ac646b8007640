/**
 * What a first-time visitor's browser downloads to read one page: every response of a cold-cache load in Chromium,
 * until the network has been quiet for half a second, summed by type at the size it crossed the wire.
 */
import { readdir, readFile } from 'node:fs/promises'
import { join, sep } from 'node:path'
import type { Browser, Request } from 'playwright-core'

export interface PageWeight {
  /** Bytes on the wire (compressed as served) of the scripts the page runs, module preloads included. */
  scriptBytes: number
  /** Bytes on the wire of the page's style sheets. */
  styleBytes: number
  /** Bytes on the wire of diagram code (mermaid), which no page of the site should need. */
  mermaidBytes: number
  /** Bytes on the wire of the page's HTML document. */
  htmlBytes: number
  /** Requests the page made to show itself, the document included (prefetches and the favicon left out). */
  requests: number
}

/**
 * Loads `url` in a fresh browser context (empty cache) and weighs what it downloaded. The scripts VitePress
 * prefetches for the pages linked from this one are left out: this page does not need them.
 */
export async function weighPage(
  browser: Browser,
  url: string,
  isMermaidCode: (pathname: string) => boolean,
): Promise<PageWeight> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } })
  const weight: PageWeight = { scriptBytes: 0, styleBytes: 0, mermaidBytes: 0, htmlBytes: 0, requests: 0 }
  const pending: Promise<void>[] = []
  const onFinished = (request: Request) => pending.push(addRequest(weight, request, isMermaidCode))
  try {
    const page = await context.newPage()
    page.on('requestfinished', onFinished)
    const response = await page.goto(url, { waitUntil: 'networkidle' })
    if (!response?.ok()) throw new Error(`${url} answered ${response?.status() ?? 'nothing'}`)
    page.off('requestfinished', onFinished)
    await Promise.all(pending)
    return weight
  } finally {
    await context.close()
  }
}

async function addRequest(
  weight: PageWeight,
  request: Request,
  isMermaidCode: (pathname: string) => boolean,
): Promise<void> {
  const response = await request.response()
  if (!response) return
  // Chromium gives prefetches and the favicon the resource type "other"; both arrive or not depending on timing.
  if (request.resourceType() === 'other') return
  const contentType = (await response.headerValue('content-type')) ?? ''
  const { responseBodySize } = await request.sizes()
  weight.requests++
  if (contentType.includes('javascript')) {
    weight.scriptBytes += responseBodySize
    if (isMermaidCode(new URL(request.url()).pathname)) weight.mermaidBytes += responseBodySize
  } else if (contentType.includes('text/css')) {
    weight.styleBytes += responseBodySize
  } else if (request.resourceType() === 'document') {
    weight.htmlBytes += responseBodySize
  }
}

// Mermaid's own modules carry its name; a bundle that took mermaid in under another name still carries the name of
// its API.
const mermaidFileName = /mermaid/i
const mermaidCodeMarker = 'mermaidAPI'

/** The URL paths (base included) of a build's scripts that are mermaid's code. */
export async function findMermaidCode(distDir: string, base = '/'): Promise<Set<string>> {
  const files = (await readdir(distDir, { recursive: true, encoding: 'utf8' })).filter((file) => file.endsWith('.js'))
  const found = new Set<string>()
  for (const file of files) {
    if (mermaidFileName.test(file) || (await readFile(join(distDir, file), 'utf8')).includes(mermaidCodeMarker)) {
      found.add(base + file.split(sep).join('/'))
    }
  }
  return found
}
