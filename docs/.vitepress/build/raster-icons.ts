/**
 * Vite plugins that turn the SVG pictures a page draws as it opens into PNGs, drawn from the SVGs when the site is
 * built (and in development), so each SVG stays the one source of its picture:
 * - `rasterIcons`: the nav bar's logo and the favicon, from their SVGs in `public/`;
 * - `rasterCssIcons`: the few icons of VitePress's theme CSS that every page shows as it opens.
 *
 * Why: Chromium draws every SVG image (an `<img>`, a CSS image, the favicon) in an isolated SVG document of its own,
 * built on the page's main thread. That took 4 to 28 ms per picture on every page load here, four times as long on
 * a phone; the logo and the favicon alone cost more than the rest of the nav bar's start-up. A PNG decodes off the
 * main thread.
 */
import { readFile } from 'node:fs/promises'
import { fileURLToPath } from 'node:url'
import { Resvg } from '@resvg/resvg-js'
import type { Plugin } from 'vite'
import { clientFiles } from './client-files'
import { grayAlphaPng } from './png'

export interface RasterIcon {
  /** The SVG drawn, under `public/`. */
  source: string
  /** The PNG's path in the built site, before the base is added. */
  file: string
  /** Width and height of the PNG in device pixels (the icons are square). */
  pixels: number
}

/** The logo's height in the nav bar, in CSS pixels (VitePress's `--vp-nav-logo-height`). */
export const navLogoCssSize = 24

/** Drawn for screens of up to 3 device pixels per CSS pixel, the densest phones. */
export const navLogo: RasterIcon = { source: 'logo.svg', file: 'logo.png', pixels: navLogoCssSize * 3 }

/** Browser tabs draw the favicon at 16 CSS pixels: 48 device pixels at 3×. */
export const favicon: RasterIcon = { source: 'favicon.svg', file: 'favicon.png', pixels: 48 }

const publicDir = fileURLToPath(new URL('../../public/', import.meta.url))

/** One icon's PNG bytes. */
export async function renderRasterIcon(icon: RasterIcon, sourceDir: string = publicDir): Promise<Buffer> {
  const svg = await readFile(`${sourceDir}/${icon.source}`)
  return new Resvg(svg, { fitTo: { mode: 'width', value: icon.pixels }, logLevel: 'off' }).render().asPng()
}

/** Emits the icons into the client build and serves them in development. */
export function rasterIcons(icons: readonly RasterIcon[] = [navLogo, favicon], sourceDir: string = publicDir): Plugin {
  return clientFiles({
    name: 'roselab:raster-icons',
    fileNames: () => icons.map((icon) => icon.file),
    read: (fileName) =>
      renderRasterIcon(
        icons.find((icon) => icon.file === fileName)!,
        sourceDir,
      ),
    contentType: () => 'image/png',
  })
}

/**
 * The icons of VitePress's theme CSS that a page draws as it opens on a phone, as a selector of their rule or the
 * custom property that holds them: the search button's magnifier, the "Menu" and "On this page" marks (the chevron
 * also marks the sidebar's groups) and the code blocks' copy button. Each PNG adds about 0.6 KB (0.3 KB compressed)
 * to the stylesheet that every page waits for, so the icons that appear only once a reader acts (a menu opens,
 * search starts) or only on a wide screen stay SVGs.
 */
export const cssIconsDrawnOnLoad = [
  '.DocSearch-Search-Icon',
  '.vpi-align-left',
  '.vpi-chevron-right',
  '--vp-icon-copy',
] as const

/** Width and height of a CSS icon's PNG: the icons are drawn 14 to 20 CSS pixels wide, so sharp on 3× screens. */
const cssIconPixels = 48

const svgDataUrl = /url\((?:"data:image\/svg\+xml,([^"]+)"|'data:image\/svg\+xml,([^']+)')\)/g

/**
 * Replaces, in one CSS text, the SVG data URLs of the rules and custom properties in `owners` with PNGs drawn from
 * them. A rule's selectors are compared without the attribute selectors that scoped Vue styles add.
 */
export function rasterizeCssIcons(css: string, owners: readonly string[] = cssIconsDrawnOnLoad): string {
  return css.replace(svgDataUrl, (url: string, inDoubleQuotes?: string, inSingleQuotes?: string, offset = 0) => {
    const before = css.slice(0, offset)
    const ruleStart = before.lastIndexOf('{')
    const selectors = before
      .slice(afterLast(before.slice(0, ruleStart), ['}', '*/']), ruleStart)
      .split(',')
      .map((selector) => selector.replace(/\[[^\]]*\]/g, '').trim())
    const declaration = before.slice(afterLast(before, ['{', ';', '*/']))
    const property = declaration.slice(0, declaration.indexOf(':')).trim()
    if (!owners.some((owner) => owner === property || selectors.includes(owner))) return url
    const svg = decodeURIComponent(inDoubleQuotes ?? inSingleQuotes ?? '').replace(/currentColor/g, '#000')
    const image = new Resvg(svg, { fitTo: { mode: 'width', value: cssIconPixels }, logLevel: 'off' }).render()
    const png = grayAlphaPng(image.width, image.height, image.pixels) ?? image.asPng()
    return `url("data:image/png;base64,${png.toString('base64')}")`
  })
}

/** Where the text after the last of `marks` in `text` starts; 0 when none occurs. */
function afterLast(text: string, marks: readonly string[]): number {
  return Math.max(
    0,
    ...marks.map((mark) => {
      const at = text.lastIndexOf(mark)
      return at < 0 ? 0 : at + mark.length
    }),
  )
}

/** Draws VitePress's CSS icons of `cssIconsDrawnOnLoad` as PNGs in the build and in development. */
export function rasterCssIcons(owners: readonly string[] = cssIconsDrawnOnLoad): Plugin {
  return {
    name: 'roselab:raster-css-icons',
    transform(code, id) {
      if (!/[\\/]vitepress[\\/]dist[\\/]client[\\/]theme-default[\\/]/.test(id)) return
      if (!/\.css$|[?&]type=style\b/.test(id) || !code.includes('data:image/svg+xml')) return
      const rasterized = rasterizeCssIcons(code, owners)
      return rasterized === code ? undefined : { code: rasterized, map: null }
    },
  }
}
