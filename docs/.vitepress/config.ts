/** Site configuration: assembles the typed pieces that live in their own modules. */
import { defineConfig } from 'vitepress'
import { base, repositoryBranch, repositoryUrl, siteDescription, siteTitle } from './site'
import { nav, sidebar } from './sidebar'
import { loadTopics } from './topics'
import { configureMarkdown } from './markdown'

const topics = loadTopics()

export default defineConfig({
  title: siteTitle,
  description: siteDescription,
  lang: 'en-US',
  base,
  cleanUrls: true,
  lastUpdated: true,
  cacheDir: process.env.DOCS_CACHE_DIR,
  head: [
    ['link', { rel: 'icon', type: 'image/svg+xml', href: `${base}favicon.svg` }],
    ['meta', { name: 'theme-color', content: '#0f5d73' }],
  ],
  markdown: {
    config: configureMarkdown,
  },
  themeConfig: {
    logo: { src: '/logo.svg', alt: '' },
    nav: nav(),
    sidebar: sidebar(topics),
    outline: { level: [2, 3], label: 'On this page' },
    search: { provider: 'local' },
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
