import { readFile } from 'node:fs/promises'
import { describe, expect, it } from 'vitest'
import type { MarkdownEnv } from 'vitepress'
import { validateSearchSynonyms, type SearchSynonym } from '../../docs/.vitepress/data/search-synonyms'
import {
  appendSearchTerms,
  pageSections,
  renderPageForSearch,
  search,
  stripTags,
  synonymsFor,
} from '../../docs/.vitepress/search'
import { siteMarkdown } from './render-markdown'

const memoryPage = [
  '# Memory Limits',
  '',
  '## Memory Quota by Server {#memory-quota-by-server}',
  '',
  '<ServerQuotaTable />',
  '',
  '## Reducing Memory Usage',
  '',
  'Profile your code.',
  '',
].join('\n')

const env = (): MarkdownEnv => ({
  // Outside limitations/, so that the fixtures need no `sources` of a topic page.
  path: '/docs/notes/memory-limits.md',
  relativePath: 'notes/memory-limits.md',
  cleanUrls: true,
})

const testSynonyms: SearchSynonym[] = [
  { written: ['memory quota'], typed: ['oom', 'sigkill'] },
  { written: ['firewall inside your container', 'own firewall'], typed: ['ufw'] },
]

async function renderForIndex(source: string, synonyms: readonly SearchSynonym[] = []): Promise<string> {
  return renderPageForSearch(source, env(), await siteMarkdown(), synonyms)
}

/** Each section's text as the index gets it, by heading id. */
function indexedText(html: string): Record<string, string> {
  return Object.fromEntries(
    pageSections(html).map((section) => [section.anchor, stripTags(section.html).replace(/\s+/g, ' ').trim()]),
  )
}

/** Paths of the functions in `value` that VitePress would send to the browser (it drops keys starting with `_`). */
function browserFunctions(value: unknown, path = 'options'): string[] {
  if (typeof value === 'function') return [path]
  if (typeof value !== 'object' || value === null) return []
  return Object.entries(value).flatMap(([key, child]) =>
    key.startsWith('_') ? [] : browserFunctions(child, `${path}.${key}`),
  )
}

describe('local search options', () => {
  it('is VitePress local search, rendering pages for the index with renderPageForSearch', () => {
    expect(search.provider).toBe('local')
    expect(search.options._render).toBe(renderPageForSearch)
  })

  it('gives the browser plain data only, since the CSP forbids running serialized functions', () => {
    expect(browserFunctions(search.options)).toEqual([])
  })

  it('would notice a function among the browser options', () => {
    const options = { _render: () => '', miniSearch: { searchOptions: { boostDocument: () => 1 } } }
    expect(browserFunctions(options)).toEqual(['options.miniSearch.searchOptions.boostDocument'])
  })
})

