/**
 * The benchmark (`npm run bench`): this site against plain VitePress with the same pages and the same navigation
 * (default theme, local search, no plugins of this site), built side by side on this machine. It measures what no
 * check asserts: the JavaScript a first visit to each page downloads (target: at most 1.05× plain VitePress's), the
 * build time, and Lighthouse's performance score as a phone (the median of three runs per page, against the
 * baseline in the same run, since the score moves with whatever else the machine does). `--write` also writes
 * BENCHMARKS.md.
 */
import { execFileSync } from 'node:child_process'
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { cpus } from 'node:os'
import { dirname, join, relative } from 'node:path'
import { gzipSync } from 'node:zlib'
import lighthouse from 'lighthouse'
import { launch } from 'chrome-launcher'
import sirv from 'sirv'
import { factPattern, facts, type Facts } from '../docs/.vitepress/data/facts'
import { chromiumFlags } from './chromium'

const work = '.tmp/bench'
const site = { name: 'site', root: 'docs', dist: join(work, 'site') }
const baseline = { name: 'baseline', root: join(work, 'baseline'), dist: join(work, 'baseline-dist') }
const lighthousePages = ['/', '/guide/', '/limitations/memory-limits']

/** Plain VitePress with this site's pages, navigation and page frame: what the site's own code adds is the difference. */
function writeBaseline(): void {
  rmSync(baseline.root, { recursive: true, force: true })
  for (const file of readdirSync('docs', { recursive: true, encoding: 'utf8' })) {
    if (/^(\.vitepress|public)\//.test(file)) continue
    if (file.endsWith('.data.ts')) {
      // A page's data loader, reading the site's own modules where they are.
      const loader = readFileSync(join('docs', file), 'utf8')
      const modules = relative(dirname(join(baseline.root, file)), 'docs/.vitepress')
      writeFileSync(join(baseline.root, file), loader.replaceAll("'../.vitepress/", `'${modules}/`))
    }
    if (!file.endsWith('.md')) continue
    // The same text: the facts as the site fills them in; plain VitePress would read `{% … %}` as attributes.
    const page = readFileSync(join('docs', file), 'utf8')
    mkdirSync(dirname(join(baseline.root, file)), { recursive: true })
    writeFileSync(
      join(baseline.root, file),
      page.replace(new RegExp(`(?<!\`)${factPattern.source}`, 'g'), (_f, name) => facts[name as keyof Facts]),
    )
  }
  cpSync('docs/public', join(baseline.root, 'public'), { recursive: true })
  // /contributing shows a row of this file.
  cpSync('docs/.vitepress/data/servers.ts', join(baseline.root, '.vitepress/data/servers.ts'))
  const config = relative(join(baseline.root, '.vitepress'), 'docs/.vitepress')
  writeFileSync(
    join(baseline.root, '.vitepress/config.ts'),
    `import { defineConfig } from 'vitepress'
import site from '${config}/config'
const { nav, sidebar, logo, outline, editLink, lastUpdated, footer, socialLinks } = site.themeConfig
export default defineConfig({
  title: site.title, description: site.description, lang: site.lang, cleanUrls: true, lastUpdated: true,
  srcExclude: site.srcExclude,
  themeConfig: { nav, sidebar, logo, outline, editLink, lastUpdated, footer, socialLinks, search: { provider: 'local' } },
})
`,
  )
}

/** Seconds a build takes, in a process of its own. */
function build(target: { root: string; dist: string }): number {
  const started = performance.now()
  execFileSync('npx', ['vitepress', 'build', target.root, '--outDir', target.dist], { stdio: 'ignore' })
  return (performance.now() - started) / 1000
}

/** The pages of a build, by clean address. */
function pages(dist: string): string[] {
  return readdirSync(dist, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.html') && file !== '404.html')
    .map((file) => `/${file.replace(/(^|\/)index\.html$/, '$1').replace(/\.html$/, '')}`)
}

/** Bytes of JavaScript, gzip-compressed as nginx sends it, that a first visit to `page` downloads before it is interactive. */
function javaScriptBytes(dist: string, page: string): number {
  const html = readFileSync(join(dist, page.endsWith('/') ? `${page}index.html` : `${page}.html`), 'utf8')
  const scripts = [...html.matchAll(/<(?:script type="module" src|link rel="modulepreload" href)="([^"]+\.js)"/g)]
  return scripts.reduce((sum, [, file]) => sum + gzipSync(readFileSync(join(dist, file!)), { level: 6 }).length, 0)
}

function serve(dist: string): Promise<{ server: Server; origin: string }> {
  const files = sirv(dist, { extensions: ['html'], gzip: false })
  const server = createServer((request, response) => files(request, response, () => void response.writeHead(404).end()))
  return new Promise((done) =>
    server.listen(0, '127.0.0.1', () =>
      done({ server, origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}` }),
    ),
  )
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!

/** Lighthouse's performance score of each page as a phone, the median of three runs, runs of both sites alternating. */
async function phoneScores(): Promise<Map<string, [number, number]>> {
  const chrome = await launch({
    chromePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    chromeFlags: ['--headless=new', ...chromiumFlags],
  })
  const servers = await Promise.all([serve(site.dist), serve(baseline.dist)])
  const scores = new Map<string, [number, number]>()
  try {
    for (const page of lighthousePages) {
      const runs: [number[], number[]] = [[], []]
      for (let run = 0; run < 3; run++) {
        for (const [index, { origin }] of servers.entries()) {
          const result = await lighthouse(origin + page, {
            port: chrome.port,
            onlyCategories: ['performance'],
            logLevel: 'error',
          })
          runs[index]!.push(Math.round((result?.lhr.categories.performance?.score ?? 0) * 100))
        }
      }
      scores.set(page, [median(runs[0]), median(runs[1])])
    }
  } finally {
    servers.forEach(({ server }) => server.close())
    chrome.kill()
  }
  return scores
}

const started = performance.now()
writeBaseline()
const buildTimes = [[], []] as [number[], number[]]
for (let round = 0; round < 3; round++) {
  buildTimes[0].push(build(site))
  buildTimes[1].push(build(baseline))
}
const rows = pages(site.dist).map((page) => {
  const [ours, plain] = [javaScriptBytes(site.dist, page), javaScriptBytes(baseline.dist, page)]
  return { page, ours, plain, ratio: ours / plain }
})
const scores = process.argv.includes('--quick') ? new Map() : await phoneScores()

const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`
const worst = Math.max(...rows.map((row) => row.ratio))
const [siteBuild, baselineBuild] = buildTimes.map(median)
const report = [
  '# Benchmarks',
  '',
  `This site against plain VitePress with the same pages and navigation (\`npm run bench\`, scripts/bench.ts; generated, do not edit by hand). ${new Date().toISOString().slice(0, 10)}, ${cpus().length} cores (${cpus()[0]?.model.trim()}), Node ${process.version}; the run took ${((performance.now() - started) / 60000).toFixed(1)} minutes.`,
  '',
  '## JavaScript a first visit downloads',
  '',
  'gzip level 6, as deploy/nginx.conf sends it: the entry script and every module it preloads. Target: at most 1.05× plain VitePress on every page.',
  '',
  '| page | site | plain VitePress | ratio |',
  '| --- | ---: | ---: | ---: |',
  ...rows.map((row) => `| ${row.page} | ${kib(row.ours)} | ${kib(row.plain)} | ${row.ratio.toFixed(3)} |`),
  '',
  `Largest ratio: ${worst.toFixed(3)} (target ≤ 1.05: ${worst <= 1.05 ? 'met' : 'MISSED'}).`,
  '',
  '## Build',
  '',
  `Median of three builds, each in a process of its own, alternating: site ${siteBuild!.toFixed(1)} s (${buildTimes[0].map((time) => time.toFixed(1)).join(', ')}), plain VitePress ${baselineBuild!.toFixed(1)} s (${buildTimes[1].map((time) => time.toFixed(1)).join(', ')}): ${(siteBuild! / baselineBuild!).toFixed(2)}×.`,
  ...(scores.size
    ? [
        '',
        '## Lighthouse performance as a phone',
        '',
        "Lighthouse's default mobile emulation, the median of three runs per page, both sites served by the same local server.",
        '',
        '| page | site | plain VitePress |',
        '| --- | ---: | ---: |',
        ...[...scores].map(([page, [ours, plain]]) => `| ${page} | ${ours} | ${plain} |`),
      ]
    : []),
  '',
].join('\n')
console.log(report)
if (process.argv.includes('--write')) writeFileSync('BENCHMARKS.md', report)
