/** Where the site is published and where its source lives: the one place for both. */

/** Public origin of the published site, without a trailing slash (`DOCS_SITE_URL`). */
export const siteOrigin = (process.env.DOCS_SITE_URL ?? 'https://rose-stl-lab.github.io').replace(/\/+$/, '')

/** The path the site is served under: `DOCS_BASE=/docs/` builds it for `https://host/docs/`. */
export const base = `/${(process.env.DOCS_BASE ?? '/').replace(/^\/+|\/+$/g, '')}/`.replace('//', '/')

export const repositoryUrl = 'https://github.com/Rose-STL-Lab/roselab-docs'

/** The clean site path of a page source, without the base: `guide/index.md` → `guide/`, `guide/docker.md` → `guide/docker`. */
export function pagePath(relativePath: string): string {
  return relativePath.replace(/(^|\/)index\.md$/, '$1').replace(/\.md$/, '')
}
