/**
 * Publishing on nginx: nginx with deploy/nginx.conf serves the build at / and a DOCS_BASE=/docs/ build at
 * /docs/; every page runs in Chromium under the generated security headers; then a bounded load run.
 */
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { get, type IncomingHttpHeaders } from 'node:http'
import { join, resolve } from 'node:path'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { existsSync } from 'node:fs'
import {
  contentSecurityPolicy,
  immutableAssetCaching,
  otherSecurityHeaders,
  pageCaching,
} from '../../deploy/security-headers'
import { builtScriptSources } from '../../docs/.vitepress/after-build/security-headers'
import { buildSite, listSitePages, repositoryRoot, sharedBrowser, siteDist, watchPage } from './harness'
import { runLoad } from './load-run'
import { startNginx, type RunningNginx } from './nginx-server'

const subPathBase = '/docs/'
const documentNotFound = 'console error: Failed to load resource: the server responded with a status of 404 (Not Found)'
const pages = listSitePages(siteDist())
const unhashedScriptPage = 'csp-probe'
const inlineStylePage = 'csp-style-probe'

let workDir: string
let subPathDist: string
let nginx: RunningNginx
let browser: Browser
/** `http://127.0.0.1:<port>` + base of each site nginx serves. */
let rootSite: string
let subPathSite: string
let probeSite: string

/** The two builds nginx serves: `site` is where the site starts, `dist` the folder it is served from. */
const servedSites = [
  { label: '/', site: () => rootSite, dist: () => siteDist() },
  { label: '/docs/', site: () => subPathSite, dist: () => subPathDist },
]

beforeAll(async () => {
  await mkdir(join(repositoryRoot, '.tmp'), { recursive: true })
  workDir = await mkdtemp(join(repositoryRoot, '.tmp', 'nginx-'))
  // npm test builds the sub-path site once for this test and the sub-path link check (DOCS_SUBPATH_DIST).
  subPathDist = resolve(process.env.DOCS_SUBPATH_DIST ?? join(workDir, 'dist-docs'))
  if (!process.env.DOCS_SUBPATH_DIST)
    await buildSite(join(repositoryRoot, 'docs'), subPathDist, { DOCS_BASE: subPathBase })

  // The root build with two faults the page check must catch: a page with an inline script the build never hashed,
  // and a page with an inline <style> element, which the policy no longer allows (diagrams are drawn at build time).
  const probeDist = join(workDir, 'probe')
  await cp(siteDist(), probeDist, { recursive: true })
  await writeFile(
    join(probeDist, `${unhashedScriptPage}.html`),
    '<!doctype html><html lang="en"><head><title>probe</title><script>document.title = "ran"</script></head></html>',
  )
  await writeFile(
    join(probeDist, `${inlineStylePage}.html`),
    '<!doctype html><html lang="en"><head><title>probe</title><style>body { color: red }</style></head></html>',
  )

  const nginxDir = join(workDir, 'nginx')
  await mkdir(nginxDir)
  nginx = await startNginx(
    [
      { base: '/', root: siteDist() },
      { base: subPathBase, root: subPathDist },
      // Served with the headers of the real build, which never hashed the probe's script.
      { base: '/', root: probeDist, headersFrom: siteDist() },
    ],
    nginxDir,
  )
  const [rootOrigin, subPathOrigin, probeOrigin] = nginx.origins
  rootSite = `${rootOrigin}/`
  subPathSite = `${subPathOrigin}${subPathBase}`
  probeSite = `${probeOrigin}/`
  browser = await sharedBrowser()
})

afterAll(async () => {
  await browser?.close()
  await nginx?.stop()
  if (workDir) await rm(workDir, { recursive: true, force: true })
})

/** Opens `url` in Chromium; resolves with the status and every problem, CSP violations included. */
async function visit(url: string): Promise<{ status: number | undefined; problems: string[] }> {
  const page = await browser.newPage()
  try {
    const problems = watchPage(page)
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (event) => {
        console.error(`Content Security Policy violation: ${event.effectiveDirective} blocked ${event.blockedURI}`)
      })
    })
    const response = await page.goto(url, { waitUntil: 'networkidle' })
    return { status: response?.status(), problems: problems.list }
  } finally {
    await page.close()
  }
}

