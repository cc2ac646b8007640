/** Site configuration: assembles the typed pieces that live in their own modules. */
import { defineConfig } from 'vitepress'
import { base, repositoryBranch, repositoryUrl, siteDescription, siteTitle } from './site'
import { nav, sidebar } from './sidebar'
import { docsDir, loadTopics } from './topics'
import { configureMarkdown } from './markdown'
import { externalLinkAttrs, secureExternalLinks } from './external-links'
import { search } from './search'
import { checkServers } from './data/check-servers'
import { writeSecurityHeaders } from './build/headers'
import { writeDeepLinkFiles } from './build/deep-links'
import { transformPageData } from './build/head'
import { sitemap } from './build/sitemap'
import { withNavBarState } from './build/nav-bar-state'
import { readLastUpdatedTimes, withLastModified, withLastUpdated } from './build/last-updated'
import { clientConstants, scrollOffset } from './build/client-settings'
import { searchAccessibility } from './build/search-a11y'
import { asyncSearchIndexLoading } from './build/search-index-loading'
import { themeComponentOverrides } from './build/theme-overrides'
import { favicon, navLogo, navLogoCssSize, rasterCssIcons, rasterIcons } from './build/raster-icons'

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
  // Set from one git log (build/last-updated.ts): VitePress's own starts a git process per page.
  lastUpdated: false,
  cacheDir: process.env.DOCS_CACHE_DIR,
  // Deep-link files first: the security headers hash the inline scripts of every HTML file in the build.
  buildEnd: async (siteConfig) => {
    await writeDeepLinkFiles(siteConfig)
    await writeSecurityHeaders(siteConfig)
  },
  transformPageData: withLastUpdated(transformPageData, lastUpdatedTimes),
  sitemap: withLastModified(sitemap, lastUpdatedTimes),
  scrollOffset,
  vite: {
    define: clientConstants,
    plugins: [rasterIcons(), rasterCssIcons(), searchAccessibility(), asyncSearchIndexLoading()],
    resolve: { alias: themeComponentOverrides() },
  },
  head: [
    [
      'link',
      { rel: 'icon', type: 'image/png', sizes: `${favicon.pixels}x${favicon.pixels}`, href: `${base}${favicon.file}` },
    ],
    ['meta', { name: 'theme-color', content: '#0f5d73' }],
  ],
  markdown: {
    // GitHub's high-contrast light and default dark palettes: every token colour is 4.5:1 or more on code blocks.
    theme: { light: 'github-light-high-contrast', dark: 'github-dark-default' },
    config: configureMarkdown,
    externalLinks: externalLinkAttrs,
  },
  transformHtml: (html) => withNavBarState(secureExternalLinks(html)),
  themeConfig: {
    logo: { src: `/${navLogo.file}`, width: navLogoCssSize, height: navLogoCssSize, alt: '' },
    nav: nav(),
    sidebar: sidebar(topics),
    outline: { level: [2, 3], label: 'On this page' },
    search,
    editLink: {
      pattern: `${repositoryUrl}/edit/${repositoryBranch}/docs/:path`,
      text: 'Edit this page',
    },
    lastUpdated: { text: 'Page last updated' },
    footer: {
      message: 'Written by the members of the Rose STL Lab. Corrections welcome: see Contributing.',
      copyright: 'Rose STL Lab, UC San Diego',
    },
    socialLinks: [{ icon: 'github', link: repositoryUrl }],
  },
})
