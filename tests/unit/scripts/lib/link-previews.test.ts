import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { linkPreviewProblems } from '../../../../scripts/lib/link-previews'
import { fakeDist, type FakeDist } from '../../fake-dist'

/** The first bytes of a PNG: enough for a check that reads its size. */
function pngHeader(width: number, height: number): Buffer {
  const header = Buffer.alloc(24)
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]).copy(header)
  header.write('IHDR', 12, 'latin1')
  header.writeUInt32BE(width, 16)
  header.writeUInt32BE(height, 20)
  return header
}

function previewHead(url: string, image: string, description: string): string {
  return [
    `<title>Firewall | RoseLab Docs</title>`,
    `<meta name="description" content="${description}">`,
    `<link rel="canonical" href="${url}">`,
    ...['og:type', 'og:site_name', 'og:title', 'og:description', 'og:image:alt'].map(
      (p) => `<meta property="${p}" content="x">`,
    ),
    `<meta property="og:url" content="${url}">`,
    `<meta property="og:image" content="${image}">`,
    `<meta property="og:image:width" content="1200"><meta property="og:image:height" content="630">`,
    `<meta name="twitter:card" content="summary_large_image">`,
    ...['twitter:title', 'twitter:description', 'twitter:image:alt'].map((n) => `<meta name="${n}" content="x">`),
    `<meta name="twitter:image" content="${image}">`,
  ].join('')
}

/** A page whose head holds `head`: fakeDist wraps bodies only, so the head goes in a full document here. */
async function writePage(site: FakeDist, file: string, head: string): Promise<void> {
  await writeFile(join(site.dir, file), `<!DOCTYPE html><html><head>${head}</head><body></body></html>`)
}

let site: FakeDist

afterEach(() => site.remove())

describe('linkPreviewProblems', () => {
  it('passes a site whose pages have every tag and their images, under a sub-path base', async () => {
    site = await fakeDist({ 'limitations/.keep': '', 'og/.keep': '' })
    await writePage(
      site,
      'index.html',
      previewHead('https://x.org/docs/', 'https://x.org/docs/og/index.png', 'Home page.'),
    )
    await writePage(
      site,
      'limitations/firewall.html',
      previewHead(
        'https://x.org/docs/limitations/firewall',
        'https://x.org/docs/og/limitations-firewall.png',
        'Firewall.',
      ),
    )
    await writeFile(join(site.dir, 'og/index.png'), pngHeader(1200, 630))
    await writeFile(join(site.dir, 'og/limitations-firewall.png'), pngHeader(1200, 630))
    expect(linkPreviewProblems(site.dir)).toEqual([])
  })

  it('names each page and each missing tag, relative URL, missing or wrong image, and copied description', async () => {
    site = await fakeDist({ 'og/.keep': '', 'guide/.keep': '' })
    await writePage(site, 'index.html', previewHead('https://x.org/', 'https://x.org/og/index.png', 'Same.'))
    await writeFile(join(site.dir, 'og/index.png'), pngHeader(600, 315))
    await writePage(
      site,
      'guide/docker.html',
      previewHead('/guide/docker', 'https://x.org/og/guide-docker.png', 'Same.'),
    )
    await writePage(site, 'contributing.html', '<title>Contributing</title>')
    await writePage(site, 'guide/limit.html', '<title>Moved</title><meta name="robots" content="noindex">')
    await writePage(site, '404.html', '<title>Page not found</title>')

    const problems = linkPreviewProblems(site.dir)
    expect(problems).toContain('contributing.html: no <meta property="og:image">')
    expect(problems).toContain('contributing.html: no <meta name="description">')
    expect(problems).toContain('contributing.html: twitter:card is not "summary_large_image"')
    expect(problems).toContain('guide/docker.html: canonical "/guide/docker" is not an absolute URL')
    expect(problems).toContain('guide/docker.html: og:url "/guide/docker" is not an absolute URL')
    expect(problems).toContain('index.html: has the same description as guide/docker.html; give the page its own')
    expect(problems).toContain('index.html: preview image https://x.org/og/index.png is 600×315, not 1200×630')
    expect(problems.some((problem) => problem.startsWith('guide/limit.html') || problem.startsWith('404.html'))).toBe(
      false,
    )
  })

  it('reports a preview image that is not in the build', async () => {
    site = await fakeDist({})
    await writePage(site, 'index.html', previewHead('https://x.org/', 'https://x.org/og/index.png', 'Home.'))
    expect(linkPreviewProblems(site.dir)).toEqual([
      'index.html: preview image https://x.org/og/index.png is not in the build',
    ])
  })
})
