/**
 * `transformHtml` step: writes the nav bar's state classes into the static HTML. VitePress's VPNavBar sets them
 * (`has-sidebar`, `home`, `top`) in a post-render effect, which never runs on the server, so every page is built
 * with a bare `class="VPNavBar"`. On a screen 960 px or wider the bar is laid out differently with a sidebar, and it
 * jumped once the page's script added the class: a layout shift of 0.017 at 1280×800 on every page with a sidebar.
 * The classes are read from what the server did render: VPContent's own `has-sidebar` and `is-home`, which follow
 * the same page facts. `top` holds until the reader scrolls, and hydration keeps the server's classes until the
 * effect sets the same ones.
 */

const bareNavBar = /<div class="VPNavBar"(?=[\s>])/
const contentClasses = /<div class="VPContent((?:\s[^"]*)?)"/

export function withNavBarState(html: string): string {
  const content = contentClasses.exec(html)
  if (!content || !bareNavBar.test(html)) return html
  const contentState = new Set(content[1]!.split(/\s+/).filter(Boolean))
  const state = [contentState.has('has-sidebar') && 'has-sidebar', contentState.has('is-home') && 'home', 'top']
  return html.replace(bareNavBar, `<div class="VPNavBar ${state.filter(Boolean).join(' ')}"`)
}
