/** Link check over the built site: internal links, fragments, images, scripts and stylesheets resolve; external links open safely. */
import { existsSync, readFileSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { parseArgs } from 'node:util'
import { builtHtmlFiles, builtPageFile, cleanUrlOf } from '../docs/.vitepress/helpers/built-pages'
import { attribute, elements, parseHtml, type HtmlElement } from '../docs/.vitepress/helpers/html'
import { normalizeBase, siteOrigin } from '../docs/.vitepress/site'

export interface LinkCheckOptions {
  /** Folder holding the built site. */
  distDir: string
  /** Base path the site was built for, with leading and trailing slash. */
  base: string
  /** Public origin of the site; absolute URLs under origin + base count as internal. */
  origin: string
  /** Markdown source folder, used to point a failure at the line that wrote the link. */
  srcDir?: string
}

export interface LinkFailure {
  /** Built page holding the reference, relative to the dist folder. */
  page: string
  /** What refers: "link to", "image", "script", "stylesheet", "og:image" ... */
  kind: string
  /** The reference exactly as written in the HTML. */
  target: string
  reason: string
  /** Markdown file and line of the reference, when found. */
  source?: { file: string; line: number }
}

export interface LinkCheckReport {
  pages: number
  links: number
  fragments: number
  failures: LinkFailure[]
}

interface Reference {
  kind: string
  value: string
  /** Only `<a>` and `<area>`: their fragments are checked and their `rel` matters. */
  isAnchor: boolean
  rel?: string
  target?: string
}

interface ParsedPage {
  ids: Set<string>
  references: Reference[]
}

/** `<link rel>` values whose target must exist, in the order used to name the reference. */
const checkedLinkRels = [
  'stylesheet',
  'icon',
  'apple-touch-icon',
  'mask-icon',
  'manifest',
  'modulepreload',
  'preload',
  'prefetch',
  'canonical',
] as const
const checkedMetaProperties = ['og:image', 'og:url', 'twitter:image'] as const
// Either keeps the page a new tab opens from reaching back into ours (window.opener): `noreferrer` implies `noopener`.
const openerSafeRel = ['noopener', 'noreferrer']
const nonHttpScheme = /^(?!https?:)[a-z][a-z\d+.-]*:/i
const absoluteUrl = /^(?:[a-z][a-z\d+.-]*:|\/\/)/i

/** Checks every reference in every HTML page of `distDir`; never throws for a broken link, it reports it. */
export async function checkLinks(options: LinkCheckOptions): Promise<LinkCheckReport> {
  const base = normalizeBase(options.base)
  const htmlFiles = builtHtmlFiles(options.distDir)
  if (htmlFiles.length === 0) throw new Error(`${options.distDir}: no HTML pages found (build the site first)`)

  const pages = new Map<string, ParsedPage>()
  for (const file of htmlFiles) {
    pages.set(file, parsePage(await readFile(path.join(options.distDir, file), 'utf8')))
  }

  const report: LinkCheckReport = { pages: pages.size, links: 0, fragments: 0, failures: [] }
  const sourceLines = new Map<string, string[] | undefined>()

  for (const [page, parsed] of pages) {
    const pageUrl = new URL(base + cleanUrlOf(page).slice(1), options.origin)
    // The nav, sidebar and pager repeat a link on one page: report it once per page.
    const reported = new Set<string>()
    for (const reference of parsed.references) {
      const outcome = checkReference(reference, pageUrl, { ...options, base }, pages)
      if (outcome === 'skipped') continue
      report.links += 1
      if (outcome.checkedFragment) report.fragments += 1
      const key = `${reference.kind} ${reference.value} ${outcome.reason}`
      if (!outcome.reason || reported.has(key)) continue
      reported.add(key)
      const failure: LinkFailure = { page, kind: reference.kind, target: reference.value, reason: outcome.reason }
      const source = options.srcDir ? locateSource(page, reference.value, base, options.srcDir, sourceLines) : undefined
      if (source) failure.source = source
      report.failures.push(failure)
    }
  }
  return report
}

/** One line per failure: `page: kind target → reason (docs/page.md:line)`. */
export function formatFailure(failure: LinkFailure): string {
  const where = failure.source ? ` (${failure.source.file}:${failure.source.line})` : ''
  return `${failure.page}: ${failure.kind} ${failure.target} → ${failure.reason}${where}`
}

/** The summary line printed after the failures. */
export function formatSummary(report: LinkCheckReport, seconds: number): string {
  const failures = report.failures.length === 1 ? '1 failure' : `${report.failures.length} failures`
  return (
    `check-links: ${report.pages} pages, ${report.links} links, ${report.fragments} fragments checked ` +
    `in ${seconds.toFixed(1)} s: ${failures}`
  )
}

function parsePage(html: string): ParsedPage {
  const ids = new Set<string>()
  const references: Reference[] = []
  const add = (kind: string, value: string | undefined, anchor?: HtmlElement) => {
    if (value === undefined) return
    references.push(
      anchor
        ? { kind, value, isAnchor: true, rel: attribute(anchor, 'rel'), target: attribute(anchor, 'target') }
        : { kind, value, isAnchor: false },
    )
  }
  for (const element of elements(parseHtml(html))) {
    const id = attribute(element, 'id')
    if (id !== undefined) ids.add(id)
    const tag = element.tagName
    if (tag === 'a' && attribute(element, 'name') !== undefined) ids.add(attribute(element, 'name')!)
    if (tag === 'a' || tag === 'area') add('link to', attribute(element, 'href'), element)
    if (tag === 'img' || tag === 'source') {
      add('image', attribute(element, 'src'))
      for (const candidate of srcsetUrls(attribute(element, 'srcset') ?? '')) add('image', candidate)
    }
    if (tag === 'script') add('script', attribute(element, 'src'))
    if (tag === 'link') {
      const rels = (attribute(element, 'rel') ?? '').toLowerCase().split(/\s+/)
      const kind = checkedLinkRels.find((rel) => rels.includes(rel))
      if (kind) add(kind, attribute(element, 'href'))
    }
    if (tag === 'meta') {
      const property = checkedMetaProperties.find(
        (name) => attribute(element, 'property') === name || attribute(element, 'name') === name,
      )
      if (property) add(property, attribute(element, 'content') ?? '')
    }
  }
  return { ids, references }
}

/** URLs of a `srcset`, skipping data: URLs (their commas would split them). */
function srcsetUrls(srcset: string): string[] {
  if (srcset.trim().startsWith('data:')) return []
  return srcset
    .split(',')
    .map((candidate) => candidate.trim().split(/\s+/)[0] ?? '')
    .filter((url) => url !== '')
}

type Outcome = 'skipped' | { reason?: string; checkedFragment: boolean }

function checkReference(
  reference: Reference,
  pageUrl: URL,
  options: LinkCheckOptions,
  pages: Map<string, ParsedPage>,
): Outcome {
  const value = reference.value.trim()
  if (value === '' || value === '#' || nonHttpScheme.test(value)) return 'skipped'

  let url: URL
  try {
    url = new URL(value, pageUrl)
  } catch {
    return { reason: 'not a valid URL', checkedFragment: false }
  }

  const siteRoot = new URL(options.base, options.origin)
  const isAbsolute = absoluteUrl.test(value)
  const underBase = url.origin === siteRoot.origin && (url.pathname + '/').startsWith(siteRoot.pathname)
  if (isAbsolute && !underBase) {
    if (!reference.isAnchor) return 'skipped'
    const opensWindow = reference.target !== undefined && !/^_(self|parent|top)$/i.test(reference.target)
    const rels = (reference.rel ?? '').toLowerCase().split(/\s+/)
    if (!opensWindow || openerSafeRel.some((token) => rels.includes(token))) return { checkedFragment: false }
    return {
      reason: `external link with target="${reference.target}" without rel="noopener" or rel="noreferrer"`,
      checkedFragment: false,
    }
  }
  if (!underBase) return { reason: `outside the base ${options.base}`, checkedFragment: false }

  const route = url.pathname.slice(siteRoot.pathname.length)
  const file = servedFile(options.distDir, route)
  if (!file) {
    const isPage = route.endsWith('.html') || !/\.[a-z\d]+$/i.test(route)
    return { reason: isPage ? 'missing page' : 'missing file', checkedFragment: false }
  }

  const fragment = url.hash.slice(1)
  if (!reference.isAnchor || fragment === '' || !file.endsWith('.html')) return { checkedFragment: false }
  const id = decodeFragment(fragment)
  if (pages.get(file)?.ids.has(id) || id.toLowerCase() === 'top') return { checkedFragment: true }
  return { reason: `missing id "${id}"`, checkedFragment: true }
}

/** The built file (relative, `/`-separated) a clean-URL static host serves for a route below the base. */
function servedFile(distDir: string, route: string): string | undefined {
  // builtPageFile decodes the route; a malformed %-escape is a route no host serves.
  try {
    const file = builtPageFile(distDir, route)
    return file === undefined ? undefined : path.relative(distDir, file).split(path.sep).join('/')
  } catch {
    return undefined
  }
}

function decodeFragment(fragment: string): string {
  try {
    return decodeURIComponent(fragment)
  } catch {
    return fragment
  }
}

/** Finds the Markdown line that wrote a reference, trying the forms VitePress rewrites links from. */
function locateSource(
  page: string,
  value: string,
  base: string,
  srcDir: string,
  cache: Map<string, string[] | undefined>,
): LinkFailure['source'] {
  const markdownFile = page.replace(/\.html$/, '.md')
  if (!cache.has(markdownFile)) {
    const fullPath = path.join(srcDir, markdownFile)
    cache.set(markdownFile, existsSync(fullPath) ? readFileSync(fullPath, 'utf8').split('\n') : undefined)
  }
  const lines = cache.get(markdownFile)
  if (!lines) return undefined

  const [pathPart = '', fragment] = value.split('#', 2)
  const pageName = path.posix.basename(pathPart).replace(/\.html$/, '')
  const withoutBase = base !== '/' && value.startsWith(base) ? '/' + value.slice(base.length) : undefined
  const matchers: ((line: string) => boolean)[] = [(line) => line.includes(value)]
  if (withoutBase) matchers.push((line) => line.includes(withoutBase))
  if (fragment) {
    if (pageName) matchers.push((line) => line.includes(pageName) && line.includes(`#${fragment}`))
    matchers.push((line) => line.includes(`#${fragment}`) && !line.includes(`{#${fragment}}`))
  }
  for (const matches of matchers) {
    const index = lines.findIndex(matches)
    if (index >= 0) return { file: path.relative(process.cwd(), path.join(srcDir, markdownFile)), line: index + 1 }
  }
  return undefined
}

async function main(): Promise<void> {
  const repositoryRoot = fileURLToPath(new URL('..', import.meta.url))
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { base: { type: 'string' }, src: { type: 'string' } },
  })
  const distDir = positionals[0] ?? process.env.DOCS_DIST ?? path.join(repositoryRoot, 'docs/.vitepress/dist')
  const started = performance.now()
  const report = await checkLinks({
    distDir,
    base: values.base ?? process.env.DOCS_BASE ?? '/',
    origin: siteOrigin,
    srcDir: values.src ?? path.join(repositoryRoot, 'docs'),
  })
  for (const failure of report.failures) console.log(formatFailure(failure))
  console.log(formatSummary(report, (performance.now() - started) / 1000))
  if (report.failures.length > 0) process.exitCode = 1
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error)
    process.exitCode = 1
  })
}
