/** Ranks the site's pages by how close their address is to one that does not exist, for the not-found page. */

export interface PageLink {
  text: string
  /** Site path without base: `/limitations/firewall`. */
  link: string
}

/** A site path reduced to what a reader meant: no base, no `.html` or `/index`, lowercase, no trailing slash. */
export function normalizePath(path: string, base = '/'): string {
  let decoded = path
  try {
    decoded = decodeURI(path)
  } catch {
    // A malformed escape: compare the path as typed.
  }
  const withoutBase = base !== '/' && decoded.startsWith(base) ? `/${decoded.slice(base.length)}` : decoded
  return (
    withoutBase
      .toLowerCase()
      .replace(/\.html?$/, '')
      .replace(/\/index$/, '/')
      .replace(/\/+$/, '') || '/'
  )
}

/** The `count` pages closest to `missingPath` (a path of the site, base included), best first. */
export function closestPages(missingPath: string, pages: readonly PageLink[], base = '/', count = 3): PageLink[] {
  const missing = normalizePath(missingPath, base)
  const unique = [...new Map(pages.map((page) => [normalizePath(page.link), page])).values()]
  return unique
    .map((page, order) => ({ page, order, score: closeness(missing, normalizePath(page.link), page.text) }))
    .sort((a, b) => b.score - a.score || a.order - b.order)
    .slice(0, count)
    .map(({ page }) => page)
}

/**
 * 0..1: the best of three readings of a typo'd address: the whole path mistyped, the right page under the wrong
 * folder, or some of the right words (matched fuzzily, or as the start of a longer word).
 */
export function closeness(missing: string, candidate: string, title = ''): number {
  const whole = similarity(missing, candidate)
  const lastSegment = similarity(lastSegmentOf(missing), lastSegmentOf(candidate))
  const missingWords = wordsOf(missing)
  const candidateWords = [...wordsOf(candidate), ...wordsOf(title.toLowerCase())]
  const matchedWords = missingWords.filter((word) => candidateWords.some((other) => wordsMatch(word, other))).length
  const words = missingWords.length ? matchedWords / missingWords.length : 0
  return Math.max(whole, 0.9 * lastSegment, 0.95 * words)
}

function lastSegmentOf(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1)
}

function wordsOf(text: string): string[] {
  return text.split(/[^a-z0-9]+/).filter(Boolean)
}

function wordsMatch(typed: string, word: string): boolean {
  return similarity(typed, word) >= 0.75 || (typed.length >= 3 && word.startsWith(typed))
}

/** 1 minus the edit distance relative to the longer string. */
function similarity(a: string, b: string): number {
  const longest = Math.max(a.length, b.length)
  return longest === 0 ? 1 : 1 - editDistance(a, b) / longest
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index)
  for (let i = 1; i <= a.length; i++) {
    const current = [i]
    for (let j = 1; j <= b.length; j++) {
      const substitution = previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1)
      current.push(Math.min(previous[j]! + 1, current[j - 1]! + 1, substitution))
    }
    previous = current
  }
  return previous[b.length]!
}

interface SidebarEntry {
  text?: string
  link?: string
  items?: SidebarEntry[]
  base?: string
}

/** Every page linked from a sidebar config (array, or one array per path prefix), in sidebar order. */
export function pagesInSidebar(sidebar: unknown): PageLink[] {
  const groups: unknown[] = Array.isArray(sidebar) ? [sidebar] : Object.values((sidebar as object | undefined) ?? {})
  const pages: PageLink[] = []
  const visit = (entries: SidebarEntry[], base: string) => {
    for (const entry of entries) {
      const entryBase = entry.base ?? base
      if (entry.text && entry.link) pages.push({ text: entry.text, link: entryBase + entry.link.replace(/^\//, '') })
      if (entry.items) visit(entry.items, entryBase)
    }
  }
  for (const group of groups) {
    if (Array.isArray(group)) visit(group as SidebarEntry[], '/')
    else if (group && typeof group === 'object' && 'items' in group) visit([group as SidebarEntry], '/')
  }
  return pages
}
