import { describe, expect, it } from 'vitest'
import { withNavBarState } from '../../../docs/.vitepress/vitepress-patches/nav-bar-state'
import { themeComponentSource } from './vitepress-source'

/** The parts of a built page that matter here, in the order VitePress renders them. */
const page = (contentClass: string, navBar = '<div class="VPNavBar" data-v-ae24b3ad>') =>
  `<div id="app"><div class="Layout"><header class="VPNav">${navBar}<div class="wrapper"></div></div></header>` +
  `<div class="VPContent${contentClass}" id="VPContent" data-v-1428d186><main></main></div></div></div>`

describe('withNavBarState', () => {
  it('gives the nav bar of a page with a sidebar the classes its script will set', () => {
    expect(withNavBarState(page(' has-sidebar'))).toContain('<div class="VPNavBar has-sidebar top" data-v-ae24b3ad>')
  })

  it('marks the home page as home, without a sidebar', () => {
    expect(withNavBarState(page(' is-home'))).toContain('<div class="VPNavBar home top" data-v-ae24b3ad>')
  })

  it('leaves only `top` on a page with neither', () => {
    expect(withNavBarState(page(''))).toContain('<div class="VPNavBar top" data-v-ae24b3ad>')
  })

  it('changes nothing else in the page', () => {
    const before = page(' has-sidebar')
    const after = withNavBarState(before)
    expect(after.replace('VPNavBar has-sidebar top', 'VPNavBar')).toBe(before)
  })

  it("leaves a page without the theme's layout alone: the 404 page's shell, which the browser fills in", () => {
    const shell = '<!doctype html><html><body><div id="app"></div></body></html>'
    expect(withNavBarState(shell)).toBe(shell)
  })

  it.each([
    ['has no nav bar', page(' has-sidebar', '<div class="VPNavBarTitle">')],
    ['has a nav bar that already has its classes', page(' has-sidebar', '<div class="VPNavBar has-sidebar top">')],
  ])('fails, naming the file, on a page that %s: VitePress changed and the patch must be looked at', (_case, html) => {
    expect(() => withNavBarState(html, 'dist/limitations/firewall.html')).toThrow(
      /^nav-bar-state: dist\/limitations\/firewall\.html has no bare <div class="VPNavBar"> /,
    )
  })

  // When this fails, VitePress renders the nav bar's state on the server, or sets it another way: review the patch.
  it("is still needed: VitePress's VPNavBar sets its state classes only in a post-render effect", () => {
    const component = themeComponentSource('VPNavBar.vue')
    expect(component).toMatch(/watchPostEffect\(\(\) => \{\s*classes\.value = \{\s*'has-sidebar': hasSidebar\.value,/)
    expect(component).toContain(':class="classes"')
  })
})
