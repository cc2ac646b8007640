/**
 * The HTML check of npm test (scripts/check-html.ts) with the real Nu Html Checker: it must find invalid markup, name
 * the file and line, and accept valid pages. The site's own pages are checked by the `html` check of npm test.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { checkBuiltHtml } from '../../scripts/check-html'
import { repositoryRoot } from '../../scripts/lib/toolchain'

let probeDist: string

const page = (body: string) =>
  `<!doctype html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n<title>probe</title>\n</head>\n<body>\n${body}\n</body>\n</html>\n`

beforeAll(async () => {
  await mkdir(join(repositoryRoot, '.tmp'), { recursive: true })
  probeDist = await mkdtemp(join(repositoryRoot, '.tmp', 'html-probe-'))
  await mkdir(join(probeDist, 'limitations'))
  await writeFile(join(probeDist, 'valid.html'), page('<main><h1>Fine</h1><p>A paragraph.</p></main>'))
  await writeFile(join(probeDist, '404.html'), page('<noscript><main><h1>Not found</h1></main></noscript>'))
  await writeFile(
    join(probeDist, 'limitations', 'firewall.html'),
    page(
      '<h1>Firewall</h1><div role="button"><h2>Group</h2></div>\n<svg><rect name="Host" width="1" height="1"></rect></svg>',
    ),
  )
})

afterAll(async () => {
  if (probeDist) await rm(probeDist, { recursive: true, force: true })
})

describe('the HTML check', () => {
  it('reports each invalid element with its file, line and the Markdown page, and nothing on a valid page', () => {
    const { pages, problems } = checkBuiltHtml(probeDist)
    expect(pages).toBe(3)
    expect(problems.some((problem) => /valid\.html/.test(problem))).toBe(false)
    expect(problems.find((problem) => problem.includes('404.html'))).toMatch(
      /404\.html:8:\d+: error: The “main” element must not appear as a descendant of the “noscript” element\./,
    )
    const firewall = problems.filter((problem) => problem.includes('limitations/firewall.html'))
    expect(firewall).toHaveLength(2)
    expect(firewall[0]).toMatch(/firewall\.html:8:\d+: error: The element “h2” must not appear as a descendant/)
    expect(firewall[1]).toMatch(/firewall\.html:9:\d+: error: Attribute “name” not allowed on element “rect”/)
    expect(firewall.every((problem) => problem.includes('(page: docs/limitations/firewall.md)'))).toBe(true)
  })
})
