import { describe, expect, it } from 'vitest'
import { colourRoles, sentinelRoles } from '../../../docs/.vitepress/diagrams/config'
import { finishSvg } from '../../../docs/.vitepress/diagrams/svg'

const [textSentinel] = [...sentinelRoles].find(([, role]) => role === 'text')!
const [fillSentinel] = [...sentinelRoles].find(([, role]) => role === 'fill')!
const text = colourRoles.text
const fill = colourRoles.fill

/** A drawing as draw-in-page.ts leaves it: mermaid's attributes, computed styles in style attributes. */
const drawn = (body: string, attributes = '') =>
  `<svg id="diagram-1" width="100%" viewBox="0 -10 300.2 149.5" ` +
  `aria-labelledby="chart-title-diagram-1" aria-describedby="chart-desc-diagram-1" role="graphics-document document"${attributes}>` +
  `<title id="chart-title-diagram-1">T</title><desc id="chart-desc-diagram-1">D</desc>${body}</svg>`

describe('finishSvg', () => {
  it('replaces each sentinel colour with the custom property of its role, light colour as fallback', () => {
    const { svg } = finishSvg(drawn(`<rect style="fill:${fillSentinel};stroke:${textSentinel}"></rect>`), 'diagram-1')
    expect(svg).toContain(
      `<rect style="fill:var(${fill.property}, ${fill.light});stroke:var(${text.property}, ${text.light})">`,
    )
  })

  it("maps mermaid's hard-coded black to text in text and to lines elsewhere, and white to the background", () => {
    const { svg } = finishSvg(
      drawn(
        '<text style="fill:rgb(0, 0, 0)">x</text><path style="stroke:rgb(0, 0, 0);fill:rgb(255, 255, 255)"></path>',
      ),
      'diagram-1',
    )
    expect(svg).toContain(`<text style="fill:var(${text.property}, ${text.light})">`)
    expect(svg).toContain(
      `<path style="stroke:var(${colourRoles.line.property}, ${colourRoles.line.light});fill:var(${colourRoles.background.property}, ${colourRoles.background.light})">`,
    )
  })

  it('fails on a colour that has no role, which a dark page could not show', () => {
    expect(() => finishSvg(drawn('<rect style="fill:rgb(234, 234, 234)"></rect>'), 'diagram-1')).toThrow(
      "the drawing uses rgb(234, 234, 234), which the site's light and dark colours do not cover",
    )
  })

  it('writes the measuring font as the font of the page', () => {
    const { svg } = finishSvg(
      drawn('', ' style="font-family:&quot;DejaVu Sans&quot;, sans-serif;font-size:16px"'),
      'diagram-1',
    )
    expect(svg).toContain('style="font-family:var(--vp-font-family-base, sans-serif);font-size:16px"')
  })

  it('gives the SVG its intrinsic size, the role of an image and its title and description', () => {
    const result = finishSvg(drawn(''), 'diagram-1')
    expect(result).toMatchObject({ width: 301, height: 150 })
    expect(result.svg).toMatch(
      /^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" id="diagram-1" class="Diagram-svg" viewBox="0 -10 300\.2 149\.5" width="301" height="150" role="img" aria-labelledby="chart-title-diagram-1" aria-describedby="chart-desc-diagram-1">/,
    )
  })

  it("prefixes ids that do not contain the drawing's own, and every reference to them", () => {
    const { svg } = finishSvg(
      drawn(
        '<marker id="arrow"></marker><g id="actor0"><use href="#actor0"></use></g>' +
          '<path style="marker-end:url(#arrow)" marker-start="url(#arrow)"></path><a xlink:href="#arrow"></a>',
      ),
      'diagram-1',
    )
    expect(svg).toContain('<marker id="diagram-1-arrow">')
    expect(svg).toContain('<g id="diagram-1-actor0"><use href="#diagram-1-actor0">')
    expect(svg).toContain('style="marker-end:url(#diagram-1-arrow)" marker-start="url(#diagram-1-arrow)"')
    expect(svg).toContain('xlink:href="#diagram-1-arrow"')
    expect(svg).toContain('<title id="chart-title-diagram-1">')
  })

  it('drops the name attribute mermaid puts on actors, which no SVG element has, and keeps names elsewhere', () => {
    const { svg } = finishSvg(
      drawn(
        '<rect x="1" name="Host" class="actor"></rect><line name="Host" x1="2"></line>' +
          '<g data-name="kept"><text x="3">name="in text"</text></g>',
      ),
      'diagram-1',
    )
    expect(svg).toContain('<rect x="1" class="actor"></rect><line x1="2"></line>')
    expect(svg).toContain('<g data-name="kept"><text x="3">name="in text"</text></g>')
  })
})
