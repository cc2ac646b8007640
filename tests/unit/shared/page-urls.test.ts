import { describe, expect, it } from 'vitest'
import { pagePath, pageUrl, previewImagePath } from '../../../docs/.vitepress/shared/page-urls'

describe('page URLs', () => {
  it.each([
    ['index.md', ''],
    ['limitations/index.md', 'limitations/'],
    ['limitations/firewall.md', 'limitations/firewall'],
    ['guide/docker.md', 'guide/docker'],
  ])('spells the page %s as the clean path "%s"', (relativePath, path) => {
    expect(pagePath(relativePath)).toBe(path)
  })

  it('builds the absolute URL of a section from the site URL, the page and the id', () => {
    expect(pageUrl('https://rose-stl-lab.github.io/', 'limitations/gpu-passthrough.md', 'kill-gpu-process')).toBe(
      'https://rose-stl-lab.github.io/limitations/gpu-passthrough#kill-gpu-process',
    )
  })

  it('keeps a sub-path base, with or without its trailing slash', () => {
    expect(pageUrl('https://host.example/docs/', 'limitations/index.md')).toBe('https://host.example/docs/limitations/')
    expect(pageUrl('https://host.example/docs', 'index.md')).toBe('https://host.example/docs/')
  })

  it('escapes characters that cannot stand in a URL fragment', () => {
    expect(pageUrl('https://x.example/', 'a.md', 'two words')).toBe('https://x.example/a#two%20words')
  })

  it.each([
    ['index.md', 'og/index.png'],
    ['limitations/index.md', 'og/limitations.png'],
    ['limitations/firewall.md', 'og/limitations-firewall.png'],
    ['guide/docker.md', 'og/guide-docker.png'],
  ])('names the preview image of %s %s', (relativePath, image) => {
    expect(previewImagePath(relativePath)).toBe(image)
  })
})
