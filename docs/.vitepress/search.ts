/**
 * Local search: VitePress's MiniSearch index of every section, tuned with `npm run search:eval`. The index is built
 * from each page as rendered (tables from the data included), without what no one searches for (the Sources list,
 * code blocks' language labels, diagram drawings), and with words a section is about but does not say: its heading
 * id's words and what lab members type for its phrases (data/search-synonyms.ts). Pages never show those words.
 * Options are plain data: VitePress would send functions to the browser as `new Function`, which the CSP forbids.
 */
import type { DefaultTheme, MarkdownEnv } from 'vitepress'
import { searchSynonyms } from './data/search-synonyms'
import { sourcesHeadingId } from './markdown/page-frame'

const sourcesSection = new RegExp(`<h2 id="${sourcesHeadingId}"[\\s\\S]*$`)
const languageLabel = /<span class="lang">[^<]*<\/span>/g
const diagramDrawing = /<svg\b[^>]*\bclass="Diagram-svg"[\s\S]*?<\/svg>/g
// Where VitePress's indexer cuts a page into sections: headings with a permalink (splitPageIntoSections).
const sectionHeading = /<h\d[^>]*>.*?<a\b[^>]*?\shref="#([^"]*)"[^>]*>.*?<\/a><\/h\d>/gi

/** What lab members type, as MiniSearch reads words: lowercase, split at spaces and punctuation. */
export function words(text: string): string[] {
  return text
    .toLowerCase()
    .split(/[\n\r\p{Z}\p{P}]+/u)
    .filter(Boolean)
}

/** The synonyms for what `prose` says, once per time it says it (as an index-time synonym filter would add them). */
export function synonymsFor(prose: string): string[] {
  const text = ` ${words(prose).join(' ')} `
  return searchSynonyms.flatMap(({ written, typed }) =>
    written.flatMap((phrase) =>
      text
        .split(` ${words(phrase).join(' ')} `)
        .slice(1)
        .flatMap(() => typed),
    ),
  )
}

export function renderForSearch(
  src: string,
  env: MarkdownEnv,
  md: { render: (src: string, env: MarkdownEnv) => string },
): string {
  const html = md.render(src, env).replace(sourcesSection, '').replace(languageLabel, '').replace(diagramDrawing, '')
  if (env.frontmatter?.search === false) return ''
  const headings = [...html.matchAll(sectionHeading)]
  return headings.reduceRight((page, heading, index) => {
    const end = headings[index + 1]?.index ?? page.length
    const section = page.slice(heading.index, end)
    const prose = section.replace(/<pre\b[\s\S]*?<\/pre>/g, ' ').replace(/<[^>]*>/g, ' ')
    const said = new Set(words(section.replace(/<[^>]*>/g, ' ')))
    const terms = [...words(heading[1]!).filter((word) => !said.has(word)), ...synonymsFor(prose)]
    const escaped = terms.join(' ').replace(/[<>&"]/g, ' ')
    return terms.length ? `${page.slice(0, end)}<p>${escaped}</p>\n${page.slice(end)}` : page
  }, html)
}

export const search = {
  provider: 'local',
  options: {
    _render: renderForSearch,
    miniSearch: {
      searchOptions: {
        // No typo allowed in words up to four letters ("ram" would find "run"), one from five letters, two from 15.
        fuzzy: 0.1,
        // Headings here are often questions or steps ("What you see", "Step 4"), so the text weighs more.
        boost: { title: 1, text: 2, titles: 1 },
        // Typos and word beginnings count less, so short words match less of everything.
        weights: { fuzzy: 0.2, prefix: 0.2 },
        // A short section about the query beats a long one that mentions it.
        bm25: { k: 1.2, b: 0.9, d: 0.5 },
      },
    },
  },
} satisfies DefaultTheme.Config['search']
