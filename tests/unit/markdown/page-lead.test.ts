import { describe, expect, it } from 'vitest'
import { renderMarkdown } from '../render-markdown'

const page = (frontmatter: string, body = '# Firewall\n\nBody text.\n') => `---\n${frontmatter}\n---\n\n${body}`

describe('pageLeadPlugin', () => {
  it('renders the description as the "in short" lead right after the title', async () => {
    const html = await renderMarkdown(
      page('description: Services on `localhost` are reachable from outside.\nverified: 2026-11-29'),
    )
    const titleEnd = html.indexOf('</h1>')
    const lead = html.indexOf('<div class="page-lead">')
    expect(titleEnd).toBeGreaterThan(0)
    expect(lead).toBeGreaterThan(titleEnd)
    expect(lead).toBeLessThan(html.indexOf('Body text.'))
    expect(html).toContain('<strong>In short:</strong> Services on <code>localhost</code> are reachable from outside.')
  })

  it('shows the verified date as a machine-readable <time>', async () => {
    const html = await renderMarkdown(page('description: Some lead sentence here.\nverified: 2026-03-07'))
    expect(html).toContain('Facts last verified on <time datetime="2026-03-07">March 7, 2026</time>.')
  })

  it.each([
    [['Ray'], 'Contributed by Ray.'],
    [['Ray', 'Rose'], 'Contributed by Ray and Rose.'],
    [['Ray', 'Rose', 'Alex'], 'Contributed by Ray, Rose and Alex.'],
  ])('credits contributors %j the same way on every page', async (names, text) => {
    const html = await renderMarkdown(
      page(`description: Some lead sentence here.\nverified: 2026-11-29\ncontributors: ${JSON.stringify(names)}`),
    )
    expect(html).toContain(`<span class="page-lead-credit">${text}</span>`)
  })

  it('escapes contributor names', async () => {
    const html = await renderMarkdown(page('description: Lead.\nverified: 2026-11-29\ncontributors: ["<b>Eve</b>"]'))
    expect(html).toContain('Contributed by &lt;b&gt;Eve&lt;/b&gt;.')
    expect(html).not.toContain('<b>Eve</b>')
  })

  it('leaves pages without a verified date untouched', async () => {
    const html = await renderMarkdown(page('description: A plain page.'))
    expect(html).not.toContain('page-lead')
  })

  it('renders nothing when the page has no title to attach the lead to', async () => {
    const html = await renderMarkdown(page('description: Lead.\nverified: 2026-11-29', 'No heading here.\n'))
    expect(html).not.toContain('page-lead')
  })
})
