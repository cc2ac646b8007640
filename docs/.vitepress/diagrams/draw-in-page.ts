/**
 * The code that runs inside the drawing page (render.ts sends it with `page.evaluate`, so it may use nothing from
 * outside its own body). It draws one diagram with mermaid, then moves mermaid's stylesheet into style attributes:
 * each element keeps exactly the computed style it had, and the SVG needs no <style> element, which the site's
 * Content-Security-Policy does not allow and which Vue would drop from a page's template.
 */

export interface DrawRequest {
  id: string
  source: string
  config: object
  measuringFont: string
}

export type DrawResult = { svg: string } | { error: string }

/** Draws `request.source`; bump `drawingCodeVersion` (config.ts) when what this writes changes. */
export async function drawInPage(request: DrawRequest): Promise<DrawResult> {
  // The properties a drawing's look depends on; those marked inherited pass from parent to child.
  const inherited = [
    'fill',
    'fill-opacity',
    'stroke',
    'stroke-width',
    'stroke-opacity',
    'stroke-dasharray',
    'stroke-linecap',
    'stroke-linejoin',
    'font-family',
    'font-size',
    'font-style',
    'font-weight',
    'letter-spacing',
    'text-anchor',
    'dominant-baseline',
    'visibility',
    'color',
  ]
  const notInherited = ['opacity', 'display', 'alignment-baseline', 'text-decoration-line']
  const properties = [...inherited, ...notInherited]

  const probe = document.createElement('canvas').getContext('2d')!
  const widthIn = (font: string) => {
    probe.font = font
    return probe.measureText('Memory quota per container 0123456789').width
  }
  if (widthIn(`16px "${request.measuringFont}", monospace`) === widthIn('16px monospace')) {
    return { error: `the font "${request.measuringFont}" is not installed where the diagram is drawn` }
  }

  const mermaid = (window as unknown as { mermaid: typeof import('mermaid').default }).mermaid
  mermaid.initialize(request.config as Parameters<typeof mermaid.initialize>[0])
  let drawing: string
  try {
    drawing = (await mermaid.render(request.id, request.source)).svg
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error) }
  }

  const host = document.createElement('div')
  host.innerHTML = drawing
  document.body.append(host)
  const svg = host.querySelector('svg')!
  const elements = [svg, ...svg.querySelectorAll<SVGElement>(':not(style)')]
  const styleOf = (element: Element) => {
    const computed = getComputedStyle(element)
    return Object.fromEntries(properties.map((name) => [name, computed.getPropertyValue(name)]))
  }
  const drawn = elements.map(styleOf)

  // Bare: no stylesheet, no style attribute, no presentation attribute for these properties.
  svg.querySelectorAll('style').forEach((style) => style.remove())
  for (const element of elements) {
    element.removeAttribute('style')
    for (const name of properties) element.removeAttribute(name)
  }
  const bare = elements.map(styleOf)

  elements.forEach((element, index) => {
    const parentIndex = element === svg ? -1 : elements.indexOf(element.parentElement as unknown as SVGElement)
    const declarations = properties.filter((name) => {
      const value = drawn[index]![name]
      // An inherited value the parent passes on needs no declaration of its own.
      if (inherited.includes(name) && parentIndex >= 0) return value !== drawn[parentIndex]![name]
      return value !== bare[index]![name]
    })
    if (declarations.length) {
      element.setAttribute('style', declarations.map((name) => `${name}:${drawn[index]![name]}`).join(';'))
    }
  })

  // The drawing must look exactly as mermaid's stylesheet made it.
  const changed = elements.findIndex((element, index) =>
    properties.some((name) => styleOf(element)[name] !== drawn[index]![name]),
  )
  if (changed >= 0) {
    return { error: `moving the styles into attributes changed <${elements[changed]!.localName}> (a bug in the site)` }
  }
  const svgText = svg.outerHTML
  host.remove()
  return { svg: svgText }
}
