/** The sitemap (written by VitePress from these options) and a robots.txt that points crawlers to it. */
import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { SiteConfig } from 'vitepress'
import { absoluteUrl } from '../site'

/** VitePress `sitemap` option: page URLs are resolved against the site's address, base included. */
export const sitemap = { hostname: absoluteUrl('') } satisfies SiteConfig['sitemap']

/** robots.txt allowing every page and naming the sitemap by its absolute URL. */
export function robotsTxt(sitemapUrl: string = absoluteUrl('sitemap.xml')): string {
  return `User-agent: *\nAllow: /\n\nSitemap: ${sitemapUrl}\n`
}

/** Writes robots.txt into the build. */
export async function writeRobotsTxt({ outDir }: Pick<SiteConfig, 'outDir'>): Promise<void> {
  await writeFile(join(outDir, 'robots.txt'), robotsTxt())
}
