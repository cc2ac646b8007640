/** The pages of a build as a static host with clean URLs serves them: the one listing of a build's HTML files. */
import { existsSync, readdirSync, statSync } from 'node:fs'
import { join, sep } from 'node:path'

/** Every HTML file of the build in `outDir`, as paths relative to it with `/` separators, sorted. */
export function builtHtmlFiles(outDir: string): string[] {
  return readdirSync(outDir, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.html') && statSync(join(outDir, name)).isFile())
    .map((name) => name.split(sep).join('/'))
    .sort()
}

/** The clean URL path of a built HTML file below the base: `index.html` → `/`, `a/index.html` → `/a/`, `a/b.html` → `/a/b`. */
export function cleanUrlOf(htmlFile: string): string {
  return `/${htmlFile.replace(/(^|\/)index\.html$/, '$1').replace(/\.html$/, '')}`
}

/** The built file a host serves for a site path (relative to the base), if any. */
export function builtPageFile(outDir: string, pathname: string): string | undefined {
  const path = decodeURIComponent(pathname).replace(/^\/+/, '')
  const candidates =
    path === '' || path.endsWith('/') ? [`${path}index.html`] : [path, `${path}.html`, `${path}/index.html`]
  return candidates
    .map((candidate) => join(outDir, candidate))
    .find((file) => existsSync(file) && statSync(file).isFile())
}
