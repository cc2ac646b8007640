/**
 * A `transformHtml` step: writes the nav bar's state classes into the static HTML. VitePress's VPNavBar sets them
 * (`has-sidebar`, `home`, `top`) in a post-render effect, which never runs on the server, so every page is built
 * with a bare `class="VPNavBar"`. On a screen 960 px or wider the bar is laid out differently with a sidebar, and it
 * jumped once the page's script added the class: a layout shift of 0.017 at 1280×800 on every page with a sidebar.
 * The classes are read from what the server did render: VPContent's own `has-sidebar` and `is-home`, which follow
 * the same page facts. `top` holds until the reader scrolls, and hydration keeps the server's classes until the
 * effect sets the same ones.
 */

const bareNavBar = /<div class="VPNavBar"(?=[\s>])/
const contentClasses = /<div class="VPContent((?:\s[^"]*)?)"/

export function withNavBarState(html: string, file = 'a built page'): string {
  const content = contentClasses.exec(html)
  // A page without the theme's layout: the 404 page's shell, which the browser fills in.
  if (!content) return html
  if (!bareNavBar.test(html)) {
    throw new Error(
      `nav-bar-state: ${file} has no bare <div class="VPNavBar"> to give its state classes: VitePress changed how it ` +
        'renders the nav bar. If it now renders the classes on the server, remove this patch ' +
        '(docs/.vitepress/vitepress-patches/README.md).',
    )
  }
  const contentState = new Set(content[1]!.split(/\s+/).filter(Boolean))
  const state = [contentState.has('has-sidebar') && 'has-sidebar', contentState.has('is-home') && 'home', 'top']
  return html.replace(bareNavBar, `<div class="VPNavBar ${state.filter(Boolean).join(' ')}"`)
}
