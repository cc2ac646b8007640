/**
 * Measures the site's search. Runs the queries of docs/.vitepress/data/search-queries.ts through the built site's
 * search index with the options the browser uses (VitePress's defaults overridden by the site's), prints top-1 and
 * top-3 accuracy and every miss, the same for plain VitePress, and the index size and query time for this site and
 * for a synthetic site of 1,000 pages. Exits with 1 when the accuracy is below the floors.
 *
 * Usage: tsx scripts/eval-search.ts [dist dir]   (default: $DOCS_DIST, else docs/.vitepress/dist)
 */
import { readdirSync, readFileSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { gzipSync } from 'node:zlib'
import MiniSearch, { type Options, type SearchOptions } from 'minisearch'
import {
  createMarkdownRenderer,
  resolveConfig,
  type DefaultTheme,
  type MarkdownEnv,
  type MarkdownRenderer,
} from 'vitepress'
import { searchQueries, type SearchQuery } from '../docs/.vitepress/data/search-queries'
import { pageSections, renderPageForSearch, search, stripTags } from '../docs/.vitepress/search'

const repositoryRoot = fileURLToPath(new URL('..', import.meta.url))
const queriesFile = 'docs/.vitepress/data/search-queries.ts'

/** The accuracy the site's search must keep over the query set. */
export const accuracyFloors = { top1: 0.9, top3: 0.97 } as const

/** A section as VitePress's indexer adds it to the index (the search box reads back `title` and `titles`). */
export interface SectionDocument {
  id: string
  text: string
  title: string
  titles: string[]
}

type LocalSearchOptions = DefaultTheme.LocalSearchOptions

/**
 * The options VitePress's search box (VPLocalSearchBox.vue, VitePress 1.6) loads the index with: these defaults,
 * then the site's `miniSearch.searchOptions` over the default search options and `miniSearch.options` over the rest.
 */
export const vitePressDefaults = {
  fields: ['title', 'titles', 'text'],
  storeFields: ['title', 'titles'],
  searchOptions: { fuzzy: 0.2, prefix: true, boost: { title: 4, text: 2, titles: 1 } },
} as const satisfies Options

/** The MiniSearch options the browser uses for a site whose local search options are `options`. */
export function browserSearchOptions(options: LocalSearchOptions = {}): Options<SectionDocument> {
  return {
    fields: [...vitePressDefaults.fields],
    storeFields: [...vitePressDefaults.storeFields],
    searchOptions: { ...vitePressDefaults.searchOptions, ...options.miniSearch?.searchOptions } as SearchOptions,
    ...options.miniSearch?.options,
  }
}

/** The options VitePress's indexer creates the index with (localSearchPlugin in vitepress/dist/node). */
export function indexerOptions(options: LocalSearchOptions = {}): Options<SectionDocument> {
  return {
    fields: [...vitePressDefaults.fields],
    storeFields: [...vitePressDefaults.storeFields],
    ...options.miniSearch?.options,
  }
}

/** The built site's search index file: VitePress writes it as a module whose default export is the index JSON. */
export function searchIndexFile(distDir: string): string {
  const chunks = join(distDir, 'assets', 'chunks')
  let names: string[]
  try {
    names = readdirSync(chunks).filter((name) => /^@localSearchIndexroot\.[\w-]+\.js$/.test(name))
  } catch {
    names = []
  }
  if (names.length !== 1) {
    throw new Error(
      `${chunks}: expected one @localSearchIndexroot.*.js file, found ${names.length}: build the site first (npm run docs:build)`,
    )
  }
  return join(chunks, names[0]!)
}

/** The index JSON of a built site, read the way the browser reads it (by importing the module). */
export async function loadSearchIndexJson(distDir: string): Promise<string> {
  const module = (await import(pathToFileURL(searchIndexFile(distDir)).href)) as { default: unknown }
  if (typeof module.default !== 'string') {
    throw new Error(`${searchIndexFile(distDir)}: its default export is not the index JSON`)
  }
  return module.default
}

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

/** How a page is turned into the HTML that gets indexed: VitePress's default, or the site's `_render`. */
export type PageRenderer = (page: SourcePage, md: MarkdownRenderer, docsDir: string) => string

export const plainVitePressRender: PageRenderer = ({ relativePath, source }, md, docsDir) => {
  const env: MarkdownEnv = { path: join(docsDir, relativePath), relativePath, cleanUrls: true }
  const html = md.render(source, env)
  return env.frontmatter?.search === false ? '' : html
}

export const siteRender: PageRenderer = ({ relativePath, source }, md, docsDir) =>
  renderPageForSearch(source, { path: join(docsDir, relativePath), relativePath, cleanUrls: true }, md)

/** Indexes pages as VitePress's indexer does (one document per section, ids `/path#anchor` with clean URLs). */
export function indexPages(
  pages: readonly SourcePage[],
  render: PageRenderer,
  md: MarkdownRenderer,
  docsDir: string,
  options: LocalSearchOptions = {},
): MiniSearch<SectionDocument> {
  const index = new MiniSearch<SectionDocument>(indexerOptions(options))
  for (const page of pages) {
    const path = `/${page.relativePath.replace(/(^|\/)index\.md$/, '$1').replace(/\.md$/, '')}`
    for (const section of pageSections(render(page, md, docsDir))) {
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

/** A deterministic random number generator (a linear congruential one), so every run makes the same synthetic site. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0
    return state / 2 ** 32
  }
}

/**
 * Markdown for `count` pages shaped like a limitation page (frontmatter and lead, four to six sections with
 * paragraphs, a command, a callout), written from `sentences` of the real pages plus a few made-up words of each
 * page's own, as new topics bring new tool names and error messages.
 */
export function syntheticPages(count: number, sentences: readonly string[], seed = 1): SourcePage[] {
  const random = seededRandom(seed)
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!
  const syllables = ['ka', 'vo', 'rin', 'tel', 'mux', 'dra', 'pel', 'os', 'zu', 'qui', 'ner', 'fa', 'lob', 'sti']
  const madeUpWord = () => Array.from({ length: 2 + Math.floor(random() * 3) }, () => pick(syllables)).join('')
  const paragraph = (ownWords: string[]) =>
    Array.from({ length: 2 + Math.floor(random() * 3) }, () =>
      random() < 0.3 ? `${pick(sentences)} Use ${pick(ownWords)} with ${pick(ownWords)}.` : pick(sentences),
    ).join(' ')
  return Array.from({ length: count }, (_, number) => {
    const ownWords = Array.from({ length: 8 }, madeUpWord)
    const sections = Array.from({ length: 4 + Math.floor(random() * 3) }, (_, sectionNumber) => {
      const heading = `${pick(ownWords)} ${pick(['errors', 'setup', 'limits', 'usage', 'policy', 'monitoring'])}`
      return [
        `## ${heading} {#section-${sectionNumber + 1}}`,
        paragraph(ownWords),
        paragraph(ownWords),
        ...(random() < 0.5
          ? [`\`\`\`bash\nsudo ${pick(ownWords)} --${pick(ownWords)} /etc/${pick(ownWords)}.conf\n\`\`\``]
          : []),
        ...(random() < 0.4 ? [`::: warning ${pick(ownWords)}\n${paragraph(ownWords)}\n:::`] : []),
      ].join('\n\n')
    })
    return {
      relativePath: `limitations/synthetic-${String(number + 1).padStart(4, '0')}.md`,
      source: [
        '---',
        `description: ${paragraph(ownWords).replace(/[:#]/g, '')}`,
        'verified: 2026-11-29',
        `order: ${number + 100}`,
        '---',
        '',
        `# ${ownWords[0]} and ${ownWords[1]} {#topic}`,
        '',
        ...sections,
        '',
      ].join('\n'),
    }
  })
}

/** The sentences of the site's indexed text, as material for synthetic pages. */
export function sentencesOf(pages: readonly SourcePage[], md: MarkdownRenderer, docsDir: string): string[] {
  return pages
    .flatMap((page) => pageSections(siteRender(page, md, docsDir)))
    .flatMap((section) => stripTags(section.html).split(/(?<=[.!?])\s+/))
    .map((sentence) => sentence.replace(/\s+/g, ' ').trim())
    .filter((sentence) => /^[A-Z][^<>{}|`$:#]{30,200}[.!?]$/.test(sentence))
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
  const siteOptions: LocalSearchOptions = search.options
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
  const plainVitePressIndex = indexPages(sourcePages, plainVitePressRender, md, siteConfig.srcDir)

  const synthetic = syntheticPages(1000, sentencesOf(sourcePages, md, siteConfig.srcDir))
  const syntheticJson = JSON.stringify(
    indexPages([...sourcePages, ...synthetic], siteRender, md, siteConfig.srcDir, siteOptions),
  )
  const syntheticIndex = MiniSearch.loadJSON<SectionDocument>(syntheticJson, browserSearchOptions(siteOptions))

  const misses = missLines(evaluation)
  console.log(
    [
      `${searchQueries.length} queries (${queriesFile}) through ${searchIndexFile(distDir)}`,
      accuracyLine('site search (site options)', evaluation),
      accuracyLine('baseline: plain VitePress options, same index', evaluateQueries(plainOptionsIndex, searchQueries)),
      accuracyLine(
        'baseline: plain VitePress, its own index of docs/',
        evaluateQueries(plainVitePressIndex, searchQueries),
      ),
      `misses of the site search (expected section not first): ${misses.length}`,
      ...misses,
      figuresLine('this site', figuresOf(json, siteIndex, searchQueries)),
      figuresLine(
        `this site plus ${synthetic.length.toLocaleString('en-US')} synthetic pages (index only: rendered and split as VitePress does)`,
        figuresOf(syntheticJson, syntheticIndex, searchQueries),
      ),
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
