/**
 * Draws mermaid diagrams with mermaid itself in a headless Chromium, one fresh page per diagram, and keeps each
 * drawing in drawings/<key>.svg: a build reads the kept ones and needs no browser unless a diagram is new. mermaid's
 * style sheet is moved into style attributes (each element keeps exactly its computed style), since the site's
 * Content-Security-Policy allows no <style> element and Vue drops one from a page.
 */
import { spawnSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { text } from 'node:stream/consumers'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { chromium } from 'playwright-core'
import { chromiumFlags, chromiumPath } from '../../../scripts/chromium'
import { measuringFont, mermaidConfig } from './theme'

const require = createRequire(import.meta.url)
const mermaidPackage = require('mermaid/package.json') as { version: string }
export const drawingsDir = fileURLToPath(new URL('./drawings/', import.meta.url))

/** Bump when drawInPage changes what it writes. */
const drawingCode = 2

export type Drawing = { svg: string } | { error: string }

/** The same source, mermaid, configuration and drawing code give the same key. */
export function drawingKey(source: string): string {
  const renderer = JSON.stringify([mermaidPackage.version, mermaidConfig, drawingCode])
  return createHash('sha256').update(renderer).update('\0').update(source).digest('hex').slice(0, 20)
}

/** The keys of the kept drawings. */
export function keptDrawings(): string[] {
  return existsSync(drawingsDir) ? readdirSync(drawingsDir).map((file) => file.replace(/\.svg$/, '')) : []
}

/** The kept drawing of `source`; else, with `draw`, a new one drawn now (in a child process: markdown-it is synchronous). */
export function drawingOf(source: string, draw = true): Drawing | undefined {
  const file = `${drawingsDir}${drawingKey(source)}.svg`
  if (existsSync(file)) return { svg: readFileSync(file, 'utf8') }
  if (!draw) return undefined
  const child = spawnSync(process.execPath, ['--import', require.resolve('tsx'), fileURLToPath(import.meta.url)], {
    input: JSON.stringify([source]),
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  })
  if (child.status !== 0)
    return {
      error:
        child.stderr
          .trim()
          .split('\n')
          .find((line) => line.startsWith('Error: ')) ?? child.stderr,
    }
  return (JSON.parse(child.stdout) as Drawing[])[0]
}

/** Draws each source in Chromium and keeps every drawing that succeeds. */
export async function drawDiagrams(sources: readonly string[]): Promise<Drawing[]> {
  if (!sources.length) return []
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumFlags })
  try {
    const results: Drawing[] = []
    for (const source of sources) {
      const page = await browser.newPage()
      // tsx compiles named functions with a `__name` helper that only Node has.
      await page.evaluate('globalThis.__name = (target) => target')
      await page.addScriptTag({ path: require.resolve('mermaid/dist/mermaid.min.js') })
      const id = `diagram-${drawingKey(source).slice(0, 10)}`
      const result = await page.evaluate(drawInPage, { id, source, config: mermaidConfig, font: measuringFont })
      if ('svg' in result) {
        mkdirSync(drawingsDir, { recursive: true })
        writeFileSync(`${drawingsDir}${drawingKey(source)}.svg`, `${result.svg}\n`)
      }
      results.push(result)
      await page.close()
    }
    return results
  } finally {
    await browser.close()
  }
}

/** Runs inside the page (it may use nothing from outside its body): draws, then inlines the computed styles. */
async function drawInPage(request: { id: string; source: string; config: object; font: string }): Promise<Drawing> {
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
  const properties = [...inherited, 'opacity', 'display', 'alignment-baseline', 'text-decoration-line']
  const probe = document.createElement('canvas').getContext('2d')!
  const widthIn = (font: string) => ((probe.font = font), probe.measureText('Memory quota 0123456789').width)
  if (widthIn(`16px "${request.font}", monospace`) === widthIn('16px monospace')) {
    return { error: `the font "${request.font}" is not installed where diagrams are drawn (Debian: fonts-dejavu-core)` }
  }
  const mermaid = (window as unknown as { mermaid: typeof import('mermaid').default }).mermaid
  mermaid.initialize(request.config as Parameters<typeof mermaid.initialize>[0])
  const host = document.createElement('div')
  try {
    host.innerHTML = (await mermaid.render(request.id, request.source)).svg
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error) }
  }
  document.body.append(host)
  const svg = host.querySelector('svg')!
  const elements = [svg, ...svg.querySelectorAll<SVGElement>(':not(style)')]
  const styleOf = (element: Element) => {
    const computed = getComputedStyle(element)
    return Object.fromEntries(properties.map((name) => [name, computed.getPropertyValue(name)]))
  }
  const drawn = elements.map(styleOf)
  svg.querySelectorAll('style').forEach((style) => style.remove())
  for (const element of elements) {
    element.removeAttribute('style')
    for (const name of properties) element.removeAttribute(name)
  }
  const bare = elements.map(styleOf)
  elements.forEach((element, index) => {
    const parent = elements.indexOf(element.parentElement as unknown as SVGElement)
    // An inherited value the parent already passes on needs no declaration of its own.
    const declared = properties.filter((name) =>
      inherited.includes(name) && parent >= 0
        ? drawn[index]![name] !== drawn[parent]![name]
        : drawn[index]![name] !== bare[index]![name],
    )
    if (declared.length)
      element.setAttribute('style', declared.map((name) => `${name}:${drawn[index]![name]}`).join(';'))
  })
  const changed = elements.find((element, index) =>
    properties.some((name) => styleOf(element)[name] !== drawn[index]![name]),
  )
  if (changed)
    return { error: `inlining the styles changed a <${changed.localName}> (a bug in the site's drawing code)` }
  return { svg: svg.outerHTML }
}

// Run by drawingOf for a build: sources as JSON on standard input, drawings as JSON on standard output.
if (process.argv[1] && pathToFileURL(process.argv[1]).href === import.meta.url) {
  const sources = JSON.parse(await text(process.stdin)) as string[]
  process.stdout.write(JSON.stringify(await drawDiagrams(sources)))
}
