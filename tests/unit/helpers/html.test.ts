import { describe, expect, it } from 'vitest'
import {
  attribute,
  elementById,
  escapeHtml,
  findAll,
  hasClass,
  lineOfElement,
  parseHtml,
  textOf,
} from '../../../docs/.vitepress/helpers/html'

const page = parseHtml(
  [
    '<!doctype html><html><head><title>Firewall | RoseLab Docs</title></head><body>',
    '<h2 id="restrict-access" class="heading big">Restricting access <a class="header-anchor" href="#restrict-access">#</a></h2>',
    '<template><p id="inside">In a template</p></template>',
    '<p data-server="roselab5">Quota</p>',
    '</body></html>',
  ].join('\n'),
)

describe('the HTML helpers', () => {
  it('find an element by id, anywhere, a template included', () => {
    expect(elementById(page, 'restrict-access')?.tagName).toBe('h2')
    expect(elementById(page, 'inside')?.tagName).toBe('p')
    expect(elementById(page, 'missing')).toBeUndefined()
  })

  it('read attributes and classes', () => {
    const heading = elementById(page, 'restrict-access')!
    expect(attribute(heading, 'class')).toBe('heading big')
    expect(attribute(heading, 'title')).toBeUndefined()
    expect(hasClass(heading, 'big')).toBe(true)
    expect(hasClass(heading, 'bi')).toBe(false)
    expect(findAll(page, (element) => attribute(element, 'data-server') === 'roselab5')).toHaveLength(1)
  })

  it('read text without the parts the caller leaves out, and the line an element starts on', () => {
    const heading = elementById(page, 'restrict-access')!
    expect(textOf(heading, (element) => hasClass(element, 'header-anchor')).trim()).toBe('Restricting access')
    expect(textOf(heading)).toBe('Restricting access #')
    expect(lineOfElement(heading)).toBe(2)
  })

  it('escape text for HTML', () => {
    expect(escapeHtml(`<a href="x">Tom & Jerry's</a>`)).toBe(
      '&#60;a href=&#34;x&#34;&#62;Tom &#38; Jerry&#39;s&#60;/a&#62;',
    )
  })
})
