/**
 * Accessibility of the built site: axe (WCAG 2.2 A and AA) on every page, the 404 page, the search dialog and the
 * phone menu, in light and dark mode at desktop and phone widths; and every control reachable by keyboard with a
 * visible focus indicator.
 */
import type { BrowserContext, BrowserContextOptions, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { describeViolations, findViolations } from './axe'
import { walkFocus, type FocusWalk } from './focus-walk'
import { builtSiteInChromium, hydrated, listSitePages, siteDist } from './harness'

const widths = [
  { name: 'desktop', options: { viewport: { width: 1280, height: 800 } } },
  { name: 'phone', options: { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true } },
] as const satisfies readonly { name: string; options: BrowserContextOptions }[]

const missingPage = '/no-such-page'
const pages = [...listSitePages(siteDist()).map((page) => page.path), missingPage]
const topicPage = '/limitations/gpu-passthrough'

/** The built site, served for this file, and the run's Chromium. */
const session = builtSiteInChromium()

/**
 * Opens a site page in light mode and waits until it has settled. The page stays the page under test: a moved-page
 * notice's own redirect is held back, since its target is checked in its own right.
 */
async function openSettled(context: BrowserContext, path: string): Promise<Page> {
  const page = await context.newPage()
  const url = session.site.url(path)
  await page.route('**/*', (route) => {
    const request = route.request()
    const leavesPage = request.isNavigationRequest() && request.frame() === page.mainFrame() && request.url() !== url
    return leavesPage ? route.abort('aborted') : route.fallback()
  })
  // Committed, then complete: waiting for `load` in goto would fail on the held-back redirect.
  await page.goto(url, { waitUntil: 'commit' })
  await page.waitForFunction(() => document.readyState === 'complete')
  await page.evaluate(() => document.fonts.ready.then(() => undefined))
  if (await page.locator('#app').count()) await hydrated(page)
  await settle(page)
  return page
}

/** Finishes every finite animation or transition, so that axe measures final colours. */
async function settle(page: Page): Promise<void> {
  // Jumping to the end gives the colours that waiting would (the colour-mode switch fades for half a second).
  await page.evaluate(() => {
    for (const animation of document.getAnimations()) {
      if (animation.effect?.getTiming().iterations !== Infinity) animation.finish()
    }
  })
}

/** Switches the page to dark mode the way a reader's system setting does, and waits for it to settle again. */
async function switchToDark(page: Page): Promise<void> {
  await page.emulateMedia({ colorScheme: 'dark' })
  // A page without the VitePress app (a moved-page notice) has no dark theme of its own.
  await page.waitForFunction(
    () => document.documentElement.classList.contains('dark') || !document.getElementById('app'),
  )
  await settle(page)
}

/** Runs axe in light mode, then in dark mode, and returns both reports. */
async function checkBothModes(page: Page, where: string, include?: string): Promise<string[]> {
  const light = await findViolations(page, include)
  await switchToDark(page)
  const dark = await findViolations(page, include)
  return [
    ...(light.length ? [describeViolations(`${where} (light)`, light)] : []),
    ...(dark.length ? [describeViolations(`${where} (dark)`, dark)] : []),
  ]
}

describe.each(widths)('at $name width', ({ name: widthName, options }) => {
  let context: BrowserContext

  beforeAll(async () => {
    context = await session.browser.newContext({ ...options, colorScheme: 'light' })
  })

  afterAll(async () => {
    await context?.close()
  })

  it.each(pages)('has no WCAG 2.2 A or AA violations on %s in light or dark mode', async (path) => {
    const page = await openSettled(context, path)
    const reports = await checkBothModes(page, `${path} at ${widthName} width`)
    await page.close()
    expect(reports.join('\n')).toBe('')
  })

  if (widthName === 'desktop') {
    it('has no violations in the search dialog showing results, in light or dark mode', async () => {
      const page = await openSettled(context, topicPage)
      await page.keyboard.press('/')
      const dialog = page.locator('.VPLocalSearchBox')
      await dialog.waitFor()
      await page.keyboard.type('memory')
      await dialog.locator('.result').first().waitFor()
      const reports = await checkBothModes(page, 'search dialog at desktop width', '.VPLocalSearchBox')
      await page.close()
      expect(reports.join('\n')).toBe('')
    })
  } else {
    it('has no violations in the open phone menu, in light or dark mode', async () => {
      const page = await openSettled(context, topicPage)
      await page.locator('.VPNavBarHamburger').click()
      await page.locator('.VPNavScreen').waitFor()
      await settle(page)
      const reports = await checkBothModes(page, 'phone menu', '.VPNavScreen')
      await page.close()
      expect(reports.join('\n')).toBe('')
    })
  }
})

/** Controls a keyboard user must be able to reach on a topic page, by CSS selector. */
const requiredControls = {
  'skip link': '.VPSkipLink',
  'nav link': '.VPNavBarMenuLink',
  'search button': '.VPNavBarSearch .DocSearch-Button',
  'appearance switch': '.VPNavBarAppearance .VPSwitchAppearance',
  'sidebar link': '.VPSidebar a.link',
  permalink: '.vp-doc .header-anchor',
  'copy-link button': '.vp-doc .CopyLinkButton-button',
  'outline link': '.VPDocAsideOutline a.outline-link',
  'diagram region': '.vp-doc .Diagram-scroll',
}

describe('keyboard use of a topic page at desktop width', () => {
  let walk: FocusWalk

  beforeAll(async () => {
    const context = await session.browser.newContext({ ...widths[0].options, reducedMotion: 'reduce' })
    const page = await openSettled(context, topicPage)
    walk = await walkFocus(page, requiredControls)
    await context.close()
  })

  it.each(Object.keys(requiredControls))('reaches the %s by pressing Tab', (kind) => {
    expect(walk.stops.some((stop) => stop.kind === kind)).toBe(true)
  })

  it('reaches every visible required control by pressing Tab', () => {
    expect(walk.unreached).toEqual([])
  })

  it('shows a visible focus indicator on every element that takes focus', () => {
    expect(walk.stops.filter((stop) => !stop.showsFocus).map((stop) => stop.label)).toEqual([])
  })
})
