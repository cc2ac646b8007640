/** The harness itself, in the run's Chromium: the problem watcher catches what it promises to catch. */
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { serveSite, sharedBrowser, watchPage, type SiteServer } from './harness'

// An explicit icon stops Chromium from asking for /favicon.ico, which the fixture does not have.
const icon = '<link rel="icon" href="data:,">'

const pages: Record<string, string> = {
  'clean.html': `<!doctype html><title>clean</title>${icon}<p>nothing wrong here</p>`,
  'broken.html': `<!doctype html><title>broken</title>${icon}
    <img src="/missing.png" alt="">
    <script src="http://127.0.0.1:1/unreachable.js"></script>
    <script>console.error('logged failure'); throw new Error('uncaught failure')</script>`,
  '404.html': '<!doctype html><title>not found</title>',
}

let fixture: string
let site: SiteServer
let browser: Browser

beforeAll(async () => {
  fixture = await mkdtemp(join(tmpdir(), 'e2e-watch-'))
  for (const [name, html] of Object.entries(pages)) await writeFile(join(fixture, name), html)
  site = await serveSite(fixture)
  browser = await sharedBrowser()
})

afterAll(async () => {
  await browser.close()
  await site.close()
  await rm(fixture, { recursive: true, force: true })
})

describe('watchPage', () => {
  it('reports nothing for a page that loads cleanly', async () => {
    const page = await browser.newPage()
    const problems = watchPage(page)
    await page.goto(site.url('/clean'), { waitUntil: 'networkidle' })
    expect(problems.list).toEqual([])
    await page.close()
  })

  it('reports console errors, uncaught errors, failed requests and missing files', async () => {
    const page = await browser.newPage()
    const problems = watchPage(page)
    await page.goto(site.url('/broken'), { waitUntil: 'networkidle' })
    expect(problems.list).toEqual(
      expect.arrayContaining([
        'console error: logged failure',
        'page error: uncaught failure',
        expect.stringMatching(/^request failed: http:\/\/127\.0\.0\.1:1\/unreachable\.js/),
        `HTTP 404: ${site.url('/missing.png')}`,
      ]),
    )
    await page.close()
  })
})
