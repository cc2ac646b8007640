import { describe, expect, it } from 'vitest'
import {
  closestPages,
  normalizePath,
  pagesInSidebar,
  type PageLink,
} from '../../../docs/.vitepress/shared/closest-pages'

const pages: PageLink[] = [
  { text: 'Limitations', link: '/limitations/' },
  { text: 'GPU passthrough', link: '/limitations/gpu-passthrough' },
  { text: 'Nested containers', link: '/limitations/nested-containers' },
  { text: 'Firewall', link: '/limitations/firewall' },
  { text: 'Memory limits', link: '/limitations/memory-limits' },
  { text: 'Docker in LXC', link: '/guide/docker' },
  { text: 'Contributing', link: '/contributing' },
]

const best = (path: string, base = '/') => closestPages(path, pages, base)[0]?.link

describe('closestPages', () => {
  it.each([
    ['/limitations/firewal', '/limitations/firewall'],
    ['/limitations/firewall.html', '/limitations/firewall'],
    ['/limitation/gpu-passthru', '/limitations/gpu-passthrough'],
    ['/limitations/nested-container', '/limitations/nested-containers'],
    ['/limitations/memory', '/limitations/memory-limits'],
    ['/firewall', '/limitations/firewall'],
    ['/docker', '/guide/docker'],
    ['/guide/dokcer', '/guide/docker'],
    ['/gpu', '/limitations/gpu-passthrough'],
    ['/lxc', '/guide/docker'],
    ['/contribute', '/contributing'],
    ['/Limitations/Memory-Limits/', '/limitations/memory-limits'],
  ])('ranks the page closest to %s first: %s', (missing, expected) => {
    expect(best(missing)).toBe(expected)
  })

  it('ignores the base path of a site served from a sub-path', () => {
    expect(best('/docs/limitations/firewal', '/docs/')).toBe('/limitations/firewall')
  })

  it('offers three pages, each once', () => {
    const offered = closestPages('/limitations/gpu', [...pages, ...pages])
    expect(offered).toHaveLength(3)
    expect(new Set(offered.map((page) => page.link)).size).toBe(3)
  })

  it('survives an address with a broken escape', () => {
    expect(best('/limitations/%E0%A4%A')).toBeDefined()
  })
})

describe('normalizePath', () => {
  it.each([
    ['/limitations/index.html', '/limitations'],
    ['/limitations/', '/limitations'],
    ['/', '/'],
    ['/docs/guide/docker.html', '/guide/docker'],
  ])('reduces %s to %s', (path, expected) => {
    expect(normalizePath(path, '/docs/')).toBe(expected)
  })
})

describe('pagesInSidebar', () => {
  it('lists every linked page of a sidebar per path prefix, nested groups included', () => {
    const sidebar = {
      '/limitations/': [
        { text: 'Limitations', link: '/limitations/', items: [{ text: 'Firewall', link: '/limitations/firewall' }] },
        { text: 'Guides', items: [{ text: 'Docker in LXC', link: '/guide/docker' }] },
      ],
    }
    expect(pagesInSidebar(sidebar)).toEqual([
      { text: 'Limitations', link: '/limitations/' },
      { text: 'Firewall', link: '/limitations/firewall' },
      { text: 'Docker in LXC', link: '/guide/docker' },
    ])
  })

  it('applies a group base to the links inside it', () => {
    expect(pagesInSidebar([{ text: 'Guides', base: '/guide/', items: [{ text: 'Docker', link: 'docker' }] }])).toEqual([
      { text: 'Docker', link: '/guide/docker' },
    ])
  })
})
