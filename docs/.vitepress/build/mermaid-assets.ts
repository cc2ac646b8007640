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

const require = createRequire(import.meta.url)
const mermaidDist = dirname(require.resolve('mermaid/dist/mermaid.esm.min.mjs'))
const chunksDir = 'chunks/mermaid.esm.min'
const mermaidAssetsDir = `assets/mermaid-${(require('mermaid/package.json') as { version: string }).version}`

/** Site path of mermaid's ES module entry in the output, before the base is added. */
const mermaidEntryPath = `/${mermaidAssetsDir}/mermaid.esm.min.js`

/** Emits mermaid's modules into the client build and serves them in development. */
export function mermaidAssets(): Plugin {
  let isServerBuild = false
  let base = '/'
  return {
    name: 'roselab:mermaid-assets',
    config: () => ({ define: { 'import.meta.env.MERMAID_ENTRY_PATH': JSON.stringify(mermaidEntryPath) } }),
    configResolved(config) {
      isServerBuild = Boolean(config.build.ssr)
      base = config.base
    },
    async generateBundle() {
      if (isServerBuild) return
      for (const file of await mermaidFiles()) {
        this.emitFile({
          type: 'asset',
          fileName: `${mermaidAssetsDir}/${servedName(file)}`,
          source: await servedCode(file),
        })
      }
    },
    configureServer(server) {
      const prefix = `${base}${mermaidAssetsDir}/`
      server.middlewares.use((request, response, next) => {
        const url = request.url?.split('?')[0] ?? ''
        if (!url.startsWith(prefix)) return next()
        mermaidFiles()
          .then(async (files) => {
            const file = files.find((candidate) => servedName(candidate) === url.slice(prefix.length))
            if (!file) return next()
            response.setHeader('Content-Type', 'text/javascript; charset=utf-8')
            response.end(await servedCode(file))
          })
          .catch(next)
      })
    },
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
