/**
 * Checks the link previews of a built site: every page has its own title and description, a canonical URL, Open
 * Graph and Twitter card tags with absolute URLs, and the 1200×630 preview image those tags point to.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { builtHtmlFiles, builtPageFile, cleanUrlOf } from '../../docs/.vitepress/helpers/built-pages'
import { attribute, find, parseHtml, textOf, type HtmlDocument } from '../../docs/.vitepress/helpers/html'
import { cardSize } from '../../docs/.vitepress/after-build/preview-card'
import { pngSize } from './png-size'

const requiredProperties = [
  'og:type',
  'og:site_name',
  'og:title',
  'og:description',
  'og:url',
  'og:image',
  'og:image:width',
  'og:image:height',
  'og:image:alt',
]
const requiredNames = [
  'description',
  'twitter:card',
  'twitter:title',
  'twitter:description',
  'twitter:image',
  'twitter:image:alt',
]

/** One line per problem: `page file: what is wrong`. Pages that ask not to be indexed (redirects) and 404.html are skipped. */
export function linkPreviewProblems(distDir: string): string[] {
  const problems: string[] = []
  const descriptions = new Map<string, string>()
  for (const file of builtHtmlFiles(distDir)) {
    const document = parseHtml(readFileSync(join(distDir, file), 'utf8'))
    if (file === '404.html' || /noindex/.test(meta(document, 'name', 'robots') ?? '')) continue
    const report = (message: string) => problems.push(`${file}: ${message}`)

    if (!textOf(find(document, (element) => element.tagName === 'title')).trim()) report('no <title>')
    for (const property of requiredProperties)
      if (!meta(document, 'property', property)) report(`no <meta property="${property}">`)
    for (const name of requiredNames) if (!meta(document, 'name', name)) report(`no <meta name="${name}">`)
    if (meta(document, 'name', 'twitter:card') !== 'summary_large_image')
      report('twitter:card is not "summary_large_image"')

    const canonicalLink = find(
      document,
      (element) => element.tagName === 'link' && attribute(element, 'rel') === 'canonical',
    )
    const canonical = (canonicalLink && attribute(canonicalLink, 'href')) ?? ''
    const urls = {
      canonical,
      'og:url': meta(document, 'property', 'og:url') ?? '',
      'og:image': meta(document, 'property', 'og:image') ?? '',
      'twitter:image': meta(document, 'name', 'twitter:image') ?? '',
    }
    for (const [name, url] of Object.entries(urls))
      if (!/^https?:\/\/[^/]/.test(url)) report(`${name} "${url}" is not an absolute URL`)
    if (canonical && urls['og:url'] !== canonical)
      report(`og:url "${urls['og:url']}" differs from the canonical URL "${canonical}"`)

    const description = meta(document, 'name', 'description') ?? ''
    const twin = descriptions.get(description)
    if (description && twin) report(`has the same description as ${twin}; give the page its own`)
    descriptions.set(description, file)

    const imageProblem = previewImageProblem(distDir, file, canonical, urls['og:image'])
    if (imageProblem) report(imageProblem)
  }
  return problems
}

/** What is wrong with the page's preview image, if anything: it must be in the build, as a 1200×630 PNG. */
function previewImageProblem(
  distDir: string,
  pageFile: string,
  canonical: string,
  imageUrl: string,
): string | undefined {
  if (!/^https?:\/\//.test(canonical) || !/^https?:\/\//.test(imageUrl)) return undefined
  // The base is what the canonical path has in front of the page's own path in the build.
  const pagePath = cleanUrlOf(pageFile)
  const canonicalPath = new URL(canonical).pathname
  const base = canonicalPath.endsWith(pagePath)
    ? canonicalPath.slice(0, canonicalPath.length - pagePath.length + 1)
    : '/'
  const imagePath = new URL(imageUrl).pathname
  const file = imagePath.startsWith(base) ? builtPageFile(distDir, imagePath.slice(base.length - 1)) : undefined
  if (!file) return `preview image ${imageUrl} is not in the build`
  const size = pngSize(readFileSync(file))
  if (!size) return `preview image ${imageUrl} is not a PNG`
  const { width, height } = size
  if (width !== cardSize.width || height !== cardSize.height) {
    return `preview image ${imageUrl} is ${width}×${height}, not ${cardSize.width}×${cardSize.height}`
  }
  return undefined
}

function meta(document: HtmlDocument, kind: 'name' | 'property', key: string): string | undefined {
  const element = find(document, (candidate) => candidate.tagName === 'meta' && attribute(candidate, kind) === key)
  return (element && attribute(element, 'content')?.trim()) || undefined
}
