/**
 * The drawings of the site's diagrams, kept in the repository (drawings/<key>.svg, key from config.ts): a build
 * reads them and needs no browser, and a drawing is made only for a diagram that is new or changed. `npm run
 * diagrams` draws every missing one and removes the unused; `npm run check:diagrams` fails while any is missing.
 */
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { drawingKey } from './config'
import type { DrawResult } from './draw-in-page'

export const drawingsDir = fileURLToPath(new URL('./drawings/', import.meta.url))

/** The file that holds the drawing of `source`. */
export function drawingFile(source: string): string {
  return join(drawingsDir, `${drawingKey(source)}.svg`)
}

/** The kept drawing of `source`, if there is one. */
export function keptDrawing(source: string): string | undefined {
  const file = drawingFile(source)
  return existsSync(file) ? readFileSync(file, 'utf8') : undefined
}

/** Keeps the drawing of `source`. */
export function keepDrawing(source: string, svg: string): void {
  mkdirSync(drawingsDir, { recursive: true })
  writeFileSync(drawingFile(source), svg.endsWith('\n') ? svg : `${svg}\n`)
}

/** The keys of every kept drawing. */
export function keptDrawingKeys(): string[] {
  if (!existsSync(drawingsDir)) return []
  return readdirSync(drawingsDir)
    .filter((name) => name.endsWith('.svg'))
    .map((name) => name.slice(0, -'.svg'.length))
}

const require = createRequire(import.meta.url)
const workerFile = fileURLToPath(new URL('./worker.ts', import.meta.url))

/**
 * The drawing of `source`: the kept one, or a new one drawn now and kept. markdown-it renders synchronously, so a
 * new drawing is made in a child process (worker.ts) that the build waits for.
 */
export function drawingOf(source: string): DrawResult {
  const kept = keptDrawing(source)
  if (kept !== undefined) return { svg: kept }
  const child = spawnSync(process.execPath, ['--import', require.resolve('tsx'), workerFile], {
    input: JSON.stringify([source]),
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  })
  if (child.status !== 0) {
    const reason =
      child.stderr
        .trim()
        .split('\n')
        .find((line) => line.startsWith('Error: ')) ?? child.stderr.trim()
    return { error: reason.replace(/^Error: /, '') || `the drawing process failed (exit ${child.status})` }
  }
  const [result] = JSON.parse(child.stdout) as DrawResult[]
  if (result && 'svg' in result) keepDrawing(source, result.svg)
  return result ?? { error: 'the drawing process returned nothing' }
}
