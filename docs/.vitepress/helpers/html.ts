/**
 * Reading built pages: the one HTML parser of the steps after the build and of the checks that read the built site
 * (parse5, the parser jsdom uses, without building a DOM: a quarter of jsdom's time on the site's pages), and the
 * few queries they need. Also the one HTML escaper for text the build writes into pages.
 */
import { parse, type DefaultTreeAdapterMap } from 'parse5'

export type HtmlDocument = DefaultTreeAdapterMap['document']
export type HtmlElement = DefaultTreeAdapterMap['element']
type HtmlNode = DefaultTreeAdapterMap['node']

/** Parses a whole page, keeping where each element starts in the text. */
export function parseHtml(html: string): HtmlDocument {
  return parse(html, { sourceCodeLocationInfo: true })
}

/** Every element under `root`, in document order (a `<template>`'s content included). */
export function* elements(root: HtmlNode): Generator<HtmlElement> {
  const children = 'content' in root ? root.content.childNodes : 'childNodes' in root ? root.childNodes : []
  for (const child of children) {
    if ('tagName' in child) yield child
    yield* elements(child)
  }
}

/** The elements under `root` for which `matches` holds. */
export function findAll(root: HtmlNode, matches: (element: HtmlElement) => boolean): HtmlElement[] {
  return [...elements(root)].filter(matches)
}

/** The first element under `root` for which `matches` holds. */
export function find(root: HtmlNode, matches: (element: HtmlElement) => boolean): HtmlElement | undefined {
  for (const element of elements(root)) if (matches(element)) return element
  return undefined
}

/** An attribute's value, or undefined when the element does not have it. */
export function attribute(element: HtmlElement, name: string): string | undefined {
  return element.attrs.find((attr) => attr.name === name)?.value
}

/** Whether the element's class list contains `name`. */
export function hasClass(element: HtmlElement, name: string): boolean {
  return (attribute(element, 'class') ?? '').split(/\s+/).includes(name)
}

/** The element with this id, if any. */
export function elementById(root: HtmlNode, id: string): HtmlElement | undefined {
  return find(root, (element) => attribute(element, 'id') === id)
}

/** The text of `node`, leaving out the elements `skip` picks (and their text). */
export function textOf(node: HtmlNode | undefined, skip: (element: HtmlElement) => boolean = () => false): string {
  if (!node) return ''
  if (node.nodeName === '#text') return (node as DefaultTreeAdapterMap['textNode']).value
  if ('tagName' in node && skip(node)) return ''
  const children = 'content' in node ? node.content.childNodes : 'childNodes' in node ? node.childNodes : []
  return children.map((child) => textOf(child, skip)).join('')
}

/** The 1-based line of the page on which the element starts. */
export function lineOfElement(element: HtmlElement): number {
  return element.sourceCodeLocation?.startLine ?? 1
}

/** `text` safe inside HTML text and quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`)
}
