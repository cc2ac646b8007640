/** The default theme's layout with the site's own parts in its slots. */
import { defineAsyncComponent, h, type FunctionalComponent } from 'vue'
import DefaultTheme from 'vitepress/theme-without-fonts'
import ReportFactLink from './components/ReportFactLink.vue'

// Loaded only by a page that is not found.
const NotFoundPage = defineAsyncComponent(() => import('./components/NotFoundPage.vue'))

/**
 * `not-found` holds the site's 404 page: the closest pages to the missing address.
 * `doc-footer-before` holds the link that reports a wrong fact, above "Edit this page", on every page of doc layout.
 * `layout-top` holds a marker as tall as the sticky bars over the content (styles/deep-links.css), which VitePress's
 * `scrollOffset` measures so that its scroll to `#section` stops where the browser's own does.
 */
export const Layout: FunctionalComponent = () =>
  h(DefaultTheme.Layout, null, {
    'layout-top': () => h('div', { class: 'sticky-bars-marker', 'aria-hidden': 'true' }),
    'doc-footer-before': () => h(ReportFactLink),
    'not-found': () => h(NotFoundPage),
  })
