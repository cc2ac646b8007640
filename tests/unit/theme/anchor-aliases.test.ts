// @vitest-environment jsdom
import { describe, expect, it } from 'vitest'
import { followAnchorAliases, sitePathOf } from '../../../docs/.vitepress/theme/anchor-aliases'

describe('sitePathOf', () => {
  it.each([
    ['/limitations/nested-containers', '/', '/limitations/nested-containers'],
    ['/limitations/nested-containers.html', '/', '/limitations/nested-containers'],
    ['/limitations/', '/', '/limitations/'],
    ['/limitations/index.html', '/', '/limitations/'],
    ['/docs/limitations/firewall', '/docs/', '/limitations/firewall'],
    ['/docs/', '/docs/', '/'],
  ])('reads %s (base %s) as the page %s', (pathname, base, path) => {
    expect(sitePathOf(pathname, base)).toBe(path)
  })
})

describe('followAnchorAliases', () => {
  it('moves a reader who arrives with an old id to the current one, as a fragment navigation', () => {
    window.history.replaceState(null, '', '/limitations/nested-containers#nested-container')
    document.body.innerHTML = '<h1 id="nested-containers">Nested containers</h1>'
    const historyLength = window.history.length
    followAnchorAliases('/')
    expect(window.location.hash).toBe('#nested-containers')
    expect(window.history.length).toBe(historyLength)
  })

  it('leaves an id alone that exists on the page', () => {
    window.history.replaceState(null, '', '/limitations/nested-containers#nested-container')
    document.body.innerHTML = '<h2 id="nested-container">Still here</h2>'
    followAnchorAliases('/')
    expect(window.location.hash).toBe('#nested-container')
  })

  it('leaves the same id alone on a page that has no such alias', () => {
    window.history.replaceState(null, '', '/limitations/firewall#nested-container')
    document.body.innerHTML = '<h1 id="firewall">Firewall</h1>'
    followAnchorAliases('/')
    expect(window.location.hash).toBe('#nested-container')
  })
})
