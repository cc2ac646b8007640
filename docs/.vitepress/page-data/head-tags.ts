/**
 * Link previews, in one place: each page's canonical URL, Open Graph and Twitter card tags, all with absolute URLs.
 * They go into the page's frontmatter `head`, so client-side navigation swaps them too (a browser's share button
 * sends the canonical URL). Each page's preview is recorded for after-build/preview-images.ts, which draws the image the
 * tags point to.
 */
import type { HeadConfig, PageData, SiteData, TransformPageContext } from 'vitepress'
import { absoluteUrl } from '../site'
import { pagesInSidebar } from '../shared/closest-pages'
import { pagePath, pageUrl, previewImagePath } from '../shared/page-urls'
import { cardSize } from '../after-build/preview-card'

export interface PagePreview {
  relativePath: string
  title: string
  /** The big line of the preview image: the title, or the home page's hero text. */
  headline: string
  description: string
  /** Sidebar group of the page ("Limitations"), none for pages outside the sidebar such as home. */
  section?: string
  /** Canonical absolute URL (clean, base included). */
  url: string
  /** Preview image file inside the build, e.g. `og/limitations-firewall.png`. */
  imagePath: string
  imageAlt: string
  isHome: boolean
  siteTitle: string
}

/** What a page's link preview shows, from its page data and the site's settings. */
export function pagePreview(
  pageData: PageData,
  site: Pick<SiteData, 'title' | 'description' | 'themeConfig'>,
): PagePreview {
  const isHome = pagePath(pageData.relativePath) === ''
  const title = pageData.title || site.title
  const section = isHome ? undefined : sectionOf(pageData.relativePath, site.themeConfig)
  return {
    relativePath: pageData.relativePath,
    title,
    headline:
      (isHome && typeof pageData.frontmatter.hero?.text === 'string' && pageData.frontmatter.hero.text) || title,
    description: pageData.description || site.description,
    section,
    url: pageUrl(absoluteUrl(''), pageData.relativePath),
    imagePath: previewImagePath(pageData.relativePath),
    imageAlt: isHome
      ? `${site.title}: ${site.description}`
      : `${title}${section ? ` (${section})` : ''}, ${site.title}`,
    isHome,
    siteTitle: site.title,
  }
}

/** The head tags of a preview: canonical link, Open Graph and Twitter card. */
export function previewHeadTags(preview: PagePreview): HeadConfig[] {
  const image = absoluteUrl(preview.imagePath)
  const property = (name: string, content: string): HeadConfig => ['meta', { property: name, content }]
  const named = (name: string, content: string): HeadConfig => ['meta', { name, content }]
  return [
    ['link', { rel: 'canonical', href: preview.url }],
    property('og:type', preview.isHome ? 'website' : 'article'),
    property('og:site_name', preview.siteTitle),
    property('og:title', preview.title),
    property('og:description', preview.description),
    property('og:url', preview.url),
    property('og:image', image),
    property('og:image:type', 'image/png'),
    property('og:image:width', String(cardSize.width)),
    property('og:image:height', String(cardSize.height)),
    property('og:image:alt', preview.imageAlt),
    named('twitter:card', 'summary_large_image'),
    named('twitter:title', preview.title),
    named('twitter:description', preview.description),
    named('twitter:image', image),
    named('twitter:image:alt', preview.imageAlt),
  ]
}

const recorded = new Map<string, PagePreview>()

/** The previews of the pages transformed so far in this build, by source path (`limitations/firewall.md`). */
export function recordedPreviews(): ReadonlyMap<string, PagePreview> {
  return recorded
}

/** Adds the link-preview tags to the page's head, after its own, and records the preview for the image step. */
export function addLinkPreviewTags(pageData: PageData, { siteConfig }: TransformPageContext): void {
  const preview = pagePreview(pageData, siteConfig.site)
  recorded.set(pageData.relativePath, preview)
  pageData.frontmatter.head = [...(pageData.frontmatter.head ?? []), ...previewHeadTags(preview)] as HeadConfig[]
}

function sectionOf(relativePath: string, themeConfig: { sidebar?: unknown } | undefined): string | undefined {
  const link = `/${pagePath(relativePath)}`
  const groups = Array.isArray(themeConfig?.sidebar) ? [themeConfig.sidebar] : Object.values(themeConfig?.sidebar ?? {})
  for (const group of groups.flat() as { text?: string; link?: string }[]) {
    // The group's own page (the limitations overview, a top-level page) is not in a section: its title is the name.
    if (group.link === link) return undefined
    if (pagesInSidebar([group]).some((page) => page.link === link)) return group.text
  }
  return undefined
}
