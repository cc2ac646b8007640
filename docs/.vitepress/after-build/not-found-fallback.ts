/**
 * Build step: VitePress leaves the 404 page's content to the browser (only it knows the missing address). This gives
 * 404.html its title and, for readers without JavaScript, plain links to the home page and the limitations.
 */
import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { SiteData } from 'vitepress'
import { escapeHtml } from '../helpers/html'

const emptyApp = '<div id="app"></div>'

/** The 404 page's HTML with its title and a `<noscript>` fallback after the (empty) app root. */
export function withNotFoundFallback(
  html: string,
  { base, title }: { base: string; title: string },
  fileName: string,
): string {
  if (!html.includes(emptyApp)) throw new Error(`${fileName}:1: no empty ${emptyApp} to put the not-found links after`)
  const fallback =
    // A <div role="main">: HTML allows no <main> inside <noscript>.
    `<noscript><div class="NotFoundPage" role="main"><h1 class="NotFoundPage-title">Page not found</h1>` +
    `<p class="NotFoundPage-more">There is no page at this address. Start from <a href="${base}">the home page</a> ` +
    `or <a href="${base}limitations/">the limitations overview</a>.</p></div></noscript>`
  return html
    .replace(/<title>[^<]*<\/title>/, `<title>Page not found | ${escapeHtml(title)}</title>`)
    .replace(emptyApp, emptyApp + fallback)
}

/** Rewrites `404.html` in the build. */
export async function writeNotFoundFallback({
  outDir,
  site,
}: {
  outDir: string
  site: Pick<SiteData, 'base' | 'title'>
}): Promise<void> {
  const file = join(outDir, '404.html')
  await writeFile(file, withNotFoundFallback(await readFile(file, 'utf8'), site, file))
}
