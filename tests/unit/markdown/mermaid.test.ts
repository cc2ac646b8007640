import { readFile } from 'node:fs/promises'
import { JSDOM } from 'jsdom'
import { describe, expect, it } from 'vitest'
import { colourRoles } from '../../../docs/.vitepress/diagrams/config'
import { diagramType } from '../../../docs/.vitepress/markdown/mermaid'
import { renderMarkdown } from '../render-markdown'

/** The mermaid fences of a page of the site, whose drawings are kept in the repository (no browser needed). */
async function siteDiagrams(page: string): Promise<string[]> {
  const text = await readFile(new URL(`../../../docs/${page}`, import.meta.url), 'utf8')
  return [...text.matchAll(/```mermaid\n[\s\S]*?```\n/g)].map((match) => match[0])
}

const fragment = async (markdown: string) => JSDOM.fragment(await renderMarkdown(markdown))

describe('mermaidPlugin', () => {
  it('draws a fence into an SVG in the HTML, named and described by its accTitle and accDescr', async () => {
    const [fence] = await siteDiagrams('limitations/memory-limits.md')
    const page = await fragment(`# Memory\n\n${fence}`)
    const svg = page.querySelector('figure.Diagram svg')!
    expect(svg.getAttribute('role')).toBe('img')
    const title = page.getElementById(svg.getAttribute('aria-labelledby')!)
    const description = page.getElementById(svg.getAttribute('aria-describedby')!)
    expect(title?.localName).toBe('title')
    expect(title?.textContent).toBe('What happens when a container goes over its memory quota')
    expect(description?.localName).toBe('desc')
    expect(description?.textContent).toMatch(/^The host compares the memory/)
    expect([...svg.querySelectorAll('text')].map((text) => text.textContent).join(' ')).toContain(
      'Total above the quota?',
    )
  })

  it('gives the SVG its intrinsic size from its viewBox, so nothing moves when it is painted', async () => {
    const [fence] = await siteDiagrams('limitations/firewall.md')
    const page = await fragment(fence!)
    const svg = page.querySelector('svg')!
    const [, , width, height] = svg.getAttribute('viewBox')!.split(/\s+/).map(Number)
    expect(svg.getAttribute('width')).toBe(String(Math.ceil(width!)))
    expect(svg.getAttribute('height')).toBe(String(Math.ceil(height!)))
    expect(page.querySelector('.Diagram-scroll')?.getAttribute('style')).toBe(`--diagram-width: ${Math.ceil(width!)}px`)
  })

  it('puts the drawing in a keyboard-reachable region named by the visible title, with the text description', async () => {
    const [fence] = await siteDiagrams('limitations/gpu-passthrough.md')
    const page = await fragment(fence!)
    const region = page.querySelector('.Diagram-scroll')!
    expect(region.getAttribute('role')).toBe('region')
    expect(region.getAttribute('tabindex')).toBe('0')
    expect(page.getElementById(region.getAttribute('aria-labelledby')!)?.textContent).toBe(
      "One host's GPUs shared by several containers",
    )
    expect(page.querySelector('details.Diagram-text p')?.textContent).toMatch(/^The host kernel runs the NVIDIA driver/)
  })

  it('colours the drawing only with the custom properties of its roles, and styles it without a <style> element', async () => {
    const html = (
      await Promise.all(
        ['gpu-passthrough', 'firewall', 'memory-limits'].map(async (name) => {
          const [fence] = await siteDiagrams(`limitations/${name}.md`)
          return renderMarkdown(fence!)
        }),
      )
    ).join('\n')
    expect(html).not.toMatch(/<style/)
    const styles = [...html.matchAll(/\sstyle="([^"]*)"/g)].map((match) => match[1]!)
    const withoutFallbacks = styles.join(';').replace(/var\(--[\w-]+, #[0-9a-f]{6}\)/g, 'var()')
    expect(withoutFallbacks).not.toMatch(/#[0-9a-f]{3,6}\b|rgba?\(/i)
    const used = new Set([...html.matchAll(/var\((--diagram-[\w-]+)/g)].map((match) => match[1]))
    const known = Object.values(colourRoles).map((role) => role.property)
    expect([...used].filter((property) => !known.includes(property as never))).toEqual([])
    expect(html).toContain('font-family:var(--vp-font-family-base, sans-serif)')
  })

  it('keeps ids unique when a page has several diagrams, and Vue away from the labels', async () => {
    const fences = [
      ...(await siteDiagrams('limitations/firewall.md')),
      ...(await siteDiagrams('limitations/gpu-passthrough.md')),
    ]
    const html = await renderMarkdown(fences.join('\n'))
    const ids = [...html.matchAll(/\sid="([^"]+)"/g)].map((match) => match[1])
    expect(ids.length).toBeGreaterThan(10)
    expect(new Set(ids).size).toBe(ids.length)
    expect(html.match(/<figure class="Diagram" v-pre>/g)).toHaveLength(2)
  })

  it('leaves other fences to VitePress and shiki', async () => {
    const html = await renderMarkdown('```bash\necho mermaid\n```\n')
    expect(html).toContain('language-bash')
    expect(html).not.toContain('Diagram')
  })

  it.each([
    ['no accTitle', ['  accDescr: Only a description.', '  A --> B'], 'mermaid diagram has no accTitle: '],
    ['no accDescr', ['  accTitle: Only a title', '  A --> B'], 'mermaid diagram has no accDescr: '],
    ['neither', ['  A --> B'], 'mermaid diagram has no accTitle and no accDescr: '],
  ])('fails, naming the file and the line of the fence, when a diagram has %s', async (_case, lines, message) => {
    const source = ['# Page', '', 'Intro.', '', '```mermaid', 'flowchart LR', ...lines, '```', ''].join('\n')
    await expect(renderMarkdown(source)).rejects.toThrow(`docs/example.md:5: ${message}`)
  })

  it.each(['gantt', 'pie', 'mindmap', 'flowhcart'])(
    'fails on a %s diagram, a type the site does not draw, naming the line of its type',
    async (type) => {
      const source = `---\ndescription: x\n---\n\n# Page\n\n\`\`\`mermaid\n%% a comment\n${type}\n  accTitle: T\n  accDescr: D\n\`\`\`\n`
      await expect(renderMarkdown(source)).rejects.toThrow(
        `docs/example.md:9: mermaid diagram type "${type}" is not one the site draws (supported: flowchart, graph, `,
      )
    },
  )
})

describe('diagramType', () => {
  it.each([
    ['flowchart LR\n  A --> B', 'flowchart', 1],
    ['\n%% comment\n\nsequenceDiagram\n  A->>B: x', 'sequenceDiagram', 4],
    ['---\ntitle: With frontmatter\n---\nstateDiagram-v2\n  [*] --> A', 'stateDiagram-v2', 4],
    ['', '', 1],
  ])('reads the type of %j as %s on line %i', (source, type, line) => {
    expect(diagramType(source)).toEqual({ type, line })
  })
})
