/**
 * Build step: hashes every inline script in the built HTML and writes the security policy of
 * deploy/security-headers.ts into the build for the hosts that read it from there: `_headers`, and a `<meta>` tag in
 * every page. nginx's snippet is not part of the build (a file that configures the server stays out of the folder it
 * serves): `npm run deploy:nginx` writes it from the same hashes (`builtScriptSources`).
 */
import { readFile, writeFile } from 'node:fs/promises'
import { join, relative } from 'node:path'
import {
  contentSecurityMetaTag,
  headersFile,
  inlineScriptSources,
  securityHeaders,
} from '../../../deploy/security-headers'
import { builtHtmlFiles } from '../helpers/built-pages'

/** The part of VitePress's `SiteConfig` this step reads. */
export interface BuiltSite {
  outDir: string
  site: { base: string }
}

/** Writes the policy for the site built into `outDir` under `base`; a `buildEnd` hook. */
export async function writeSecurityHeaders({ outDir, site }: BuiltSite): Promise<void> {
  const pages = await htmlFiles(outDir)
  const sources = scriptSourcesOf(pages)
  await writeFile(join(outDir, '_headers'), headersFile(securityHeaders(sources, { https: true }), site.base))

  const metaTag = contentSecurityMetaTag(sources)
  await Promise.all(
    pages.map((page) => writeFile(page.path, withMetaTag(page.html, metaTag, relative(process.cwd(), page.path)))),
  )
}

/** The page with the tag placed right after its charset declaration, so that it governs every script. */
export function withMetaTag(html: string, metaTag: string, fileName: string): string {
  const anchor = /<meta\s+charset=[^>]*>/i.exec(html) ?? /<head(\s[^>]*)?>/i.exec(html)
  if (!anchor) throw new Error(`${fileName}:1: no <head> to put the Content-Security-Policy <meta> tag in`)
  const end = anchor.index + anchor[0].length
  return html.slice(0, end) + metaTag + html.slice(end)
}

/** The `'sha256-…'` sources of the inline scripts of every page built into `outDir`. */
export async function builtScriptSources(outDir: string): Promise<Set<string>> {
  return scriptSourcesOf(await htmlFiles(outDir))
}

function scriptSourcesOf(pages: readonly { path: string; html: string }[]): Set<string> {
  const sources = new Set<string>()
  for (const page of pages) {
    for (const source of inlineScriptSources(page.html, relative(process.cwd(), page.path))) sources.add(source)
  }
  return sources
}

async function htmlFiles(outDir: string): Promise<{ path: string; html: string }[]> {
  return Promise.all(
    builtHtmlFiles(outDir).map(async (file) => {
      const path = join(outDir, file)
      return { path, html: await readFile(path, 'utf8') }
    }),
  )
}
