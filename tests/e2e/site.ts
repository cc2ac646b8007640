/** What the browser tests share: the built site on a local server with clean URLs, and the run's Chromium. */
import { readdirSync, readFileSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { chromium, type Browser, type BrowserContextOptions, type Page } from 'playwright-core'
import sirv from 'sirv'
import { afterAll, beforeAll, inject } from 'vitest'

export const dist = inject('dist')

/** Every page of the build as its clean address: `/`, `/guide/`, `/guide/docker`. */
export function sitePages(folder = dist): string[] {
  return readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.html') && file !== '404.html')
    .map((file) => `/${file.replace(/(^|\/)index\.html$/, '$1').replace(/\.html$/, '')}`)
    .sort()
}

/** Serves `folder` as a static host does: clean URLs, and 404.html with status 404 for unknown addresses. */
export function serveFolder(folder = dist): Promise<{ url: (path: string) => string; close: () => void }> {
  const files = sirv(folder, { extensions: ['html'], dev: true })
  const server: Server = createServer((request, response) =>
    files(request, response, () => {
      response.writeHead(404, { 'content-type': 'text/html' }).end(readFileSync(`${folder}/404.html`))
    }),
  )
  return new Promise((done) =>
    server.listen(0, '127.0.0.1', () => {
      const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
      done({ url: (path) => origin + path, close: () => server.close() })
    }),
  )
}

/** For one test file: the site served and the run's Chromium connected, closed after the file's tests. */
export function builtSite() {
  const session = {} as { browser: Browser; url: (path: string) => string; close: () => void }
  beforeAll(async () => {
    Object.assign(session, await serveFolder(), { browser: await chromium.connect(inject('browserEndpoint')) })
  })
  afterAll(async () => {
    session.close?.()
    await session.browser?.close()
  })
  return session
}

/** A new page in a context of its own; `hydrated` waits until VitePress has started on it. */
export async function openPage(
  browser: Browser,
  url: string,
  options: BrowserContextOptions & { hydrated?: boolean } = {},
): Promise<Page> {
  const { hydrated = true, ...contextOptions } = options
  const page = await (await browser.newContext({ viewport: { width: 1280, height: 800 }, ...contextOptions })).newPage()
  page.setDefaultTimeout(10_000)
  await page.goto(url)
  if (hydrated && options.javaScriptEnabled !== false) {
    await page.waitForFunction(() =>
      Boolean((document.querySelector('#app') as { __vue_app__?: unknown } | null)?.__vue_app__),
    )
  }
  return page
}
