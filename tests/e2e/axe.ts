/**
 * The accessibility check: axe-core with the WCAG 2.2 level A and AA rules, run inside a Playwright page, and its
 * violations written as lines a reader can act on.
 */
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import type axe from 'axe-core'
import type { Page } from 'playwright-core'

// The minified build: the page parses it faster than `axe.source`, and it runs for every page, mode and width.
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8')

/** The axe rule tags of WCAG 2.0, 2.1 and 2.2 at levels A and AA. */
export const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] as const

export interface AxeViolation {
  /** Rule id, e.g. `color-contrast`. */
  rule: string
  impact: string
  help: string
  /** One entry per failing element: its CSS selector and axe's reason. */
  nodes: { target: string; summary: string }[]
}

/**
 * Runs axe in the page as it stands (on the elements matching `include`, or the whole document) and returns the
 * WCAG A/AA violations. axe is evaluated through the DevTools protocol, which the site's Content-Security-Policy
 * does not govern, so no policy needs loosening for the test.
 */
export async function findViolations(page: Page, include?: string): Promise<AxeViolation[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource)
  return page.evaluate(
    async ({ tags, include }) => {
      const results = await window.axe.run(include ? { include: [include] } : document, {
        runOnly: { type: 'tag', values: tags },
        resultTypes: ['violations'],
      })
      return results.violations.map((violation) => ({
        rule: violation.id,
        impact: violation.impact ?? 'unknown',
        help: violation.help,
        nodes: violation.nodes.map((node) => ({
          target: node.target.map(String).join(' >>> '),
          summary: (node.failureSummary ?? '').replace(/\s+/g, ' ').trim(),
        })),
      }))
    },
    { tags: [...wcagTags], include },
  )
}

/** The violations as readable lines under a heading naming where they were found (page, mode, width). */
export function describeViolations(where: string, violations: readonly AxeViolation[]): string {
  if (violations.length === 0) return `${where}: no violations`
  const lines = violations.flatMap((violation) => [
    `  ${violation.rule} (${violation.impact}): ${violation.help}`,
    ...violation.nodes.map((node) => `    ${node.target}: ${node.summary}`),
  ])
  return [`${where}: ${violations.length} axe violation(s)`, ...lines].join('\n')
}

declare global {
  interface Window {
    axe: typeof axe
  }
}
