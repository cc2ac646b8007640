import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { request } from 'node:http'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  contentTypeOf,
  linksTo,
  listSitePages,
  missingIds,
  parseHtml,
  resolveRequest,
  serveSite,
  visibleText,
  type SiteServer,
} from '../e2e/harness'
import type { Page } from 'playwright-core'
import { chromiumPath, debianHeadlessShell, headlessChromiumPath } from '../../scripts/lib/chromium'
import { pollPage } from '../e2e/toolchain'

let fixture: string
let dist: string

const distFiles: Record<string, string> = {
  'index.html': '<h1>home</h1>',
  '404.html': '<h1>custom not found</h1>',
  'limitations/index.html': '<h1>overview</h1>',
  'limitations/firewall.html': '<h1>firewall</h1>',
  'guide/limit.html': '<h1>limit</h1>',
  'assets/logo.svg': '<svg xmlns="http://www.w3.org/2000/svg"/>',
  'assets/font.woff2': 'wOF2',
}

beforeAll(async () => {
  fixture = await mkdtemp(join(tmpdir(), 'e2e-harness-'))
  dist = join(fixture, 'dist')
  for (const [name, content] of Object.entries(distFiles)) {
    await mkdir(dirname(join(dist, name)), { recursive: true })
    await writeFile(join(dist, name), content)
  }
  await writeFile(join(fixture, 'secret.txt'), 'outside the site')
})

afterAll(async () => {
  await rm(fixture, { recursive: true, force: true })
})

describe('resolveRequest', () => {
  it.each([
    { path: '/', file: 'index.html' },
    { path: '/limitations/', file: 'limitations/index.html' },
    { path: '/limitations/firewall', file: 'limitations/firewall.html' },
    { path: '/guide/limit.html', file: 'guide/limit.html' },
    { path: '/assets/logo.svg', file: 'assets/logo.svg' },
  ])('serves $path from $file with status 200', async ({ path, file }) => {
    expect(await resolveRequest(dist, '/', path)).toEqual({
      kind: 'file',
      status: 200,
      file: join(dist, file),
    })
  })

  it('redirects a directory without its trailing slash, like a static host', async () => {
    expect(await resolveRequest(dist, '/', '/limitations')).toEqual({
      kind: 'redirect',
      status: 301,
      location: '/limitations/',
    })
  })

  it.each([
    { path: '/no-such-page', why: 'an unknown page' },
    { path: '/limitations/firewall/', why: 'a page asked for as a directory' },
    { path: '/../secret.txt', why: 'a parent-directory segment' },
    { path: '/%2e%2e/secret.txt', why: 'an encoded parent-directory segment' },
    { path: '/..%2fsecret.txt', why: 'an encoded slash' },
    { path: `/${'..%2f'.repeat(8)}etc/passwd`, why: 'a deep traversal' },
    { path: '//etc/passwd', why: 'an absolute path' },
    { path: '/%E0%A4%A', why: 'malformed percent-encoding' },
    { path: '/index.html%00.svg', why: 'a NUL byte' },
  ])('answers $why with the 404 page and status 404', async ({ path }) => {
    expect(await resolveRequest(dist, '/', path)).toEqual({ kind: 'file', status: 404, file: join(dist, '404.html') })
  })

  it('serves a sub-path build only under its base', async () => {
    expect(await resolveRequest(dist, '/docs/', '/docs/limitations/firewall')).toMatchObject({
      status: 200,
      file: join(dist, 'limitations/firewall.html'),
    })
    expect(await resolveRequest(dist, '/docs/', '/limitations/firewall')).toMatchObject({ status: 404 })
    expect(await resolveRequest(dist, '/docs/', '/docs')).toEqual({ kind: 'redirect', status: 301, location: '/docs/' })
  })

  it('answers a plain 404 when the build has no 404 page', async () => {
    expect(await resolveRequest(join(dist, 'limitations'), '/', '/missing')).toEqual({ kind: 'missing', status: 404 })
  })
})

describe('serveSite', () => {
  let site: SiteServer

  beforeAll(async () => {
    site = await serveSite(dist)
  })

  afterAll(async () => {
    await site.close()
  })

  it('serves a clean URL as HTML with status 200', async () => {
    const response = await fetch(site.url('/limitations/firewall'))
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8')
    expect(await response.text()).toBe('<h1>firewall</h1>')
  })

  it('ignores the query string', async () => {
    expect((await fetch(site.url('/limitations/firewall?from=mail'))).status).toBe(200)
  })

  it('serves the custom 404 page with status 404 for an unknown URL', async () => {
    const response = await fetch(site.url('/no-such-page'))
    expect(response.status).toBe(404)
    expect(await response.text()).toBe('<h1>custom not found</h1>')
  })

  it('never serves a file outside the build, even for a raw traversal request', async () => {
    const { status, body } = await rawGet(site.origin, '/../secret.txt')
    expect(status).toBe(404)
    expect(body).not.toContain('outside the site')
  })

  it('refuses methods other than GET and HEAD', async () => {
    expect((await fetch(site.url('/'), { method: 'POST' })).status).toBe(405)
  })

  it('answers HEAD with headers and no body', async () => {
    const response = await fetch(site.url('/assets/logo.svg'), { method: 'HEAD' })
    expect(response.headers.get('content-type')).toBe('image/svg+xml')
    expect(await response.text()).toBe('')
  })
})

