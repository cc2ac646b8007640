/** Settings the browser code takes from the site config, so that it never reads the Node environment. */
import type { UserConfig } from 'vitepress'
import { repositoryUrl, siteOrigin } from '../site'

/** Vite `define` entries compiled into the browser code as `import.meta.env.*`; env.d.ts types them. */
export const clientConstants = {
  'import.meta.env.DOCS_SITE_ORIGIN': JSON.stringify(siteOrigin),
  'import.meta.env.DOCS_REPOSITORY_URL': JSON.stringify(repositoryUrl),
}

/**
 * Where VitePress's scroll to `#section` stops: 24px below the marker that theme/layout.ts puts in the page, which
 * styles/deep-links.css sizes to the sticky bars (the same place the browser's own scroll-margin stops).
 */
export const scrollOffset = { selector: '.sticky-bars-marker', padding: 24 } satisfies UserConfig['scrollOffset']
