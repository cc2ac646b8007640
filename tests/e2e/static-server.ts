/**
 * A static server that behaves like a host with clean URLs, and the list of a build's pages: the parts of the e2e
 * harness that need no test runner, so that scripts (the benchmark) use them too.
 */
import { createReadStream, readdirSync } from 'node:fs'
import { stat } from 'node:fs/promises'
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { extname, join, resolve, sep } from 'node:path'
import { pipeline } from 'node:stream/promises'
import { createGzip } from 'node:zlib'

export interface SitePage {
  /** Clean URL path relative to the base: `/`, `/limitations/`, `/limitations/firewall`. */
  path: string
  /** The HTML file in the build. */
  file: string
}

/** Every page of a build (each .html file except the 404 page), as clean URL paths. */
export function listSitePages(distDir: string): SitePage[] {
  const root = resolve(distDir)
  return readdirSync(root, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.html') && name !== '404.html')
    .map((name) => ({ path: cleanUrlOf(name), file: join(root, name) }))
    .sort((a, b) => a.path.localeCompare(b.path))
}

function cleanUrlOf(htmlFile: string): string {
  const path = `/${htmlFile.split(sep).join('/')}`
  return path.endsWith('/index.html') ? path.slice(0, -'index.html'.length) : path.slice(0, -'.html'.length)
}

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
}

/** Content-Type a static host sends for a file name. */
export function contentTypeOf(file: string): string {
  return contentTypes[extname(file).toLowerCase()] ?? 'application/octet-stream'
}

// The types deploy/nginx.conf compresses (its gzip_types, plus text/html, which nginx always compresses).
const compressibleType = /^(text\/|application\/(json|xml|manifest\+json)|image\/svg\+xml)/

/** The gzip level of deploy/nginx.conf (`gzip_comp_level 6`). */
export const gzipLevel = 6

export type Resolution =
  | { kind: 'file'; status: 200 | 404; file: string }
  | { kind: 'redirect'; status: 301; location: string }
  | { kind: 'missing'; status: 404 }

/**
 * Maps a request path to what a static host with clean URLs answers: the file itself, `<path>.html`,
 * `<dir>/index.html`, a redirect that adds the slash to a directory, or the site's 404 page.
 * Paths outside `base` or outside `root` (after decoding) are never served.
 */
export async function resolveRequest(root: string, base: string, pathname: string): Promise<Resolution> {
  const siteRoot = resolve(root)
  const notFound = async (): Promise<Resolution> => {
    const page = join(siteRoot, '404.html')
    return (await isFile(page)) ? { kind: 'file', status: 404, file: page } : { kind: 'missing', status: 404 }
  }

  let decoded: string
  try {
    decoded = decodeURIComponent(pathname)
  } catch {
    return notFound()
  }
  if (decoded.includes('\0')) return notFound()
  if (`${decoded}/` === base) return { kind: 'redirect', status: 301, location: base }
  if (!decoded.startsWith(base)) return notFound()

  const rest = decoded.slice(base.length)
  const target = resolve(siteRoot, rest)
  if (target !== siteRoot && !target.startsWith(siteRoot + sep)) return notFound()

  if (rest === '' || rest.endsWith('/')) {
    const index = join(target, 'index.html')
    return (await isFile(index)) ? { kind: 'file', status: 200, file: index } : notFound()
  }
  if (await isFile(target)) return { kind: 'file', status: 200, file: target }
  if (await isFile(`${target}.html`)) return { kind: 'file', status: 200, file: `${target}.html` }
  if (await isFile(join(target, 'index.html'))) return { kind: 'redirect', status: 301, location: `${pathname}/` }
  return notFound()
}

async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile()
  } catch {
    return false
  }
}

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
   * Compress text responses with gzip at deploy/nginx.conf's level for clients that accept it, as the deployed
   * server does (for measuring what readers download); default off, so tests see files byte for byte.
   */
  gzip?: boolean
}

/** Serves a build on 127.0.0.1 (a free port) the way a static host with clean URLs does. */
export async function serveSite(distDir: string, { base = '/', gzip = false }: ServeOptions = {}): Promise<SiteServer> {
  const server = createServer((request, response) => {
    handleRequest(distDir, base, gzip, request, response).catch((error: unknown) => {
      if (response.headersSent) {
        response.destroy()
        return
      }
      response.statusCode = 500
      response.end(String(error))
    })
  })
  await new Promise<void>((resolveListen) => server.listen(0, '127.0.0.1', resolveListen))
  const { port } = server.address() as AddressInfo
  const origin = `http://127.0.0.1:${port}`
  return {
    origin,
    url: (path = '/') => origin + base + path.replace(/^\/+/, ''),
    close: () =>
      new Promise<void>((resolveClose, reject) => {
        server.closeAllConnections()
        server.close((error) => (error ? reject(error) : resolveClose()))
      }),
  }
}

async function handleRequest(
  distDir: string,
  base: string,
  gzip: boolean,
  request: IncomingMessage,
  response: ServerResponse,
): Promise<void> {
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    response.writeHead(405, { allow: 'GET, HEAD' }).end()
    return
  }
  const { pathname } = new URL(request.url ?? '/', 'http://localhost')
  const resolution = await resolveRequest(distDir, base, pathname)
  if (resolution.kind === 'redirect') {
    response.writeHead(301, { location: resolution.location }).end()
    return
  }
  if (resolution.kind === 'missing') {
    response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('not found')
    return
  }
  const contentType = contentTypeOf(resolution.file)
  const compress = gzip && compressibleType.test(contentType) && acceptsGzip(request)
  if (compress) {
    response.writeHead(resolution.status, {
      'content-type': contentType,
      'content-encoding': 'gzip',
      vary: 'Accept-Encoding',
    })
  } else {
    const { size } = await stat(resolution.file)
    response.writeHead(resolution.status, { 'content-type': contentType, 'content-length': size })
  }
  if (request.method === 'HEAD') {
    response.end()
    return
  }
  if (compress) await pipeline(createReadStream(resolution.file), createGzip({ level: gzipLevel }), response)
  else await pipeline(createReadStream(resolution.file), response)
}

/** Whether the request's Accept-Encoding lists gzip with a quality above zero. */
function acceptsGzip(request: IncomingMessage): boolean {
  return (request.headers['accept-encoding'] ?? '').split(',').some((entry) => {
    const [coding = '', ...parameters] = entry.split(';').map((part) => part.trim().toLowerCase())
    const quality = parameters.find((parameter) => parameter.startsWith('q='))
    return coding === 'gzip' && (quality === undefined || Number(quality.slice(2)) > 0)
  })
}
