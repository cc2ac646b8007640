/**
 * `npm run deploy:nginx`: writes what nginx needs to serve one build, into a folder of its own (never into the build):
 * the server block (deploy/nginx.conf for the given base, folder and addresses) and the security-headers snippet it
 * includes, made from deploy/security-headers.ts and the hashes of the build's inline scripts.
 *
 * Usage: tsx scripts/render-nginx-config.ts [--dist docs/.vitepress/dist] [--out-dir .tmp/nginx] [--base /docs/]
 *          [--root /var/www/roselab-docs] [--listen 80 --listen [::]:80] [--https]
 *   --https  nginx itself serves the site over HTTPS: the snippet adds HSTS
 */
import { existsSync } from 'node:fs'
import { mkdir, writeFile } from 'node:fs/promises'
import { join, relative, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { committedHeadersSnippet, committedSiteRoot, readNginxConfig } from '../deploy/nginx-config'
import { nginxHeaders, securityHeaders } from '../deploy/security-headers'
import { builtScriptSources } from '../docs/.vitepress/after-build/security-headers'

const repositoryRoot = fileURLToPath(new URL('..', import.meta.url))

/** The two files, by name: the server block and the snippet for /etc/nginx/snippets/. */
export const serverBlockFileName = 'roselab-docs.conf'
export const headersSnippetFileName = committedHeadersSnippet.slice(committedHeadersSnippet.lastIndexOf('/') + 1)

export interface NginxFilesOptions {
  dist: string
  base: string
  root: string
  listen: readonly string[]
  https: boolean
  /** Where the server block includes the snippet from; default /etc/nginx/snippets/…. */
  headersSnippet?: string
}

/** The server block and the headers snippet for the build in `dist`. */
export async function nginxFiles(options: NginxFilesOptions): Promise<Record<string, string>> {
  if (!existsSync(join(options.dist, 'index.html'))) {
    throw new Error(`no build in ${options.dist}: run npm run docs:build first (with the same DOCS_BASE)`)
  }
  const sources = await builtScriptSources(options.dist)
  return {
    [serverBlockFileName]: await readNginxConfig(options),
    [headersSnippetFileName]: nginxHeaders(securityHeaders(sources, { https: options.https })),
  }
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      dist: { type: 'string', default: process.env.DOCS_DIST ?? join(repositoryRoot, 'docs', '.vitepress', 'dist') },
      'out-dir': { type: 'string', default: join(repositoryRoot, '.tmp', 'nginx') },
      base: { type: 'string', default: process.env.DOCS_BASE ?? '/' },
      root: { type: 'string', default: committedSiteRoot },
      listen: { type: 'string', multiple: true, default: ['80', '[::]:80'] },
      https: { type: 'boolean', default: false },
    },
  })
  const outDir = resolve(values['out-dir'])
  const files = await nginxFiles({
    dist: resolve(values.dist),
    base: values.base,
    root: values.root,
    listen: values.listen,
    https: values.https,
  })
  await mkdir(outDir, { recursive: true })
  for (const [name, text] of Object.entries(files)) {
    await writeFile(join(outDir, name), text)
    console.log(`wrote ${relative(process.cwd(), join(outDir, name)) || name}`)
  }
  console.log(
    `install: ${headersSnippetFileName} → ${committedHeadersSnippet} (with every deployment), ` +
      `${serverBlockFileName} → /etc/nginx/sites-available/ (once); then nginx -t && systemctl reload nginx`,
  )
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await main()
