/**
 * Vite plugin: ships mermaid's own prebuilt, already split ES modules as static files under `assets/mermaid-<version>/`
 * instead of bundling mermaid with the site. Bundling mermaid and its dependencies (d3, cytoscape, katex...) more
 * than doubled the build's CPU time for code that only pages with a diagram load. The files are renamed from `.mjs`
 * to `.js` (import specifiers included) so that every host serves them as JavaScript. The folder's name carries the
 * version, so browsers may cache the files forever; the browser code learns the entry's path from
 * `import.meta.env.MERMAID_ENTRY_PATH`.
 */
import { readdir, readFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import type { Plugin } from 'vite'
import { clientFiles } from './client-files'

const require = createRequire(import.meta.url)
const mermaidDist = dirname(require.resolve('mermaid/dist/mermaid.esm.min.mjs'))
const chunksDir = 'chunks/mermaid.esm.min'
const mermaidAssetsDir = `assets/mermaid-${(require('mermaid/package.json') as { version: string }).version}`

/** Site path of mermaid's ES module entry in the output, before the base is added. */
const mermaidEntryPath = `/${mermaidAssetsDir}/mermaid.esm.min.js`

/** Emits mermaid's modules into the client build and serves them in development. */
export function mermaidAssets(): Plugin {
  // Listed once: the development server asks for every request, and mermaid's files do not change while it runs.
  let servedFiles: Promise<string[]> | undefined
  return {
    ...clientFiles({
      name: 'roselab:mermaid-assets',
      fileNames: () =>
        (servedFiles ??= mermaidFiles().then((files) =>
          files.map((file) => `${mermaidAssetsDir}/${servedName(file)}`),
        )),
      read: (fileName) => servedCode(fileName.slice(mermaidAssetsDir.length + 1).replace(/\.js$/, '.mjs')),
      contentType: () => 'text/javascript; charset=utf-8',
    }),
    config: () => ({ define: { 'import.meta.env.MERMAID_ENTRY_PATH': JSON.stringify(mermaidEntryPath) } }),
  }
}

/** Mermaid's ES module entry and its chunks, relative to mermaid's dist folder (source maps left out). */
async function mermaidFiles(): Promise<string[]> {
  const chunks = await readdir(join(mermaidDist, chunksDir))
  return [
    'mermaid.esm.min.mjs',
    ...chunks.filter((name) => name.endsWith('.mjs')).map((name) => `${chunksDir}/${name}`),
  ]
}

function servedName(file: string): string {
  return file.replace(/\.mjs$/, '.js')
}

async function servedCode(file: string): Promise<string> {
  const code = await readFile(join(mermaidDist, file), 'utf8')
  return code.replace(/(["'])(\.{1,2}\/[^"'\s]+)\.mjs\1/g, '$1$2.js$1')
}
