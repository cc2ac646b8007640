/**
 * Keeps the reader's place on the first page they open. Once that page's script has loaded, VitePress's router
 * scrolls the window to the top (when the URL names no section). On a phone the script arrives seconds after the
 * page's text is shown, and a reader who has started scrolling would be thrown back to the top. So until the first
 * page is set up, a scroll to the top is skipped while the window is no longer at the top. Scrolls to a `#section`,
 * and every later navigation, behave as in VitePress.
 */
import type { Router } from 'vitepress'

type ScrollTo = Window['scrollTo']
type RouteHooks = Pick<Router, 'onAfterRouteChange' | 'onAfterRouteChanged'>

export function keepReadingPositionOnFirstLoad(router: RouteHooks, view: Window = window): void {
  const scrollTo = view.scrollTo
  let firstLoad = true
  const guardedScrollTo = function (this: Window, ...args: Parameters<ScrollTo>) {
    if (firstLoad && isScrollToTop(args) && (view.scrollX !== 0 || view.scrollY !== 0)) return
    Reflect.apply(scrollTo, this ?? view, args)
  } as ScrollTo
  view.scrollTo = guardedScrollTo

  const afterRouteChange = router.onAfterRouteChange ?? router.onAfterRouteChanged
  router.onAfterRouteChange = async (to) => {
    if (firstLoad) {
      // The router resets the scroll in a microtask queued before this hook; one task later it has happened.
      setTimeout(() => {
        firstLoad = false
        if (view.scrollTo === guardedScrollTo) view.scrollTo = scrollTo
      }, 0)
    }
    await afterRouteChange?.(to)
  }
}

/** `scrollTo(0, 0)` or `scrollTo({ top: 0 })` / `scrollTo({ top: 0, left: 0 })`: what the router's reset calls. */
function isScrollToTop(args: unknown[]): boolean {
  if (args.length >= 2) return args[0] === 0 && args[1] === 0
  const options = args[0]
  if (typeof options !== 'object' || options === null) return false
  const { top, left } = options as ScrollToOptions
  return top === 0 && (left === undefined || left === 0)
}
