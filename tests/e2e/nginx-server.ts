/**
 * Runs nginx for the e2e tests: deploy/nginx.conf rendered once per site (each on its own free port of
 * 127.0.0.1), inside a main configuration that keeps every file nginx writes in a private folder.
 */
import { spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { headersSnippetFileName, nginxFiles, serverBlockFileName } from '../../scripts/render-nginx-config'
import { nginxBinary, readNginxLayout, type NginxLayout } from '../../scripts/lib/system-tools'
import { freePort, repositoryRoot } from '../../scripts/lib/toolchain'

/** The nginx `npm run setup` found (NGINX_PATH, the PATH or an sbin folder) and the files its installation has. */
function installedNginx(): { binary: string; layout: NginxLayout } {
  const binary = nginxBinary()
  if (!binary || !existsSync(binary)) {
    throw new Error('no nginx on the PATH or in an sbin folder: run npm run setup, or set NGINX_PATH to one')
  }
  return { binary, layout: readNginxLayout(binary) }
}

export interface NginxSite {
  /** The base the site was built with. */
  base: string
  /** Absolute path of the build. */
  root: string
  /** The build whose inline scripts the security headers allow; default `root`. */
  headersFrom?: string
}

export interface RunningNginx {
  /** `http://127.0.0.1:<port>` of each site, in the order given. */
  origins: string[]
  stop(): Promise<void>
}

/** Starts nginx serving each site; `workDir` (an empty folder) takes its configuration, pid and temporary files. */
export async function startNginx(sites: readonly NginxSite[], workDir: string): Promise<RunningNginx> {
  const ports: number[] = []
  const serverFiles: string[] = []
  for (const [index, site] of sites.entries()) {
    const port = await freePort()
    const file = join(workDir, `site-${index}.conf`)
    // The two files npm run deploy:nginx writes, the snippet in this folder instead of /etc/nginx/snippets/.
    const headersSnippet = join(workDir, `site-${index}-${headersSnippetFileName}`)
    const files = await nginxFiles({
      dist: site.headersFrom ?? site.root,
      base: site.base,
      root: site.root,
      listen: [`127.0.0.1:${port}`],
      https: false,
      headersSnippet,
    })
    await writeFile(file, files[serverBlockFileName]!)
    await writeFile(headersSnippet, files[headersSnippetFileName]!)
    ports.push(port)
    serverFiles.push(file)
  }
  const nginx = installedNginx()
  const configFile = join(workDir, 'nginx.conf')
  await writeFile(configFile, mainConfig(workDir, serverFiles, nginx.layout))

  const child = spawn(nginx.binary, ['-p', workDir, '-c', configFile, '-e', 'stderr'], {
    stdio: ['ignore', 'ignore', 'pipe'],
  })
  const errorOutput: string[] = []
  child.stderr.on('data', (chunk: Buffer) => errorOutput.push(chunk.toString()))
  const exited = new Promise<number | null>((resolveExit) => child.on('exit', (code) => resolveExit(code)))
  const origins = ports.map((port) => `http://127.0.0.1:${port}`)

  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM')
    await exited
  }
  let startSettled = false
  const exitedDuringStart = exited.then((code) => {
    if (!startSettled) throw new Error(`nginx exited with code ${code}:\n${errorOutput.join('')}`)
  })
  try {
    await Promise.race([Promise.all(origins.map(waitUntilServing)), exitedDuringStart])
  } catch (error) {
    await stop()
    throw error
  } finally {
    startSettled = true
  }
  return { origins, stop }
}

function mainConfig(workDir: string, serverFiles: readonly string[], layout: NginxLayout): string {
  // deploy/nginx-brotli.conf only where the module is installed; without it the brotli test fails on its own.
  const brotli = existsSync(layout.brotliModule)
  return [
    // As root nginx would run its workers as nobody, who cannot read a build in a private temporary folder.
    ...(process.getuid?.() === 0 ? ['user root;'] : []),
    ...(brotli ? [`load_module ${layout.brotliModule};`] : []),
    'daemon off;',
    'worker_processes 1;',
    `pid ${join(workDir, 'nginx.pid')};`,
    'error_log stderr warn;',
    'events { worker_connections 256; }',
    'http {',
    `  include ${layout.mimeTypes};`,
    '  default_type application/octet-stream;',
    '  access_log off;',
    '  sendfile on;',
    ...['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map(
      (kind) => `  ${kind}_temp_path ${join(workDir, `${kind}-temp`)};`,
    ),
    ...(brotli ? [`  include ${join(repositoryRoot, 'deploy', 'nginx-brotli.conf')};`] : []),
    ...serverFiles.map((file) => `  include ${file};`),
    '}',
    '',
  ].join('\n')
}

async function waitUntilServing(origin: string): Promise<void> {
  for (let attempt = 0; attempt < 100; attempt++) {
    try {
      await fetch(origin, { method: 'HEAD' })
      return
    } catch {
      await new Promise((resolveWait) => setTimeout(resolveWait, 50))
    }
  }
  throw new Error(`nginx did not answer on ${origin} within 5 s`)
}
