/**
 * Resolves site links against a built site the way a static host with clean URLs does, and reads section ids from
 * the built HTML itself (never re-slugified), so a link that passes here works for a reader.
 */
import { existsSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { JSDOM } from 'jsdom'

/** A link that must keep working, with where it is recorded (`file:line`) for the error message. */
export interface RecordedLink {
  url: string
  source: string
}

/** The built HTML file a host serves for a site path (relative to the base), if any. */
export function builtPageFile(distDir: string, pathname: string): string | undefined {
  const path = decodeURIComponent(pathname).replace(/^\/+/, '')
  const candidates =
    path === '' || path.endsWith('/') ? [`${path}index.html`] : [path, `${path}.html`, `${path}/index.html`]
  return candidates
    .map((candidate) => join(distDir, candidate))
    .find((file) => existsSync(file) && statSync(file).isFile())
}

/**
 * One line per link that does not lead to an existing page and id: `source: url: what is missing`. A query
 * parameter `name=value` must be honoured by an element with `data-name="value"` on the page (as the quota table's
 * rows carry `data-server`).
 */
export function brokenLinks(distDir: string, links: readonly RecordedLink[]): string[] {
  const documents = new Map<string, Document>()
  const documentOf = (file: string) => {
    let document = documents.get(file)
    if (!document) {
      document = new JSDOM(readFileSync(file, 'utf8')).window.document
      documents.set(file, document)
    }
    return document
  }

  const problems: string[] = []
  for (const link of links) {
    const url = new URL(link.url, 'https://site.invalid/')
    const file = builtPageFile(distDir, url.pathname)
    const fail = (what: string) => problems.push(`${link.source}: ${link.url}: ${what}`)
    if (!file) {
      fail(`no page at ${url.pathname} in ${distDir}`)
      continue
    }
    if (!file.endsWith('.html')) continue
    const document = documentOf(file)
    const pageName = file.slice(distDir.length).replace(/^[/\\]+/, '')
    const id = decodeURIComponent(url.hash.slice(1))
    if (id && !document.getElementById(id)) fail(`no element with id "${id}" in ${pageName}`)
    for (const [name, value] of url.searchParams) {
      if (!/^[a-z][a-z0-9-]*$/.test(name)) {
        fail(`query parameter "${name}" cannot name a data attribute; use lowercase letters, digits and "-"`)
        continue
      }
      const attribute = `data-${name}`
      const honoured = [...document.querySelectorAll(`[${attribute}]`)].some(
        (element) => element.getAttribute(attribute) === value,
      )
      if (!honoured) fail(`no element with ${attribute}="${value}" in ${pageName}, so ?${name}=${value} does nothing`)
    }
  }
  return problems
}
