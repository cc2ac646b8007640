import { JSDOM } from 'jsdom'
import { describe, expect, it, vi } from 'vitest'
import { createSSRApp, ref } from 'vue'
import { renderToString } from 'vue/server-renderer'
import MermaidDiagram from '../../../docs/.vitepress/theme/components/MermaidDiagram.vue'
import { renderMarkdown } from '../render-markdown'

// The component reads the colour mode and the site base from the running app, which a unit test does not start.
vi.mock('vitepress', async (importOriginal) => ({
  ...(await importOriginal<typeof import('vitepress')>()),
  useData: () => ({ isDark: ref(false) }),
  withBase: (path: string) => path,
}))

const fence = (body: string, language = 'mermaid') => `\`\`\`${language}\n${body}\n\`\`\`\n`
const diagram = (...lines: string[]) => fence(['flowchart LR', ...lines].join('\n'))
const described = (...lines: string[]) =>
  diagram('  accTitle: One host, several containers', '  accDescr: Every GPU is passed to every container.', ...lines)

/** The `<MermaidDiagram>` tags of the rendered page, parsed. */
async function diagramTags(markdown: string): Promise<Element[]> {
  const html = await renderMarkdown(markdown)
  return [...JSDOM.fragment(html).querySelectorAll('mermaiddiagram')]
}

/** Compiles the rendered page as VitePress does (a Vue template) and server-renders it with the real component. */
async function serverRenderPage(markdown: string): Promise<DocumentFragment> {
  const html = await renderMarkdown(markdown)
  const app = createSSRApp({ template: `<div>${html}</div>` })
  app.component('MermaidDiagram', MermaidDiagram)
  return JSDOM.fragment(await renderToString(app))
}

describe('mermaidPlugin', () => {
  it('renders a mermaid fence as a MermaidDiagram with the exact source URI-encoded', async () => {
    const markdown = described('  A --> B')
    const [tag, ...others] = await diagramTags(markdown)
    expect(others).toHaveLength(0)
    expect(decodeURIComponent(tag?.getAttribute('encoded-source') ?? '')).toBe(
      'flowchart LR\n  accTitle: One host, several containers\n  accDescr: Every GPU is passed to every container.\n  A --> B\n',
    )
    expect(tag?.getAttribute('title')).toBe('One host, several containers')
    expect(tag?.getAttribute('description')).toBe('Every GPU is passed to every container.')
  })

  it('reserves space from an estimate of the drawing size, as numbers', async () => {
    const [tag] = await diagramTags(described('  A --> B --> C'))
    expect(Number(tag?.getAttribute(':width'))).toBeGreaterThan(Number(tag?.getAttribute(':height')))
    expect(Number(tag?.getAttribute(':height'))).toBeGreaterThan(0)
  })

  it('reads a multi-line accDescr { ... } block as one description', async () => {
    const [tag] = await diagramTags(
      diagram(
        '  accTitle: Title',
        '  accDescr {',
        '    First line of the text,',
        '    second line.',
        '  }',
        '  A --> B',
      ),
    )
    expect(tag?.getAttribute('description')).toBe('First line of the text, second line.')
  })

  it('puts title, description and source into the static HTML, with the source in a collapsed block', async () => {
    const page = await serverRenderPage(described('  A --> B'))
    const figure = page.querySelector('figure.MermaidDiagram')
    expect(figure?.querySelector('figcaption')?.textContent).toBe('One host, several containers')
    expect(figure?.querySelector('.MermaidDiagram-description')?.textContent).toBe(
      'Every GPU is passed to every container.',
    )
    const details = figure?.querySelector('details')
    expect(details?.hasAttribute('open')).toBe(false)
    expect(details?.querySelector('summary')?.textContent).toBe('Diagram source')
    expect(details?.querySelector('pre code')?.textContent).toContain('A --> B')
  })

  it('keeps {{ }}, quotes and tags in the source, title and description as literal text through the Vue template', async () => {
    const markdown = diagram(
      '  accTitle: Braces {{ user.name }} & "quotes" <b>bold</b>',
      "  accDescr: Says {{ 1 + 1 }} and <script>alert('x')</script>.",
      '  A["{{ secret }} <b>bold</b>"] --> B',
    )
    const page = await serverRenderPage(markdown)
    expect(page.querySelector('figcaption')?.textContent).toBe('Braces {{ user.name }} & "quotes" <b>bold</b>')
    expect(page.querySelector('.MermaidDiagram-description')?.textContent).toBe(
      "Says {{ 1 + 1 }} and <script>alert('x')</script>.",
    )
    expect(page.querySelector('pre code')?.textContent).toContain('A["{{ secret }} <b>bold</b>"] --> B')
    expect(page.querySelector('b, script')).toBeNull()
  })

  it.each([
    ['no accTitle', diagram('  accDescr: Text.', '  A --> B'), 'no accTitle:'],
    ['no accDescr', diagram('  accTitle: Title', '  A --> B'), 'no accDescr:'],
    ['neither', diagram('  A --> B'), 'no accTitle and no accDescr:'],
    ['an empty accTitle', diagram('  accTitle:', '  accDescr: Text.', '  A --> B'), 'no accTitle:'],
    ['an empty accDescr block', diagram('  accTitle: Title', '  accDescr {', '  }', '  A --> B'), 'no accDescr:'],
  ])('fails, naming the file and line of the fence, when a diagram has %s', async (_, body, expected) => {
    await expect(renderMarkdown(`# Page\n\nIntro.\n\n${body}`)).rejects.toThrow(
      `docs/example.md:5: mermaid diagram has ${expected}`,
    )
  })

  it('counts the frontmatter in the line it names', async () => {
    const page = `---\ndescription: Lead.\nverified: 2026-11-29\n---\n\n# Page\n\n${diagram('  A --> B')}`
    await expect(renderMarkdown(page)).rejects.toThrow('docs/example.md:8: mermaid diagram has no accTitle')
  })

  it('leaves other fences to VitePress and shiki', async () => {
    const html = await renderMarkdown(fence('const answer = 42', 'ts'))
    expect(html).toContain('<div class="language-ts vp-adaptive-theme">')
    expect(html).toMatch(/<pre class="shiki shiki-themes github-light github-dark vp-code"/)
    expect(html).not.toContain('MermaidDiagram')
  })

  it('shows a mermaid fence inside a longer example fence as code, not as a diagram', async () => {
    const html = await renderMarkdown(`\`\`\`\`md\n${diagram('  A --> B')}\`\`\`\`\n`)
    expect(html).toContain('<div class="language-md vp-adaptive-theme">')
    expect(html).not.toContain('MermaidDiagram')
  })
})
