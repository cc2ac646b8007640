import { execFile } from 'node:child_process'
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import { afterEach, describe, expect, it } from 'vitest'
import { checkLinks, formatFailure, formatSummary, type LinkCheckReport } from '../../../scripts/check-links'

const origin = 'https://docs.example.edu'
const repositoryRoot = fileURLToPath(new URL('../../..', import.meta.url))
const temporaryDirs: string[] = []

afterEach(async () => {
  await Promise.all(temporaryDirs.splice(0).map((dir) => rm(dir, { recursive: true, force: true })))
})

function page(base: string, body: string, head = ''): string {
  return `<!DOCTYPE html><html><head>
    <link rel="preload stylesheet" href="${base}assets/style.css" as="style">
    <script type="module" src="${base}assets/app.js"></script>
    <link rel="icon" href="${base}favicon.svg">
    <meta property="og:image" content="${origin}${base}og.png">
    ${head}
  </head><body><a href="#main">Skip to content</a><main id="main">${body}</main></body></html>`
}

/** A small built site whose every reference resolves, written for `base`. */
function cleanSite(base: string): Record<string, string> {
  return {
    'index.html': page(
      base,
      `<h1 id="intro">Intro</h1>
      <a href="${base}guide/">Guides</a>
      <a href="${base}guide/docker">Docker</a>
      <a href="${base}guide/docker.html">Docker, suffixed</a>
      <a href="./guide/docker#run">Run</a>
      <a href="#intro">Intro</a> <a href="#">Menu</a> <a href="#top">Top</a>
      <a href="mailto:admin@example.edu">Mail</a>
      <a href="https://github.com/example" target="_blank" rel="noopener noreferrer">GitHub</a>
      <img src="${base}logo.svg" srcset="${base}logo.svg 1x, ${base}logo-2x.svg 2x" alt="">`,
      `<link rel="canonical" href="${origin}${base}">`,
    ),
    'guide/index.html': page(base, `<a href="docker#run-it%20now">Run it now</a> <a href="../#intro">Home</a>`),
    'guide/docker.html': page(base, `<h2 id="run">Run</h2><h3 id="run-it now">Run it now</h3>`),
    '404.html': page(base, `<a href="${base}">Home</a>`),
    'assets/style.css': 'body {}',
    'assets/app.js': '',
    'favicon.svg': '<svg/>',
    'logo.svg': '<svg/>',
    'logo-2x.svg': '<svg/>',
    'og.png': 'png',
  }
}

async function writeTree(files: Record<string, string>): Promise<string> {
  const root = await mkdtemp(path.join(tmpdir(), 'check-links-'))
  temporaryDirs.push(root)
  for (const [file, content] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(root, file)), { recursive: true })
    await writeFile(path.join(root, file), content)
  }
  return root
}

async function check(files: Record<string, string>, base = '/', srcDir?: string): Promise<LinkCheckReport> {
  return checkLinks({ distDir: await writeTree(files), base, origin, srcDir })
}

