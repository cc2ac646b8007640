/** Site-wide settings: the one place that knows where the site and its source live. */

/** Public origin of the published site, without a trailing slash. */
export const siteOrigin = (process.env.DOCS_SITE_URL ?? 'https://rose-stl-lab.github.io').replace(/\/+$/, '')

/** Base path the site is served under; `DOCS_BASE=/docs/` builds it for a sub-path. */
export const base = normalizeBase(process.env.DOCS_BASE ?? '/')

/** The repository that holds these docs; "edit this page" links are built from it. */
export const repositoryUrl = 'https://github.com/Rose-STL-Lab/roselab-docs'
export const repositoryBranch = 'main'

export const siteTitle = 'RoseLab Docs'
export const siteDescription =
  'What behaves differently inside a RoseLab LXC container, and what to do about it: GPUs, Docker, ports and memory.'

/** Vite `define` entries: what the browser code knows of the site, so that it never reads the Node environment. */
export const clientConstants = {
  'import.meta.env.DOCS_SITE_ORIGIN': JSON.stringify(siteOrigin),
  'import.meta.env.DOCS_REPOSITORY_URL': JSON.stringify(repositoryUrl),
}

/** Absolute URL of a site path such as `/limitations/firewall#top`. */
export function absoluteUrl(path: string): string {
  return siteOrigin + base + path.replace(/^\/+/, '')
}

/** A base path with exactly one leading and one trailing slash (`docs` → `/docs/`). */
export function normalizeBase(raw: string): string {
  const trimmed = raw.trim().replace(/^\/*/, '/').replace(/\/*$/, '/')
  return trimmed === '//' ? '/' : trimmed
}
