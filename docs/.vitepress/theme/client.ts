/**
 * Browser behaviour on top of VitePress's router, run after each page is shown: old heading ids that a page lists in
 * its frontmatter `aliases` lead to the section that holds that content now (a page with `movedTo` forwards every
 * address), and `?server=roselab3` marks that server's row in the tables of the page.
 */
import { withBase, type Router } from 'vitepress'

export function followPageLinks(router: Router): void {
  window.addEventListener('hashchange', () => followAlias(router.route.data.frontmatter))
  const after = router.onAfterRouteChange
  router.onAfterRouteChange = async (href) => {
    await after?.(href)
    // After the router's own scroll, which would undo ours.
    setTimeout(() => {
      followAlias(router.route.data.frontmatter)
      markServer(new URLSearchParams(location.search).get('server'))
    })
  }
}

function followAlias(frontmatter: { aliases?: Record<string, string>; movedTo?: string }): void {
  let id = ''
  try {
    id = decodeURIComponent(location.hash.slice(1))
  } catch {
    return
  }
  if (id && document.getElementById(id)) return
  const target = frontmatter.aliases?.[id] ?? frontmatter.movedTo
  if (target) location.replace(target.startsWith('#') ? target : withBase(target))
}

function markServer(name: string | null): void {
  const rows = [...document.querySelectorAll<HTMLTableRowElement>('.vp-doc tr')]
  const matching = rows.filter((row) => row.cells[0]?.textContent?.trim() === name?.trim().toLowerCase())
  matching.forEach((row) => row.classList.add('is-requested-server'))
  if (!location.hash) matching[0]?.scrollIntoView({ block: 'center' })
}
