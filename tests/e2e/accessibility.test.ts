/** axe (WCAG 2.2 A and AA) finds nothing on any page, in light mode on a laptop and in dark mode on a phone. */
import { readFileSync } from 'node:fs'
import AxeBuilder from '@axe-core/playwright'
import { describe, it } from 'vitest'
import { builtSite, dist, openPage, sitePages } from './site'

const site = builtSite()
// A page that only forwards (/guide/limit) is never shown: the reader lands on its new address.
const shownPages = sitePages().filter(
  (page) =>
    !readFileSync(`${dist}${page.endsWith('/') ? `${page}index` : page}.html`, 'utf8').includes('http-equiv="refresh"'),
)

describe.each([
  { mode: 'light', colorScheme: 'light' as const, viewport: { width: 1280, height: 800 } },
  { mode: 'dark', colorScheme: 'dark' as const, viewport: { width: 390, height: 844 } },
])('in $mode mode at $viewport.width px', ({ colorScheme, viewport }) => {
  it.concurrent.for(shownPages)('%s has no WCAG violation', async (path, { expect }) => {
    const page = await openPage(site.browser, site.url(path), { colorScheme, viewport })
    const { violations } = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
      .analyze()
    await page.context().close()
    expect(
      violations.map(
        (violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
      ),
    ).toEqual([])
  })
})
