/**
 * The shape of a Vite plugin that adds generated files to the site: emitted into the browser build (never into the
 * server build, which serves no files) and served with the same bytes by the development server, under the base.
 */
import type { Plugin } from 'vite'

export interface ClientFiles {
  name: string
  /** The files' paths in the built site, before the base is added. */
  fileNames(): Promise<readonly string[]> | readonly string[]
  /** One file's bytes or text. */
  read(fileName: string): Promise<Buffer | string>
  /** The Content-Type the development server sends for it. */
  contentType(fileName: string): string
}

/** A plugin that emits `files` into the client build and serves them in development. */
export function clientFiles(files: ClientFiles): Plugin {
  let isServerBuild = false
  let base = '/'
  return {
    name: files.name,
    configResolved(config) {
      isServerBuild = Boolean(config.build.ssr)
      base = config.base
    },
    async generateBundle() {
      if (isServerBuild) return
      for (const fileName of await files.fileNames()) {
        this.emitFile({ type: 'asset', fileName, source: await files.read(fileName) })
      }
    },
    configureServer(server) {
      server.middlewares.use((request, response, next) => {
        const path = request.url?.split('?')[0] ?? ''
        if (!path.startsWith(base)) return next()
        const fileName = path.slice(base.length)
        const serve = (fileNames: readonly string[]) => {
          if (!fileNames.includes(fileName)) return next()
          files
            .read(fileName)
            .then((body) => {
              response.setHeader('Content-Type', files.contentType(fileName))
              response.end(body)
            })
            .catch(next)
        }
        // A list known at once answers at once; other requests pass on without waiting.
        const fileNames = files.fileNames()
        if (fileNames instanceof Promise) fileNames.then(serve).catch(next)
        else serve(fileNames)
      })
    },
  }
}
