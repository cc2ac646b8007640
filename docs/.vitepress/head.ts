/**
 * Each page's canonical address and link preview (Open Graph and Twitter tags): its own title and description with
 * the site's one preview image, as VitePress's own docs do. Only crawlers read them, so they are written at build.
 */
import type { HeadConfig, TransformContext } from 'vitepress'
import { base, pagePath, siteOrigin } from './site'

// The lab's own preview image, from its site (docs/public/og-image.png at ba581df), at the width link previews use.
export const previewImage = {
  path: 'og-image.png',
  width: 1200,
  height: 601,
  alt: 'RoseLab, the machine learning GPU and data server guide',
}

export function pageHead({ pageData, siteData }: TransformContext): HeadConfig[] {
  const path = pagePath(pageData.relativePath)
  const url = `${siteOrigin}${base}${path}`
  const title = pageData.frontmatter.layout === 'home' ? siteData.title : `${pageData.title} | ${siteData.title}`
  const description = pageData.description || siteData.description
  const image = `${siteOrigin}${base}${previewImage.path}`
  const meta = (key: 'property' | 'name', name: string, content: string): HeadConfig => [
    'meta',
    { [key]: name, content },
  ]
  const moved = pageData.frontmatter.movedTo as string | undefined
  if (moved) {
    // A page that only forwards: without JavaScript (theme/client.ts) the browser goes to its new address itself.
    const target = `${base}${moved.replace(/^\//, '')}`
    return [
      ['meta', { name: 'robots', content: 'noindex' }],
      ['noscript', {}, `<meta http-equiv="refresh" content="0; url=${target}">`],
    ]
  }
  return [
    // VitePress 1.6 writes its own description tag unescaped (renderPage): a quote in a description broke the page's
    // HTML (html-validate). With one in the head, it writes none, and this one is escaped. See patches/README.md.
    meta('name', 'description', description),
    ['link', { rel: 'canonical', href: url }],
    meta('property', 'og:type', path ? 'article' : 'website'),
    meta('property', 'og:site_name', siteData.title),
    meta('property', 'og:title', title),
    meta('property', 'og:description', description),
    meta('property', 'og:url', url),
    meta('property', 'og:image', image),
    meta('property', 'og:image:width', String(previewImage.width)),
    meta('property', 'og:image:height', String(previewImage.height)),
    meta('property', 'og:image:alt', previewImage.alt),
    meta('name', 'twitter:card', 'summary_large_image'),
  ]
}
