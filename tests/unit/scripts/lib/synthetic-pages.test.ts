import { describe, expect, it } from 'vitest'
import { parseTopic } from '../../../../docs/.vitepress/topics/parse-topic'
import { hasSyntheticDiagram, syntheticPage, syntheticPageName } from '../../../../scripts/lib/synthetic-pages'

describe('syntheticPage', () => {
  it('is a topic page the site accepts, with a lead and an explicit title id', () => {
    const topic = parseTopic('synthetic-0007.md', 'limitations/synthetic/synthetic-0007', syntheticPage(7))
    expect(topic.title).toMatch(/^Topic 7: /)
    expect(topic.description.length).toBeGreaterThan(20)
    expect(syntheticPage(7)).toContain('{#topic-7}')
  })

  it('has what a limitation page has: a callout, an alert, the quota table and code', () => {
    const page = syntheticPage(3)
    expect(page).toMatch(/^::: warning .+\n[^]*?\n:::$/m)
    expect(page).toContain('> [!TIP]')
    expect(page).toContain('<ServerQuotaTable />')
    expect(page).toContain('```python')
  })

  it('has a diagram on every tenth page only, with its text alternative', () => {
    expect([9, 10, 11, 20].map(hasSyntheticDiagram)).toEqual([false, true, false, true])
    expect(syntheticPage(10)).toMatch(/```mermaid\nflowchart LR\n {2}accTitle: .+\n {2}accDescr: .+/)
    expect(syntheticPage(11)).not.toContain('```mermaid')
  })

  it('is the same on every run, and differs from page to page', () => {
    expect(syntheticPage(42)).toBe(syntheticPage(42))
    expect(syntheticPage(42)).not.toBe(syntheticPage(43))
  })

  it('names files in page order', () => {
    expect([1, 10, 1000].map(syntheticPageName)).toEqual(['synthetic-0001', 'synthetic-0010', 'synthetic-1000'])
  })
})
