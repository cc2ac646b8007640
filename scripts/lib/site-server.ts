/**
 * Serves a build the way a static host with clean URLs does (sirv, as `vitepress preview` does), and lists its pages:
 * for the e2e tests and the benchmark.
 */
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { cp, mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { join, resolve } from 'node:path'
import { gzipSync } from 'node:zlib'
import sirv from 'sirv'
import { builtHtmlFiles, cleanUrlOf } from '../../docs/.vitepress/helpers/built-pages'

export interface SitePage {
  /** Clean URL path relative to the base: `/`, `/limitations/`, `/limitations/firewall`. */
  path: string
  /** The HTML file in the build. */
  file: string
}

/** Every page of a build (each .html file except the 404 page), as clean URL paths. */
export function listSitePages(distDir: string): SitePage[] {
  const root = resolve(distDir)
  return builtHtmlFiles(root)
    .filter((file) => file !== '404.html')
    .map((file) => ({ path: cleanUrlOf(file), file: join(root, file) }))
    .sort((a, b) => a.path.localeCompare(b.path))
}

/** The gzip level of deploy/nginx.conf (`gzip_comp_level 6`). */
export const gzipLevel = 6

// The files deploy/nginx.conf compresses (its gzip_types, plus HTML, which nginx always compresses).
const compressible = /\.(html|css|js|mjs|json|map|xml|txt|svg|webmanifest)$/

export interface SiteServer {
  /** `http://127.0.0.1:<port>` */
  origin: string
  /** Absolute URL of a site path, e.g. `url('/limitations/firewall')`, with the base prefixed. */
  url(path?: string): string
  close(): Promise<void>
}

export interface ServeOptions {
  /** The base the site was built with; default `/`. */
  base?: string
  /**
   * Send text gzip-compressed at deploy/nginx.conf's level to clients that accept it, as the deployed server does
   * (for measuring what readers download). It serves a temporary copy of the build with a `.gz` beside each text
   * file, so the build itself, which may be published, gains no files. Default off, so tests see files byte for byte.
   */
  gzip?: boolean
}

/** Serves a build on 127.0.0.1 (a free port) the way a static host with clean URLs does. */
export async function serveSite(distDir: string, { base = '/', gzip = false }: ServeOptions = {}): Promise<SiteServer> {
  const copy = gzip ? await mkdtemp(join(tmpdir(), 'site-server-')) : undefined
  if (copy) await cp(resolve(distDir), copy, { recursive: true })
  const root = copy ?? resolve(distDir)
  if (gzip) precompress(root)
  const notFoundPage = join(root, '404.html')
  const files = sirv(root, { extensions: ['html'], gzip, etag: false, dev: false })

  const server = createServer((request, response) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.writeHead(405, { allow: 'GET, HEAD' }).end()
      return
    }
    const notFound = () => {
      const page = existsSync(notFoundPage) ? readFileSync(notFoundPage) : 'not found'
      response.writeHead(404, { 'content-type': 'text/html;charset=utf-8' })
      response.end(request.method === 'HEAD' ? undefined : page)
    }
    const url = request.url ?? '/'
    const pathname = url.split('?')[0]!
    if (`${pathname}/` === base) {
      response.writeHead(301, { location: base }).end()
      return
    }
    if (!pathname.startsWith(base)) {
      notFound()
      return
    }
    const rest = url.slice(base.length)
    // Like nginx's try_files: an address ending in "/" is a folder, and only its index.html answers it.
    const folder = rest.split('?')[0]!
    if ((folder === '' || folder.endsWith('/')) && !existsSync(join(root, decodeSafely(folder), 'index.html'))) {
      notFound()
      return
    }
    request.url = `/${rest}`
    files(request, response, notFound)
  })
  await new Promise<void>((resolveListen) => server.listen(0, '127.0.0.1', resolveListen))
  const { port } = server.address() as AddressInfo
  const origin = `http://127.0.0.1:${port}`
  return {
    origin,
    url: (path = '/') => origin + base + path.replace(/^\/+/, ''),
    close: async () => {
      await new Promise<void>((resolveClose, reject) => {
        server.closeAllConnections()
        server.close((error) => (error ? reject(error) : resolveClose()))
      })
      if (copy) await rm(copy, { recursive: true, force: true })
    },
  }
}

function decodeSafely(path: string): string {
  try {
    return decodeURIComponent(path).replace(/\.\.(\/|$)/g, '')
  } catch {
    return path
  }
}

/** Writes `<file>.gz` beside every compressible file of the build that lacks one. */
function precompress(root: string): void {
  for (const name of readdirSync(root, { recursive: true, encoding: 'utf8' })) {
    const file = join(root, name)
    if (!compressible.test(name) || existsSync(`${file}.gz`) || !statSync(file).isFile()) continue
    writeFileSync(`${file}.gz`, gzipSync(readFileSync(file), { level: gzipLevel }))
  }
}