describe('check-links', () => {
  it('passes a site whose links, fragments and assets all resolve', async () => {
    const report = await check(cleanSite('/'))
    expect(report.failures.map(formatFailure)).toEqual([])
    expect(report.pages).toBe(4)
    expect(report.fragments).toBe(9)
  })

  it('passes the same site built under the sub-path base /docs/', async () => {
    const report = await check(cleanSite('/docs/'), '/docs/')
    expect(report.failures.map(formatFailure)).toEqual([])
  })

  it.each([
    [
      'a dead page link',
      '<a href="/guide/podman">x</a>',
      'limitations/firewall.html: link to /guide/podman → missing page',
    ],
    [
      'a dead anchor',
      '<a href="/guide/docker#gone">x</a>',
      'limitations/firewall.html: link to /guide/docker#gone → missing id "gone"',
    ],
    [
      'a dead same-page anchor',
      '<a href="#nowhere">x</a>',
      'limitations/firewall.html: link to #nowhere → missing id "nowhere"',
    ],
    [
      'a missing image',
      '<img src="/diagram.png" alt="">',
      'limitations/firewall.html: image /diagram.png → missing file',
    ],
    [
      'a missing srcset image',
      '<img srcset="/logo.svg 1x, /b.png 2x" alt="">',
      'limitations/firewall.html: image /b.png → missing file',
    ],
    [
      'a missing script',
      '<script src="/assets/gone.js"></script>',
      'limitations/firewall.html: script /assets/gone.js → missing file',
    ],
    [
      'an external new-tab link that gives the other page our window',
      '<a href="https://grafana.example.edu" target="_blank" rel="nofollow">x</a>',
      'limitations/firewall.html: link to https://grafana.example.edu → external link with target="_blank" without rel="noopener" or rel="noreferrer"',
    ],
    [
      'an external new-tab link without rel',
      '<a href="https://grafana.example.edu" target="grafana">x</a>',
      'limitations/firewall.html: link to https://grafana.example.edu → external link with target="grafana" without rel="noopener" or rel="noreferrer"',
    ],
  ])('reports %s with its source page and target', async (_case, badMarkup, expected) => {
    const site = cleanSite('/')
    site['limitations/firewall.html'] = page('/', badMarkup)
    const report = await check(site)
    expect(report.failures.map(formatFailure)).toEqual([expected])
  })

  it('reports a missing stylesheet and an og:image absent from the site origin', async () => {
    const site = cleanSite('/')
    site['limitations/firewall.html'] = page(
      '/',
      '',
      `<link rel="stylesheet" href="/theme.css"><meta property="og:image" content="${origin}/card.png">`,
    )
    const report = await check(site)
    expect(report.failures.map(formatFailure)).toEqual([
      'limitations/firewall.html: stylesheet /theme.css → missing file',
      `limitations/firewall.html: og:image ${origin}/card.png → missing file`,
    ])
  })

  it('reports a root-relative reference that ignores the sub-path base', async () => {
    const site = cleanSite('/docs/')
    site['limitations/firewall.html'] = page('/docs/', '<img src="/logo.svg" alt=""><a href="/docs/guide/">ok</a>')
    const report = await check(site, '/docs/')
    expect(report.failures.map(formatFailure)).toEqual([
      'limitations/firewall.html: image /logo.svg → outside the base /docs/',
    ])
  })

  it('reports a link repeated by the nav and the sidebar once per page', async () => {
    const site = cleanSite('/')
    site['limitations/firewall.html'] = page(
      '/',
      '<nav><a href="/contributing">c</a></nav><aside><a href="/contributing">c</a></aside>',
    )
    const report = await check(site)
    expect(report.failures.map(formatFailure)).toEqual([
      'limitations/firewall.html: link to /contributing → missing page',
    ])
  })

  it('points a failure at the Markdown file and line that wrote the link', async () => {
    const site = cleanSite('/')
    site['guide/index.html'] = page('/', '<a href="/guide/docker#quota">Quota</a>')
    const srcDir = await writeTree({
      'guide/index.md': '# Guides\n\nSee the [quota](./docker.md#quota).\n',
    })
    const [failure] = (await check(site, '/', srcDir)).failures
    expect(failure?.source?.file).toMatch(/guide\/index\.md$/)
    expect(failure && formatFailure(failure)).toMatch(
      /^guide\/index\.html: link to \/guide\/docker#quota → missing id "quota" \(.*guide\/index\.md:3\)$/,
    )
  })

  it('counts pages, links and fragments in its summary', async () => {
    const report = await check(cleanSite('/'))
    expect(formatSummary(report, 0.25)).toBe(
      `check-links: 4 pages, ${report.links} links, 9 fragments checked in 0.3 s: 0 failures`,
    )
    expect(report.links).toBeGreaterThan(30)
  })

  it('refuses a folder without HTML pages', async () => {
    await expect(check({ 'assets/app.js': '' })).rejects.toThrow(/no HTML pages found/)
  })

  it('exits non-zero from the command line and prints each failure', async () => {
    const site = cleanSite('/docs/')
    site['limitations/firewall.html'] = page('/docs/', '<a href="/docs/guide/docker#gone">x</a>')
    const distDir = await writeTree(site)
    const run = promisify(execFile)(
      process.execPath,
      ['--import', 'tsx', 'scripts/check-links.ts', distDir, '--base', '/docs/'],
      { cwd: repositoryRoot, env: { ...process.env, DOCS_SITE_URL: origin } },
    )
    await expect(run).rejects.toMatchObject({
      code: 1,
      stdout: expect.stringContaining('limitations/firewall.html: link to /docs/guide/docker#gone → missing id "gone"'),
    })
  }, 60_000)
})
