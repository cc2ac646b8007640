/**
 * Build step: a static page for each page of the lab's previous site (data/redirects.ts), so that `/guide/limit`
 * and `/guide/limit.html` keep working on any static host, with no server rules. With JavaScript the page replaces
 * itself at once with the new page and section for the address's anchor (a small script file, which a
 * Content-Security-Policy of `script-src 'self'` allows); without, a meta refresh goes to the best page and a plain
 * list links every new section.
 */
import { readFileSync } from 'node:fs'
import { mkdir, writeFile } from 'node:fs/promises'
import { dirname, join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { SiteData } from 'vitepress'
import { absoluteUrl } from '../site'
import { anchorAliases, movedPages, validateRedirects, type MovedPage } from '../data/redirects'
import { builtPageFile } from '../helpers/built-pages'
import {
  elementById,
  escapeHtml,
  find,
  hasClass,
  parseHtml,
  textOf,
  type HtmlDocument,
  type HtmlElement,
} from '../helpers/html'

/** The script every redirect page loads, at the root of the build. */
export const redirectScriptName = 'redirect.js'

/**
 * Picks the link for the address's anchor (`data-old-anchor`), else the page's default (`data-default-target`), and
 * replaces the page with it, so the old address does not stay in the history.
 */
export const redirectScript = `(() => {
  let anchor = ''
  try { anchor = decodeURIComponent(location.hash.slice(1)) } catch {}
  const links = [...document.querySelectorAll('a[data-old-anchor]')]
  const target = links.find((link) => link.dataset.oldAnchor === anchor) || document.querySelector('a[data-default-target]')
  if (target) location.replace(target.href)
})()
`

/** A link of a redirect page: where it goes, what it is called, and the old anchor it replaces (none for the default). */
export interface RedirectLink {
  href: string
  text: string
  oldAnchor?: string
}

export interface RedirectPageOptions {
  base: string
  siteTitle: string
  /** Absolute URL of the default target, for `rel="canonical"`. */
  canonical: string
  /** The default target first, then one link per old anchor. */
  links: [RedirectLink, ...RedirectLink[]]
  oldPath: string
}

/** The HTML of one redirect page. */
export function renderRedirectPage({ base, siteTitle, canonical, links, oldPath }: RedirectPageOptions): string {
  const [fallback, ...sections] = links
  const item = (link: RedirectLink, attribute: string) =>
    `<li><a href="${escapeHtml(link.href)}" ${attribute}>${escapeHtml(link.text)}</a></li>`
  return `<!DOCTYPE html>
<html lang="en-US">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1">
<title>This page has moved | ${escapeHtml(siteTitle)}</title>
<meta name="robots" content="noindex">
<link rel="canonical" href="${escapeHtml(canonical)}">
<noscript><meta http-equiv="refresh" content="0; url=${escapeHtml(fallback.href)}"></noscript>
<script src="${escapeHtml(base + redirectScriptName)}" defer></script>
</head>
<body style="max-width:40rem;margin:3rem auto;padding:0 1.5rem;font-family:system-ui,sans-serif;line-height:1.6">
<main>
<h1>This page has moved</h1>
<p>The page <code>${escapeHtml(oldPath)}</code> of the lab's previous site is now split into the pages below.</p>
<ul>
${[item(fallback, 'data-default-target'), ...sections.map((link) => item(link, `data-old-anchor="${escapeHtml(link.oldAnchor ?? '')}"`))].join('\n')}
</ul>
</main>
</body>
</html>
`
}

/**
 * Names a site path after what the built site shows there: "GPU passthrough: Kill GPU processes". `parsedPages`
 * keeps each page parsed once across calls (a page is parsed in about 100 ms, and most targets share a page).
 */
export function describeTarget(outDir: string, target: string, parsedPages = new Map<string, HtmlDocument>()): string {
  const url = new URL(target, 'https://site.invalid/')
  const file = builtPageFile(outDir, url.pathname)
  if (!file) throw new Error(`no page at ${url.pathname} in the build`)
  let document = parsedPages.get(file)
  if (!document) {
    document = parseHtml(readFileSync(file, 'utf8'))
    parsedPages.set(file, document)
  }
  const doc = find(document, (element) => hasClass(element, 'vp-doc'))
  const heading = doc && find(doc, (element) => element.tagName === 'h1')
  const pageTitle = headingText(heading) || headingText(find(document, (element) => element.tagName === 'title'))
  const id = decodeURIComponent(url.hash.slice(1))
  if (!id) return pageTitle
  const section = elementById(document, id)
  if (!section) throw new Error(`no element with id "${id}" on the page at ${url.pathname}`)
  return `${pageTitle}: ${headingText(section)}`
}

/** Validates data/redirects.ts, then writes each moved page as `<old path>.html` and the script they share. */
export async function writeRedirectPages(
  { outDir, site }: { outDir: string; site: Pick<SiteData, 'base' | 'title'> },
  pages: readonly MovedPage[] = movedPages,
): Promise<void> {
  const dataFile = fileURLToPath(new URL('../data/redirects.ts', import.meta.url))
  const dataFileName = relative(process.cwd(), dataFile)
  validateRedirects(pages, anchorAliases, dataFileName, readFileSync(dataFile, 'utf8'))

  await writeFile(join(outDir, redirectScriptName), redirectScript)
  const parsedPages = new Map<string, HtmlDocument>()
  for (const page of pages) {
    const link = (target: string, oldAnchor?: string): RedirectLink => {
      try {
        return {
          href: site.base + target.replace(/^\//, ''),
          text: describeTarget(outDir, target, parsedPages),
          oldAnchor,
        }
      } catch (error) {
        const where = oldAnchor ? `${page.from}#${oldAnchor}` : page.from
        throw new Error(`${dataFileName}: "${where}" goes to "${target}": ${(error as Error).message}`)
      }
    }
    const html = renderRedirectPage({
      base: site.base,
      siteTitle: site.title,
      canonical: absoluteUrl(page.to),
      links: [link(page.to), ...Object.entries(page.anchors).map(([anchor, target]) => link(target, anchor))],
      oldPath: page.from,
    })
    const file = join(outDir, `${page.from.replace(/^\//, '')}.html`)
    await mkdir(dirname(file), { recursive: true })
    await writeFile(file, html)
  }
}

/** A heading's words, without its permalink and copy-link button. */
function headingText(element: HtmlElement | undefined): string {
  const extras = (part: HtmlElement) => hasClass(part, 'header-anchor') || hasClass(part, 'ignore-header')
  return textOf(element, extras)
    .replace(/[\s\u200b]+/g, ' ')
    .trim()
}
