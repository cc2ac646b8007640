/**
 * The built site's search index, read with the options the browser uses: it keeps the accuracy floors over the
 * query set, holds the quota table, callouts and diagrams, and keeps synonyms out of the pages.
 */
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import MiniSearch from 'minisearch'
import { beforeAll, describe, expect, it } from 'vitest'
import { searchQueries, type SectionLink } from '../../docs/.vitepress/data/search-queries'
import { search } from '../../docs/.vitepress/search'
import { accuracyFloors, evaluateQueries, floorProblem, missLines, unknownSections } from '../../scripts/eval-search'
import { browserSearchOptions, loadSearchIndexJson, type SectionDocument } from '../../scripts/lib/search-index'
import { repositoryRoot, siteDist } from './harness'

let json: string
let index: MiniSearch<SectionDocument>

beforeAll(async () => {
  json = await loadSearchIndexJson(siteDist())
  index = MiniSearch.loadJSON<SectionDocument>(json, browserSearchOptions(search.options))
})

const firstResult = (query: string) => String(index.search(query)[0]?.id ?? 'nothing')

describe('the built search index', () => {
  it(`puts the expected section first for ${accuracyFloors.top1 * 100}% of the queries and in the top 3 for ${accuracyFloors.top3 * 100}%`, () => {
    const evaluation = evaluateQueries(index, searchQueries)
    expect(floorProblem(evaluation), missLines(evaluation).join('\n')).toBeUndefined()
  })

  it('has every section that a query expects', async () => {
    const source = await readFile(join(repositoryRoot, 'docs/.vitepress/data/search-queries.ts'), 'utf8')
    expect(unknownSections(index, searchQueries, source)).toEqual([])
  })

  it.each<{ what: string; query: string; expected: SectionLink }>([
    { what: 'a cell of the quota table', query: '2 TB', expected: '/limitations/memory-limits#memory-quota-by-server' },
    {
      what: 'the title of a callout',
      query: 'Moving to higher-memory servers',
      expected: '/limitations/memory-limits#memory-quota-by-server',
    },
    {
      what: 'the text of a callout',
      query: 'consumer GPUs at most three containers',
      expected: '/limitations/gpu-passthrough#why-no-processes',
    },
    {
      what: "a diagram's description",
      query: 'forwarded request arrives with the host as its source',
      expected: '/limitations/firewall#localhost-still-reachable',
    },
    { what: 'a synonym', query: 'firewalld', expected: '/limitations/firewall#container-firewall' },
  ])('finds $what', ({ query, expected }) => {
    expect(firstResult(query)).toBe(expected)
  })

  it('keeps the synonyms out of the pages themselves', async () => {
    const page = await readFile(join(siteDist(), 'limitations', 'firewall.html'), 'utf8')
    expect(index.search('firewalld', { fuzzy: false, prefix: false }).length).toBeGreaterThan(0)
    expect(page).toContain('firewall')
    expect(page).not.toMatch(/firewalld|ufw/i)
  })
})
