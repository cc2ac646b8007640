/** The site's configuration: assembles the pieces that live in their own modules. */
import anchor from 'markdown-it-anchor'
import { defineConfig, type MarkdownOptions } from 'vitepress'
import { pageHead } from './head'
import { transformPage } from './html'
import { configureMarkdown } from './markdown'
import { search } from './search'
import { nav, sidebar } from './sidebar'
import { base, repositoryUrl, siteOrigin } from './site'

// VitePress bundles its own copy of markdown-it-anchor's types, which TypeScript tells apart from the package's.
type Permalink = NonNullable<MarkdownOptions['anchor']>['permalink']

export default defineConfig({
  title: 'RoseLab Docs',
  description:
    "The Rose STL Lab's guide to its GPU servers: your LXC container, SSH, Jupyter, data, Docker and what to do when something goes wrong.",
  lang: 'en-US',
  base,
  cleanUrls: true,
  // The examples of /contributing, shown there and checked as pages, but not pages themselves.
  srcExclude: ['contributing/examples/**'],
  lastUpdated: true,
  // VitePress's default forces a style recalculation of the whole page on start-up, for a colour change not made yet.
  appearance: { disableTransition: false },
  cacheDir: process.env.DOCS_CACHE_DIR,
  // Where VitePress's scroll to `#section` stops: below the marker theme/index.ts sizes to the sticky bars.
  scrollOffset: { selector: '.sticky-bars-marker', padding: 24 },
  head: [
    ['link', { rel: 'icon', type: 'image/svg+xml', href: `${base}favicon.svg` }],
    ['meta', { name: 'theme-color', content: '#0f5d73' }],
  ],
  transformHead: pageHead,
  transformHtml: (html, file) => transformPage(html, file),
  sitemap: { hostname: `${siteOrigin}${base}` },
  vite: {
    define: {
      'import.meta.env.DOCS_SITE_ORIGIN': JSON.stringify(siteOrigin),
      'import.meta.env.DOCS_REPOSITORY_URL': JSON.stringify(repositoryUrl),
    },
  },
  markdown: {
    // GitHub's high-contrast light and default dark palettes: every token colour is 4.5:1 or more on code blocks.
    theme: { light: 'github-light-high-contrast', dark: 'github-dark-default' },
    config: configureMarkdown,
    externalLinks: { target: '_blank', rel: 'noopener noreferrer' },
    anchor: {
      // VitePress names a permalink after the heading's source, `{#id}` included; this names it after its words.
      permalink: anchor.permalink.linkInsideHeader({
        symbol: '&ZeroWidthSpace;',
        renderAttrs: (slug, state) => {
          const heading = state.tokens.findIndex((token) => token.attrGet('id') === slug)
          const words = (state.tokens[heading + 1]?.children ?? []).filter((child) =>
            /^(text|code_inline)$/.test(child.type),
          )
          return {
            'aria-label': `Permalink to "${words
              .map((child) => child.content)
              .join('')
              .trim()}"`,
          }
        },
      }) as unknown as Permalink,
    },
  },
  themeConfig: {
    logo: { src: '/logo.svg', width: 24, height: 24, alt: '' },
    nav,
    sidebar: sidebar(),
    search,
    outline: { level: [2, 3], label: 'On this page' },
    editLink: { pattern: `${repositoryUrl}/edit/main/docs/:path`, text: 'Edit this page' },
    lastUpdated: { text: 'Page last updated' },
    footer: {
      message: 'Written by the members of the Rose STL Lab. Corrections welcome: see Contributing.',
      copyright: 'Rose STL Lab, UC San Diego',
    },
    socialLinks: [{ icon: 'github', link: repositoryUrl }],
    notFound: {
      title: 'Page not found',
      quote: 'There is no page at this address.',
      linkText: 'Go to the home page',
      linkLabel: 'Go to the home page',
    },
  },
})
