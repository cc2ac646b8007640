/** The sitemap: VitePress writes it from these options (each page's last-modified time: last-updated.ts). */
import type { SiteConfig } from 'vitepress'
import { absoluteUrl } from '../site'

/** VitePress `sitemap` option: page URLs are resolved against the site's address, base included. */
export const sitemap = { hostname: absoluteUrl('') } satisfies SiteConfig['sitemap']
