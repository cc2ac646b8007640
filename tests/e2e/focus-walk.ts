/**
 * The keyboard check: presses Tab through a page and records every element that takes focus, whether it shows that
 * it has focus, and which of the page's required controls were never reached.
 */
import type { Page } from 'playwright-core'

export interface FocusStop {
  /** Short description of the element: tag, classes and accessible text. */
  label: string
  /** Which kind of required control it is, if any. */
  kind?: string
  /** Outline or box shadow drawn, or the element looks different from its unfocused self. */
  showsFocus: boolean
}

export interface FocusWalk {
  stops: FocusStop[]
  /** Visible required controls that Tab never reached, as `kind: label`. */
  unreached: string[]
}

/**
 * Tabs from the top of the page until focus leaves the document or returns to an element already visited.
 * `requiredControls` maps a kind of control to a CSS selector; every visible match must be reached.
 * Run it with reduced motion emulated, so that focus styles apply without a transition.
 */
export async function walkFocus(page: Page, requiredControls: Record<string, string>): Promise<FocusWalk> {
  await page.evaluate(installFocusRecorder, requiredControls)
  const stops: FocusStop[] = []
  for (let presses = 0; presses < 500; presses++) {
    await page.keyboard.press('Tab')
    const stop = await page.evaluate(() => window.focusRecorder.record())
    if (!stop) break
    stops.push(stop)
  }
  return { stops, unreached: await page.evaluate(() => window.focusRecorder.unreached()) }
}

interface FocusRecorder {
  /** Records the focused element; undefined once focus is on nothing or on an element seen before. */
  record(): FocusStop | undefined
  unreached(): string[]
}

declare global {
  interface Window {
    focusRecorder: FocusRecorder
  }
}

/** Runs in the page: notes the unfocused look of every focusable element, then records each focus stop. */
function installFocusRecorder(requiredControls: Record<string, string>): void {
  const focusable = 'a[href], button, input, select, textarea, summary, [tabindex]:not([tabindex="-1"])'
  const lookOf = (element: Element): string[] => {
    const style = getComputedStyle(element)
    return [
      style.outlineStyle === 'none' ? 'none' : `${style.outlineStyle} ${style.outlineWidth} ${style.outlineColor}`,
      style.boxShadow,
      style.color,
      style.backgroundColor,
      style.borderColor,
      style.textDecorationLine,
      style.opacity,
    ]
  }
  const labelOf = (element: Element): string => {
    const text = (element.getAttribute('aria-label') ?? element.textContent ?? '').replace(/\s+/g, ' ').trim()
    return `${element.tagName.toLowerCase()}${[...element.classList].map((name) => `.${name}`).join('')} "${text.slice(0, 40)}"`
  }
  const kindOf = (element: Element): string | undefined =>
    Object.entries(requiredControls).find(([, selector]) => element.matches(selector))?.[0]

  ;(document.activeElement as HTMLElement | null)?.blur()
  window.scrollTo(0, 0)
  const unfocusedLook = new Map([...document.querySelectorAll(focusable)].map((element) => [element, lookOf(element)]))
  // A skip link is hidden until focused, so it counts as required whatever its look before.
  const required = Object.values(requiredControls).flatMap((selector) =>
    [...document.querySelectorAll(selector)].filter(
      (element) => element.checkVisibility({ visibilityProperty: true }) || element.matches('.VPSkipLink'),
    ),
  )
  const visited = new Set<Element>()

  window.focusRecorder = {
    record() {
      const element = document.activeElement
      if (!element || element === document.body || visited.has(element)) return undefined
      visited.add(element)
      const look = lookOf(element)
      const before = unfocusedLook.get(element)
      const showsFocus =
        look[0] !== 'none' ||
        look[1] !== 'none' ||
        (before !== undefined && look.some((value, index) => value !== before[index]))
      const kind = kindOf(element)
      return { label: labelOf(element), ...(kind ? { kind } : {}), showsFocus }
    },
    unreached() {
      return required
        .filter((element) => !visited.has(element))
        .map((element) => `${kindOf(element)}: ${labelOf(element)}`)
    },
  }
}
