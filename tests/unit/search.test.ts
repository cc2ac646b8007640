import { describe, expect, it } from 'vitest'
import type { MarkdownEnv } from 'vitepress'
import { renderPageForSearch, search } from '../../docs/.vitepress/search'
import { siteMarkdown } from './render-markdown'

const memoryPage = [
  '# Memory Limits',
  '',
  '## Memory Quota by Server {#memory-quota-by-server}',
  '',
  '<ServerQuotaTable />',
  '',
  '## Reducing Memory Usage',
  '',
  'Profile your code.',
  '',
].join('\n')

const env = (): MarkdownEnv => ({
  path: '/docs/limitations/memory-limits.md',
  relativePath: 'limitations/memory-limits.md',
  cleanUrls: true,
})

async function renderForIndex(source: string): Promise<string> {
  return renderPageForSearch(source, env(), await siteMarkdown())
}

describe('local search rendering', () => {
  it('is the options VitePress uses for its local search', () => {
    expect(search).toEqual({ provider: 'local', options: { _render: renderPageForSearch } })
  })

  it('puts every server, its RAM and its quota into the memory-quota section', async () => {
    const html = await renderForIndex(memoryPage)
    const section = html.slice(html.indexOf('id="memory-quota-by-server"'), html.indexOf('id="reducing-memory-usage"'))
    for (const name of ['roselab1', 'roselab2', 'roselab3', 'roselab4', 'roselab5']) expect(section).toContain(name)
    expect(section).toContain('<td>roselab5</td>\n<td>2 TB</td>\n<td>4× standard (Largest quota)</td>')
    expect(section).toContain('Killed at once, no grace period')
    expect(html).not.toContain('<ServerQuotaTable')
  })

  it.each(['<ServerQuotaTable/>', '<ServerQuotaTable></ServerQuotaTable>', '<server-quota-table />'])(
    'replaces the %s spelling too',
    async (tag) => {
      const html = await renderForIndex(memoryPage.replace('<ServerQuotaTable />', tag))
      expect(html).toContain('<td>roselab5</td>')
    },
  )

  it('leaves a page without the table exactly as VitePress renders it', async () => {
    const source = '# Firewall\n\nAsk the admin for a host firewall rule on roselab1.\n'
    expect(await renderForIndex(source)).toBe((await siteMarkdown()).render(source, env()))
  })

  it('keeps a table tag shown in code as written', async () => {
    const html = await renderForIndex(
      '# Components\n\n```md\n<ServerQuotaTable />\n```\n\nUse `<ServerQuotaTable />`.\n',
    )
    expect(html).not.toContain('roselab5')
    expect(html).toContain('&lt;ServerQuotaTable /&gt;')
  })

  it('indexes nothing for a page with `search: false` in its frontmatter', async () => {
    expect(await renderForIndex(`---\nsearch: false\n---\n\n${memoryPage}`)).toBe('')
  })
})
