/** Site configuration: assembles the typed pieces that live in their own modules. */
import { dirname } from 'node:path'
import { defineConfig } from 'vitepress'
import { base, clientConstants, siteDescription, siteTitle } from './site'
import { pageFrame } from './page-frame'
import { nav, sidebar } from './sidebar'
import { docsDir, loadTopics } from './topics/load-topics'
import { configureMarkdown } from './markdown'
import { search } from './search'
import { checkServers } from './data/check-servers'
import { afterBuild } from './after-build'
import { patchAliases, patchBuiltPage, patchPlugins } from './vitepress-patches'
import { pageDataTransform } from './page-data'
import { clientPackagesPlugin } from './vite-plugins/client-packages'
import { sitemap } from './page-data/sitemap'
import { readLastUpdatedTimes, withLastModified } from './page-data/last-updated'

const topics = loadTopics()
const lastUpdatedTimes = readLastUpdatedTimes(docsDir)
checkServers()

export default defineConfig({
  title: siteTitle,
  description: siteDescription,
  lang: 'en-US',
  base,
  cleanUrls: true,
  // VueUse's default (disableTransition) forces a style recalculation of the whole page while it starts, to switch
  // transitions off for a colour-mode change that has not happened: 80 ms on a long page on a desktop, four times
  // that on a phone. The reader's switch then fades the colours instead.
  appearance: { disableTransition: false },
  // Set from one git log (page-data/last-updated.ts): VitePress's own starts a git process per page.
  lastUpdated: false,
  cacheDir: process.env.DOCS_CACHE_DIR,
  buildEnd: afterBuild,
  transformPageData: pageDataTransform(topics, lastUpdatedTimes),
  sitemap: withLastModified(sitemap, lastUpdatedTimes),
  // Where VitePress's scroll to `#section` stops: 24px below the marker that theme/layout.ts puts in the page, which
  // theme/styles/deep-links.css sizes to the sticky bars (where the browser's own scroll-margin stops).
  scrollOffset: { selector: '.sticky-bars-marker', padding: 24 },
  vite: {
    define: clientConstants,
    plugins: [...patchPlugins(), clientPackagesPlugin(dirname(docsDir))],
    resolve: { alias: patchAliases() },
  },
  head: [
    ['link', { rel: 'icon', type: 'image/svg+xml', href: `${base}favicon.svg` }],
    ['meta', { name: 'theme-color', content: '#0f5d73' }],
  ],
  markdown: {
    // GitHub's high-contrast light and default dark palettes: every token colour is 4.5:1 or more on code blocks.
    theme: { light: 'github-light-high-contrast', dark: 'github-dark-default' },
    config: configureMarkdown,
    // External links open in a new tab without giving the other site our window (noopener) or our address.
    externalLinks: { target: '_blank', rel: 'noopener noreferrer' },
  },
  transformHtml: (html, file) => patchBuiltPage(html, file),
  themeConfig: {
    ...pageFrame,
    nav: nav(),
    sidebar: sidebar(topics),
    search,
  },
})
