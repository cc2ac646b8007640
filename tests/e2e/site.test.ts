/** The built site keeps its contract: pages at clean URLs, stable anchors, the seed's content, topic leads, a 404 page. */
import { readdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { Browser } from 'playwright-core'
import { createMarkdownRenderer } from 'vitepress'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { servers } from '../../docs/.vitepress/data/servers'
import { forbiddenInstructions } from '../../docs/.vitepress/data/forbidden-instructions'
import { formatLongDate } from '../../docs/.vitepress/shared/dates'
import { absoluteUrl } from '../../docs/.vitepress/site'
import { docsDir, loadTopics } from '../../docs/.vitepress/topics/load-topics'
import {
  buildSite,
  fetchPage,
  hydrated,
  layoutShifts,
  linksTo,
  missingIds,
  parseHtml,
  recordLayoutShifts,
  scratchProject,
  serveSite,
  sharedBrowser,
  siteDist,
  visibleText,
  type ScratchProject,
  type SiteServer,
} from './harness'

const gpuPassthrough = '/limitations/gpu-passthrough'
const nestedContainers = '/limitations/nested-containers'
const firewall = '/limitations/firewall'
const memoryLimits = '/limitations/memory-limits'
const dockerGuide = '/guide/docker'

/** URLs that links in emails and other pages rely on. */
const contractPages = [
  '/',
  '/limitations/',
  gpuPassthrough,
  nestedContainers,
  firewall,
  memoryLimits,
  dockerGuide,
  '/contributing',
]

const anchors = [
  { page: gpuPassthrough, ids: ['monitor-gpu-process', 'kill-gpu-process'] },
  {
    page: memoryLimits,
    ids: ['memory-enforcement-policy', 'monitoring-memory-usage', 'memory-quota-by-server', 'reducing-memory-usage'],
  },
]

/** Facts of the seed and of the lab's guide that readers rely on, as the static HTML must show them. */
const sourcedTexts = [
  { page: gpuPassthrough, text: "kill $(ps aux | grep '[p]ython' | awk '{print $2}')" },
  ...servers.map((server) => ({ page: memoryLimits, text: server.name })),
  { page: memoryLimits, text: '2 TB' },
  { page: memoryLimits, text: '384 GB' },
  { page: memoryLimits, text: 'MemTotal' },
  { page: memoryLimits, text: '3. Start container' },
  { page: memoryLimits, text: '2. Copy container' },
  { page: nestedContainers, text: 'fuse-overlayfs' },
  { page: gpuPassthrough, text: 'sudo /utilities/nvidia-upgrade.sh' },
  { page: gpuPassthrough, text: 'No devices were found' },
  { page: gpuPassthrough, text: 'GeForce RTX 4090' },
  { page: firewall, text: '1. Add or delete port mapping' },
  { page: dockerGuide, text: 'sudo mkdir -p /var/lib/docker/fuse-overlayfs/l' },
  { page: dockerGuide, text: 'using prior storage driver: fuse-overlayfs' },
  { page: dockerGuide, text: 'Environment=container=lxc' },
  { page: dockerGuide, text: 'sudo mv /var/lib/docker /var/lib/docker.backup' },
]

/** Pages whose facts readers follow: each ends with its sources. */
const sourcedPages = [gpuPassthrough, nestedContainers, firewall, memoryLimits, dockerGuide]

const lxcSecurityQuotation =
  "LXC upstream's position is that those containers aren't and cannot be root-safe. They are still valuable in an " +
  'environment where you are running trusted workloads or where no untrusted task is running as root in the container.'

const topics = loadTopics()

let site: SiteServer

beforeAll(async () => {
  site = await serveSite(siteDist())
})

afterAll(async () => {
  await site.close()
})

describe('the built site', () => {
  it.each(contractPages)('serves %s at its clean URL with status 200', async (path) => {
    const { status } = await fetchPage(site, path)
    expect(status).toBe(200)
  })

  it.each(anchors)('keeps the anchors of $page', async ({ page, ids }) => {
    const { document } = await fetchPage(site, page)
    expect(missingIds(document, ids)).toEqual([])
  })

  it.each(sourcedTexts)('shows "$text" on $page in the static HTML', async ({ page, text }) => {
    const { document } = await fetchPage(site, page)
    expect(visibleText(document.querySelector('main'))).toContain(text)
  })

  it.each(sourcedPages)('ends %s with a Sources section of https: links', async (path) => {
    const { document } = await fetchPage(site, path)
    const heading = document.querySelector('main h2#sources')
    expect(heading, 'an h2#sources').not.toBeNull()
    const list = heading?.nextElementSibling?.nextElementSibling
    const links = [...(list?.querySelectorAll('a') ?? [])].map((link) => link.getAttribute('href') ?? '')
    expect(links.length).toBeGreaterThan(0)
    for (const href of links) expect(href).toMatch(/^https:\/\/[^/]+\//)
    expect(document.querySelectorAll('main h2')[document.querySelectorAll('main h2').length - 1]).toBe(heading)
  })

  it.each(contractPages)('shows no instruction the lab forbids in the code blocks of %s', async (path) => {
    const { document } = await fetchPage(site, path)
    const code = [...document.querySelectorAll('main pre')].map((block) => block.textContent ?? '')
    for (const instruction of forbiddenInstructions) {
      expect(code.filter((text) => instruction.pattern.test(text))).toEqual([])
    }
  })

  it.each(contractPages.filter((path) => path !== '/'))(
    'links %s to a new issue that names the page, in its static HTML',
    async (path) => {
      const { document } = await fetchPage(site, path)
      const link = document.querySelector<HTMLAnchorElement>('.ReportFactLink a')
      expect(link, 'the report link').not.toBeNull()
      const url = new URL(link!.href)
      expect(`${url.origin}${url.pathname}`).toBe('https://github.com/Rose-STL-Lab/roselab-docs/issues/new')
      expect(url.searchParams.get('body')).toContain(path)
    },
  )

  it('links the PROXY protocol specification from the firewall page', async () => {
    const { document } = await fetchPage(site, firewall)
    const link = document.querySelector('main a[href="http://www.haproxy.org/download/1.9/doc/proxy-protocol.txt"]')
    expect(link).not.toBeNull()
  })

  it("quotes LXC's security position on the nested-containers page, with its source", async () => {
    const { document } = await fetchPage(site, nestedContainers)
    const quotations = [...document.querySelectorAll('main blockquote')]
    const quotation = quotations.find((element) => straightQuotes(visibleText(element)).includes(lxcSecurityQuotation))
    expect(quotation, 'a blockquote with the LXC security quotation').toBeDefined()
    expect(quotation?.querySelector('a[href^="https://linuxcontainers.org/lxc/security"]')).not.toBeNull()
  })

  it.each(topics)('shows the "in short" lead and the verified date of $page', async (topic) => {
    const { document } = await fetchPage(site, `/${topic.page}`)
    const main = document.querySelector('main')
    expect(visibleText(main)).toContain(await plainText(topic.description))
    expect(main?.querySelector(`time[datetime="${topic.verified}"]`)).not.toBeNull()
  })
})

describe('the page footer', () => {
  it.each(topics)('shows when $page was last updated in its static HTML, no script needed', async (topic) => {
    const { document } = await fetchPage(site, `/${topic.page}`)
    const time = document.querySelector('.VPDocFooter .LastUpdated time')
    expect(visibleText(time?.parentElement)).toMatch(/^Page last updated: /)
    const datetime = time?.getAttribute('datetime') ?? ''
    expect(Number.isNaN(Date.parse(datetime)), `datetime="${datetime}"`).toBe(false)
    expect(visibleText(time)).toBe(formatLongDate(new Date(datetime)))
  })
})

describe('the built site in Chromium', () => {
  let browser: Browser

  beforeAll(async () => {
    browser = await sharedBrowser()
  })

  afterAll(async () => {
    await browser.close()
  })

  it("answers an unknown URL with status 404 and the site's own not-found page", async () => {
    const page = await browser.newPage()
    const response = await page.goto(site.url('/no-such-page'), { waitUntil: 'networkidle' })
    expect(response?.status()).toBe(404)
    const content = page.locator('.VPContent')
    await content.waitFor()
    expect(await content.textContent()).not.toContain("But if you don't change your direction")
    expect(await content.locator('a[href$="/limitations/"]').count()).toBeGreaterThan(0)
    await page.close()
  })

  it('names the section the reader came from in the report link, once clicked', async () => {
    const page = await browser.newPage()
    await page.goto(site.url(`${memoryLimits}#after-a-kill`), { waitUntil: 'networkidle' })
    await hydrated(page)
    // The link opens GitHub in a new tab; record where it would go instead of going there.
    await page.evaluate(() => {
      document.addEventListener('click', (event) => {
        const link = (event.target as Element).closest('a')
        if (!link?.closest('.ReportFactLink')) return
        event.preventDefault()
        document.body.dataset.reportHref = link.href
      })
    })
    await page.locator('.ReportFactLink a').click()
    const href = await page.evaluate(() => document.body.dataset.reportHref ?? '')
    await page.close()
    const body = new URL(href).searchParams.get('body') ?? ''
    expect(body).toContain(`Section: After your container was killed (${absoluteUrl(`${memoryLimits}#after-a-kill`)})`)
    expect(body).toContain(`Page: Memory limits (${absoluteUrl(memoryLimits)})`)
  })

  it.each(contractPages)('opens %s on a desktop screen without anything moving', async (path) => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } })
    await recordLayoutShifts(page)
    await page.goto(site.url(path), { waitUntil: 'networkidle' })
    await hydrated(page)
    await page.waitForTimeout(1000)
    expect(await layoutShifts(page)).toEqual([])
    await page.close()
  })

  // The outline comes before the text in the HTML: a page parsed halfway shows it without the text column.
  it.each([1280, 1440, 1920])(
    'shows the outline column at %i px in the same place before the text column has arrived',
    async (width) => {
      const page = await browser.newPage({ viewport: { width, height: 900 } })
      await page.goto(site.url(firewall), { waitUntil: 'networkidle' })
      const outlineLeft = () =>
        page.evaluate<number>(`document.querySelector('.VPDoc > .container > .aside').getBoundingClientRect().x`)
      const complete = await outlineLeft()
      await page.evaluate(`document.querySelector('.VPDoc > .container > .content').remove()`)
      const withoutText = await outlineLeft()
      await page.close()
      expect(complete).toBeGreaterThan(width / 2)
      expect(withoutText).toBe(complete)
    },
  )

  // The theme comes without VitePress's Inter (styles/vars.css): a web font would be the largest download of a page.
  it.each(['/', '/limitations/', dockerGuide])(
    'draws %s in the system font, with no font declared or downloaded',
    async (path) => {
      const page = await browser.newPage()
      const fontRequests: string[] = []
      page.on('request', (request) => {
        if (request.resourceType() === 'font' || /\.woff2?(\?|$)/.test(request.url())) fontRequests.push(request.url())
      })
      await page.goto(site.url(path), { waitUntil: 'networkidle' })
      const declaredFonts = await page.evaluate(() => [...document.fonts].map((font) => font.family))
      const preloadedFonts = await page.locator('link[rel~="preload"][as="font"]').count()
      await page.close()
      expect(fontRequests).toEqual([])
      expect(declaredFonts).toEqual([])
      expect(preloadedFonts).toBe(0)
    },
  )
})

