/** The site theme: VitePress's default theme plus the site's own components and styles. */
import DefaultTheme from 'vitepress/theme-without-fonts'
import type { Theme } from 'vitepress'
import { defineAsyncComponent } from 'vue'
import Callout from './components/Callout.vue'
import { Layout } from './layout'
import { followAnchorAliases } from './anchor-aliases'
import { enableCopySectionLinks } from './copy-section-link'
import { keepReadingPositionOnFirstLoad } from '../vitepress-patches/reading-position'
import { yieldToMainThread } from '../vitepress-patches/startup-yield'
import './styles/vars.css'
import './styles/page-lead.css'
import './styles/deep-links.css'
import './styles/copy-link-button.css'
import './styles/print.css'
import './styles/diagrams.css'
import '../vitepress-patches/search-box-a11y.css'
import '../vitepress-patches/outline-column.css'

export default {
  extends: DefaultTheme,
  Layout,
  async enhanceApp({ app, router, siteData }) {
    app.component('Callout', Callout)
    // Used by one page: loaded by the pages that show it, not by every page.
    app.component(
      'ServerQuotaTable',
      defineAsyncComponent(() => import('./components/ServerQuotaTable.vue')),
    )
    enableCopySectionLinks({ base: () => siteData.value.base, relativePath: () => router.route.data.relativePath })
    followAnchorAliases(siteData.value.base)
    if (!import.meta.env.SSR) keepReadingPositionOnFirstLoad(router)
    // VitePress sets the app up (router, colour mode, site data) and then hydrates the page in one task, a long one
    // on a phone; ending the task here splits it in two.
    if (!import.meta.env.SSR) await yieldToMainThread()
  },
} satisfies Theme
