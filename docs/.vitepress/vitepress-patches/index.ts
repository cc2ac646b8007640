/**
 * The patches of VitePress that the site's configuration applies (README.md in this folder lists every patch, why
 * it exists and what tests it). The theme imports its own: reading-position.ts and startup-yield.ts.
 */
import type { Alias, Plugin } from 'vite'
import { withNavBarState } from './nav-bar-state'
import { searchAccessibility } from './search-box-a11y'
import { themeComponentOverrides } from './theme-overrides'

/** `transformHtml`: every built page through the HTML patches. */
export function patchBuiltPage(html: string, file: string): string {
  return withNavBarState(html, file)
}

/** Vite plugins that edit VitePress's components as they load. */
export function patchPlugins(): Plugin[] {
  return [searchAccessibility()]
}

/** Vite aliases that replace VitePress's internal components. */
export function patchAliases(): Alias[] {
  return themeComponentOverrides()
}
