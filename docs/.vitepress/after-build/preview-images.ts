/**
 * Build step: draws each page's link-preview image (preview-card.ts) into the build, with Inter from an npm
 * package so the images come out the same on every machine, whatever fonts it has.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { availableParallelism } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { renderAsync } from '@resvg/resvg-js'
import type { SiteConfig } from 'vitepress'
import { recordedPreviews, type PagePreview } from '../page-data/head-tags'
import { renderCardSvg } from './preview-card'

const require = createRequire(import.meta.url)
const fontFiles = [
  '500Medium/Inter_500Medium.ttf',
  '600SemiBold/Inter_600SemiBold.ttf',
  '700Bold/Inter_700Bold.ttf',
].map((file) => require.resolve(`@expo-google-fonts/inter/${file}`))
const logoFile = fileURLToPath(new URL('../../public/logo.svg', import.meta.url))

/** Renders one card SVG to PNG with the bundled fonts only. */
export async function renderCardPng(svg: string): Promise<Buffer> {
  const image = await renderAsync(svg, {
    fitTo: { mode: 'original' },
    font: { fontFiles, loadSystemFonts: false, defaultFontFamily: 'Inter' },
    logLevel: 'off',
  })
  return image.asPng()
}

/** Writes the preview image of every built page into `outDir`; resolves with how many and how long it took. */
export async function writePreviewImages(
  { outDir, pages }: Pick<SiteConfig, 'outDir' | 'pages'>,
  previews: ReadonlyMap<string, PagePreview> = recordedPreviews(),
): Promise<{ count: number; seconds: number; bytes: number }> {
  const start = performance.now()
  const logoDataUrl = `data:image/svg+xml;base64,${(await readFile(logoFile)).toString('base64')}`
  const missing = pages.filter((page) => !previews.has(page))
  if (missing.length)
    throw new Error(`no link preview was recorded for ${missing.join(', ')}: is transformPageData wired?`)

  let bytes = 0
  let next = 0
  const drawRemaining = async () => {
    while (next < pages.length) {
      const preview = previews.get(pages[next++]!)!
      const png = await renderCardPng(
        renderCardSvg(
          {
            title: preview.headline,
            section: preview.section,
            siteTitle: preview.siteTitle,
            address: addressOf(preview.url),
          },
          logoDataUrl,
        ),
      )
      const file = join(outDir, preview.imagePath)
      await mkdir(dirname(file), { recursive: true })
      await writeFile(file, png)
      bytes += png.length
    }
  }
  // One drawing per core at a time: each holds its bitmap and its own copy of the fonts, so drawing every page at
  // once took 7 GB of memory for a site of 1,000 pages, and no less time.
  await Promise.all(Array.from({ length: Math.min(availableParallelism(), pages.length) }, drawRemaining))
  return { count: pages.length, seconds: (performance.now() - start) / 1000, bytes }
}

function addressOf(url: string): string {
  return url.replace(/^https?:\/\//, '').replace(/\/$/, '')
}
