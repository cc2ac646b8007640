/**
 * Keeps renamed headings' old ids working (the aliases of data/redirects.ts): a reader who arrives with an aliased
 * `#old-id` is moved to `#current-id` before the router scrolls, as a fragment navigation so that `:target` holds.
 */
import { aliasedAnchor } from '../data/redirects'

/** The page path (`/limitations/nested-containers`, `/limitations/`) of a browser path: no base, `.html` or `index`. */
export function sitePathOf(pathname: string, base: string): string {
  const path = pathname.startsWith(base) ? `/${pathname.slice(base.length)}` : pathname
  return path.replace(/(^|\/)index(\.html)?$/, '$1').replace(/\.html$/, '')
}

/** Rewrites an aliased hash now and whenever the hash changes. */
export function followAnchorAliases(base: string): void {
  if (typeof window === 'undefined') return
  const follow = () => {
    let id: string
    try {
      id = decodeURIComponent(location.hash.slice(1))
    } catch {
      return
    }
    if (!id || document.getElementById(id)) return
    const current = aliasedAnchor(sitePathOf(location.pathname, base), id)
    if (current) location.replace(`#${encodeURIComponent(current)}`)
  }
  follow()
  window.addEventListener('hashchange', follow)
}
