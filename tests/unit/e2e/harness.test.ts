import { describe, expect, it } from 'vitest'
import { linksTo, missingIds, parseHtml, visibleText } from '../../e2e/harness'
import type { Page } from 'playwright-core'
import { chromiumPath, debianHeadlessShell, headlessChromiumPath } from '../../../scripts/lib/chromium'
import { pollPage } from '../../../scripts/lib/toolchain'

describe('page helpers', () => {
  const pageUrl = 'http://127.0.0.1:8080/limitations/firewall'
  const document = parseHtml(
    `<main>
      <h2 id="kill-gpu-process">Kill</h2>
      <p>2&nbsp;TB   of
        RAM</p>
      <a href="/limitations/zz-extra">absolute</a>
      <a href="zz-extra.html">relative with extension</a>
      <a href="/limitations/zz-extra-other">another page</a>
    </main>`,
    pageUrl,
  )

  it('reports only the ids the page lacks', () => {
    expect(missingIds(document, ['kill-gpu-process', 'monitor-gpu-process'])).toEqual(['monitor-gpu-process'])
  })

  it('finds links to a page however they are written, and no others', () => {
    expect(linksTo(document, pageUrl, '/limitations/zz-extra').map((link) => link.textContent)).toEqual([
      'absolute',
      'relative with extension',
    ])
    expect(linksTo(document, pageUrl, '/limitations/absent')).toEqual([])
  })

  it('reads text as a reader sees it, spaces collapsed', () => {
    expect(visibleText(document.querySelector('p'))).toBe('2 TB of RAM')
    expect(visibleText(null)).toBe('')
  })
})

describe('the Chromium each part runs', () => {
  const installed =
    (...paths: string[]) =>
    (path: string) =>
      paths.includes(path)

  it('measures with the full Chromium, at CHROME_PATH when it is set', () => {
    expect(chromiumPath({})).toBe('/usr/bin/chromium')
    expect(chromiumPath({ CHROME_PATH: '/opt/chrome/chrome' })).toBe('/opt/chrome/chrome')
  })

  it("tests in Debian's headless shell when it is installed", () => {
    expect(headlessChromiumPath({}, installed(debianHeadlessShell))).toBe(debianHeadlessShell)
  })

  it('tests in the full Chromium when no headless shell is installed', () => {
    expect(headlessChromiumPath({}, installed())).toBe('/usr/bin/chromium')
  })

  it('tests in the browser CHROME_PATH names, not in a headless shell it did not name', () => {
    expect(headlessChromiumPath({ CHROME_PATH: '/opt/chrome/chrome' }, installed(debianHeadlessShell))).toBe(
      '/opt/chrome/chrome',
    )
  })

  it('tests in the headless shell CHROME_HEADLESS_SHELL names', () => {
    const env = { CHROME_PATH: '/opt/chrome/chrome', CHROME_HEADLESS_SHELL: '/opt/chrome/headless_shell' }
    expect(headlessChromiumPath(env, installed())).toBe('/opt/chrome/headless_shell')
  })
})

describe('pollPage', () => {
  /** A page whose predicate first holds on the `holdsAt`-th question; counts the questions. */
  function pageHoldingAt(holdsAt: number) {
    let asked = 0
    const page = {
      evaluate: async () => ++asked >= holdsAt,
      waitForTimeout: (ms: number) => new Promise((resolve) => setTimeout(resolve, ms)),
      url: () => 'http://127.0.0.1/limitations/',
    }
    return { page: page as unknown as Page, asked: () => asked }
  }

  it('asks the page again until the predicate holds', async () => {
    const { page, asked } = pageHoldingAt(3)
    await pollPage(page, 'document.readyState === "complete"', 5_000, () => 'never')
    expect(asked()).toBe(3)
  })

  it('gives up after the timeout with the message the caller gives', async () => {
    const { page, asked } = pageHoldingAt(Infinity)
    await expect(
      pollPage(
        page,
        () => false,
        120,
        () => `${page.url()} never held`,
      ),
    ).rejects.toThrow('http://127.0.0.1/limitations/ never held')
    expect(asked()).toBeGreaterThan(1)
  })
})
