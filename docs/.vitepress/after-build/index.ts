/**
 * The steps after VitePress has written the site (its `buildEnd` hook), in order: a page for each address of the
 * lab's previous site, the 404 page's fallback, robots.txt, the link-preview images, and last the security headers,
 * which hash the inline scripts of every HTML file the steps before have written.
 */
import type { SiteConfig } from 'vitepress'
import { writeNotFoundFallback } from './not-found-fallback'
import { writePreviewImages } from './preview-images'
import { writeRedirectPages } from './redirect-pages'
import { writeRobotsTxt } from './robots-txt'
import { writeSecurityHeaders } from './security-headers'

export async function afterBuild(siteConfig: SiteConfig): Promise<void> {
  await writeRedirectPages(siteConfig)
  await writeNotFoundFallback(siteConfig)
  await writeRobotsTxt(siteConfig)
  const images = await writePreviewImages(siteConfig)
  siteConfig.logger.info(
    `link-preview images: ${images.count} in ${images.seconds.toFixed(2)} s, ${(images.bytes / 1024).toFixed(0)} KiB`,
  )
  await writeSecurityHeaders(siteConfig)
}
