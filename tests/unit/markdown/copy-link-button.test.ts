import { describe, expect, it } from 'vitest'
import { renderMarkdown } from '../render-markdown'

describe('copyLinkButtonPlugin', () => {
  it('puts a plain-HTML copy-link button with an empty status region into a section heading, before its permalink', async () => {
    const html = await renderMarkdown('## Kill GPU processes {#kill-gpu-process}\n')
    expect(html).toBe(
      '<h2 id="kill-gpu-process" tabindex="-1">Kill GPU processes ' +
        '<span class="CopyLinkButton ignore-header">' +
        '<button type="button" class="CopyLinkButton-button" data-section-id="kill-gpu-process" ' +
        'aria-label="Copy link to section: Kill GPU processes" title="Copy link to this section">' +
        '<svg class="CopyLinkButton-icon" aria-hidden="true" viewBox="0 0 24 24" width="16" height="16">' +
        '<path d="M10.5 13.5a4 4 0 0 0 5.66 0l3.3-3.3a4 4 0 0 0-5.66-5.66l-1.4 1.4" />' +
        '<path d="M13.5 10.5a4 4 0 0 0-5.66 0l-3.3 3.3a4 4 0 0 0 5.66 5.66l1.4-1.4" /></svg></button>' +
        '<output class="CopyLinkButton-status" aria-live="polite"></output></span>' +
        '<a class="header-anchor" href="#kill-gpu-process" aria-label="Permalink to &quot;Kill GPU processes&quot;">&ZeroWidthSpace;</a></h2>\n',
    )
  })

  it.each(['###', '####', '#####', '######'])('adds the button to %s headings too', async (marks) => {
    const html = await renderMarkdown(`${marks} Deep section {#deep}\n`)
    expect(html).toContain('data-section-id="deep" aria-label="Copy link to section: Deep section"')
  })

  it('gives the page title (h1) no button', async () => {
    const html = await renderMarkdown('# Firewall {#firewall}\n')
    expect(html).not.toContain('CopyLinkButton')
  })

  it('uses the id VitePress gave a heading without an explicit one', async () => {
    const html = await renderMarkdown('## Memory quota by server\n')
    expect(html).toContain('<h2 id="memory-quota-by-server"')
    expect(html).toContain('data-section-id="memory-quota-by-server"')
  })

  it('names the button after the heading as a reader sees it, code included and markup left out', async () => {
    const html = await renderMarkdown('## Run `nvidia-smi` **now** {#run}\n')
    expect(html).toContain('aria-label="Copy link to section: Run nvidia-smi now"')
  })

  it('escapes the heading text in attributes', async () => {
    const html = await renderMarkdown('## Quotes "and" 1 < 2 & more {#q}\n')
    expect(html).toContain('aria-label="Copy link to section: Quotes &quot;and&quot; 1 &lt; 2 &amp; more"')
    expect(html).toContain('aria-label="Permalink to &quot;Quotes &quot;and&quot; 1 &lt; 2 &amp; more&quot;"')
  })

  it("names the permalink after the heading's text, not its source with the {#id}", async () => {
    const html = await renderMarkdown('## Monitor GPU processes {#monitor-gpu-process}\n')
    expect(html).toContain('aria-label="Permalink to &quot;Monitor GPU processes&quot;"')
    expect(html).not.toContain('{#')
  })

  it('keeps the permalink the last element of the heading, where the search index splits sections', async () => {
    const html = await renderMarkdown('## One {#one}\n\nText.\n')
    expect(html).toMatch(/<\/a><\/h2>/)
  })
})
