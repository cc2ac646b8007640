/**
 * The deep-link build steps, in order: redirect pages for old addresses, the 404 page's fallback, robots.txt and
 * the link-preview images. A `buildEnd` hook; it runs before anything that hashes the built HTML.
 */
import type { SiteConfig } from 'vitepress'
import { writeNotFoundFallback } from './not-found'
import { writePreviewImages } from './preview-images'
import { writeRedirectPages } from './redirects'
import { writeRobotsTxt } from './sitemap'

export async function writeDeepLinkFiles(siteConfig: SiteConfig): Promise<void> {
  await writeRedirectPages(siteConfig)
  await writeNotFoundFallback(siteConfig)
  await writeRobotsTxt(siteConfig)
  const images = await writePreviewImages(siteConfig)
  siteConfig.logger.info(
    `link-preview images: ${images.count} in ${images.seconds.toFixed(2)} s, ${(images.bytes / 1024).toFixed(0)} KiB`,
  )
}