describe('a topic page dropped into docs/limitations/, and a server added to the data', () => {
  const extraTopic = {
    name: 'zz-extra-topic',
    title: 'Harness extra topic',
    description: 'A temporary topic that the site test adds to prove that new pages need no other edit.',
    uniqueWord: 'quokkaharnessword',
  }
  const addedServer = `roselab${servers.length + 1}`
  let project: ScratchProject
  let extraDist: string
  let extraSite: SiteServer

  beforeAll(async () => {
    project = await scratchProject()
    await writeFile(
      join(project.docs, 'limitations', `${extraTopic.name}.md`),
      [
        '---',
        `description: ${extraTopic.description}`,
        'verified: 2026-01-01',
        'order: 999',
        'sources: [https://example.org/extra-topic-source]',
        '---',
        '',
        `# ${extraTopic.title}`,
        '',
        `Nothing else on the site uses the word ${extraTopic.uniqueWord}.`,
        '',
      ].join('\n'),
    )
    const serversFile = join(project.docs, '.vitepress', 'data', 'servers.ts')
    const data = await readFile(serversFile, 'utf8')
    const lastRow = /^ {2}\{ name: '[^']+'.*\},\n(?=\] satisfies)/m
    expect(data, 'servers.ts ends its list with one row per line').toMatch(lastRow)
    await writeFile(
      serversFile,
      data.replace(lastRow, (row) => `${row}  { name: '${addedServer}', totalRamGB: 768, quotaMultiplier: 1 },\n`),
    )
    extraDist = join(project.root, 'dist')
    await buildSite(project.docs, extraDist)
    extraSite = await serveSite(extraDist)
  })

  afterAll(async () => {
    await extraSite?.close()
    await project?.remove()
  })

  it('is listed in the limitations overview with its title and lead', async () => {
    const { document } = await fetchPage(extraSite, '/limitations/')
    const main = document.querySelector('main')
    expect(main).not.toBeNull()
    const links = linksTo(main!, extraSite.url('/limitations/'), `/limitations/${extraTopic.name}`)
    expect(links.map((link) => visibleText(link))).toContain(extraTopic.title)
    expect(visibleText(main)).toContain(extraTopic.description)
  })

  it('has its card on the home page, with its lead and a link to it', async () => {
    const { document } = await fetchPage(extraSite, '/')
    const cards = [...document.querySelectorAll('.VPFeature')]
    const card = cards.find((element) => visibleText(element).includes(extraTopic.title))
    expect(card, 'a home page card for the new topic').toBeDefined()
    expect(visibleText(card!)).toContain(extraTopic.description)
    expect(linksTo(card!.parentElement!, extraSite.url('/'), `/limitations/${extraTopic.name}`)).toHaveLength(1)
    expect(cards).toHaveLength(topics.length + 1)
  })

  it('is linked from the sidebar of another topic page', async () => {
    const otherTopic = topics[0]
    expect(otherTopic, 'at least one topic page in docs/limitations/').toBeDefined()
    const { document } = await fetchPage(extraSite, `/${otherTopic!.page}`)
    const sidebar = document.querySelector('.VPSidebar')
    expect(sidebar).not.toBeNull()
    expect(linksTo(sidebar!, extraSite.url(`/${otherTopic!.page}`), `/limitations/${extraTopic.name}`)).toHaveLength(1)
  })

  it('names the added server wherever the home page names the servers, with no edit to a page', async () => {
    const { document } = await fetchPage(extraSite, '/')
    const range = `roselab1 to ${addedServer}`
    expect(visibleText(document.querySelector('.VPHero'))).toContain(range)
    expect(document.querySelector('meta[name="description"]')?.getAttribute('content')).toContain(range)
    const memory = (await fetchPage(extraSite, memoryLimits)).document
    expect(visibleText(memory.querySelector('.ServerQuotaTable caption'))).toBe(
      `Memory quota per container on ${range}`,
    )
  })

  it('is in the local search index', async () => {
    const chunks = join(extraDist, 'assets', 'chunks')
    const indexFile = (await readdir(chunks)).find((name) => /^@localSearchIndexroot\..+\.js$/.test(name))
    expect(indexFile, 'the local search index chunk').toBeDefined()
    expect(await readFile(join(chunks, indexFile!), 'utf8')).toContain(extraTopic.uniqueWord)
  })
})

/** What a reader sees of an inline-Markdown string once the site renders it. */
async function plainText(markdown: string): Promise<string> {
  const md = await createMarkdownRenderer(docsDir)
  return visibleText(parseHtml(`<p>${md.renderInline(markdown)}</p>`).body)
}

function straightQuotes(text: string): string {
  return text.replace(/[\u2018\u2019]/g, "'").replace(/[\u201c\u201d]/g, '"')
}