describe('contentTypeOf', () => {
  it.each([
    ['page.html', 'text/html; charset=utf-8'],
    ['app.js', 'text/javascript; charset=utf-8'],
    ['style.css', 'text/css; charset=utf-8'],
    ['logo.svg', 'image/svg+xml'],
    ['shot.PNG', 'image/png'],
    ['inter.woff2', 'font/woff2'],
    ['hashmap.json', 'application/json; charset=utf-8'],
    ['sitemap.xml', 'application/xml; charset=utf-8'],
    ['robots.txt', 'text/plain; charset=utf-8'],
    ['archive.unknown', 'application/octet-stream'],
  ])('sends %s as %s', (file, type) => {
    expect(contentTypeOf(file)).toBe(type)
  })
})

describe('listSitePages', () => {
  it('lists every HTML page of a build as a clean URL, without the 404 page', () => {
    expect(listSitePages(dist).map((page) => page.path)).toEqual([
      '/',
      '/guide/limit',
      '/limitations/',
      '/limitations/firewall',
    ])
  })
})

describe('page helpers', () => {
  const pageUrl = 'http://127.0.0.1:8080/limitations/firewall'
  const document = parseHtml(
    `<main>
      <h2 id="kill-gpu-process">Kill</h2>
      <p>2&nbsp;TB   of
        RAM</p>
      <a href="/limitations/zz-extra">absolute</a>
      <a href="zz-extra.html">relative with extension</a>
      <a href="/limitations/zz-extra-other">another page</a>
    </main>`,
    pageUrl,
  )

  it('reports only the ids the page lacks', () => {
    expect(missingIds(document, ['kill-gpu-process', 'monitor-gpu-process'])).toEqual(['monitor-gpu-process'])
  })

  it('finds links to a page however they are written, and no others', () => {
    expect(linksTo(document, pageUrl, '/limitations/zz-extra').map((link) => link.textContent)).toEqual([
      'absolute',
      'relative with extension',
    ])
    expect(linksTo(document, pageUrl, '/limitations/absent')).toEqual([])
  })

  it('reads text as a reader sees it, spaces collapsed', () => {
    expect(visibleText(document.querySelector('p'))).toBe('2 TB of RAM')
    expect(visibleText(null)).toBe('')
  })
})

function rawGet(origin: string, path: string): Promise<{ status: number; body: string }> {
  return new Promise((resolveResponse, reject) => {
    const { hostname, port } = new URL(origin)
    const outgoing = request({ hostname, port, path, method: 'GET' }, (response) => {
      let body = ''
      response.on('data', (chunk: Buffer) => (body += chunk.toString()))
      response.on('end', () => resolveResponse({ status: response.statusCode ?? 0, body }))
    })
    outgoing.on('error', reject)
    outgoing.end()
  })
}

describe('the Chromium each part runs', () => {
  const installed =
    (...paths: string[]) =>
    (path: string) =>
      paths.includes(path)

  it('measures with the full Chromium, at CHROME_PATH when it is set', () => {
    expect(chromiumPath({})).toBe('/usr/bin/chromium')
    expect(chromiumPath({ CHROME_PATH: '/opt/chrome/chrome' })).toBe('/opt/chrome/chrome')
  })

  it("tests in Debian's headless shell when it is installed", () => {
    expect(headlessChromiumPath({}, installed(debianHeadlessShell))).toBe(debianHeadlessShell)
  })

  it('tests in the full Chromium when no headless shell is installed', () => {
    expect(headlessChromiumPath({}, installed())).toBe('/usr/bin/chromium')
  })

  it('tests in the browser CHROME_PATH names, not in a headless shell it did not name', () => {
    expect(headlessChromiumPath({ CHROME_PATH: '/opt/chrome/chrome' }, installed(debianHeadlessShell))).toBe(
      '/opt/chrome/chrome',
    )
  })

  it('tests in the headless shell CHROME_HEADLESS_SHELL names', () => {
    const env = { CHROME_PATH: '/opt/chrome/chrome', CHROME_HEADLESS_SHELL: '/opt/chrome/headless_shell' }
    expect(headlessChromiumPath(env, installed())).toBe('/opt/chrome/headless_shell')
  })
})

describe('pollPage', () => {
  /** A page whose predicate first holds on the `holdsAt`-th question; counts the questions. */
  function pageHoldingAt(holdsAt: number) {
    let asked = 0
    const page = {
      evaluate: async () => ++asked >= holdsAt,
      waitForTimeout: (ms: number) => new Promise((resolve) => setTimeout(resolve, ms)),
      url: () => 'http://127.0.0.1/limitations/',
    }
    return { page: page as unknown as Page, asked: () => asked }
  }

  it('asks the page again until the predicate holds', async () => {
    const { page, asked } = pageHoldingAt(3)
    await pollPage(page, 'document.readyState === "complete"', 5_000, () => 'never')
    expect(asked()).toBe(3)
  })

  it('gives up after the timeout with the message the caller gives', async () => {
    const { page, asked } = pageHoldingAt(Infinity)
    await expect(
      pollPage(
        page,
        () => false,
        120,
        () => `${page.url()} never held`,
      ),
    ).rejects.toThrow('http://127.0.0.1/limitations/ never held')
    expect(asked()).toBeGreaterThan(1)
  })
})
