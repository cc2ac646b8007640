/** robots.txt: every page may be crawled, and the sitemap is named by its absolute URL. */
import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { SiteConfig } from 'vitepress'
import { absoluteUrl } from '../site'

export function robotsTxt(sitemapUrl: string = absoluteUrl('sitemap.xml')): string {
  return `User-agent: *\nAllow: /\n\nSitemap: ${sitemapUrl}\n`
}

/** Writes robots.txt into the build. */
export async function writeRobotsTxt({ outDir }: Pick<SiteConfig, 'outDir'>): Promise<void> {
  await writeFile(join(outDir, 'robots.txt'), robotsTxt())
}
