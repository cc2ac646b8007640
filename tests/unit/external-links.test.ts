import { fileURLToPath } from 'node:url'
import { createMarkdownRenderer } from 'vitepress'
import { describe, expect, it } from 'vitest'
import config from '../../docs/.vitepress/config'

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
})
