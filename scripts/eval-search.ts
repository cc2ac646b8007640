/**
 * The search evaluation (`npm run search:eval`): runs every query of docs/.vitepress/data/search-queries.ts through
 * the built site's search index, loaded with the options the search box uses, and fails when a query's section is not
 * among the first three results, naming the query, its section, what outranks it and what to do. Prints how many
 * queries find their section first and in the first three.
 *
 * Usage: tsx scripts/eval-search.ts [built site]   (default: $DOCS_DIST, else docs/.vitepress/dist)
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import MiniSearch, { type SearchResult } from 'minisearch'
import { searchQueries, type SearchQuery } from '../docs/.vitepress/data/search-queries'
import { search } from '../docs/.vitepress/search'

const queriesFile = 'docs/.vitepress/data/search-queries.ts'

/** The built site's index, loaded as VitePress's search box loads it (VPLocalSearchBox.vue in VitePress 1.6). */
export async function loadSiteIndex(dist: string): Promise<MiniSearch> {
  const chunks = join(dist, 'assets', 'chunks')
  const file = readdirSync(chunks).find((name) => /^@localSearchIndexroot\.[\w-]+\.js$/.test(name))
  if (!file) throw new Error(`${dist} has no search index: build the site first (npm run docs:build)`)
  const source = readFileSync(join(chunks, file)).toString('base64')
  const { default: json } = (await import(`data:text/javascript;base64,${source}`)) as { default: string }
  return MiniSearch.loadJSON(json, {
    fields: ['title', 'titles', 'text'],
    storeFields: ['title', 'titles'],
    // VitePress's defaults (fuzzy 0.2, prefix, boost) under the site's, which set fuzzy and boost themselves.
    searchOptions: { prefix: true, ...search.options.miniSearch.searchOptions },
  })
}

/** What a result is, as the search box shows it: "Memory limits › Memory quota by server (/limitations/memory-limits#…)". */
function describe(result: SearchResult): string {
  return `${[...(result.titles as string[]), result.title as string].join(' › ')} (${result.id})`
}

export function evaluate(
  index: MiniSearch,
  queries: readonly SearchQuery[] = searchQueries,
  base = '/',
): { problems: string[]; first: number; topThree: number } {
  const lines = readFileSync(queriesFile, 'utf8').split('\n')
  const known = new Set(index.search(MiniSearch.wildcard).map((result) => String(result.id)))
  const problems: string[] = []
  let first = 0
  let topThree = 0
  for (const [query, expected] of queries) {
    const where = `${queriesFile}:${lines.findIndex((line) => line.includes(`'${query}'`)) + 1}`
    const id = base + expected.slice(1)
    if (!known.has(id)) {
      problems.push(
        `${where}: "${query}" expects ${expected}, which is no section of the site: correct the expectation`,
      )
      continue
    }
    const results = index.search(query)
    const rank = results.findIndex((result) => result.id === id) + 1
    if (rank === 1) first++
    if (rank >= 1 && rank <= 3) {
      topThree++
      continue
    }
    problems.push(
      `${where}: "${query}" expects ${expected}, now ${rank ? `at rank ${rank}` : 'not found'}; first: ` +
        `${results.slice(0, 3).map(describe).join('; ') || 'nothing'}.\n  What to do: if ${expected} is still the ` +
        'best answer, reword the page that now outranks it (or the expected section, so that it says what the query ' +
        'asks); if the new page answers the query better, change the expected section in the same commit.',
    )
  }
  return { problems, first, topThree }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const dist = process.argv[2] ?? process.env.DOCS_DIST ?? 'docs/.vitepress/dist'
  const { problems, first, topThree } = evaluate(await loadSiteIndex(dist), searchQueries, process.env.DOCS_BASE ?? '/')
  const share = (count: number) =>
    `${count}/${searchQueries.length} (${((100 * count) / searchQueries.length).toFixed(1)}%)`
  console.log(
    `search: ${searchQueries.length} queries; expected section first: ${share(first)}, in the first three: ${share(topThree)}`,
  )
  if (problems.length) {
    console.error(problems.join('\n'))
    process.exit(1)
  }
}
