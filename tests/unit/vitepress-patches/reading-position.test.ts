import { describe, expect, it, vi } from 'vitest'
import { keepReadingPositionOnFirstLoad } from '../../../docs/.vitepress/vitepress-patches/reading-position'
import { vitepressSource } from './vitepress-source'

type Router = Parameters<typeof keepReadingPositionOnFirstLoad>[0]

/** A window that only scrolls: records where it was asked to go and goes there. */
function scrollableWindow(scrollY: number) {
  const view = {
    scrollX: 0,
    scrollY,
    scrollTo(...args: [number, number] | [ScrollToOptions]) {
      const [x, y] = args.length === 2 ? args : [args[0].left ?? view.scrollX, args[0].top ?? view.scrollY]
      view.scrollX = x
      view.scrollY = y
    },
  }
  const nativeScrollTo = view.scrollTo
  return { view, nativeScrollTo, asWindow: view as unknown as Window }
}

const nextTask = () => new Promise((resolve) => setTimeout(resolve, 0))

describe('keepReadingPositionOnFirstLoad', () => {
  it("skips the router's reset to the top while the first page loads, if the reader has scrolled", () => {
    const { view, asWindow } = scrollableWindow(1200)
    keepReadingPositionOnFirstLoad({}, asWindow)
    view.scrollTo(0, 0)
    expect(view.scrollY).toBe(1200)
    view.scrollTo({ top: 0, left: 0 })
    view.scrollTo({ top: 0 })
    expect(view.scrollY).toBe(1200)
  })

  it('lets the first load scroll to a section, and to the top when the reader has not moved', () => {
    const { view, asWindow } = scrollableWindow(0)
    keepReadingPositionOnFirstLoad({}, asWindow)
    view.scrollTo(0, 0)
    expect(view.scrollY).toBe(0)
    view.scrollTo(0, 640)
    expect(view.scrollY).toBe(640)
    view.scrollTo({ top: 900, behavior: 'smooth' })
    expect(view.scrollY).toBe(900)
  })

  it('gives the window its own scrollTo back a task after the first route change, so later pages start at the top', async () => {
    const { view, nativeScrollTo, asWindow } = scrollableWindow(1200)
    const router: Router = {}
    keepReadingPositionOnFirstLoad(router, asWindow)
    await router.onAfterRouteChange?.('/limitations/firewall')
    // The router's reset runs in a microtask queued before the hook: still the first load.
    view.scrollTo(0, 0)
    expect(view.scrollY).toBe(1200)
    await nextTask()
    expect(view.scrollTo).toBe(nativeScrollTo)
    view.scrollTo(0, 0)
    expect(view.scrollY).toBe(0)
  })

  it('leaves a scrollTo installed by someone else in place', async () => {
    const { view, asWindow } = scrollableWindow(0)
    const router: Router = {}
    keepReadingPositionOnFirstLoad(router, asWindow)
    const other = vi.fn()
    view.scrollTo = other
    await router.onAfterRouteChange?.('/')
    await nextTask()
    expect(view.scrollTo).toBe(other)
  })

  it.each(['onAfterRouteChange', 'onAfterRouteChanged'] as const)(
    'still calls a %s hook set before it, on every route change',
    async (hook) => {
      const { asWindow } = scrollableWindow(0)
      const earlier = vi.fn(async () => {})
      const router: Router = { [hook]: earlier }
      keepReadingPositionOnFirstLoad(router, asWindow)
      await router.onAfterRouteChange?.('/a')
      await router.onAfterRouteChange?.('/b')
      expect(earlier.mock.calls).toEqual([['/a'], ['/b']])
    },
  )
})

describe("VitePress's router", () => {
  // When this fails, the router no longer scrolls to the top once the first page is loaded: review the patch.
  it('still scrolls the window to the top when a page has loaded, the first one included', () => {
    expect(vitepressSource('dist/client/app/router.js')).toMatch(/window\.scrollTo\(0, scrollPosition\)/)
  })
})
