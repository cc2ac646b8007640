import { fileURLToPath } from 'node:url'
import { createMarkdownRenderer } from 'vitepress'
import { describe, expect, it } from 'vitest'
import { permalinkLabelsPlugin } from '../../../docs/.vitepress/vitepress-patches/permalink-labels'

const docsDir = fileURLToPath(new URL('../../../docs', import.meta.url))
const env = () => ({ path: `${docsDir}/x.md`, relativePath: 'x.md', cleanUrls: true })

describe('the permalink-labels patch', () => {
  it("is still needed, and names each permalink after its heading's words", async () => {
    // VitePress keeps one renderer per process: this file's, bare, until the patch is added to it below.
    const md = await createMarkdownRenderer(docsDir)
    const source = '# Firewall {#firewall}\n\n## Run `nvidia-smi` **now** {#run}\n'
    // When this fails, VitePress names permalinks after the heading's text itself: remove the patch.
    expect(md.render(source, env())).toContain('aria-label="Permalink to &quot;Firewall {#firewall}&quot;"')

    md.use(permalinkLabelsPlugin)
    const html = md.render(source, env())
    expect(html).toContain('aria-label="Permalink to &quot;Firewall&quot;"')
    expect(html).toContain('aria-label="Permalink to &quot;Run nvidia-smi now&quot;"')
    expect(html).not.toContain('{#')
  })
})
