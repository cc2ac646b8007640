import MiniSearch from 'minisearch'
import { describe, expect, it } from 'vitest'
import type { SearchQuery } from '../../../docs/.vitepress/data/search-queries'
import {
  accuracyLine,
  evaluateQueries,
  floorProblem,
  indexSize,
  missLines,
  unknownSections,
} from '../../../scripts/eval-search'
import { browserSearchOptions, type SectionDocument } from '../../../scripts/lib/search-index'

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
