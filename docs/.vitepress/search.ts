/**
 * Local search: VitePress's MiniSearch index of every section, which also holds the text of the components on a
 * page and the words lab members type for what a section says (search synonyms), and the options it is read with.
 */
import { readFileSync } from 'node:fs'
import { relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { DefaultTheme, MarkdownEnv, MarkdownRenderer } from 'vitepress'
import { serverQuotaMarkdown } from './data/servers'
import { searchSynonyms, validateSearchSynonyms, type SearchSynonym } from './data/search-synonyms'
import { sourcesHeadingId } from './markdown/page-sources'

// Matched in the rendered HTML, where a tag shown in code is escaped, so examples in code blocks stay as written.
const serverQuotaTableTag = /<(ServerQuotaTable|server-quota-table)(?:\s[^>]*)?(?:\/>|>\s*<\/\1>)/g

/**
 * Renders a page for the index as VitePress does (nothing for a page with `search: false` in its frontmatter), plus
 * what the index would otherwise miss, since it never runs Vue components (and without code blocks' language labels,
 * the drawings of diagrams and the page's closing list of sources): the quota table of `<ServerQuotaTable />` as Markdown, and after each
 * section the words of its heading id and the synonyms its prose calls for. This HTML only feeds the index: pages and the excerpts in
 * search results are rendered from the page itself, so they never show the added words.
 * `md` is typed by what is used, as VitePress passes a markdown-it typed by @types/markdown-it, not its own type.
 */
export function renderPageForSearch(
  src: string,
  env: MarkdownEnv,
  md: Pick<MarkdownRenderer, 'render'>,
  synonyms: readonly SearchSynonym[] = siteSynonyms(),
): string {
  const html = withoutSourcesSection(md.render(src, env)).replace(codeLanguageLabel, '').replace(diagramDrawing, '')
  if (env.frontmatter?.search === false) return ''
  return appendSearchTerms(
    html.replace(serverQuotaTableTag, () => md.render(serverQuotaMarkdown())),
    synonyms,
  )
}

// The language name a code block shows in its corner ("python"): the theme's label, not words of the page, and glued
// to the code's first word once tags are stripped ("pythonimport").
const codeLanguageLabel = /<span class="lang">[^<]*<\/span>/g

// A diagram is indexed by its title and text description, which its figure shows beside the drawing (and which
// describe all of it); the drawing's labels and its own copies of title and description would count them twice.
const diagramDrawing = /<svg\b[^>]*\bclass="Diagram-svg"[\s\S]*?<\/svg>/g

// The "Sources" section that ends a page (markdown/page-sources.ts) lists addresses, which no one searches for.
const sourcesHeading = new RegExp(`<h2 id="${sourcesHeadingId}"[^>]*>`)

function withoutSourcesSection(html: string): string {
  const start = html.search(sourcesHeading)
  return start < 0 ? html : html.slice(0, start)
}

const synonymsFile = fileURLToPath(new URL('./data/search-synonyms.ts', import.meta.url))
let checkedSynonyms: readonly SearchSynonym[] | undefined

/** The site's synonyms, checked once: a mistake fails the build with the file and line. */
function siteSynonyms(): readonly SearchSynonym[] {
  checkedSynonyms ??= validateSearchSynonyms(
    searchSynonyms,
    relative(process.cwd(), synonymsFile),
    readFileSync(synonymsFile, 'utf8'),
  )
  return checkedSynonyms
}

/** One search result's worth of a rendered page: a heading with a permalink and the HTML up to the next such heading. */
export interface PageSection {
  anchor: string
  /** The heading's text last, after those of the headings it sits under. */
  titles: string[]
  /** The section's HTML after its heading. */
  html: string
  /** Where `html` ends in the page's HTML. */
  end: number
}

// The headings VitePress's indexer cuts pages at (localSearchPlugin in vitepress/dist/node): on one line, with a
// permalink inside. The heading's text is what comes before the permalink.
const sectionHeading = /<h(\d)[^>]*>(.*?)<a\b[^>]*?\shref="#([^"]*)"[^>]*>.*?<\/a><\/h\1>/gi

/**
 * The sections of a rendered page as VitePress indexes them: text before the first heading is not indexed, a heading
 * with nothing after it before the next heading is skipped, and each section carries the titles of the headings above.
 */
