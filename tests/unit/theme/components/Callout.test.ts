import { readFileSync } from 'node:fs'
import { JSDOM } from 'jsdom'
import { describe, expect, it } from 'vitest'
import { createSSRApp, h, type VNodeChild } from 'vue'
import { renderToString } from 'vue/server-renderer'
import Callout from '../../../../docs/.vitepress/theme/components/Callout.vue'
import { calloutKinds, type CalloutKind } from '../../../../docs/.vitepress/shared/callout-kinds'
import { composite, contrastRatio, customProperties, resolveColor, type Declarations } from '../css-contrast'

type CalloutProps = { type: CalloutKind; title?: string }
type CalloutSlots = Partial<Record<'default' | 'title', () => VNodeChild>>

/** Server-renders the given callouts in one app (as on one page) and parses the HTML. */
async function serverRender(...callouts: [CalloutProps, CalloutSlots?][]): Promise<DocumentFragment> {
  const app = createSSRApp({ render: () => callouts.map(([props, slots]) => h(Callout, props, slots)) })
  return JSDOM.fragment(await renderToString(app))
}

/** The accessible name from `aria-labelledby`, as browsers compute it for text content (hidden parts skipped). */
function accessibleName(element: Element): string {
  const ids = element.getAttribute('aria-labelledby')?.split(/\s+/) ?? []
  const root = element.getRootNode() as DocumentFragment
  const text = (node: Node): string => {
    if (node.nodeType === node.ELEMENT_NODE && (node as Element).getAttribute('aria-hidden') === 'true') return ''
    return node.nodeType === node.TEXT_NODE ? (node.textContent ?? '') : [...node.childNodes].map(text).join('')
  }
  return ids
    .map((id) => root.getElementById(id))
    .map((labelElement) => (labelElement ? text(labelElement) : ''))
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim()
}

const visibleText = (element: Element | null | undefined) => element?.textContent?.replace(/\s+/g, ' ').trim()

describe('Callout, server-rendered', () => {
  it('is one element with role="note" and the root class Callout', async () => {
    const root = await serverRender([{ type: 'tip' }, { default: () => h('p', 'Body') }])
    const notes = root.querySelectorAll('[role="note"]')
    expect(notes).toHaveLength(1)
    expect(notes[0]!.classList.contains('Callout')).toBe(true)
    expect(visibleText(notes[0]!.querySelector('.Callout-body'))).toBe('Body')
  })

  it.each(calloutKinds.map(({ kind, label }) => [kind, label]))(
    'names a %s callout without a title by its label alone',
    async (kind, label) => {
      const note = (await serverRender([{ type: kind }])).querySelector('[role="note"]')!
      expect(accessibleName(note)).toBe(label)
    },
  )

  it('names a callout with a title prop "Warning: Memory quota", exactly its visible heading', async () => {
    const note = (await serverRender([{ type: 'warning', title: 'Memory quota' }])).querySelector('[role="note"]')!
    expect(accessibleName(note)).toBe('Warning: Memory quota')
    expect(visibleText(note.querySelector('.Callout-heading'))).toBe('Warning: Memory quota')
  })

  it('prefers the title slot (rendered Markdown) over the title prop', async () => {
    const root = await serverRender([
      { type: 'caution', title: 'Prop title' },
      { title: () => ['Run ', h('code', 'nvidia-smi'), ' first'] },
    ])
    const note = root.querySelector('[role="note"]')!
    expect(note.querySelector('.Callout-heading code')?.textContent).toBe('nvidia-smi')
    expect(accessibleName(note)).toBe('Caution: Run nvidia-smi first')
    expect(note.textContent).not.toContain('Prop title')
  })

  it('escapes a plain-text title prop', async () => {
    const note = (await serverRender([{ type: 'info', title: '<img src=x onerror=alert(1)>' }])).querySelector(
      '.Callout',
    )!
    expect(note.querySelector('img')).toBeNull()
    expect(accessibleName(note)).toBe('Info: <img src=x onerror=alert(1)>')
  })

  it('points aria-labelledby at a unique id per callout on the page', async () => {
    const root = await serverRender([{ type: 'tip', title: 'First' }], [{ type: 'tip', title: 'Second' }])
    const [first, second] = [...root.querySelectorAll('[role="note"]')]
    expect(first!.getAttribute('aria-labelledby')).not.toBe(second!.getAttribute('aria-labelledby'))
    expect([accessibleName(first!), accessibleName(second!)]).toEqual(['Tip: First', 'Tip: Second'])
  })

  it('draws its icon as inline SVG hidden from assistive technology', async () => {
    const root = await serverRender([{ type: 'danger', title: 'Data loss' }])
    const icon = root.querySelector('svg')!
    expect(icon.getAttribute('aria-hidden')).toBe('true')
    expect(icon.querySelectorAll('path').length).toBeGreaterThan(0)
    expect(root.querySelector('img, use, [href], [src]')).toBeNull()
  })

  it('leaves out the body wrapper when there is no body', async () => {
    const root = await serverRender([{ type: 'note', title: 'Heading only' }])
    expect(root.querySelector('.Callout-body')).toBeNull()
  })

  it('the accessible-name helper fails on a callout whose label is hidden', () => {
    const root = JSDOM.fragment(
      '<div role="note" aria-labelledby="h"><p id="h"><span aria-hidden="true">Warning: </span>Memory quota</p></div>',
    )
    expect(accessibleName(root.querySelector('[role="note"]')!)).toBe('Memory quota')
  })
})

