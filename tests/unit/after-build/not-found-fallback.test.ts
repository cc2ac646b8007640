import { JSDOM } from 'jsdom'
import { describe, expect, it } from 'vitest'
import { withNotFoundFallback } from '../../../docs/.vitepress/after-build/not-found-fallback'

const built404 =
  '<!DOCTYPE html><html><head><title>404 | RoseLab Docs</title></head><body><div id="app"></div><script>x</script></body></html>'

describe('withNotFoundFallback', () => {
  const html = withNotFoundFallback(built404, { base: '/docs/', title: 'RoseLab Docs' }, 'dist/404.html')
  const document = new JSDOM(html).window.document

  it('titles the page "Page not found"', () => {
    expect(document.title).toBe('Page not found | RoseLab Docs')
  })

  it('links home and the limitations, under the base, for readers without JavaScript', () => {
    // JSDOM runs no scripts, so it parses <noscript> content as a browser without JavaScript does.
    const fallback = document.querySelector('noscript')!
    expect(fallback.querySelector('h1')?.textContent).toBe('Page not found')
    expect([...fallback.querySelectorAll('a')].map((link) => link.getAttribute('href'))).toEqual([
      '/docs/',
      '/docs/limitations/',
    ])
  })

  it('leaves the app root empty, so that the browser renders the page without a hydration mismatch', () => {
    expect(document.getElementById('app')?.childNodes).toHaveLength(0)
  })

  it('fails, naming the file, when the page has no empty app root to follow', () => {
    expect(() =>
      withNotFoundFallback('<html><body></body></html>', { base: '/', title: 'T' }, 'dist/404.html'),
    ).toThrow('dist/404.html:1: no empty <div id="app"></div> to put the not-found links after')
  })
})
