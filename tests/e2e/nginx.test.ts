/**
 * The site on nginx with deploy/nginx.conf and deploy/security-headers.conf, as installed: clean URLs, the 404 page,
 * fixed security headers, caching and compression, a build under /docs/, and a deployment that is only copying a new
 * build over the old one, without reloading nginx, after which every page runs without a CSP violation.
 */
import { execFileSync, spawn, spawnSync, type ChildProcess } from 'node:child_process'
import {
  appendFileSync,
  chmodSync,
  cpSync,
  symlinkSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { chromium, type Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { dist, sitePages } from './site'

const nginx = process.env.NGINX_PATH ?? (existsSync('/usr/sbin/nginx') ? '/usr/sbin/nginx' : 'nginx')
// nginx -V names, on standard error, the folder of its mime.types.
const confDir =
  /--conf-path=(\S+)\/nginx\.conf/.exec(spawnSync(nginx, ['-V'], { encoding: 'utf8' }).stderr)?.[1] ?? '/etc/nginx'
const work = mkdtempSync(join(tmpdir(), 'roselab-nginx-'))
// Run as root, nginx's workers read the files as another user: both builds are served from copies in this folder,
// since the project itself may sit in one they cannot enter (mktemp -d makes it 0700).
chmodSync(work, 0o755)
const root = join(work, 'root/')
const subPathBuild = resolve(process.env.DOCS_SUBPATH_DIST ?? '.tmp/dist-subpath')
const subPathRoot = join(work, 'subpath/')
const snippet = resolve('deploy/security-headers.conf')
const fixedHeaders = Object.fromEntries(
  [...readFileSync(snippet, 'utf8').matchAll(/^add_header (\S+) "([^"]*)"/gm)].map(([, name, value]) => [
    name!.toLowerCase(),
    value,
  ]),
)
let server: ChildProcess
let origin = ''
let subPathOrigin = ''
let browser: Browser

function freePort(): Promise<number> {
  return new Promise((done) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number }
      probe.close(() => done(port))
    })
  })
}

/** deploy/nginx.conf's server block for `folder` at `base`, on 127.0.0.1, as its comments say to adapt it. */
function serverBlock(port: number, folder: string, base: string): string {
  const config = readFileSync('deploy/nginx.conf', 'utf8')
  return config
    .slice(config.indexOf('server {'))
    .replace('listen 80;', `listen 127.0.0.1:${port};`)
    .replace('listen [::]:80;', '')
    .replaceAll('/etc/nginx/snippets/roselab-docs-security-headers.conf', snippet)
    .replace('/var/www/roselab-docs/', folder)
    .replace('location ^~ / {', `location ^~ ${base} {`)
    .replace('location ^~ /assets/ {', `location ^~ ${base}assets/ {`)
    .replace('error_page 404 /404.html;', `error_page 404 ${base}404.html;`)
}

beforeAll(async () => {
  cpSync(dist, root, { recursive: true })
  if (!existsSync(join(subPathBuild, 'index.html'))) {
    execFileSync('npx', ['vitepress', 'build', 'docs', '--outDir', subPathBuild], {
      env: { ...process.env, DOCS_BASE: '/docs/' },
    })
  }
  cpSync(subPathBuild, subPathRoot, { recursive: true })
  const [port, subPathPort] = [await freePort(), await freePort()]
  origin = `http://127.0.0.1:${port}`
  for (const folder of ['body', 'proxy', 'fastcgi', 'uwsgi', 'scgi']) mkdirSync(join(work, folder))
  writeFileSync(
    join(work, 'nginx.conf'),
    `daemon off; pid ${work}/nginx.pid; error_log ${work}/error.log;\nevents {}\nhttp {\n` +
      `include ${confDir}/mime.types; default_type application/octet-stream; access_log off;\n` +
      ['body', 'proxy', 'fastcgi', 'uwsgi', 'scgi']
        .map((kind) => `${kind === 'body' ? 'client_body' : kind}_temp_path ${work}/${kind};`)
        .join('\n') +
      `\n${serverBlock(port, root, '/')}\n${serverBlock(subPathPort, subPathRoot, '/docs/')}\n}\n`,
  )
  server = spawn(nginx, ['-c', join(work, 'nginx.conf'), '-p', work], { stdio: 'inherit' })
  for (
    let tries = 0;
    !(await fetch(`${origin}/`).then(
      (response) => response.ok,
      () => false,
    ));
    tries++
  ) {
    if (tries > 100) throw new Error(`nginx did not start: see ${work}/error.log`)
    await new Promise((done) => setTimeout(done, 100))
  }
  subPathOrigin = `http://127.0.0.1:${subPathPort}`
  browser = await chromium.connect(inject('browserEndpoint'))
})