describe('local search rendering', () => {
  it('puts every server, its RAM and its quota into the memory-quota section', async () => {
    const html = await renderForIndex(memoryPage)
    const section = html.slice(html.indexOf('id="memory-quota-by-server"'), html.indexOf('id="reducing-memory-usage"'))
    for (const name of ['roselab1', 'roselab2', 'roselab3', 'roselab4', 'roselab5']) expect(section).toContain(name)
    expect(section).toContain('<td>roselab5</td>\n<td>2 TB</td>\n<td>4× standard (Largest quota)</td>')
    expect(section).toContain('Killed at once, no grace period')
    expect(html).not.toContain('<ServerQuotaTable')
  })

  it.each(['<ServerQuotaTable/>', '<ServerQuotaTable></ServerQuotaTable>', '<server-quota-table />'])(
    'replaces the %s spelling too',
    async (tag) => {
      const html = await renderForIndex(memoryPage.replace('<ServerQuotaTable />', tag))
      expect(html).toContain('<td>roselab5</td>')
    },
  )

  it('leaves a page with no table, diagram or synonym exactly as VitePress renders it', async () => {
    const source = '# Firewall\n\nAsk the admin for help on roselab1.\n'
    expect(await renderForIndex(source, testSynonyms)).toBe((await siteMarkdown()).render(source, env()))
  })

  it('keeps a table tag shown in code as written', async () => {
    const html = await renderForIndex(
      '# Components\n\n```md\n<ServerQuotaTable />\n```\n\nUse `<ServerQuotaTable />`.\n',
    )
    expect(html).not.toContain('roselab5')
    expect(html).toContain('&lt;ServerQuotaTable /&gt;')
  })

  it('indexes nothing for a page with `search: false` in its frontmatter', async () => {
    expect(await renderForIndex(`---\nsearch: false\n---\n\n${memoryPage}`)).toBe('')
  })

  it('indexes a diagram by its title and description, which its figure shows as text, once each', async () => {
    // The memory page's own diagram, whose drawing is kept: no browser needed.
    const page = await readFile(new URL('../../docs/limitations/memory-limits.md', import.meta.url), 'utf8')
    const fence = /```mermaid\n[\s\S]*?```\n/.exec(page)![0]
    const html = await renderForIndex(`# Memory {#memory}\n\n## Policy {#policy}\n\n${fence}`)
    const text = indexedText(html).policy ?? ''
    expect(text.match(/What happens when a container goes over its memory quota/g)).toHaveLength(1)
    expect(text.match(/The host compares the memory that all processes in your container use/g)).toHaveLength(1)
    expect(text).not.toContain('Total above the quota?')
    expect(text).not.toMatch(/var\(|--diagram|font-family/)
  })

  it('leaves the language labels of code blocks out of the index, and keeps the code', async () => {
    const html = await renderForIndex('# Memory\n\n## Free {#free}\n\n```python\nimport gc\n```\n')
    expect(indexedText(html).free).toBe('import gc')
  })

  it("leaves the page's Sources section out of the index", async () => {
    const md = await siteMarkdown()
    const source =
      '---\nsources: [https://github.com/Rose-STL-Lab/rose-stl-lab.github.io/blob/ba581df/docs/guide/limit.md]\n---\n\n' +
      '# Memory\n\n## Last {#last}\n\nText.\n'
    const rendered = md.render(source, env())
    expect(rendered).toContain('id="sources"')
    const html = renderPageForSearch(source, env(), md, [])
    expect(Object.keys(indexedText(html))).not.toContain('sources')
    expect(Object.keys(indexedText(html))).toContain('last')
    expect(html).not.toContain('limit.md')
  })

  it('indexes callout text with its section', async () => {
    const html = await renderForIndex(
      '# Memory {#memory}\n\n## Moving {#moving}\n\n::: tip Higher-memory servers\nMove to roselab5.\n:::\n',
    )
    expect(indexedText(html).moving).toBe('Higher-memory servers Move to roselab5.')
  })
})

describe('search synonyms', () => {
  it.each([
    { text: 'Go over the memory quota and you are out.', typed: ['oom', 'sigkill'] },
    { text: 'The Memory\n  Quota is hard.', typed: ['oom', 'sigkill'] },
    { text: 'Your memory quota, then your memory-quota again.', typed: ['oom', 'sigkill', 'oom', 'sigkill'] },
    { text: 'Run your own firewall inside your container.', typed: ['ufw', 'ufw'] },
    { text: 'A firewall inside your container and the memory quota.', typed: ['oom', 'sigkill', 'ufw'] },
    { text: 'Memory quotas grow with the server.', typed: [] },
    { text: 'Free memory; the quota stays.', typed: [] },
    { text: 'Ask the admin for a rule on the host.', typed: [] },
  ])('finds $typed for $text', ({ text, typed }) => {
    expect(synonymsFor(text, testSynonyms)).toEqual(typed)
  })

  it('appends the typed words to the end of the section that says the phrase, and only there', async () => {
    const source = [
      '# Memory {#memory}',
      '',
      'Intro.',
      '',
      '## Policy {#policy}',
      '',
      'Go over the memory quota and you are out.',
      '',
      '## Usage {#usage}',
      '',
      'Watch Grafana.',
      '',
    ].join('\n')
    const html = await renderForIndex(source, testSynonyms)
    expect(indexedText(html)).toEqual({
      memory: 'Intro.',
      policy: 'Go over the memory quota and you are out. oom sigkill',
      usage: 'Watch Grafana.',
    })
    expect(html).toMatch(/<p>oom sigkill<\/p>\n<h2 id="usage"/)
    expect(pageSections(html).map((section) => section.titles)).toEqual([
      ['Memory'],
      ['Memory', 'Policy'],
      ['Memory', 'Usage'],
    ])
  })

  it('ignores phrases that only appear in code blocks', async () => {
    const html = await renderForIndex('# Example {#example}\n\n```text\nover the memory quota\n```\n', testSynonyms)
    expect(indexedText(html).example).not.toContain('oom')
  })

  it("adds the words of a section's heading id that its text lacks", async () => {
    const html = await renderForIndex(
      '# Firewall {#firewall}\n\n## How requests reach you {#port-forwarding}\n\nThe host forwards a port.\n',
    )
    expect(indexedText(html)['port-forwarding']).toBe('The host forwards a port. forwarding')
  })

  it('leaves HTML without sections as it is', () => {
    expect(appendSearchTerms('<p>memory quota</p>', testSynonyms)).toBe('<p>memory quota</p>')
  })

  it('reject a concept without words and typed words that are not plain text, naming the file and line', () => {
    const source = ["  { written: ['quota'], typed: ['<b>oom</b>'] },", "  { written: ['--'], typed: [] },"].join('\n')
    const bad: SearchSynonym[] = [
      { written: ['quota'], typed: ['<b>oom</b>'] },
      { written: ['--'], typed: [] },
    ]
    expect(() => validateSearchSynonyms(bad, 'docs/.vitepress/data/search-synonyms.ts', source)).toThrow(
      [
        'docs/.vitepress/data/search-synonyms.ts:1: synonym "quota": typed word "<b>oom</b>" must be plain text, without < > & or "',
        'docs/.vitepress/data/search-synonyms.ts:2: synonym "--" has no typed words',
        'docs/.vitepress/data/search-synonyms.ts:2: synonym "--": "--" has no word in it',
      ].join('\n'),
    )
  })
})

describe('page sections', () => {
  it('are cut as VitePress indexes them: nothing before the first heading, no empty sections, parent titles kept', () => {
    const heading = (level: number, id: string, title: string) =>
      `<h${level} id="${id}" tabindex="-1">${title} <a class="header-anchor" href="#${id}" aria-label="Permalink">&ZeroWidthSpace;</a></h${level}>`
    const html = [
      '<p>Before any heading.</p>',
      heading(1, 'page', 'Page'),
      '<p>Lead.</p>',
      heading(2, 'empty', 'Empty'),
      heading(2, 'first', 'First <code>code</code>'),
      '<p>One.</p>',
      heading(3, 'deep', 'Deep'),
      '<p>Two.</p>',
      '<h2>No permalink</h2><p>Three.</p>',
    ].join('')
    expect(pageSections(html).map(({ anchor, titles, html: content }) => ({ anchor, titles, content }))).toEqual([
      { anchor: 'page', titles: ['Page'], content: '<p>Lead.</p>' },
      { anchor: 'first', titles: ['Page', 'First code'], content: '<p>One.</p>' },
      {
        anchor: 'deep',
        titles: ['Page', 'First code', 'Deep'],
        content: '<p>Two.</p><h2>No permalink</h2><p>Three.</p>',
      },
    ])
  })
})
