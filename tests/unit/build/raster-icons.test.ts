import { mkdtemp, readFile, writeFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Plugin, ResolvedConfig, ViteDevServer } from 'vite'
import { describe, expect, it } from 'vitest'
import {
  favicon,
  navLogo,
  navLogoCssSize,
  rasterIcons,
  renderRasterIcon,
  type RasterIcon,
} from '../../../docs/.vitepress/build/raster-icons'

const require = createRequire(import.meta.url)

type Hook = (this: unknown, ...args: unknown[]) => unknown
const callHook = (hook: Plugin[keyof Plugin], context: unknown, ...args: unknown[]) =>
  (hook as Hook).call(context, ...args)

/** Width and height from a PNG's header chunk. */
function pngSize(png: Uint8Array): { width: number; height: number } {
  expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength)
  return { width: view.getUint32(16), height: view.getUint32(20) }
}

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