afterAll(async () => {
  server?.kill()
  await browser?.close()
  rmSync(work, { recursive: true, force: true })
})

describe('nginx', () => {
  it('serves every page at its clean and its .html address, and anything else with the 404 page', async () => {
    for (const path of sitePages()) {
      for (const address of [path, ...(path === '/' ? [] : [`${path.replace(/\/$/, '/index')}.html`])]) {
        expect([address, (await fetch(origin + address)).status]).toEqual([address, 200])
      }
    }
    const missing = await fetch(`${origin}/guide/no-such-page`)
    expect(missing.status).toBe(404)
    expect(await missing.text()).toContain('Page not found')
    expect((await fetch(`${origin}/_headers`)).status).toBe(404)
  })

  it('sends the fixed security headers with pages, assets and errors, caches only the hashed assets, and compresses', async () => {
    const page = await fetch(`${origin}/guide/`, { headers: { 'accept-encoding': 'gzip' } })
    const asset = /\/assets\/[^"]+\.js/.exec(await (await fetch(`${origin}/`)).text())![0]
    const responses = [page, await fetch(origin + asset), await fetch(`${origin}/no-such-page`)]
    for (const response of responses) {
      expect(Object.fromEntries(Object.keys(fixedHeaders).map((name) => [name, response.headers.get(name)]))).toEqual(
        fixedHeaders,
      )
    }
    expect(page.headers.get('cache-control')).toBe('no-cache')
    expect(page.headers.get('content-encoding')).toBe('gzip')
    expect(responses[1]!.headers.get('cache-control')).toBe('public, max-age=31536000, immutable')
    expect(page.headers.get('server')).toBe('nginx')
  })

  it('runs every page of a new build copied over the old one, without a reload, with no CSP violation', async () => {
    // The site with one sentence more: its pages' inline scripts, and so their hashes, change.
    const project = join(work, 'project')
    const files = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard'], { encoding: 'utf8' })
    for (const file of files.split('\n').filter((file) => file && existsSync(file))) cpSync(file, join(project, file))
    symlinkSync(resolve('node_modules'), join(project, 'node_modules'))
    appendFileSync(join(project, 'docs/guide/index.md'), '\nA sentence that a new deployment added.\n')
    const newBuild = join(work, 'new-build')
    execFileSync('npx', ['vitepress', 'build', 'docs', '--outDir', newBuild], { cwd: project })
    const policy = (folder: string) =>
      /http-equiv="Content-Security-Policy" content="([^"]*)"/.exec(
        readFileSync(join(folder, 'index.html'), 'utf8'),
      )![1]
    expect(policy(newBuild)).not.toBe(policy(root))
    rmSync(root, { recursive: true })
    cpSync(newBuild, root, { recursive: true })

    const problems: string[] = []
    const context = await browser.newContext()
    await context.addInitScript(() =>
      document.addEventListener('securitypolicyviolation', (event) =>
        console.error(`CSP: ${event.violatedDirective} ${event.blockedURI}`),
      ),
    )
    for (const path of sitePages(newBuild)) {
      const page = await context.newPage()
      page.on('console', (message) => message.type() === 'error' && problems.push(`${path}: ${message.text()}`))
      page.on('pageerror', (error) => problems.push(`${path}: ${error.message}`))
      await page.goto(origin + path)
      await page.waitForFunction(() =>
        Boolean((document.querySelector('#app') as { __vue_app__?: unknown } | null)?.__vue_app__),
      )
      await page.close()
    }
    await context.close()
    expect(problems).toEqual([])
  }, 180_000)

  it('serves a build made for /docs/, whose every link and file stays under /docs/', async () => {
    const outside: string[] = []
    for (const path of sitePages(subPathRoot)) {
      const response = await fetch(`${subPathOrigin}/docs${path}`)
      expect([path, response.status]).toEqual([path, 200])
      const html = await response.text()
      outside.push(
        ...[...html.matchAll(/\s(?:href|src)="(\/[^"]*)"/g)]
          .map(([, url]) => url!)
          .filter((url) => !url.startsWith('/docs/')),
      )
    }
    expect(outside).toEqual([])
    const page = await browser.newPage()
    const failed: string[] = []
    page.on('response', (response) => response.status() >= 400 && failed.push(response.url()))
    await page.goto(`${subPathOrigin}/docs/limitations/memory-limits`)
    await page.waitForFunction(() =>
      Boolean((document.querySelector('#app') as { __vue_app__?: unknown } | null)?.__vue_app__),
    )
    await page.close()
    expect(failed).toEqual([])
  })
})
