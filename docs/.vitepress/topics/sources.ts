/**
 * The `sources` of a page: where its facts come from, listed in its frontmatter and shown at its end. Every entry is
 * an absolute `https:` URL (a string), or `{ url, title }` when the address alone does not say what it is.
 */

export interface Source {
  url: string
  /** What the link says: the given title, or one made from the address. */
  title: string
}

/** The problem with a `sources` value as a sentence for the author, or the sources it lists. */
export function readSources(value: unknown): { sources: Source[] } | { problem: string } {
  if (!Array.isArray(value) || value.length === 0) {
    return {
      problem:
        'frontmatter "sources" is required: a list of the https: addresses the page\'s facts come from, ' +
        "such as the lab guide's file at the commit you read (https://github.com/<owner>/<repo>/blob/<commit>/<path>)",
    }
  }
  const sources: Source[] = []
  for (const [index, entry] of value.entries()) {
    const url = typeof entry === 'string' ? entry : isRecord(entry) ? entry.url : undefined
    const title = isRecord(entry) ? entry.title : undefined
    if (typeof url !== 'string' || !isHttpsUrl(url)) {
      return {
        problem: `frontmatter "sources" entry ${index + 1} must be an absolute https: URL (got ${describe(url ?? entry)})`,
      }
    }
    if (title !== undefined && (typeof title !== 'string' || !title.trim())) {
      return { problem: `frontmatter "sources" entry ${index + 1} has a "title" that is not text` }
    }
    if (isRecord(entry)) {
      const unknown = Object.keys(entry).filter((key) => key !== 'url' && key !== 'title')
      if (unknown.length) {
        return {
          problem: `frontmatter "sources" entry ${index + 1} has unknown field "${unknown[0]}" (known: url, title)`,
        }
      }
    }
    sources.push({ url, title: typeof title === 'string' ? title.trim() : sourceTitle(url) })
  }
  return { sources }
}

const gitHubFile = /^https:\/\/github\.com\/([^/]+\/[^/]+)\/blob\/([0-9a-f]{7,40})\/(.+)$/

/**
 * A link text for a source's address: a file in a GitHub repository at a commit reads
 * "docs/guide/limit.md in Rose-STL-Lab/rose-stl-lab.github.io at commit ba581df"; anything else, its host and path.
 */
export function sourceTitle(url: string): string {
  const file = gitHubFile.exec(url)
  if (file) return `${decodeURIComponent(file[3]!)} in ${file[1]} at commit ${file[2]!.slice(0, 7)}`
  const { host, pathname } = new URL(url)
  return `${host}${pathname === '/' ? '' : decodeURIComponent(pathname)}`
}

function isHttpsUrl(value: string): boolean {
  try {
    const url = new URL(value)
    return url.protocol === 'https:' && url.hostname !== '' && value.startsWith('https://')
  } catch {
    return false
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function describe(value: unknown): string {
  return value === undefined ? 'nothing' : JSON.stringify(value)
}
