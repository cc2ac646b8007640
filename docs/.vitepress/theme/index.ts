/** The site theme: VitePress's default theme plus the site's own components and styles. */
import DefaultTheme from 'vitepress/theme-without-fonts'
import type { Theme } from 'vitepress'
import { defineAsyncComponent } from 'vue'
import Callout from './components/Callout.vue'
import { Layout } from './layout'
import { followAnchorAliases } from './anchor-aliases'
import { enableCopyLinkButtons } from './copy-link-buttons'
import { keepReadingPositionOnFirstLoad } from './reading-position'
import { yieldToMainThread } from './yield'
import './styles/vars.css'
import './styles/page-lead.css'
import './styles/deep-links.css'
import './styles/copy-link-button.css'
import './styles/print.css'
import './styles/a11y.css'
import './styles/svg-images.css'
import './styles/layout-stability.css'
import './styles/diagrams.css'

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
    enableCopyLinkButtons({ base: () => siteData.value.base, relativePath: () => router.route.data.relativePath })
    followAnchorAliases(siteData.value.base)
    if (!import.meta.env.SSR) keepReadingPositionOnFirstLoad(router)
    // VitePress sets the app up (router, colour mode, site data) and then hydrates the page in one task, a long one
    // on a phone; ending the task here splits it in two.
    if (!import.meta.env.SSR) await yieldToMainThread()
  },
} satisfies Theme
