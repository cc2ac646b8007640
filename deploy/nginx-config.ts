/**
 * Renders deploy/nginx.conf, which is written for the site root, a port-80 server and /var/www/roselab-docs, for
 * another base path, listen address or folder, so that the committed file stays a plain, readable nginx config.
 */
import { readFile } from 'node:fs/promises'
import { fileURLToPath } from 'node:url'

/** The committed server block. */
export const nginxConfigPath = fileURLToPath(new URL('nginx.conf', import.meta.url))

/** The folder deploy/nginx.conf serves the build from. */
export const committedSiteRoot = '/var/www/roselab-docs'
const committedSiteRootPattern = /\/var\/www\/roselab-docs(?=[/;])/g

/** Where deploy/nginx.conf reads the security headers from: outside the folder it serves. */
export const committedHeadersSnippet = '/etc/nginx/snippets/roselab-docs-security-headers.conf'

export interface NginxSiteOptions {
  /** The base the site was built with (`DOCS_BASE`), e.g. `/` or `/docs/`. */
  base: string
  /** Absolute path of the built site. */
  root: string
  /** One `listen` directive for each address, e.g. `['80', '[::]:80']` or `['127.0.0.1:8080']`. */
  listen: readonly string[]
  /** Absolute path of the security-headers snippet; default `committedHeadersSnippet`. */
  headersSnippet?: string
}

/** The server block of `template` (the text of deploy/nginx.conf) for the given base, folder and address. */
export function renderNginxConfig(
  template: string,
  { base, root, listen, headersSnippet = committedHeadersSnippet }: NginxSiteOptions,
): string {
  if (!/^\/([^\s;{}]*\/)?$/.test(base)) throw new Error(`nginx base path must start and end with "/", got "${base}"`)
  if (!/^\/[^\s;{}]*$/.test(root)) throw new Error(`nginx site root must be an absolute path, got "${root}"`)
  if (!/^\/[^\s;{}]*$/.test(headersSnippet)) {
    throw new Error(`nginx headers snippet must be an absolute path, got "${headersSnippet}"`)
  }
  if (isWithin(headersSnippet, root)) {
    throw new Error(
      `nginx headers snippet ${headersSnippet} is inside the folder it serves (${root}): keep server configuration out of it`,
    )
  }
  const badAddress = listen.find((address) => !/^[^\s;{}]+$/.test(address))
  if (listen.length === 0 || badAddress !== undefined) {
    throw new Error(`nginx listen addresses must be one word each, got ${JSON.stringify(listen)}`)
  }

  let listenLines = 0
  const withListen = replaceRequired(template, /^([ \t]*)listen [^;\n]*;\n/gm, 'a listen directive', (_, indent) =>
    listenLines++ === 0 ? listen.map((address) => `${indent}listen ${address};\n`).join('') : '',
  )
  const withSnippet = replaceRequired(
    withListen,
    new RegExp(escapeRegExp(committedHeadersSnippet), 'g'),
    `an include of ${committedHeadersSnippet}`,
    () => headersSnippet,
  )
  const withRoot = replaceRequired(withSnippet, committedSiteRootPattern, `the folder ${committedSiteRoot}`, () =>
    root.replace(/\/+$/, ''),
  )
  const withLocations = replaceRequired(
    withRoot,
    /(location \^~ )\//g,
    'a "location ^~ /" block',
    (_, directive) => directive + base,
  )
  return replaceRequired(
    withLocations,
    /(error_page 404 )\//g,
    'an "error_page 404 /" page',
    (_, directive) => directive + base,
  )
}

/** deploy/nginx.conf rendered for the given options. */
export async function readNginxConfig(options: NginxSiteOptions): Promise<string> {
  return renderNginxConfig(await readFile(nginxConfigPath, 'utf8'), options)
}

function isWithin(path: string, folder: string): boolean {
  const prefix = folder.replace(/\/+$/, '') + '/'
  return path.startsWith(prefix)
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

function replaceRequired(
  text: string,
  pattern: RegExp,
  describe: string,
  replacement: (match: string, group: string) => string,
): string {
  if (!text.match(pattern)) throw new Error(`deploy/nginx.conf: cannot render without ${describe}`)
  return text.replace(pattern, replacement)
}
