/**
 * Repairs the markup of VitePress's local search (button and dialog) where axe finds WCAG failures, by editing the
 * two theme components' templates as Vite loads them. Upstream reports: https://github.com/vuejs/vitepress/issues/5056
 * and https://github.com/vuejs/vitepress/issues/5401.
 *
 * - The nav bar button's visible text ends in the key hint's "K" while its name is "Search" (label-content-name-mismatch):
 *   the K is drawn by CSS like the "Ctrl" beside it (search-box-a11y.css), and the shortcuts are announced instead.
 * - The dialog is marked up as a button around the whole box (nested-interactive): it becomes a modal dialog, named
 *   like the search field by the field's label, which gets the text it lacked (it held only an icon).
 * - Each result is a link inside an option (nested-interactive) whose aria-label leaves out the text it shows
 *   (label-content-name-mismatch): the link itself becomes the option and is named by its visible headings.
 * - The footer's key pictures carry an aria-label on a plain `kbd` (aria-prohibited-attr): they become labelled images.
 */
import type { Plugin } from 'vite'

export interface TemplateEdit {
  find: string
  replace: string
  /** How many times `find` occurs (each is replaced); 1 unless given. */
  count?: number
}

/** The edits, by component file name inside VitePress's default theme. */
export const searchTemplateEdits: Record<string, TemplateEdit[]> = {
  'VPNavBarSearchButton.vue': [
    {
      find: `:aria-label="translate('button.buttonAriaLabel')">`,
      replace: `:aria-label="translate('button.buttonAriaLabel')" aria-keyshortcuts="Control+K Meta+K /">`,
    },
    {
      find: '<kbd class="DocSearch-Button-Key">K</kbd>',
      replace: '<kbd class="DocSearch-Button-Key"></kbd>',
    },
  ],
  'VPLocalSearchBox.vue': [
    {
      find: `role="button"
      :aria-owns="results?.length ? 'localsearch-list' : undefined"
      aria-expanded="true"
      aria-haspopup="listbox"
      aria-labelledby="localsearch-label"`,
      replace: `role="dialog"
      aria-modal="true"
      aria-labelledby="localsearch-label"`,
    },
    {
      find: `<span aria-hidden="true" class="vpi-search search-icon local-search-icon" />`,
      replace: `<span aria-hidden="true" class="vpi-search search-icon local-search-icon" />
            <span class="visually-hidden">{{ buttonText }}</span>`,
    },
    {
      find: `:id="'localsearch-item-' + index"
            :aria-selected="selectedIndex === index ? 'true' : 'false'"
            role="option"
          >`,
      replace: `role="none"
          >`,
    },
    {
      find: `:aria-label="[...p.titles, p.title].join(' > ')"`,
      replace: `:id="'localsearch-item-' + index"
              role="option"
              :aria-selected="selectedIndex === index ? 'true' : 'false'"`,
    },
    {
      find: '<span class="title-icon">#</span>',
      replace: '<span class="title-icon" aria-hidden="true">#</span>',
    },
    {
      find: '<kbd :aria-label=',
      replace: '<kbd role="img" :aria-label=',
      count: 4,
    },
  ],
}

/** Applies `edits` to a component's source; each text to find must occur as often as the edit says. */
export function applyTemplateEdits(file: string, source: string, edits: readonly TemplateEdit[]): string {
  return edits.reduce((code, { find, replace, count = 1 }) => {
    const parts = code.split(find)
    if (parts.length - 1 !== count) {
      throw new Error(
        `search-a11y: expected ${count} of ${JSON.stringify(find)} in VitePress's ${file}, found ${parts.length - 1}. ` +
          'VitePress changed this component: review docs/.vitepress/vitepress-patches/search-box-a11y.ts.',
      )
    }
    return parts.join(replace)
  }, source)
}

/** Vite plugin: applies the search repairs to VitePress's theme components before Vue compiles them. */
export function searchAccessibility(): Plugin {
  return {
    name: 'roselab:search-a11y',
    enforce: 'pre',
    transform(code, id) {
      const [path = '', query] = id.split('?')
      if (query || !/[/\\]vitepress[/\\]dist[/\\]client[/\\]theme-default[/\\]components[/\\]/.test(path)) return null
      const file = path.slice(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1)
      const edits = searchTemplateEdits[file]
      return edits ? { code: applyTemplateEdits(file, code, edits), map: null } : null
    },
  }
}