const vitepressVars = readFileSync('node_modules/vitepress/dist/client/theme-default/styles/vars.css', 'utf8')
const siteVars = readFileSync('docs/.vitepress/theme/styles/vars.css', 'utf8')
const calloutStyle = /<style[^>]*>([^]*?)<\/style>/.exec(
  readFileSync('docs/.vitepress/theme/components/Callout.vue', 'utf8'),
)![1]!

/** The custom properties in effect inside a callout of `kind`, in light or dark mode. */
function calloutProperties(mode: 'light' | 'dark', kind: CalloutKind, componentCss = calloutStyle): Declarations {
  const properties: Declarations = new Map()
  for (const css of [vitepressVars, siteVars]) {
    customProperties(css, ':root', properties)
    if (mode === 'dark') customProperties(css, '.dark', properties)
  }
  customProperties(componentCss, '.Callout', properties)
  return customProperties(componentCss, `.Callout--${kind}`, properties)
}

/** Contrast of each foreground the callout shows against the background it sits on. */
function calloutContrasts(mode: 'light' | 'dark', kind: CalloutKind, componentCss?: string) {
  const properties = calloutProperties(mode, kind, componentCss)
  const color = (name: string) => resolveColor(properties, `var(${name})`)
  const page = color('--vp-c-bg')
  const box = composite(color('--callout-bg'), page)
  const code = composite(color('--vp-code-bg'), box)
  return {
    text: contrastRatio(color('--callout-text'), box),
    label: contrastRatio(color('--callout-accent'), box),
    link: contrastRatio(color('--vp-c-brand-1'), box),
    inlineCode: contrastRatio(color('--vp-code-color'), code),
    borderOnPage: contrastRatio(color('--callout-accent'), page),
  }
}

describe('Callout colours', () => {
  const cases = (['light', 'dark'] as const).flatMap((mode) => calloutKinds.map(({ kind }) => [mode, kind] as const))

  it.each(cases)('in %s mode a %s callout passes WCAG AA (4.5:1 text, 3:1 border and icon)', (mode, kind) => {
    const ratios = calloutContrasts(mode, kind)
    expect(Math.min(ratios.text, ratios.label, ratios.link, ratios.inlineCode)).toBeGreaterThanOrEqual(4.5)
    expect(ratios.borderOnPage).toBeGreaterThanOrEqual(3)
  })

  it('the contrast check fails on a pale accent colour', () => {
    const paleWarning = `${calloutStyle}\n.Callout--warning { --callout-accent: #f5c518; }`
    expect(calloutContrasts('light', 'warning', paleWarning).label).toBeLessThan(4.5)
  })
})
