import { JSDOM } from 'jsdom'
import { describe, expect, it } from 'vitest'
import {
  escapeXml,
  renderCardSvg,
  textWidthEm,
  titleLayout,
  wrapText,
} from '../../../docs/.vitepress/after-build/preview-card'
import { renderCardPng } from '../../../docs/.vitepress/after-build/preview-images'
import { pngSize } from '../../../scripts/lib/png-size'

const logo = 'data:image/svg+xml;base64,PHN2Zy8+'
const card = {
  title: 'GPU passthrough',
  section: 'Limitations',
  siteTitle: 'RoseLab Docs',
  address: 'rose-stl-lab.github.io/x',
}

function parseSvg(svg: string): Document {
  return new JSDOM(svg, { contentType: 'image/svg+xml' }).window.document
}

describe('escapeXml', () => {
  it('escapes every character that could end text or an attribute', () => {
    expect(escapeXml(`<b> & "q" 'a'`)).toBe('&lt;b&gt; &amp; &quot;q&quot; &apos;a&apos;')
  })
})

describe('wrapText', () => {
  it('keeps a short title on one line', () => {
    expect(wrapText('Firewall', 10, 2)).toEqual(['Firewall'])
  })

  it('breaks at spaces so that no line is wider than the box', () => {
    const lines = wrapText('Docker inside an unprivileged LXC container with fuse-overlayfs', 14, 4)
    expect(lines.join(' ')).toBe('Docker inside an unprivileged LXC container with fuse-overlayfs')
    expect(lines.length).toBeGreaterThan(1)
    for (const line of lines) expect(textWidthEm(line)).toBeLessThanOrEqual(14)
  })

  it('ends text that does not fit with an ellipsis, within the width', () => {
    const lines = wrapText('one two three four five six seven eight nine ten', 6, 2)
    expect(lines).toHaveLength(2)
    expect(lines[1]).toMatch(/…$/)
    expect(textWidthEm(lines[1]!)).toBeLessThanOrEqual(6)
  })

  it('breaks a single word that is wider than the box', () => {
    const lines = wrapText('supercalifragilisticexpialidocious', 8, 5)
    expect(lines.join('')).toBe('supercalifragilisticexpialidocious')
    for (const line of lines) expect(textWidthEm(line)).toBeLessThanOrEqual(8)
  })
})

describe('titleLayout', () => {
  it('sets a title that fits two lines in large type', () => {
    expect(titleLayout('Memory limits')).toEqual({ fontSize: 76, lines: ['Memory limits'] })
  })

  it('falls back to three lines of smaller type for a long title', () => {
    const layout = titleLayout('What to do when your container is killed for using more memory than its quota allows')
    expect(layout.fontSize).toBe(60)
    expect(layout.lines).toHaveLength(3)
  })
})

describe('renderCardSvg', () => {
  it('shows the site, the section, the title and the address', () => {
    const document = parseSvg(renderCardSvg(card, logo))
    expect([...document.querySelectorAll('text')].map((text) => text.textContent)).toEqual([
      'RoseLab Docs',
      'LIMITATIONS',
      'GPU passthrough',
      'rose-stl-lab.github.io/x',
    ])
    expect(document.documentElement.getAttribute('viewBox')).toBe('0 0 1200 630')
  })

  it('leaves the section out for a page outside the sidebar', () => {
    const document = parseSvg(renderCardSvg({ ...card, section: undefined }, logo))
    expect([...document.querySelectorAll('text')].map((text) => text.textContent)).not.toContain('LIMITATIONS')
  })

  it('escapes titles, so that markup in a title stays text and the SVG stays well-formed', () => {
    const svg = renderCardSvg({ ...card, title: '<script> & "quotes"' }, logo)
    expect(svg).toContain('&lt;script&gt; &amp; &quot;quotes&quot;')
    expect(parseSvg(svg).querySelector('parsererror')).toBeNull()
  })
})

describe('renderCardPng', () => {
  it('renders the card as a 1200×630 PNG with the bundled fonts', async () => {
    const png = await renderCardPng(renderCardSvg(card, logo))
    expect(png.subarray(1, 4).toString('ascii')).toBe('PNG')
    expect(pngSize(png)).toEqual({ width: 1200, height: 630 })
  }, 30_000)
})