export function pageSections(html: string): PageSection[] {
  const headings = [...html.matchAll(sectionHeading)]
  const sections: PageSection[] = []
  let parentTitles: string[] = []
  headings.forEach((heading, index) => {
    const start = heading.index + heading[0].length
    const end = headings[index + 1]?.index ?? html.length
    const level = Number(heading[1]) - 1
    const title = stripTags(heading[2] ?? '').trim()
    const content = html.slice(start, end)
    if (!title || !content) return
    const titles = [...parentTitles.slice(0, level), title].filter(Boolean)
    sections.push({ anchor: heading[3] ?? '', titles, html: content, end })
    parentTitles = level === 0 ? [title] : Object.assign([...parentTitles], { [level]: title })
  })
  return sections
}

/** Text of some HTML as VitePress puts it into the index: tags removed, nothing else changed. */
export function stripTags(html: string): string {
  return html.replace(/<[^>]*>/g, '')
}

/**
 * Appends to each section of a rendered page, as a paragraph at its end, words that name what the section is about
 * without being in its text: the words of its heading id (chosen to be linked to, such as `port-forwarding`) and
 * the words lab members type for what its prose says (search synonyms).
 */
export function appendSearchTerms(html: string, synonyms: readonly SearchSynonym[]): string {
  let result = ''
  let copied = 0
  for (const section of pageSections(html)) {
    const title = section.titles.at(-1) ?? ''
    const words = new Set(searchWords(`${title}\n${decodeEntities(stripTags(section.html))}`))
    const anchorWords = searchWords(section.anchor).filter((word) => !words.has(word))
    const prose = `${title}\n${decodeEntities(stripTags(section.html.replace(codeBlock, '\n')))}`
    const terms = [...anchorWords, ...synonymsFor(prose, synonyms)]
    if (!terms.length) continue
    result += `${html.slice(copied, section.end)}<p>${terms.join(' ')}</p>\n`
    copied = section.end
  }
  return result + html.slice(copied)
}

// Code shows commands, output and examples, not what the section says, so it does not call for synonyms.
const codeBlock = /<pre\b[\s\S]*?<\/pre>/g

/**
 * The words lab members type for what `text` says: a synonym's `typed` words once for every occurrence of one of
 * its `written` words or phrases (whole words, any case), as an index-time synonym filter adds them, so a section
 * that dwells on a concept ranks higher for it than one that mentions it in passing.
 */
export function synonymsFor(text: string, synonyms: readonly SearchSynonym[]): string[] {
  const words = searchWords(text)
  return synonyms.flatMap((synonym) => {
    const count = synonym.written.reduce((sum, phrase) => sum + occurrences(words, searchWords(phrase)), 0)
    return Array.from({ length: count }, () => synonym.typed).flat()
  })
}

function occurrences(words: readonly string[], phrase: readonly string[]): number {
  if (!phrase.length) return 0
  let count = 0
  for (let start = 0; start + phrase.length <= words.length; start++) {
    if (phrase.every((word, offset) => words[start + offset] === word)) count++
  }
  return count
}

// As MiniSearch's default tokenizer and term processing: split at spaces and punctuation, lowercase.
function searchWords(text: string): string[] {
  return text
    .toLowerCase()
    .split(/[\n\r\p{Z}\p{P}]+/u)
    .filter(Boolean)
}

const entities: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'" }

function decodeEntities(text: string): string {
  return text.replace(/&(?:amp|lt|gt|quot|#39);/g, (entity) => entities[entity] ?? entity)
}

/**
 * The site's search: VitePress's local (MiniSearch) provider, tuned with `npm run search:eval`. The browser gets the
 * options as data: VitePress would turn functions into `new Function` calls, which the site's CSP forbids, so
 * synonyms are added at index time instead (options whose name starts with `_` stay in Node).
 */
export const search = {
  provider: 'local',
  options: {
    _render: renderPageForSearch,
    miniSearch: {
      searchOptions: {
        // No typos allowed in words of up to four letters ("ram" would find "run"), one from five letters, two from 15.
        fuzzy: 0.1,
        // Headings here are often questions or steps ("What you see", "Step 4: ..."), so the text weighs more.
        boost: { title: 1, text: 2, titles: 1 },
        // Typos and word beginnings count less, so that short words ("a", "is", "on") match less of everything.
        weights: { fuzzy: 0.2, prefix: 0.2 },
        // Stronger length normalization: a short section about the query beats a long one that mentions it.
        bm25: { k: 1.2, b: 0.9, d: 0.5 },
      },
    },
  },
} satisfies DefaultTheme.Config['search']
