/**
 * Measures the site's search. Runs the queries of docs/.vitepress/data/search-queries.ts through the built site's
 * search index with the options the browser uses (VitePress's defaults overridden by the site's), prints top-1 and
 * top-3 accuracy and every miss, the same for plain VitePress, and the index size and query time. Exits with 1 when
 * the accuracy is below the floors. (How the index grows with the site is measured by `npm run bench`, on real builds
 * of synthetic sites.)
 *
 * Usage: tsx scripts/eval-search.ts [dist dir]   (default: $DOCS_DIST, else docs/.vitepress/dist)
 */
import { readFileSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { gzipSync } from 'node:zlib'
import MiniSearch from 'minisearch'
import {
  createMarkdownRenderer,
  resolveConfig,
  type DefaultTheme,
  type MarkdownEnv,
  type MarkdownRenderer,
} from 'vitepress'
import { searchQueries, type SearchQuery } from '../docs/.vitepress/data/search-queries'
import { pageSections, search, stripTags } from '../docs/.vitepress/search'
import {
  browserSearchOptions,
  loadSearchIndexJson,
  searchIndexFile,
  vitePressDefaults,
  type SectionDocument,
} from './lib/search-index'

const repositoryRoot = fileURLToPath(new URL('..', import.meta.url))
const queriesFile = 'docs/.vitepress/data/search-queries.ts'

/** The accuracy the site's search must keep over the query set. */
export const accuracyFloors = { top1: 0.9, top3: 0.97 } as const

export interface QueryOutcome {
  query: SearchQuery
  /** The first three results' ids. */
  top: string[]
  /** Position of the expected section among the results, from 1; undefined when it is not found. */
  rank: number | undefined
}

export interface Evaluation {
  outcomes: QueryOutcome[]
  top1: number
  top3: number
}

// Result ids carry the site's base (`/docs/limitations/...` under DOCS_BASE=/docs/); expected ones do not.
function isSection(id: string, expected: string): boolean {
  return id === expected || id.endsWith(expected)
}

/** Runs every query through `index` and scores where the expected section lands. */
export function evaluateQueries(index: MiniSearch<SectionDocument>, queries: readonly SearchQuery[]): Evaluation {
  const outcomes = queries.map((query) => {
    const ids = index.search(query.query).map((result) => String(result.id))
    const position = ids.findIndex((id) => isSection(id, query.expected))
    return { query, top: ids.slice(0, 3), rank: position < 0 ? undefined : position + 1 }
  })
  const share = (limit: number) =>
    queries.length
      ? outcomes.filter((outcome) => outcome.rank !== undefined && outcome.rank <= limit).length / queries.length
      : 0
  return { outcomes, top1: share(1), top3: share(3) }
}

/** The queries whose expected section is not in the index, as `file:line: ...` lines for the author. */
export function unknownSections(
  index: MiniSearch<SectionDocument>,
  queries: readonly SearchQuery[],
  source: string,
): string[] {
  const ids = index.search(MiniSearch.wildcard).map((result) => String(result.id))
  const lines = source.split('\n')
  return queries
    .filter((query) => !ids.some((id) => isSection(id, query.expected)))
    .map((query) => {
      const line = lines.findIndex((text) => text.includes(JSON.stringify(query.query).slice(1, -1))) + 1
      return `${queriesFile}:${line || 1}: query "${query.query}" expects ${query.expected}, which is not a section of the built site`
    })
}

/** Median time of one `index.search` over the queries, in milliseconds, after a warm-up round. */
export function medianQueryMilliseconds(
  index: MiniSearch<SectionDocument>,
  queries: readonly SearchQuery[],
  rounds = 5,
): number {
  for (const { query } of queries) index.search(query)
  const times: number[] = []
  for (let round = 0; round < rounds; round++) {
    for (const { query } of queries) {
      const start = performance.now()
      index.search(query)
      times.push(performance.now() - start)
    }
  }
  times.sort((a, b) => a - b)
  const middle = Math.floor(times.length / 2)
  return times.length % 2 ? times[middle]! : (times[middle - 1]! + times[middle]!) / 2
}

/** Size of the index JSON as the browser downloads it, raw and gzip-compressed, in bytes. */
export function indexSize(json: string): { raw: number; gzip: number } {
  const bytes = Buffer.from(json)
  return { raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length }
}

export interface SourcePage {
  /** Path under the docs folder, such as `limitations/firewall.md`. */
  relativePath: string
  source: string
}

/**
 * Indexes pages as plain VitePress's indexer does (localSearchPlugin in vitepress/dist/node): each page rendered as it
 * is, one document per section, ids `/path#anchor` with clean URLs, and none of the site's search additions.
 */
export function plainVitePressIndex(
  pages: readonly SourcePage[],
  md: MarkdownRenderer,
  docsDir: string,
): MiniSearch<SectionDocument> {
  const index = new MiniSearch<SectionDocument>({
    fields: [...vitePressDefaults.fields],
    storeFields: [...vitePressDefaults.storeFields],
  })
  for (const { relativePath, source } of pages) {
    const env: MarkdownEnv = { path: join(docsDir, relativePath), relativePath, cleanUrls: true }
    const html = md.render(source, env)
    if (env.frontmatter?.search === false) continue
    const path = `/${relativePath.replace(/(^|\/)index\.md$/, '$1').replace(/\.md$/, '')}`
    for (const section of pageSections(html)) {
      index.add({
        id: section.anchor ? `${path}#${section.anchor}` : path,
        text: stripTags(section.html),
        title: section.titles.at(-1) ?? '',
        titles: section.titles.slice(0, -1),
      })
    }
  }
  return index
}

export interface IndexFigures {
  sections: number
  size: { raw: number; gzip: number }
  medianMilliseconds: number
}

function figuresOf(json: string, index: MiniSearch<SectionDocument>, queries: readonly SearchQuery[]): IndexFigures {
  return {
    sections: index.documentCount,
    size: indexSize(json),
    medianMilliseconds: medianQueryMilliseconds(index, queries),
  }
}

const percent = (share: number) => `${(share * 100).toFixed(1)}%`
const bytes = (count: number) => `${count.toLocaleString('en-US')} bytes (${(count / 1024).toFixed(1)} KiB)`

/** One line of accuracy figures. */
export function accuracyLine(label: string, evaluation: Evaluation): string {
  const count = evaluation.outcomes.length
  const hits = (limit: number) =>
    evaluation.outcomes.filter((outcome) => outcome.rank !== undefined && outcome.rank <= limit).length
  return `${label}: top-1 ${percent(evaluation.top1)} (${hits(1)}/${count}), top-3 ${percent(evaluation.top3)} (${hits(3)}/${count})`
}

/** The queries whose expected section is not first, each with the first three results instead. */
export function missLines(evaluation: Evaluation): string[] {
  return evaluation.outcomes
    .filter((outcome) => outcome.rank !== 1)
    .map(({ query, top, rank }) => {
      const place = rank === undefined ? 'not found' : `rank ${rank}`
      return `  ${place}: "${query.query}" expected ${query.expected}, got ${top.join(', ') || 'nothing'}`
    })
}

/** One line of size and speed figures. */
export function figuresLine(label: string, figures: IndexFigures): string {
  return (
    `${label}: ${figures.sections} sections, index ${bytes(figures.size.raw)} raw, ${bytes(figures.size.gzip)} gzip, ` +
    `median query ${figures.medianMilliseconds.toFixed(3)} ms`
  )
}

/** Why an evaluation fails the floors, or undefined when it keeps them. */
export function floorProblem(evaluation: Evaluation, floors = accuracyFloors): string | undefined {
  if (evaluation.top1 >= floors.top1 && evaluation.top3 >= floors.top3) return undefined
  return (
    `below the floors: top-1 ${percent(evaluation.top1)} (must be >= ${percent(floors.top1)}), ` +
    `top-3 ${percent(evaluation.top3)} (must be >= ${percent(floors.top3)})`
  )
}

async function main(): Promise<void> {
  const distDir = resolve(
    process.argv[2] ?? process.env.DOCS_DIST ?? join(repositoryRoot, 'docs', '.vitepress', 'dist'),
  )
  const siteOptions: DefaultTheme.LocalSearchOptions = search.options
  const json = await loadSearchIndexJson(distDir)
  const siteIndex = MiniSearch.loadJSON<SectionDocument>(json, browserSearchOptions(siteOptions))

  const unknown = unknownSections(siteIndex, searchQueries, readFileSync(join(repositoryRoot, queriesFile), 'utf8'))
  if (unknown.length) {
    console.error(unknown.join('\n'))
    process.exitCode = 1
    return
  }

  const siteConfig = await resolveConfig(join(repositoryRoot, 'docs'), 'build', 'production')
  const md = await createMarkdownRenderer(siteConfig.srcDir, siteConfig.markdown, '/', siteConfig.logger)
  const sourcePages = await Promise.all(
    siteConfig.pages.map(async (relativePath) => ({
      relativePath,
      source: await readFile(join(siteConfig.srcDir, relativePath), 'utf8'),
    })),
  )

  const evaluation = evaluateQueries(siteIndex, searchQueries)
  const plainOptionsIndex = MiniSearch.loadJSON<SectionDocument>(json, browserSearchOptions())
  const plainIndex = plainVitePressIndex(sourcePages, md, siteConfig.srcDir)

  const misses = missLines(evaluation)
  console.log(
    [
      `${searchQueries.length} queries (${queriesFile}) through ${searchIndexFile(distDir)}`,
      accuracyLine('site search (site options)', evaluation),
      accuracyLine('baseline: plain VitePress options, same index', evaluateQueries(plainOptionsIndex, searchQueries)),
      accuracyLine('baseline: plain VitePress, its own index of docs/', evaluateQueries(plainIndex, searchQueries)),
      `misses of the site search (expected section not first): ${misses.length}`,
      ...misses,
      figuresLine('this site', figuresOf(json, siteIndex, searchQueries)),
    ].join('\n'),
  )
  const problem = floorProblem(evaluation)
  if (problem) {
    console.error(problem)
    process.exitCode = 1
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === resolve(process.argv[1])) {
  await main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error)
    process.exitCode = 1
  })
}
