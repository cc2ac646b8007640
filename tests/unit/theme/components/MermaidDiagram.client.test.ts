// @vitest-environment jsdom
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import { createSSRApp, h, nextTick, type App } from 'vue'
import { renderToString } from 'vue/server-renderer'
import MermaidDiagram from '../../../../docs/.vitepress/theme/components/MermaidDiagram.vue'

// The site serves mermaid's prebuilt modules at a URL (build/mermaid-assets.ts); here the same mermaid comes from
// node_modules, through the `withBase` that turns that path into a URL. The colour mode is a ref the tests switch, as VitePress's appearance switch does.
const { isDark, mermaidUrl, withBase } = await vi.hoisted(async () => {
  const { ref: vueRef } = await import('vue')
  const url = { current: 'mermaid' }
  return { isDark: vueRef(false), mermaidUrl: url, withBase: vi.fn((_path: string | undefined) => url.current) }
})
vi.mock('vitepress', () => ({ useData: () => ({ isDark }), withBase }))

/** IntersectionObserver stand-in: jsdom has none, and it lets a test decide when the figure enters the viewport. */
class FakeIntersectionObserver {
  static instances: FakeIntersectionObserver[] = []
  observed: Element[] = []
  constructor(private readonly callback: (entries: { isIntersecting: boolean; target: Element }[]) => void) {
    FakeIntersectionObserver.instances.push(this)
  }
  observe(element: Element): void {
    this.observed.push(element)
  }
  disconnect(): void {
    this.observed = []
  }
  /** Brings every observed element into view. */
  enter(): void {
    this.callback(this.observed.map((target) => ({ isIntersecting: true, target })))
  }
}

const source = (body: string) => `flowchart LR\n  accTitle: Title\n  accDescr: Description.\n${body}\n`
const propsFor = (mermaidSource: string) => ({
  encodedSource: encodeURIComponent(mermaidSource),
  title: 'Title',
  description: 'Description.',
  width: 400,
  height: 100,
})

let app: App | undefined

/** Server-renders the diagrams, then hydrates that HTML in the document, as a page load does. */
async function loadPage(...sources: string[]): Promise<HTMLElement> {
  const render = () => sources.map((mermaidSource) => h(MermaidDiagram, propsFor(mermaidSource)))
  const root = document.createElement('div')
  root.innerHTML = await renderToString(createSSRApp({ render }))
  document.body.replaceChildren(root)
  app = createSSRApp({ render })
  app.mount(root)
  return root
}

const enterViewport = () => FakeIntersectionObserver.instances.forEach((observer) => observer.enter())

beforeAll(() => {
  vi.stubGlobal('IntersectionObserver', FakeIntersectionObserver)
  // jsdom does no layout; mermaid measures labels with these.
  Object.assign(SVGElement.prototype, {
    getBBox(this: SVGElement) {
      return { x: 0, y: 0, width: 8 * (this.textContent?.length ?? 1), height: 16 }
    },
    getComputedTextLength(this: SVGElement) {
      return 8 * (this.textContent?.length ?? 1)
    },
  })
})

afterEach(() => {
  app?.unmount()
  FakeIntersectionObserver.instances = []
  isDark.value = false
  mermaidUrl.current = 'mermaid'
  withBase.mockClear()
})

// Loading mermaid for the first time takes seconds on a busy machine.
describe('MermaidDiagram in the browser', { timeout: 60_000 }, () => {
  it('hydrates without loading mermaid until the figure enters the viewport', async () => {
    vi.useFakeTimers()
    const root = await loadPage(source('  A --> B'))
    await vi.runAllTimersAsync()
    vi.useRealTimers()
    expect(withBase).not.toHaveBeenCalled()
    expect(root.querySelector('svg')).toBeNull()
    expect(root.querySelector('.MermaidDiagram')?.classList.contains('is-drawn')).toBe(false)
    expect(FakeIntersectionObserver.instances[0]?.observed).toEqual([root.querySelector('figure')])
  })

  it('draws the SVG once visible, hides it from screen readers and keeps the description as their text', async () => {
    const root = await loadPage(source('  A --> B'))
    enterViewport()
    await vi.waitFor(() => expect(withBase).toHaveBeenCalledOnce())
    const drawing = await vi.waitFor(() => root.querySelector('.MermaidDiagram-drawing svg') ?? Promise.reject(), {
      timeout: 20000,
    })
    expect(drawing.closest('[aria-hidden="true"]')).not.toBeNull()
    expect(root.querySelector('.MermaidDiagram')?.classList.contains('is-drawn')).toBe(true)
    expect(root.querySelector('.MermaidDiagram-description')?.textContent).toBe('Description.')
  })

  it('gives each diagram of a page its own SVG id', async () => {
    const root = await loadPage(source('  A --> B'), source('  C --> D'))
    enterViewport()
    const ids = await vi.waitFor(
      () => {
        const svgs = [...root.querySelectorAll('.MermaidDiagram-drawing svg')]
        return svgs.length === 2 ? svgs.map((svg) => svg.id) : Promise.reject()
      },
      { timeout: 20000 },
    )
    expect(new Set(ids).size).toBe(2)
  })

  it('draws again in the dark theme when the reader switches to dark mode', async () => {
    const root = await loadPage(source('  A --> B'))
    enterViewport()
    const light = await vi.waitFor(() => root.querySelector('.MermaidDiagram-drawing svg') ?? Promise.reject(), {
      timeout: 20000,
    })
    expect(light.innerHTML).toContain('#ECECFF')
    isDark.value = true
    await nextTick()
    const dark = await vi.waitFor(
      () => {
        const svg = root.querySelector('.MermaidDiagram-drawing svg')
        return svg && svg !== light ? svg : Promise.reject()
      },
      { timeout: 20000 },
    )
    expect(dark.innerHTML).not.toContain('#ECECFF')
    expect(dark.innerHTML).toContain('#1f2020')
  })

  it("shows mermaid's syntax error in an alert box, next to the description, when the diagram does not parse", async () => {
    const root = await loadPage(source('  A --> B -->> C['))
    enterViewport()
    const alert = await vi.waitFor(() => root.querySelector('[role="alert"]') ?? Promise.reject(), { timeout: 20000 })
    expect(alert.textContent).toContain('This diagram could not be drawn.')
    expect(alert.textContent).toContain('Parse error on line 4')
    expect(root.querySelector('svg')).toBeNull()
    expect(root.querySelector('.MermaidDiagram-description')?.textContent).toBe('Description.')
  })

  it("shows an alert box when mermaid's code cannot be loaded", async () => {
    mermaidUrl.current = '/assets/no-such-mermaid.js'
    const root = await loadPage(source('  A --> B'))
    enterViewport()
    const alert = await vi.waitFor(() => root.querySelector('[role="alert"]') ?? Promise.reject(), { timeout: 20000 })
    expect(alert.textContent).toContain('This diagram could not be drawn.')
    expect(alert.querySelector('.MermaidDiagram-errorMessage')?.textContent).not.toBe('')
  })
})
