import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { render, renderError } from './render'

/** A diagram of the site, whose drawing is kept. */
const memoryPage = readFileSync('docs/limitations/memory-limits.md', 'utf8')
const diagram = /```mermaid\n[\s\S]*?\n```\n/.exec(memoryPage)![0]

describe('diagrams', () => {
  it('puts the kept drawing into the page, coloured by the theme, with its title and text description', async () => {
    const { html } = await render(diagram)
    const title = /accTitle: (.*)/.exec(diagram)![1]!
    const description = /accDescr: (.*)/.exec(diagram)![1]!
    expect(html).toMatch(
      new RegExp(`<figcaption id="(diagram-\\w+)-caption" class="Diagram-title">${title}</figcaption>`),
    )
    expect(html).toMatch(/<div class="Diagram-scroll" role="region" aria-labelledby="diagram-\w+-caption" tabindex="0"/)
    expect(html).toContain(`<summary>Text description</summary><p>${description}</p>`)
    expect(html).toMatch(/<svg xmlns="http:\/\/www.w3.org\/2000\/svg" id="diagram-\w+" class="Diagram-svg"/)
    expect(html).toContain('var(--diagram-text')
    expect(html).not.toMatch(/<style|rgb\(10, 0, /)
  })

  it('lists a diagram without a drawing for npm run diagrams instead of drawing it', async () => {
    const changed = diagram.replace('accTitle: ', 'accTitle: Changed ')
    const { env } = await render(`# T\n\n${changed}`, 'example.md', { missingDrawings: [] })
    expect(env.missingDrawings).toEqual([{ line: 3, source: changed.split('\n').slice(1, -2).join('\n') + '\n' }])
  })

  it.each([
    [
      'no title',
      'flowchart LR\n  accDescr: A text.\n  a --> b',
      'example.md:6: a diagram needs "accTitle: <short title>"',
    ],
    [
      'a type the site does not draw',
      'pie\n  accTitle: T\n  accDescr: D\n  "a" : 1',
      'example.md:7: the site does not draw "pie" diagrams',
    ],
  ])('names the file and line of a diagram with %s', async (_case, source, message) => {
    expect(await renderError(`---\ntitle: T\n---\n\n\n\`\`\`mermaid\n${source}\n\`\`\`\n`)).toContain(message)
  })
})
