/**
 * Vite plugin: the nav bar's logo and the favicon as small PNGs drawn from their SVGs in `public/` when the site is
 * built (and on request in development), so each SVG stays the one source of its picture.
 *
 * Why not the SVGs themselves: Chromium draws every SVG image (an `<img>`, a CSS image, the favicon) in an isolated
 * SVG document of its own on the page's main thread. Creating it took 5 to 18 ms on every page load here, four times
 * that on a phone; the logo and the favicon together cost more than the rest of the nav bar's start-up. A PNG
 * decodes off the main thread.
 */
import { readFile } from 'node:fs/promises'
import { fileURLToPath } from 'node:url'
import { Resvg } from '@resvg/resvg-js'
import type { Plugin } from 'vite'

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
  let isServerBuild = false
  let base = '/'
  return {
    name: 'roselab:raster-icons',
    configResolved(config) {
      isServerBuild = Boolean(config.build.ssr)
      base = config.base
    },
    async generateBundle() {
      if (isServerBuild) return
      for (const icon of icons) {
        this.emitFile({ type: 'asset', fileName: icon.file, source: await renderRasterIcon(icon, sourceDir) })
      }
    },
    configureServer(server) {
      server.middlewares.use((request, response, next) => {
        const path = request.url?.split('?')[0]
        const icon = icons.find((candidate) => path === `${base}${candidate.file}`)
        if (!icon) return next()
        renderRasterIcon(icon, sourceDir)
          .then((png) => {
            response.setHeader('Content-Type', 'image/png')
            response.end(png)
          })
          .catch(next)
      })
    },
  }
}
