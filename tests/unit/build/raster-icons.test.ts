import { mkdtemp, readFile, writeFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import type { Plugin, ResolvedConfig, ViteDevServer } from 'vite'
import { describe, expect, it } from 'vitest'
import {
  favicon,
  navLogo,
  navLogoCssSize,
  rasterCssIcons,
  rasterIcons,
  rasterizeCssIcons,
  renderRasterIcon,
  type RasterIcon,
} from '../../../docs/.vitepress/build/raster-icons'
import { pngSize } from '../../../docs/.vitepress/build/png'

const require = createRequire(import.meta.url)

type Hook = (this: unknown, ...args: unknown[]) => unknown
const callHook = (hook: Plugin[keyof Plugin], context: unknown, ...args: unknown[]) =>
  (hook as Hook).call(context, ...args)

async function emittedFiles(plugin: Plugin, ssr: boolean): Promise<Map<string, Uint8Array>> {
  callHook(plugin.configResolved, undefined, { build: { ssr }, base: '/' } as unknown as ResolvedConfig)
  const files = new Map<string, Uint8Array>()
  const context = {
    emitFile: (file: { fileName: string; source: Uint8Array }) => files.set(file.fileName, file.source),
  }
  await callHook(plugin.generateBundle, context)
  return files
}

async function sourceDirWith(svg: string): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'raster-icons-'))
  await writeFile(join(dir, 'mark.svg'), svg)
  return dir
}

const square = (colour: string) =>
  `<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><rect width="10" height="10" fill="${colour}"/></svg>`

describe('rasterIcons', () => {
  it("emits the site's nav logo and favicon into the client build at their sizes", async () => {
    const files = await emittedFiles(rasterIcons(), false)
    expect([...files.keys()].sort()).toEqual(['favicon.png', 'logo.png'])
    expect(pngSize(files.get('logo.png')!)).toEqual({ width: navLogo.pixels, height: navLogo.pixels })
    expect(pngSize(files.get('favicon.png')!)).toEqual({ width: favicon.pixels, height: favicon.pixels })
  })

  it('draws the nav logo sharp on a 3× screen at the height VitePress gives it in the nav bar', async () => {
    const vars = await readFile(require.resolve('vitepress/dist/client/theme-default/styles/vars.css'), 'utf8')
    const height = /--vp-nav-logo-height:\s*(\d+)px/.exec(vars)?.[1]
    expect(Number(height)).toBe(navLogoCssSize)
    expect(navLogo.pixels).toBe(navLogoCssSize * 3)
  })

  it('emits nothing into the server build', async () => {
    expect((await emittedFiles(rasterIcons(), true)).size).toBe(0)
  })

  it('draws each PNG from its SVG, so editing the SVG changes the picture', async () => {
    const icon: RasterIcon = { source: 'mark.svg', file: 'mark.png', pixels: 20 }
    const red = await renderRasterIcon(icon, await sourceDirWith(square('#ff0000')))
    const blue = await renderRasterIcon(icon, await sourceDirWith(square('#0000ff')))
    expect(pngSize(red)).toEqual({ width: 20, height: 20 })
    expect(Buffer.compare(red, blue)).not.toBe(0)
  })

  it('fails the build, naming the file, when an SVG is missing', async () => {
    const icon: RasterIcon = { source: 'missing.svg', file: 'missing.png', pixels: 20 }
    const plugin = rasterIcons([icon], await sourceDirWith(square('#000')))
    await expect(emittedFiles(plugin, false)).rejects.toThrow(/missing\.svg/)
  })

  it('serves the PNGs under the base in development and leaves other requests alone', async () => {
    const icon: RasterIcon = { source: 'mark.svg', file: 'mark.png', pixels: 16 }
    const plugin = rasterIcons([icon], await sourceDirWith(square('#00ff00')))
    callHook(plugin.configResolved, undefined, { build: {}, base: '/docs/' } as unknown as ResolvedConfig)
    type Middleware = (request: { url: string }, response: unknown, next: (error?: unknown) => void) => void
    let middleware: Middleware | undefined
    const server = { middlewares: { use: (handler: Middleware) => (middleware = handler) } }
    callHook(plugin.configureServer, undefined, server as unknown as ViteDevServer)

    const served = await new Promise<{ type: string; body: Uint8Array }>((resolve, reject) => {
      const headers = new Map<string, string>()
      const response = {
        setHeader: (name: string, value: string) => headers.set(name, value),
        end: (body: Uint8Array) => resolve({ type: headers.get('Content-Type') ?? '', body }),
      }
      middleware!({ url: '/docs/mark.png?v=1' }, response, reject)
    })
    expect(served.type).toBe('image/png')
    expect(pngSize(served.body)).toEqual({ width: 16, height: 16 })

    let passedOn = 0
    for (const url of ['/mark.png', '/docs/other.png', '/docs/mark.svg']) middleware!({ url }, {}, () => passedOn++)
    expect(passedOn).toBe(3)
  })
})

