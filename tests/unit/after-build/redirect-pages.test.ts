import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { JSDOM } from 'jsdom'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  describeTarget,
  redirectScript,
  redirectScriptName,
  renderRedirectPage,
  writeRedirectPages,
  type RedirectPageOptions,
} from '../../../docs/.vitepress/after-build/redirect-pages'
import type { MovedPage } from '../../../docs/.vitepress/data/redirects'
import { fakeDist, type FakeDist } from '../fake-dist'

const options: RedirectPageOptions = {
  base: '/docs/',
  siteTitle: 'RoseLab Docs',
  canonical: 'https://example.org/docs/limitations/',
  oldPath: '/guide/limit',
  links: [
    { href: '/docs/limitations/', text: 'Limitations' },
    {
      href: '/docs/limitations/gpu-passthrough#kill-gpu-process',
      text: 'GPU passthrough: Kill',
      oldAnchor: 'kill-gpu-process',
    },
    { href: '/docs/limitations/nested-containers', text: 'Nested <containers>', oldAnchor: 'nested-container' },
  ],
}

/** Runs the redirect script on the page as a browser at `url` would; resolves with where it sent the reader. */
function followRedirect(html: string, url: string): string | undefined {
  const { window } = new JSDOM(html, { url })
  let destination: string | undefined
  const location = { hash: window.location.hash, replace: (to: string) => (destination = to) }
  new Function('location', 'document', redirectScript)(location, window.document)
  return destination
}

describe('renderRedirectPage', () => {
  const html = renderRedirectPage(options)
  const document = new JSDOM(html).window.document

  it('lists every new page and section as a plain link, for readers without JavaScript', () => {
    expect(
      [...document.querySelectorAll('main a')].map((link) => [link.getAttribute('href'), link.textContent]),
    ).toEqual([
      ['/docs/limitations/', 'Limitations'],
      ['/docs/limitations/gpu-passthrough#kill-gpu-process', 'GPU passthrough: Kill'],
      ['/docs/limitations/nested-containers', 'Nested <containers>'],
    ])
  })

  it('refreshes to the best page when scripts do not run, and only then', () => {
    expect(html).toContain('<noscript><meta http-equiv="refresh" content="0; url=/docs/limitations/"></noscript>')
  })

  it('loads its script from a file under the base (no inline script for the security policy to allow)', () => {
    expect(
      [...document.querySelectorAll('script')].map((script) => [script.getAttribute('src'), script.textContent]),
    ).toEqual([[`/docs/${redirectScriptName}`, '']])
  })

  it('points search engines at the new page and keeps itself out of their index', () => {
    expect(document.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe(
      'https://example.org/docs/limitations/',
    )
    expect(document.querySelector('meta[name="robots"]')?.getAttribute('content')).toBe('noindex')
  })

  it('escapes link text', () => {
    expect(html).toContain('Nested &#60;containers&#62;')
  })
})

describe('the redirect script', () => {
  const html = renderRedirectPage(options)

  it.each([
    ['#kill-gpu-process', 'https://example.org/docs/limitations/gpu-passthrough#kill-gpu-process'],
    ['#nested-container', 'https://example.org/docs/limitations/nested-containers'],
    ['', 'https://example.org/docs/limitations/'],
    ['#no-such-anchor', 'https://example.org/docs/limitations/'],
    ['#%E0%A4%A', 'https://example.org/docs/limitations/'],
  ])('sends /guide/limit%s to %s', (hash, destination) => {
    expect(followRedirect(html, `https://example.org/docs/guide/limit${hash}`)).toBe(destination)
  })
})

describe('writeRedirectPages', () => {
  let site: FakeDist
  const pages: MovedPage[] = [
    {
      from: '/guide/limit',
      to: '/limitations/',
      anchors: { 'kill-gpu-process': '/limitations/gpu-passthrough#kill-gpu-process' },
    },
  ]

  beforeAll(async () => {
    site = await fakeDist({
      'limitations/index.html':
        '<div class="vp-doc"><h1 id="limitations">Limitations <a class="header-anchor" href="#limitations">\u200b</a></h1></div>',
      'limitations/gpu-passthrough.html':
        '<div class="vp-doc"><h1 id="gpu">GPU passthrough</h1><h2 id="kill-gpu-process">Kill GPU processes <span class="ignore-header"><button aria-label="Copy link">x</button></span><a class="header-anchor" href="#kill-gpu-process">\u200b</a></h2></div>',
    })
  })

  afterAll(() => site.remove())

  it('writes the old page as <path>.html, linking each section by the title the build gave it', async () => {
    await writeRedirectPages({ outDir: site.dir, site: { base: '/docs/', title: 'RoseLab Docs' } }, pages)
    const html = await readFile(join(site.dir, 'guide/limit.html'), 'utf8')
    const document = new JSDOM(html).window.document
    expect(
      [...document.querySelectorAll('main a')].map((link) => [link.getAttribute('href'), link.textContent]),
    ).toEqual([
      ['/docs/limitations/', 'Limitations'],
      ['/docs/limitations/gpu-passthrough#kill-gpu-process', 'GPU passthrough: Kill GPU processes'],
    ])
    expect(await readFile(join(site.dir, redirectScriptName), 'utf8')).toBe(redirectScript)
  })

  it('fails the build, naming the old address, when a target is missing from the build', async () => {
    const broken: MovedPage[] = [
      { from: '/guide/limit', to: '/limitations/', anchors: { firewall: '/limitations/firewall' } },
    ]
    await expect(writeRedirectPages({ outDir: site.dir, site: { base: '/', title: 'T' } }, broken)).rejects.toThrow(
      /redirects\.ts: "\/guide\/limit#firewall" goes to "\/limitations\/firewall": no page at \/limitations\/firewall in the build/,
    )
  })

  it('fails the build when a target section is missing', () => {
    expect(() => describeTarget(site.dir, '/limitations/gpu-passthrough#monitor-gpu-process')).toThrow(
      'no element with id "monitor-gpu-process" on the page at /limitations/gpu-passthrough',
    )
  })
})
