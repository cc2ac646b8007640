/**
 * Addresses of pages and sections, shared by the build (canonical URLs, preview images, link checks) and the
 * browser (the copy-link button), so that both spell a page's URL the same way.
 */

/** Clean URL path of a page source, relative to the base: `index.md` → ``, `limitations/index.md` → `limitations/`, `guide/docker.md` → `guide/docker`. */
export function pagePath(relativePath: string): string {
  return relativePath.replace(/(^|\/)index\.md$/, '$1').replace(/\.md$/, '')
}

/** Absolute URL of a page, or of one of its sections when `sectionId` is given; `siteUrl` is origin plus base. */
export function pageUrl(siteUrl: string, relativePath: string, sectionId?: string): string {
  const root = siteUrl.endsWith('/') ? siteUrl : `${siteUrl}/`
  return root + encodeURI(pagePath(relativePath)) + (sectionId ? `#${encodeURIComponent(sectionId)}` : '')
}

/** File name of a page's link-preview image inside the build, e.g. `og/limitations-firewall.png`. */
export function previewImagePath(relativePath: string): string {
  const name = pagePath(relativePath).replace(/\/$/, '').replace(/\//g, '-')
  return `og/${name || 'index'}.png`
}
