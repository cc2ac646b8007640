import { JSDOM } from 'jsdom'
import { describe, expect, it, vi } from 'vitest'
import { createSSRApp, h, ref } from 'vue'
import { renderToString } from 'vue/server-renderer'
import MermaidDiagram from '../../../../docs/.vitepress/theme/components/MermaidDiagram.vue'

// The component reads the colour mode and the site base from the running app, which a unit test does not start.
const { withBase } = vi.hoisted(() => ({ withBase: vi.fn((path: string) => path) }))
vi.mock('vitepress', () => ({ useData: () => ({ isDark: ref(false) }), withBase }))
// Importing mermaid at all, on import of the component or while rendering it on the server, fails this file.
vi.mock('mermaid', () => {
  throw new Error('mermaid was imported')
})

const source =
  'flowchart LR\n  accTitle: GPUs\n  accDescr: Every GPU goes to every container.\n  A["<b>{{ x }}</b>"] --> B\n'
const props = {
  encodedSource: encodeURIComponent(source),
  title: 'GPUs shared by containers',
  description: 'Every GPU goes to every container.',
  width: 800,
  height: 300,
}

/** Server-renders diagrams as on one page (Node has no `window`: touching it would throw) and parses the HTML. */
async function serverRender(...diagrams: (typeof props)[]): Promise<DocumentFragment> {
  const app = createSSRApp({ render: () => diagrams.map((diagram) => h(MermaidDiagram, diagram)) })
  return JSDOM.fragment(await renderToString(app))
}

describe('MermaidDiagram, server-rendered', () => {
  it('is a figure with the title as its caption and the description as text', async () => {
    const figure = (await serverRender(props)).querySelector('figure.MermaidDiagram')
    expect(figure?.querySelector('figcaption')?.textContent).toBe('GPUs shared by containers')
    const description = figure?.querySelector('.MermaidDiagram-description')
    expect(description?.textContent).toBe('Every GPU goes to every container.')
    expect(description?.closest('[aria-hidden="true"]')).toBeNull()
  })

  it('has the decoded source, escaped, in a collapsed "Diagram source" block', async () => {
    const details = (await serverRender(props)).querySelector('figure details')
    expect(details?.hasAttribute('open')).toBe(false)
    expect(details?.querySelector('summary')?.textContent).toBe('Diagram source')
    expect(details?.querySelector('pre code')?.textContent).toBe(source)
    expect(details?.querySelector('b')).toBeNull()
  })

  it('reserves the drawing box: its height and aspect ratio are in the static HTML', async () => {
    const canvas = (await serverRender(props)).querySelector<HTMLElement>('.MermaidDiagram-canvas')
    expect(canvas?.style.getPropertyValue('--MermaidDiagram-height')).toBe('300px')
    expect(canvas?.style.getPropertyValue('--MermaidDiagram-ratio')).toBe('0.3750')
    expect(canvas?.querySelector('svg, .MermaidDiagram-error')).toBeNull()
  })

  it('neither loads mermaid nor asks for its address while rendering on the server', async () => {
    await serverRender(props)
    expect(withBase).not.toHaveBeenCalled()
  })
})
