/**
 * axe (WCAG 2.2 A and AA) finds nothing on any page: every rule in light mode on a laptop, then, in the same page
 * switched to dark mode on a phone's width, the rules whose outcome the colours or the layout can change.
 */
import { readFileSync } from 'node:fs'
import AxeBuilder from '@axe-core/playwright'
import { it } from 'vitest'
import { builtSite, dist, openPage, sitePages } from './site'

const site = builtSite()
// A page that only forwards (/guide/limit) is never shown: the reader lands on its new address.
const shownPages = sitePages().filter(
  (page) =>
    !readFileSync(`${dist}${page.endsWith('/') ? `${page}index` : page}.html`, 'utf8').includes('http-equiv="refresh"'),
)
const wcag = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']
/** The rules about colours, sizes and scrolling, and about the controls only a phone's layout shows. */
const phoneDarkRules = ['color-contrast', 'link-in-text-block', 'target-size', 'scrollable-region-focusable']
const controlRules = ['button-name', 'link-name', 'aria-allowed-attr', 'aria-hidden-focus', 'nested-interactive']

it.concurrent.for(shownPages)(
  '%s has no WCAG violation, light on a laptop and dark on a phone',
  async (path, { expect }) => {
    const page = await openPage(site.browser, site.url(path), {
      colorScheme: 'light',
      viewport: { width: 1280, height: 800 },
    })
    const light = await new AxeBuilder({ page }).withTags(wcag).analyze()
    await page.evaluate(() => document.documentElement.classList.add('dark'))
    await page.setViewportSize({ width: 390, height: 844 })
    // The colours fade to dark mode: let the transitions end before axe reads them.
    await page.waitForFunction(() => document.getAnimations().length === 0)
    const dark = await new AxeBuilder({ page }).withRules([...phoneDarkRules, ...controlRules]).analyze()
    await page.context().close()
    const found = [...light.violations, ...dark.violations].map(
      (violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
    )
    expect(found).toEqual([])
  },
)
