/**
 * Resolves site links against a built site the way a static host with clean URLs does, and reads section ids from
 * the built HTML itself (never re-slugified), so a link that passes here works for a reader.
 */
import { readFileSync } from 'node:fs'
import { builtPageFile } from '../../docs/.vitepress/helpers/built-pages'
import { attribute, elementById, findAll, parseHtml, type HtmlDocument } from '../../docs/.vitepress/helpers/html'

/** A link that must keep working, with where it is recorded (`file:line`) for the error message. */
export interface RecordedLink {
  url: string
  source: string
}

/**
 * One line per link that does not lead to an existing page and id: `source: url: what is missing`. A query
 * parameter `name=value` must be honoured by an element with `data-name="value"` on the page (as the quota table's
 * rows carry `data-server`).
 */
export function brokenLinks(distDir: string, links: readonly RecordedLink[]): string[] {
  const documents = new Map<string, HtmlDocument>()
  const documentOf = (file: string) => {
    let document = documents.get(file)
    if (!document) {
      document = parseHtml(readFileSync(file, 'utf8'))
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
    if (id && !elementById(document, id)) fail(`no element with id "${id}" in ${pageName}`)
    for (const [name, value] of url.searchParams) {
      if (!/^[a-z][a-z0-9-]*$/.test(name)) {
        fail(`query parameter "${name}" cannot name a data attribute; use lowercase letters, digits and "-"`)
        continue
      }
      const dataAttribute = `data-${name}`
      const honoured = findAll(document, (element) => attribute(element, dataAttribute) === value).length > 0
      if (!honoured) {
        fail(`no element with ${dataAttribute}="${value}" in ${pageName}, so ?${name}=${value} does nothing`)
      }
    }
  }
  return problems
}
