import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parse } from 'vue/compiler-sfc'
import { describe, expect, it } from 'vitest'
import {
  applyTemplateEdits,
  searchAccessibility,
  searchTemplateEdits,
} from '../../../docs/.vitepress/vitepress-patches/search-box-a11y'
import { themeComponentsDir } from './vitepress-source'

const components = themeComponentsDir

interface TemplateElement {
  tag: string
  /** Attributes as written: `role`, `:aria-label`, `v-for` ... */
  attributes: Record<string, string>
  children: TemplateElement[]
}

/** The edited template of a VitePress theme component, as a tree of elements. */
function editedTemplate(file: string): TemplateElement[] {
  const source = applyTemplateEdits(file, readFileSync(join(components, file), 'utf8'), searchTemplateEdits[file]!)
  const { descriptor, errors } = parse(source)
  expect(errors).toEqual([])
  return elementsOf(descriptor.template!.ast!.children)
}

type AstNode = { type: number; tag?: string; props?: AstProp[]; children?: AstNode[] }
type AstProp = { type: number; name: string; rawName?: string; value?: { content: string }; loc: { source: string } }

/** Element nodes of Vue's template AST, read through the few fields used here. */
function elementsOf(nodes: readonly object[]): TemplateElement[] {
  return (nodes as AstNode[])
    .filter((node) => node.type === 1)
    .map((node) => ({
      tag: node.tag!,
      attributes: Object.fromEntries(
        (node.props ?? []).map((prop) =>
          prop.type === 6
            ? [prop.name, prop.value?.content ?? '']
            : [prop.loc.source.split('=')[0]!, prop.loc.source.slice(prop.loc.source.indexOf('=') + 1)],
        ),
      ),
      children: elementsOf(node.children ?? []),
    }))
}

function find(elements: TemplateElement[], test: (element: TemplateElement) => boolean): TemplateElement[] {
  return elements.flatMap((element) => [...(test(element) ? [element] : []), ...find(element.children, test)])
}

describe('the local search dialog, repaired', () => {
  const template = editedTemplate('VPLocalSearchBox.vue')

  it('is a modal dialog named by its label, not a button around the whole box', () => {
    const [box] = find(template, (element) => element.attributes.class === 'VPLocalSearchBox')
    expect(box?.attributes).toMatchObject({
      role: 'dialog',
      'aria-modal': 'true',
      'aria-labelledby': 'localsearch-label',
    })
    expect(Object.keys(box!.attributes)).not.toContain('aria-haspopup')
    expect(Object.keys(box!.attributes)).not.toContain('aria-expanded')
    expect(Object.keys(box!.attributes)).not.toContain(':aria-owns')
    const [label] = find(template, (element) => element.attributes.id === 'localsearch-label')
    expect(find(label!.children, (element) => element.attributes.class === 'visually-hidden')).toHaveLength(1)
  })

  it('makes each result link the option, with the id the input points to, named by its visible headings', () => {
    const [item] = find(template, (element) => element.tag === 'li' && 'v-for' in element.attributes)
    expect(item?.attributes.role).toBe('none')
    expect(Object.keys(item!.attributes)).not.toContain(':id')
    const [link] = find(item!.children, (element) => element.tag === 'a')
    expect(link?.attributes).toMatchObject({
      role: 'option',
      ':id': `"'localsearch-item-' + index"`,
      ':aria-selected': `"selectedIndex === index ? 'true' : 'false'"`,
    })
    expect(Object.keys(link!.attributes)).not.toContain(':aria-label')
    const [hash] = find(link!.children, (element) => element.attributes.class === 'title-icon')
    expect(hash?.attributes['aria-hidden']).toBe('true')
  })

  it('gives every labelled key picture in the footer an image role', () => {
    const keys = find(template, (element) => element.tag === 'kbd')
    expect(keys.map((key) => key.attributes.role)).toEqual(['img', 'img', 'img', 'img'])
  })
})

describe('the search button, repaired', () => {
  const template = editedTemplate('VPNavBarSearchButton.vue')

  it('keeps the key hint out of its text and announces the shortcuts', () => {
    const [button] = find(template, (element) => element.tag === 'button')
    expect(button?.attributes['aria-keyshortcuts']).toBe('Control+K Meta+K /')
    const keys = find(button!.children, (element) => element.tag === 'kbd')
    expect(keys.map((key) => key.children.length)).toEqual([0, 0])
  })
})

describe('applyTemplateEdits', () => {
  it('fails naming the component and the missing text when VitePress changed it', () => {
    expect(() =>
      applyTemplateEdits(
        'VPNavBarSearchButton.vue',
        '<button>Search</button>',
        searchTemplateEdits['VPNavBarSearchButton.vue']!,
      ),
    ).toThrow(/expected 1 of ".*aria-label.*" in VitePress's VPNavBarSearchButton.vue, found 0/)
  })

  it('fails when a text occurs more often than expected', () => {
    expect(() => applyTemplateEdits('X.vue', 'a a', [{ find: 'a', replace: 'b' }])).toThrow(
      /expected 1 of "a" in VitePress's X.vue, found 2/,
    )
  })
})

describe('searchAccessibility', () => {
  const transform = searchAccessibility().transform as (code: string, id: string) => { code: string } | null
  const buttonFile = join(components, 'VPNavBarSearchButton.vue')
  const buttonSource = readFileSync(buttonFile, 'utf8')

  it('edits the theme components Vite loads', () => {
    expect(transform(buttonSource, buttonFile)?.code).toContain('aria-keyshortcuts')
  })

  it('leaves other files and the style parts of a component alone', () => {
    expect(transform(buttonSource, `${buttonFile}?vue&type=style&index=0&lang.css`)).toBeNull()
    expect(transform(buttonSource, '/work/docs/.vitepress/theme/components/VPNavBarSearchButton.vue')).toBeNull()
  })
})