const themeDir = dirname(dirname(require.resolve('vitepress/dist/client/theme-default/styles/icons.css')))
const iconSvg = (path: string) =>
  `<svg xmlns='http://www.w3.org/2000/svg' fill='none' stroke='currentColor' viewBox='0 0 24 24'>` +
  `<path d='${path}'/></svg>`
const icon = (path: string) => `url("data:image/svg+xml,${encodeURIComponent(iconSvg(path))}")`
const pngDataUrls = (css: string) => css.match(/url\("data:image\/png;base64,[^"]+"\)/g) ?? []
const svgDataUrls = (css: string) => css.match(/data:image\/svg\+xml/g) ?? []

describe('rasterizeCssIcons', () => {
  it('draws the listed rules and custom properties as PNGs and leaves the other icons SVGs', () => {
    const css = [
      `.vpi-align-left {\n  --icon: ${icon('M21 6H3')};\n}`,
      `.vpi-chevron-right,\n.vpi-chevron-down {\n  --icon: ${icon('m9 18 6-6-6-6')};\n}`,
      `.vpi-plus {\n  --icon: ${icon('M5 12h14')};\n}`,
      `:root {\n  /* clipboard */\n  --vp-icon-copy: ${icon('M8 8h12')};\n` +
        `  --vp-icon-copied: ${icon('m12 15 2 2 4-4')};\n}`,
    ].join('\n')
    const rasterized = rasterizeCssIcons(css, ['.vpi-align-left', '.vpi-chevron-right', '--vp-icon-copy'])
    expect(pngDataUrls(rasterized)).toHaveLength(3)
    expect(rasterized).toContain(`.vpi-plus {\n  --icon: ${icon('M5 12h14')};`)
    expect(rasterized).toContain(`--vp-icon-copied: ${icon('m12 15 2 2 4-4')};`)
    expect(rasterized).not.toContain(icon('M21 6H3'))
  })

  it("finds a scoped component style's rule by its selector", () => {
    const css = `.DocSearch-Search-Icon[data-v-1a2b3c] {\n  --icon: ${icon('m14 14 4 4')};\n}`
    expect(pngDataUrls(rasterizeCssIcons(css, ['.DocSearch-Search-Icon']))).toHaveLength(1)
  })

  it("draws the icons of VitePress's own stylesheets that pages show as they open", async () => {
    const icons = await readFile(join(themeDir, 'styles', 'icons.css'), 'utf8')
    const rasterized = rasterizeCssIcons(icons)
    // .vpi-align-left, the chevrons' shared rule and --vp-icon-copy; every other icon stays an SVG.
    expect(pngDataUrls(rasterized)).toHaveLength(3)
    expect(svgDataUrls(rasterized)).toHaveLength(svgDataUrls(icons).length - 3)

    const searchButton = await readFile(join(themeDir, 'components', 'VPNavBarSearchButton.vue'), 'utf8')
    const style = searchButton.slice(searchButton.indexOf('<style'))
    expect(pngDataUrls(rasterizeCssIcons(style))).toHaveLength(1)
  })

  it("draws each PNG 48 pixels wide from the icon's own SVG", () => {
    const [url] = pngDataUrls(rasterizeCssIcons(`.a {\n  --icon: ${icon('M21 6H3')};\n}`, ['.a']))
    const png = Buffer.from(/base64,([^"]+)/.exec(url!)![1]!, 'base64')
    expect(pngSize(png)).toEqual({ width: 48, height: 48 })
    const other = pngDataUrls(rasterizeCssIcons(`.a {\n  --icon: ${icon('M3 18H21')};\n}`, ['.a']))[0]
    expect(other).not.toBe(url)
  })
})

describe('rasterCssIcons', () => {
  const transform = (code: string, id: string) =>
    callHook(rasterCssIcons(['.a']).transform, undefined, code, id) as { code: string } | undefined
  const css = `.a {\n  --icon: ${icon('M21 6H3')};\n}`

  it("rewrites VitePress's theme stylesheets and component styles", () => {
    expect(pngDataUrls(transform(css, join(themeDir, 'styles', 'icons.css'))!.code)).toHaveLength(1)
    const styleId = `${join(themeDir, 'components', 'VPNavBarSearchButton.vue')}?vue&type=style&index=0&lang.css`
    expect(pngDataUrls(transform(css, styleId)!.code)).toHaveLength(1)
  })

  it("leaves the site's own stylesheets and scripts alone", () => {
    expect(transform(css, '/work/docs/.vitepress/theme/styles/vars.css')).toBeUndefined()
    expect(transform(css, join(themeDir, 'components', 'VPNavBarSearchButton.vue'))).toBeUndefined()
  })
})
