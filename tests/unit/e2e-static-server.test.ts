import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { request } from 'node:http'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { gunzipSync } from 'node:zlib'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { serveSite, type SiteServer } from '../e2e/static-server'

const script = `export const answer = ${JSON.stringify('forty-two '.repeat(100))}\n`
const font = Buffer.from('wOF2'.repeat(100))

let dist: string
let plain: SiteServer
let compressing: SiteServer

beforeAll(async () => {
  dist = await mkdtemp(join(tmpdir(), 'static-server-'))
  await mkdir(join(dist, 'assets'))
  await writeFile(join(dist, 'assets', 'app.js'), script)
  await writeFile(join(dist, 'assets', 'inter.woff2'), font)
  plain = await serveSite(dist)
  compressing = await serveSite(dist, { gzip: true })
})

afterAll(async () => {
  await Promise.all([plain.close(), compressing.close()])
  await rm(dist, { recursive: true, force: true })
})

interface RawResponse {
  headers: Record<string, string | string[] | undefined>
  body: Buffer
}

/** A GET with exactly the given Accept-Encoding (fetch would add and undo its own). */
function get(site: SiteServer, path: string, acceptEncoding?: string): Promise<RawResponse> {
  return new Promise((resolveResponse, reject) => {
    const headers = acceptEncoding === undefined ? {} : { 'accept-encoding': acceptEncoding }
    request(site.url(path), { headers }, (response) => {
      const chunks: Buffer[] = []
      response.on('data', (chunk: Buffer) => chunks.push(chunk))
      response.on('end', () => resolveResponse({ headers: response.headers, body: Buffer.concat(chunks) }))
      response.on('error', reject)
    })
      .on('error', reject)
      .end()
  })
}

describe('serveSite with gzip', () => {
  it('sends a script gzip-compressed to a client that accepts gzip, and it unpacks to the file', async () => {
    const { headers, body } = await get(compressing, '/assets/app.js', 'gzip, deflate, br')
    expect(headers['content-encoding']).toBe('gzip')
    expect(headers.vary).toBe('Accept-Encoding')
    expect(body.length).toBeLessThan(script.length)
    expect(gunzipSync(body).toString()).toBe(script)
  })

  it.each([
    { why: 'a client that does not ask for gzip', acceptEncoding: undefined },
    { why: 'a client that refuses gzip with q=0', acceptEncoding: 'gzip;q=0, br' },
    { why: 'a client that accepts only other codings', acceptEncoding: 'br, zstd' },
  ])('sends the file as it is to $why', async ({ acceptEncoding }) => {
    const { headers, body } = await get(compressing, '/assets/app.js', acceptEncoding)
    expect(headers['content-encoding']).toBeUndefined()
    expect(body.toString()).toBe(script)
  })

  it('leaves already compressed types such as fonts alone', async () => {
    const { headers, body } = await get(compressing, '/assets/inter.woff2', 'gzip')
    expect(headers['content-encoding']).toBeUndefined()
    expect(body.equals(font)).toBe(true)
  })

  it('compresses nothing unless asked to', async () => {
    const { headers, body } = await get(plain, '/assets/app.js', 'gzip')
    expect(headers['content-encoding']).toBeUndefined()
    expect(body.toString()).toBe(script)
  })
})
