import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import MiniSearch from 'minisearch'
import { describe, expect, it } from 'vitest'
import type { SearchQuery } from '../../../docs/.vitepress/data/search-queries'
import { pageSections, renderPageForSearch } from '../../../docs/.vitepress/search'
import {
  accuracyLine,
  browserSearchOptions,
  evaluateQueries,
  floorProblem,
  indexSize,
  missLines,
  syntheticPages,
  unknownSections,
  vitePressDefaults,
  type SectionDocument,
} from '../../../scripts/eval-search'
import { siteMarkdown } from '../render-markdown'

const searchBoxFile = join(
  dirname(createRequire(import.meta.url).resolve('vitepress/package.json')),
  'dist/client/theme-default/components/VPLocalSearchBox.vue',
)

/** The options VPLocalSearchBox.vue's source passes to MiniSearch.loadJSON before the site's own. */
function searchBoxDefaults(source: string): unknown {
  const call = source.slice(source.indexOf('MiniSearch.loadJSON'))
  const list = (name: string) =>
    [...(new RegExp(`${name}: \\[([^\\]]*)\\]`).exec(call)?.[1] ?? '').matchAll(/'([^']*)'/g)].map((match) => match[1])
  const number = (name: string) => Number(new RegExp(`${name}: ([\\d.]+)`).exec(call)?.[1])
  const boost = Object.fromEntries(
    [...(/boost: \{([^}]*)\}/.exec(call)?.[1] ?? '').matchAll(/(\w+): ([\d.]+)/g)].map((match) => [
      match[1],
      Number(match[2]),
    ]),
  )
  return {
    fields: list('fields'),
    storeFields: list('storeFields'),
    searchOptions: { fuzzy: number('fuzzy'), prefix: /prefix: true/.test(call), boost },
  }
}

describe('VitePress defaults', () => {
  const source = readFileSync(searchBoxFile, 'utf8')

  it('are those of the installed VitePress search box', () => {
    expect(searchBoxDefaults(source)).toEqual(vitePressDefaults)
  })

  it('would be noticed to change when VitePress changes them', () => {
    expect(searchBoxDefaults(source.replace('fuzzy: 0.2', 'fuzzy: 0.3'))).not.toEqual(vitePressDefaults)
  })

  it("are overridden by the site's options as the search box does, one option at a time", () => {
    const options = browserSearchOptions({ miniSearch: { searchOptions: { fuzzy: 0.1, boost: { text: 3 } } } })
    expect(options).toEqual({
      fields: ['title', 'titles', 'text'],
      storeFields: ['title', 'titles'],
      searchOptions: { fuzzy: 0.1, prefix: true, boost: { text: 3 } },
    })
    expect(browserSearchOptions().searchOptions).toEqual(vitePressDefaults.searchOptions)
  })
})

/** A three-section index with VitePress's options, ids carrying a `/docs/` base. */
function fixtureIndex(): MiniSearch<SectionDocument> {
  const index = new MiniSearch<SectionDocument>(browserSearchOptions())
  index.addAll([
    { id: '/docs/gpu#kill', title: 'Kill GPU processes', titles: ['GPU'], text: 'Use ps aux and kill.' },
    { id: '/docs/gpu#watch', title: 'Monitor GPU processes', titles: ['GPU'], text: 'Grafana shows them.' },
    { id: '/docs/memory#quota', title: 'Memory quota', titles: ['Memory'], text: 'roselab5 has 2 TB.' },
  ])
  return index
}

const queries: SearchQuery[] = [
  { query: 'kill', expected: '/gpu#kill' },
  { query: 'grafana gpu processes', expected: '/gpu#kill' },
  { query: 'roselab5', expected: '/memory#quota' },
  { query: 'firewalld', expected: '/firewall#tools' },
]

describe('evaluateQueries', () => {
  const evaluation = evaluateQueries(fixtureIndex(), queries)

  it('finds where the expected section ranks, whatever the base of the ids', () => {
    expect(evaluation.outcomes.map((outcome) => outcome.rank)).toEqual([1, 2, 1, undefined])
    expect(evaluation.outcomes[1]!.top).toEqual(['/docs/gpu#watch', '/docs/gpu#kill'])
    expect(evaluation.top1).toBe(0.5)
    expect(evaluation.top3).toBe(0.75)
  })

  it('prints the accuracy and every miss with the first results', () => {
    expect(accuracyLine('site', evaluation)).toBe('site: top-1 50.0% (2/4), top-3 75.0% (3/4)')
    expect(missLines(evaluation)).toEqual([
      '  rank 2: "grafana gpu processes" expected /gpu#kill, got /docs/gpu#watch, /docs/gpu#kill',
      '  not found: "firewalld" expected /firewall#tools, got nothing',
    ])
  })

  it('fails the floors below 90% first or 97% in the top 3, and passes them otherwise', () => {
    expect(floorProblem(evaluation)).toBe(
      'below the floors: top-1 50.0% (must be >= 90.0%), top-3 75.0% (must be >= 97.0%)',
    )
    expect(floorProblem(evaluateQueries(fixtureIndex(), queries.slice(0, 1)))).toBeUndefined()
  })

  it('names the line of a query whose section the index does not have', () => {
    const source = [
      "  { query: 'kill', expected: '/gpu#kill' },",
      "  { query: 'firewalld', expected: '/firewall#tools' },",
    ].join('\n')
    expect(unknownSections(fixtureIndex(), queries, source)).toEqual([
      'docs/.vitepress/data/search-queries.ts:2: query "firewalld" expects /firewall#tools, which is not a section of the built site',
    ])
  })
})

describe('indexSize', () => {
  it('counts UTF-8 bytes, raw and gzip-compressed', () => {
    const json = JSON.stringify({ text: '4× standard '.repeat(200) })
    const size = indexSize(json)
    expect(size.raw).toBe(Buffer.byteLength(json))
    expect(size.raw).toBeGreaterThan(json.length)
    expect(size.gzip).toBeLessThan(size.raw / 10)
  })
})

describe('syntheticPages', () => {
  const sentences = [
    'Your container is killed when it goes over its memory quota.',
    'The host forwards requests from an external port to your container.',
    'Docker needs privileges that an unprivileged container does not have.',
  ]

  it('makes the same pages from the same seed, each at its own path', () => {
    const pages = syntheticPages(20, sentences)
    expect(syntheticPages(20, sentences)).toEqual(pages)
    expect(new Set(pages.map((page) => page.relativePath)).size).toBe(20)
    expect(syntheticPages(20, sentences, 2)).not.toEqual(pages)
  })

  it('makes limitation pages that render into a titled section per heading', async () => {
    const md = await siteMarkdown()
    for (const page of syntheticPages(5, sentences)) {
      const env = { path: `/docs/${page.relativePath}`, relativePath: page.relativePath, cleanUrls: true }
      const sections = pageSections(renderPageForSearch(page.source, env, md))
      expect(sections.length).toBeGreaterThanOrEqual(5)
      expect(sections[0]!.anchor).toBe('topic')
      expect(sections[0]!.html).toContain('In short:')
      expect(sections.slice(1).map((section) => section.anchor)).toEqual(
        sections.slice(1).map((_, number) => `section-${number + 1}`),
      )
    }
  })
})
