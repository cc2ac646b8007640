import { describe, expect, it } from 'vitest'
import { withNavBarState } from '../../../docs/.vitepress/build/nav-bar-state'

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

  it('leaves a page alone that has no nav bar, no content, or a nav bar that already has its classes', () => {
    const withoutNavBar = page(' has-sidebar', '<div class="VPNavBarTitle">')
    expect(withNavBarState(withoutNavBar)).toBe(withoutNavBar)
    const withoutContent = '<div class="VPNavBar" data-v-ae24b3ad></div>'
    expect(withNavBarState(withoutContent)).toBe(withoutContent)
    const alreadySet = page(' has-sidebar', '<div class="VPNavBar has-sidebar top">')
    expect(withNavBarState(alreadySet)).toBe(alreadySet)
  })
})
