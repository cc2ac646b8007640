import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { request } from 'node:http'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { gunzipSync } from 'node:zlib'
import { readdirSync } from 'node:fs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { listSitePages, serveSite, type SiteServer } from '../../../../scripts/lib/site-server'

const script = `export const answer = ${JSON.stringify('forty-two '.repeat(100))}\n`
const font = Buffer.from('wOF2'.repeat(100))
const distFiles: Record<string, string | Buffer> = {
  'index.html': '<h1>home</h1>',
  '404.html': '<h1>custom not found</h1>',
  'limitations/index.html': '<h1>overview</h1>',
  'limitations/firewall.html': '<h1>firewall</h1>',
  'guide/limit.html': '<h1>limit</h1>',
  'assets/logo.svg': '<svg xmlns="http://www.w3.org/2000/svg"/>',
  'assets/app.js': script,
  'assets/font.woff2': font,
}

let fixture: string
let dist: string
let site: SiteServer
let subPathSite: SiteServer

beforeAll(async () => {
  fixture = await mkdtemp(join(tmpdir(), 'site-server-'))
  dist = join(fixture, 'dist')
  for (const [name, content] of Object.entries(distFiles)) {
    await mkdir(dirname(join(dist, name)), { recursive: true })
    await writeFile(join(dist, name), content)
  }
  await writeFile(join(fixture, 'secret.txt'), 'outside the site')
  site = await serveSite(dist)
  subPathSite = await serveSite(dist, { base: '/docs/' })
})

afterAll(async () => {
  await Promise.all([site.close(), subPathSite.close()])
  await rm(fixture, { recursive: true, force: true })
})

/** A GET with exactly this path and these headers (fetch would normalize the path and add its own encodings). */
function rawGet(
  server: SiteServer,
  path: string,
  headers: Record<string, string> = {},
): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: Buffer }> {
  return new Promise((resolveResponse, reject) => {
    const { hostname, port } = new URL(server.origin)
    request({ hostname, port, path, headers }, (response) => {
      const chunks: Buffer[] = []
      response.on('data', (chunk: Buffer) => chunks.push(chunk))
      response.on('end', () =>
        resolveResponse({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks) }),
      )
    })
      .on('error', reject)
      .end()
  })
}

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

describe('serveSite', () => {
  it.each([
    ['/', '<h1>home</h1>'],
    ['/limitations/', '<h1>overview</h1>'],
    ['/limitations/firewall', '<h1>firewall</h1>'],
    ['/limitations/firewall?from=mail', '<h1>firewall</h1>'],
    ['/guide/limit.html', '<h1>limit</h1>'],
  ])('serves %s as HTML with status 200, as a host with clean URLs does', async (path, body) => {
    const response = await fetch(site.url(path))
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toMatch(/^text\/html/)
    expect(await response.text()).toBe(body)
  })

  it.each([
    ['/no-such-page', 'an unknown page'],
    ['/limitations/firewall/', 'a page asked for as a folder'],
    ['/guide/', 'a folder without an index'],
  ])('answers %s (%s) with the custom 404 page and status 404', async (path) => {
    const response = await fetch(site.url(path))
    expect(response.status).toBe(404)
    expect(await response.text()).toBe('<h1>custom not found</h1>')
  })

  it.each([
    '/../secret.txt',
    '/%2e%2e/secret.txt',
    '/..%2fsecret.txt',
    `/${'..%2f'.repeat(8)}etc/passwd`,
    '//etc/passwd',
  ])('never serves a file outside the build, even for the raw request %s', async (path) => {
    const { status, body } = await rawGet(site, path)
    expect(status).toBe(404)
    expect(body.toString()).not.toContain('outside the site')
  })

  it('serves a sub-path build only under its base, and sends the bare base to it', async () => {
    expect((await fetch(subPathSite.url('/limitations/firewall'))).status).toBe(200)
    expect((await fetch(`${subPathSite.origin}/limitations/firewall`)).status).toBe(404)
    const bare = await fetch(`${subPathSite.origin}/docs`, { redirect: 'manual' })
    expect(bare.status).toBe(301)
    expect(bare.headers.get('location')).toBe('/docs/')
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

describe('serveSite with gzip', () => {
  let compressing: SiteServer

  beforeAll(async () => {
    compressing = await serveSite(dist, { gzip: true })
  })

  afterAll(() => compressing.close())

  it('sends a script gzip-compressed to a client that accepts gzip, and it unpacks to the file', async () => {
    const { headers, body } = await rawGet(compressing, '/assets/app.js', { 'accept-encoding': 'gzip, deflate, br' })
    expect(headers['content-encoding']).toBe('gzip')
    expect(body.length).toBeLessThan(script.length)
    expect(gunzipSync(body).toString()).toBe(script)
  })

  it.each([
    ['a client that does not ask for gzip', {}],
    ['a client that accepts only other codings', { 'accept-encoding': 'br, zstd' }],
  ])('sends the file as it is to %s', async (_case, headers) => {
    const response = await rawGet(compressing, '/assets/app.js', headers)
    expect(response.headers['content-encoding']).toBeUndefined()
    expect(response.body.toString()).toBe(script)
  })

  it('leaves already compressed types such as fonts alone', async () => {
    const { headers, body } = await rawGet(compressing, '/assets/font.woff2', { 'accept-encoding': 'gzip' })
    expect(headers['content-encoding']).toBeUndefined()
    expect(body.equals(font)).toBe(true)
  })

  it('leaves the build it serves as it was: no .gz files written into it', () => {
    const written = readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('.gz'))
    expect(written).toEqual([])
  })

  it('compresses nothing unless asked to', async () => {
    const { headers, body } = await rawGet(site, '/index.html', { 'accept-encoding': 'gzip' })
    expect(headers['content-encoding']).toBeUndefined()
    expect(body.toString()).toBe('<h1>home</h1>')
  })
})
