/**
 * Internal components of VitePress's default theme that the site replaces with its own, as VitePress documents
 * ("Overriding Internal Components"): a Vite alias from the theme's file to the site's.
 */
import { fileURLToPath } from 'node:url'
import type { Alias } from 'vite'

/** VitePress's component file name → the site's replacement, as a path under theme/. */
export const replacedThemeComponents = {
  // Renders the date on the server instead of with Intl after startup (see LastUpdated.vue).
  'VPDocFooterLastUpdated.vue': 'components/LastUpdated.vue',
} as const

/** Vite aliases that load each replacement wherever the default theme imports the original. */
export function themeComponentOverrides(): Alias[] {
  return Object.entries(replacedThemeComponents).map(([original, replacement]) => ({
    find: new RegExp(`^.*[/\\\\]${original.replace('.', '\\.')}$`),
    replacement: fileURLToPath(new URL(`../theme/${replacement}`, import.meta.url)),
  }))
}
