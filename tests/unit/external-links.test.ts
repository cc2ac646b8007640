import { fileURLToPath } from 'node:url'
import { createMarkdownRenderer } from 'vitepress'
import { describe, expect, it } from 'vitest'
import config from '../../docs/.vitepress/config'
import { secureExternalLinks } from '../../docs/.vitepress/external-links'

const docsDir = fileURLToPath(new URL('../../docs', import.meta.url))

describe('external links', () => {
  it('renders an external Markdown link in a new tab with rel="noopener noreferrer" under the site config', async () => {
    const md = await createMarkdownRenderer(docsDir, config.markdown)
    const html = md.render('See [Grafana](https://grafana.example.edu) and [the limitations](/limitations/).', {
      path: `${docsDir}/contributing.md`,
      relativePath: 'contributing.md',
      cleanUrls: true,
    })
    expect(html).toContain('<a href="https://grafana.example.edu" target="_blank" rel="noopener noreferrer">')
    expect(html).toContain('<a href="/limitations/">')
  })

  it.each([
    [
      'the social link the theme marks noopener only',
      '<a class="VPSocialLink no-icon" href="https://github.com/x" aria-label="github" target="_blank" rel="noopener">',
      '<a class="VPSocialLink no-icon" href="https://github.com/x" aria-label="github" target="_blank" rel="noopener noreferrer">',
    ],
    [
      'the edit link the theme marks noreferrer only',
      '<a class="VPLink link" href="https://github.com/x/edit/main/docs/a.md" target="_blank" rel="noreferrer" data-v-1>',
      '<a class="VPLink link" href="https://github.com/x/edit/main/docs/a.md" target="_blank" rel="noreferrer noopener" data-v-1>',
    ],
    [
      'a new-tab link without rel',
      '<a href="https://example.org" target="_blank">',
      '<a rel="noopener noreferrer" href="https://example.org" target="_blank">',
    ],
  ])('completes the rel of %s', (_case, anchor, expected) => {
    expect(secureExternalLinks(`<p>${anchor}x</a></p>`)).toBe(`<p>${expected}x</a></p>`)
  })

  it('leaves links that stay in the same tab untouched', () => {
    const html =
      '<a href="/limitations/" class="VPLink">Limitations</a><a href="https://example.org" rel="nofollow">x</a>'
    expect(secureExternalLinks(html)).toBe(html)
  })
})