interface RawResponse {
  status: number | undefined
  headers: IncomingHttpHeaders
  body: Buffer
}

/** A GET with exactly the given headers; the body stays as sent (compressed, if it was). */
function request(url: string, headers: Record<string, string> = {}): Promise<RawResponse> {
  return new Promise((resolveResponse, reject) => {
    get(url, { headers }, (response) => {
      const chunks: Buffer[] = []
      response.on('data', (chunk: Buffer) => chunks.push(chunk))
      response.on('error', reject)
      response.on('end', () =>
        resolveResponse({ status: response.statusCode, headers: response.headers, body: Buffer.concat(chunks) }),
      )
    }).on('error', reject)
  })
}

/** Path (from the site root, no leading slash) of a hashed script of the build, taken from its home page. */
async function hashedScriptPath(dist: string): Promise<string> {
  const html = await readFile(join(dist, 'index.html'), 'utf8')
  const match = /<script type="module" src="[^"]*?\/(assets\/[^"]+\.js)"/.exec(html)
  if (!match?.[1]) throw new Error(`${dist}/index.html loads no hashed script`)
  return match[1]
}

async function expectCompressed(encoding: 'gzip' | 'br'): Promise<void> {
  for (const url of [`${rootSite}limitations/firewall`, rootSite + (await hashedScriptPath(siteDist()))]) {
    const { headers } = await request(url, { 'accept-encoding': encoding })
    expect(headers['content-encoding'], url).toBe(encoding)
    expect(headers.vary, url).toContain('Accept-Encoding')
  }
}

describe('nginx with deploy/nginx.conf', () => {
  it.each(pages)('runs $path at / with no CSP violation or console error', async ({ path }) => {
    const { status, problems } = await visit(rootSite + path.slice(1))
    expect(status).toBe(200)
    expect(problems).toEqual([])
  })

  it.each(pages)('runs $path under the /docs/ sub-path with no CSP violation or console error', async ({ path }) => {
    const { status, problems } = await visit(subPathSite + path.slice(1))
    expect(status).toBe(200)
    expect(problems).toEqual([])
  })

  it('reports a CSP violation for an inline script the build did not hash', async () => {
    const { status, problems } = await visit(probeSite + unhashedScriptPage)
    expect(status).toBe(200)
    expect(problems).toContainEqual(expect.stringMatching(/Content Security Policy violation: script-src-elem/))
  })

  it('reports a CSP violation for an inline <style> element', async () => {
    const { status, problems } = await visit(probeSite + inlineStylePage)
    expect(status).toBe(200)
    expect(problems).toContainEqual(expect.stringMatching(/Content Security Policy violation: style-src-elem/))
  })

  it.each(servedSites)(
    "answers an unknown URL under $label with status 404, the site's 404 page and the security headers",
    async ({ site, dist }) => {
      const response = await request(`${site()}no-such-page`)
      expect(response.status).toBe(404)
      expect(response.body.toString()).toBe(await readFile(join(dist(), '404.html'), 'utf8'))
      expect(response.headers['content-security-policy']).toContain("frame-ancestors 'none'")
      const { status, problems } = await visit(`${site()}no-such-page`)
      expect(status).toBe(404)
      // Chromium logs the 404 of the page itself; a failing sub-resource or a CSP violation would add lines.
      expect(problems).toEqual([documentNotFound])
    },
  )

  it.each([
    { url: () => `${rootSite}limitations/firewall`, file: 'limitations/firewall.html' },
    { url: () => `${rootSite}limitations/firewall.html`, file: 'limitations/firewall.html' },
    { url: () => `${rootSite}limitations/`, file: 'limitations/index.html' },
    { url: () => rootSite, file: 'index.html' },
  ])('serves $file at its clean URL', async ({ url, file }) => {
    const response = await request(url())
    expect(response.status).toBe(200)
    expect(response.body.toString()).toBe(await readFile(join(siteDist(), file), 'utf8'))
  })

  it('serves the sub-path build at its clean URLs under /docs/', async () => {
    const response = await request(`${subPathSite}limitations/firewall`)
    expect(response.status).toBe(200)
    expect(response.body.toString()).toBe(await readFile(join(subPathDist, 'limitations/firewall.html'), 'utf8'))
  })

  it('sends a directory without its slash to the directory, relative to the host', async () => {
    const response = await request(`${subPathSite}limitations`)
    expect(response.status).toBe(301)
    expect(response.headers.location).toBe(`${subPathBase}limitations/`)
  })

  it.each(servedSites)(
    'takes an old /guide/limit#kill-gpu-process link to its section under $label',
    async ({ site }) => {
      const target = `${site()}limitations/gpu-passthrough#kill-gpu-process`
      const page = await browser.newPage()
      try {
        const problems = watchPage(page)
        await page.goto(`${site()}guide/limit#kill-gpu-process`)
        await page.waitForURL(target)
        await page.locator('#kill-gpu-process').waitFor()
        expect(problems.list).toEqual([])
      } finally {
        await page.close()
      }
    },
  )

  it('sends pages with no-cache and every security header, no HSTS over plain HTTP, and no nginx version', async () => {
    const { headers } = await request(`${rootSite}limitations/firewall`)
    expect(headers['cache-control']).toBe(pageCaching)
    expect(headers['content-security-policy']).toBe(contentSecurityPolicy(await builtScriptSources(siteDist())))
    expect(headers['content-security-policy']).toMatch(/script-src 'self'( 'sha256-[A-Za-z0-9+/]+=*')+;/)
    for (const [name, value] of Object.entries(otherSecurityHeaders)) expect(headers[name.toLowerCase()]).toBe(value)
    expect(headers['strict-transport-security']).toBeUndefined()
    expect(headers.server).toBe('nginx')
  })

  it.each(servedSites)(
    'does not serve the _headers file meant for other hosts under $label',
    async ({ site, dist }) => {
      expect(existsSync(join(dist(), '_headers'))).toBe(true)
      const { status, headers } = await request(`${site()}_headers`)
      expect(status).toBe(404)
      expect(headers['content-security-policy']).toContain("default-src 'self'")
    },
  )

  it.each(servedSites)(
    'caches the hashed assets under $label for a year as immutable, with the security headers',
    async ({ site, dist }) => {
      const { status, headers } = await request(site() + (await hashedScriptPath(dist())))
      expect(status).toBe(200)
      expect(headers['cache-control']).toBe(immutableAssetCaching)
      expect(headers['content-security-policy']).toContain("default-src 'self'")
      expect(headers['x-content-type-options']).toBe('nosniff')
    },
  )

  it('compresses pages and scripts with gzip when the browser accepts it', async () => {
    await expectCompressed('gzip')
  })

  it('compresses pages and scripts with brotli (the module npm run setup installs)', async () => {
    await expectCompressed('br')
  })

  it('answers 5,000 page requests, 32 at a time, without one error', { timeout: 180_000 }, async () => {
    const result = await runLoad({
      urls: pages.map(({ path }) => rootSite + path.slice(1)),
      requests: 5_000,
      concurrency: 32,
      headers: { 'accept-encoding': 'gzip' },
    })
    console.info(
      `nginx load run: ${result.requests} requests over ${pages.length} pages, 32 in flight, in ` +
        `${result.seconds.toFixed(1)} s: ${Math.round(result.requestsPerSecond)} requests/s, ` +
        `p50 ${result.p50Milliseconds.toFixed(2)} ms, p99 ${result.p99Milliseconds.toFixed(2)} ms`,
    )
    expect(result.failures).toEqual([])
  })

  it('counts every failed request of a load run', async () => {
    const result = await runLoad({ urls: [`${rootSite}no-such-page`], requests: 10, concurrency: 4 })
    expect(result.failures).toHaveLength(10)
    expect(result.failures[0]).toContain('HTTP 404')
  })
})
