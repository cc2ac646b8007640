import MiniSearch from 'minisearch'
import type { MarkdownEnv } from 'vitepress'
import { describe, expect, it } from 'vitest'
import { searchSynonyms } from '../../docs/.vitepress/data/search-synonyms'
import { search, synonymsFor } from '../../docs/.vitepress/search'
import { evaluate } from '../../scripts/eval-search'
import { siteMarkdown } from './render'

async function renderForSearch(source: string): Promise<string> {
  return search.options._render(
    source,
    { relativePath: 'example.md', cleanUrls: true } as MarkdownEnv,
    await siteMarkdown,
  )
}

describe('what the search index holds', () => {
  it('adds after a section the words of its id it does not say, and what members type for its phrases', async () => {
    const indexed = await renderForSearch('## Firewall {#restrict-access}\n\nAsk for a firewall rule on the host.\n')
    const [written] = searchSynonyms[1]!.written
    expect(written).toBe('firewall rule')
    expect(indexed).toContain(`<p>restrict access ${searchSynonyms[1]!.typed.join(' ')}</p>`)
  })

  it('counts a phrase each time a section says it', () => {
    const { written, typed } = searchSynonyms[0]!
    expect(synonymsFor(`${written[0]} and again ${written[0]}.`)).toEqual([...typed, ...typed])
    expect(synonymsFor('nothing about it')).toEqual([])
  })

  it('leaves out the Sources list and the drawings of diagrams', async () => {
    const indexed = await renderForSearch(
      '---\nsources:\n  - https://example.org/a\n---\n\n# T\n\nText.\n\n<svg class="Diagram-svg"><text>label</text></svg>\n',
    )
    expect(indexed).toContain('Text.')
    expect(indexed).not.toMatch(/>Sources|example\.org|>label</)
  })
})

describe('the search evaluation', () => {
  const index = new MiniSearch({ fields: ['title', 'text'], storeFields: ['title', 'titles'] })
  index.addAll([
    { id: '/a#quota', title: 'Memory quota', titles: ['Memory limits'], text: 'each container has a quota' },
    { id: '/b#one', title: 'Quota one', titles: ['New page'], text: 'quota quota quota' },
    { id: '/b#two', title: 'Quota two', titles: ['New page'], text: 'quota quota' },
    { id: '/b#three', title: 'Quota three', titles: ['New page'], text: 'quota quota' },
  ])

  it('passes a query whose section is in the first three', () => {
    expect(evaluate(index, [['container quota', '/a#quota']]).problems).toEqual([])
  })

  it('names the query, its section, what outranks it and what to do when the section leaves the first three', () => {
    const [problem] = evaluate(index, [['quota', '/a#quota']]).problems
    expect(problem).toMatch(
      /^docs\/\.vitepress\/data\/search-queries\.ts:\d+: "quota" expects \/a#quota, now at rank 4; first: New page › Quota one \(\/b#one\)/,
    )
    expect(problem).toContain('change the expected section in the same commit')
  })

  it('refuses an expected section that the site does not have', () => {
    expect(evaluate(index, [['quota', '/a#gone']]).problems[0]).toContain(
      'expects /a#gone, which is no section of the site',
    )
  })
})
