/** The site's theme: VitePress's default theme with the site's components, slots and styles. */
import DefaultTheme from 'vitepress/theme-without-fonts'
import type { Theme } from 'vitepress'
import { h } from 'vue'
import Callout from './components/Callout.vue'
import ReportLink from './components/ReportLink.vue'
import { followPageLinks } from './client'
import './styles/vars.css'
import './styles/page-lead.css'
import './styles/deep-links.css'
import './styles/diagrams.css'
import './styles/print.css'

export default {
  extends: DefaultTheme,
  Layout: () =>
    h(DefaultTheme.Layout, null, {
      // A marker as tall as the bars over the content, which `scrollOffset` measures (styles/deep-links.css).
      'layout-top': () => h('div', { class: 'sticky-bars-marker', 'aria-hidden': 'true' }),
      'doc-footer-before': () => h(ReportLink),
    }),
  enhanceApp({ app, router }) {
    app.component('Callout', Callout)
    if (!import.meta.env.SSR) followPageLinks(router)
  },
} satisfies Theme
