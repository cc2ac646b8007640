import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { formatProblem, htmlProblems, isProblem, type CheckerMessage } from '../../../scripts/check-html'
import { repositoryRoot } from '../../../scripts/lib/toolchain'

const distDir = join(repositoryRoot, 'docs', '.vitepress', 'dist')
const docsDir = join(repositoryRoot, 'docs')
const url = (file: string) => `file:${join(distDir, file)}`

/** Messages as vnu 26.9.27 writes them for this site's pages. */
const sidebarSection: CheckerMessage = {
  type: 'info',
  subType: 'warning',
  url: url('limitations/firewall.html'),
  lastLine: 38,
  firstColumn: 7442,
  message: 'Section lacks heading. Consider using “h2”-“h6” elements to add identifying headings to all sections.',
  extract: '><section class="VPSidebarItem level-0" data-v-c40bc020><!---',
}
const sameOriginScript: CheckerMessage = {
  type: 'info',
  subType: 'warning',
  url: url('index.html'),
  message:
    'Resource violates Content Security Policy (meta tag): external script “/assets/app.B-0rrHRt.js” blocked by “script-src” directive.',
}
const nameOnRect: CheckerMessage = {
  type: 'error',
  url: url('limitations/firewall.html'),
  lastLine: 42,
  firstColumn: 1430,
  message: 'Attribute “name” not allowed on element “rect” at this point.',
  extract: '<rect x="538" y="364"\n  name="Jupyter">',
}

describe('the HTML check', () => {
  it('fails on every error', () => {
    expect(isProblem(nameOnRect)).toBe(true)
    expect(isProblem({ type: 'non-document-error', message: 'IO error' })).toBe(true)
  })

  it('accepts only the warnings it lists, and only on the markup they name', () => {
    expect(isProblem(sidebarSection)).toBe(false)
    expect(isProblem(sameOriginScript)).toBe(false)
    expect(isProblem({ ...sidebarSection, extract: '<section class="Article">' })).toBe(true)
    expect(
      isProblem({ ...sidebarSection, message: 'Consider adding a “lang” attribute to the “html” start tag.' }),
    ).toBe(true)
  })

  it("still reports a resource of another origin that the page's own policy blocks", () => {
    const message = sameOriginScript.message.replace('“/assets/app.B-0rrHRt.js”', '“https://cdn.example.com/x.js”')
    expect(isProblem({ ...sameOriginScript, message })).toBe(true)
    const protocolRelative = sameOriginScript.message.replace('“/assets/', '“//cdn.example.com/')
    expect(isProblem({ ...sameOriginScript, message: protocolRelative })).toBe(true)
  })

  it('ignores plain information', () => {
    expect(isProblem({ type: 'info', message: 'Trailing slash on void elements has no effect.' })).toBe(false)
  })

  it('names the built file, line and column, the Markdown page and the markup', () => {
    const cwd = process.cwd()
    expect(formatProblem(nameOnRect, distDir, docsDir)).toBe(
      `${join(distDir, 'limitations/firewall.html').replace(`${cwd}/`, '')}:42:1430: error: ` +
        'Attribute “name” not allowed on element “rect” at this point. (page: docs/limitations/firewall.md)\n' +
        '    <rect x="538" y="364" name="Jupyter">',
    )
    expect(formatProblem({ ...nameOnRect, url: url('404.html') }, distDir, docsDir)).not.toContain('(page:')
  })

  it("reads vnu's JSON report and counts the warnings it accepted", () => {
    const report = JSON.stringify({ messages: [sidebarSection, sameOriginScript, nameOnRect] })
    const { problems, acceptedWarnings } = htmlProblems(report, distDir, docsDir)
    expect(problems).toHaveLength(1)
    expect(problems[0]).toContain('firewall.html:42:1430: error: Attribute “name” not allowed')
    expect(acceptedWarnings).toBe(2)
  })
})
