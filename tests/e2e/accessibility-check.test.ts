/** The accessibility checks catch what they are for: run on known-bad pages, they report the faults. */
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { describeViolations, findViolations, type AxeViolation } from './axe'
import { walkFocus } from './focus-walk'
import { sharedBrowser } from './harness'

const badPage = `<!doctype html>
<html lang="en">
  <head><title>Known-bad page</title></head>
  <body>
    <main>
      <h1>Known-bad page</h1>
      <p style="color: #b0b0b0; background: #ffffff">Grey text on white, 2.1:1.</p>
      <button type="button"><svg width="16" height="16" aria-hidden="true"></svg></button>
    </main>
  </body>
</html>`

const focusPage = `<!doctype html>
<html lang="en">
  <head><title>Focus fixture</title></head>
  <body>
    <main>
      <a class="plain" href="#one">Default focus ring</a>
      <a class="hidden-focus" href="#two" style="outline: none">No focus indicator</a>
      <button type="button" class="unreachable" tabindex="-1">Not in the tab order</button>
    </main>
  </body>
</html>`

let browser: Browser
let page: Page

beforeAll(async () => {
  browser = await sharedBrowser()
  page = await browser.newPage({ reducedMotion: 'reduce' })
})

afterAll(async () => {
  await browser?.close()
})

describe('the axe routine on a known-bad page', () => {
  let violations: AxeViolation[]

  beforeAll(async () => {
    await page.setContent(badPage)
    violations = await findViolations(page)
  })

  it('reports the low-contrast text with its selector', () => {
    const contrast = violations.find((violation) => violation.rule === 'color-contrast')
    expect(contrast?.impact).toBe('serious')
    expect(contrast?.nodes.map((node) => node.target)).toEqual(['p'])
  })

  it('reports the button without an accessible name', () => {
    const unnamed = violations.find((violation) => violation.rule === 'button-name')
    expect(unnamed?.nodes.map((node) => node.target)).toEqual(['button'])
  })

  it('writes a failure message with the place, rule id, impact and target', () => {
    const message = describeViolations('/bad (dark, phone)', violations)
    expect(message).toMatch(/^\/bad \(dark, phone\): 2 axe violation\(s\)/)
    expect(message).toContain('color-contrast (serious)')
    expect(message).toContain('    p: Fix any of the following: Element has insufficient color contrast of 2.16')
    expect(message).toContain('button-name (critical)')
  })

  it('reports a region that scrolls but that the keyboard cannot reach, and not one it can', async () => {
    const region = (tabindex: string) =>
      `<div class="wide"${tabindex} style="overflow-x: auto; width: 200px"><p style="width: 800px">${'A wide table row, read only by scrolling sideways. '.repeat(3)}</p></div>`
    await page.setContent(
      `<!doctype html><html lang="en"><head><title>Scroll</title></head><body><main><h1>Scroll</h1>` +
        `${region('')}${region(' tabindex="0" role="region" aria-label="Wide text"')}</main></body></html>`,
    )
    const scrolling = (await findViolations(page)).filter(
      (violation) => violation.rule === 'scrollable-region-focusable',
    )
    expect(scrolling.flatMap((violation) => violation.nodes.map((node) => node.target))).toEqual(['div:nth-child(2)'])
    await page.setContent(badPage)
  })

  it('runs only on the part of the page it is given', async () => {
    expect(await findViolations(page, 'h1')).toEqual([])
  })
})

describe('the focus walk on a known-bad page', () => {
  it('reports a focusable element without a focus indicator and a control Tab cannot reach', async () => {
    await page.setContent(focusPage)
    const walk = await walkFocus(page, { link: 'a', 'reset button': '.unreachable' })
    expect(walk.stops).toEqual([
      { label: 'a.plain "Default focus ring"', kind: 'link', showsFocus: true },
      { label: 'a.hidden-focus "No focus indicator"', kind: 'link', showsFocus: false },
    ])
    expect(walk.unreached).toEqual(['reset button: button.unreachable "Not in the tab order"'])
  })
})
