/**
 * The default theme's not-found component, replaced (build/theme-overrides.ts) by the site's own page, which only
 * the 404 page loads: VitePress's version would otherwise ride in every page's theme code unused.
 */
import { defineAsyncComponent } from 'vue'

export default defineAsyncComponent(() => import('./components/NotFoundPage.vue'))
