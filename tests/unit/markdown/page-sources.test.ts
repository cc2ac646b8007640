import { describe, expect, it } from 'vitest'
import { parseHtml } from '../../e2e/harness'
import { renderMarkdown } from '../render-markdown'

const labGuide =
  'https://github.com/Rose-STL-Lab/rose-stl-lab.github.io/blob/ba581dfa62d4e6172269db576e710b80b5d5f1ce/docs/guide/limit.md'
const page = (sources: string) =>
  `---\ndescription: A page with sources.\nverified: 2026-12-07\n${sources}---\n\n# Page {#page}\n\n## Last {#last}\n\nText.\n`

describe('pageSourcesPlugin', () => {
  it('ends the page with a Sources section that links each source', async () => {
    const html = await renderMarkdown(
      page(
        `sources:\n  - ${labGuide}\n  - url: https://linuxcontainers.org/lxc/security/\n    title: LXC [security]\n`,
      ),
      'limitations/example.md',
    )
    const document = parseHtml(html)
    const headings = [...document.querySelectorAll('h2')]
    expect(headings.at(-1)?.id).toBe('sources')
    const links = [...document.querySelectorAll('h2#sources ~ ul a')].map((link) => [
      link.getAttribute('href'),
      link.textContent,
    ])
    expect(links).toEqual([
      [labGuide, 'docs/guide/limit.md in Rose-STL-Lab/rose-stl-lab.github.io at commit ba581df'],
      ['https://linuxcontainers.org/lxc/security/', 'LXC [security]'],
    ])
  })

  it('gives the Sources heading a permalink and a copy-link button like every section', async () => {
    const html = await renderMarkdown(page(`sources: [${labGuide}]\n`), 'guide/example.md')
    expect(html).toContain('data-section-id="sources"')
    expect(html).toContain('<a class="header-anchor" href="#sources"')
  })

  it('adds nothing to a page that is neither a topic nor a guide and lists no sources', async () => {
    expect(await renderMarkdown(page(''), 'contributing.md')).not.toContain('id="sources"')
    expect(await renderMarkdown(page(''), 'limitations/index.md')).not.toContain('id="sources"')
  })

  it.each([
    ['a topic page without sources', page(''), 'limitations/example.md', 1, 'frontmatter "sources" is required'],
    ['a guide without sources', page(''), 'guide/example.md', 1, 'frontmatter "sources" is required'],
    [
      'an http: source',
      page('sources:\n  - http://roselab1.ucsd.edu/guide/limit\n'),
      'limitations/example.md',
      4,
      'frontmatter "sources" entry 1 must be an absolute https: URL (got "http://roselab1.ucsd.edu/guide/limit")',
    ],
    [
      'a relative source on any page',
      page('sources: [/guide/limit]\n'),
      'contributing.md',
      4,
      'frontmatter "sources" entry 1 must be an absolute https: URL (got "/guide/limit")',
    ],
    [
      'a source with an unknown field',
      page(`sources:\n  - url: ${labGuide}\n    date: 2026-04-29\n`),
      'limitations/example.md',
      4,
      'frontmatter "sources" entry 1 has unknown field "date" (known: url, title)',
    ],
  ])('fails on %s, naming the file and line', async (_case, source, relativePath, line, message) => {
    await expect(renderMarkdown(source, relativePath)).rejects.toThrow(`docs/${relativePath}:${line}: ${message}`)
  })
})
