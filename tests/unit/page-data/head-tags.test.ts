import type { PageData, SiteConfig } from 'vitepress'
import { afterEach, describe, expect, it, vi } from 'vitest'

afterEach(() => {
  vi.unstubAllEnvs()
  vi.resetModules()
})

/** The head module as built for a site published at `siteUrl` under `base`. */
async function headModule(siteUrl = 'https://rose-stl-lab.github.io', base = '/') {
  vi.stubEnv('DOCS_SITE_URL', siteUrl)
  vi.stubEnv('DOCS_BASE', base)
  return import('../../../docs/.vitepress/page-data/head-tags')
}

const site = {
  title: 'RoseLab Docs',
  description: 'What behaves differently inside a RoseLab container.',
  themeConfig: {
    sidebar: {
      '/limitations/': [
        { text: 'Limitations', link: '/limitations/', items: [{ text: 'Firewall', link: '/limitations/firewall' }] },
        { text: 'Guides', items: [{ text: 'Docker in LXC', link: '/guide/docker' }] },
        { text: 'Contributing', link: '/contributing' },
      ],
    },
  },
}

function page(
  relativePath: string,
  title: string,
  description = '',
  frontmatter: Record<string, unknown> = {},
): PageData {
  return { relativePath, filePath: relativePath, title, description, headers: [], frontmatter }
}

const firewall = page('limitations/firewall.md', 'Firewall', 'Services on localhost are still reachable from outside.')

describe('previewHeadTags', () => {
  it('gives a topic page its canonical URL, Open Graph and Twitter card tags, all absolute', async () => {
    const { pagePreview, previewHeadTags } = await headModule()
    expect(previewHeadTags(pagePreview(firewall, site))).toEqual([
      ['link', { rel: 'canonical', href: 'https://rose-stl-lab.github.io/limitations/firewall' }],
      ['meta', { property: 'og:type', content: 'article' }],
      ['meta', { property: 'og:site_name', content: 'RoseLab Docs' }],
      ['meta', { property: 'og:title', content: 'Firewall' }],
      ['meta', { property: 'og:description', content: 'Services on localhost are still reachable from outside.' }],
      ['meta', { property: 'og:url', content: 'https://rose-stl-lab.github.io/limitations/firewall' }],
      ['meta', { property: 'og:image', content: 'https://rose-stl-lab.github.io/og/limitations-firewall.png' }],
      ['meta', { property: 'og:image:type', content: 'image/png' }],
      ['meta', { property: 'og:image:width', content: '1200' }],
      ['meta', { property: 'og:image:height', content: '630' }],
      ['meta', { property: 'og:image:alt', content: 'Firewall (Limitations), RoseLab Docs' }],
      ['meta', { name: 'twitter:card', content: 'summary_large_image' }],
      ['meta', { name: 'twitter:title', content: 'Firewall' }],
      ['meta', { name: 'twitter:description', content: 'Services on localhost are still reachable from outside.' }],
      ['meta', { name: 'twitter:image', content: 'https://rose-stl-lab.github.io/og/limitations-firewall.png' }],
      ['meta', { name: 'twitter:image:alt', content: 'Firewall (Limitations), RoseLab Docs' }],
    ])
  })

  it('puts the base path into every URL of a site served from a sub-path', async () => {
    const { pagePreview, previewHeadTags } = await headModule('https://lab.example.edu', '/docs/')
    const urls = previewHeadTags(pagePreview(page('limitations/index.md', 'Limitations'), site))
      .map(([, attributes]) => attributes.href ?? attributes.content)
      .filter((value) => value?.startsWith('http'))
    expect(urls).toEqual([
      'https://lab.example.edu/docs/limitations/',
      'https://lab.example.edu/docs/limitations/',
      'https://lab.example.edu/docs/og/limitations.png',
      'https://lab.example.edu/docs/og/limitations.png',
    ])
  })
})

describe('pagePreview', () => {
  it('takes the section from the sidebar group that lists the page', async () => {
    const { pagePreview } = await headModule()
    expect(pagePreview(firewall, site).section).toBe('Limitations')
    expect(pagePreview(page('guide/docker.md', 'Docker in LXC'), site).section).toBe('Guides')
    expect(pagePreview(page('about.md', 'About'), site).section).toBeUndefined()
  })

  it("gives no section to a group's own page or a top-level page, whose title already names it", async () => {
    const { pagePreview } = await headModule()
    expect(pagePreview(page('limitations/index.md', 'Limitations'), site).section).toBeUndefined()
    expect(pagePreview(page('contributing.md', 'Contributing'), site).section).toBeUndefined()
  })

  it('falls back to the site title and description for a page without its own', async () => {
    const { pagePreview } = await headModule()
    const preview = pagePreview(page('contributing.md', ''), site)
    expect([preview.title, preview.description]).toEqual([site.title, site.description])
  })

  it('presents the home page as the website, with its hero text on the image', async () => {
    const { pagePreview, previewHeadTags } = await headModule()
    const home = pagePreview(page('index.md', '', '', { hero: { text: 'Your container, explained' } }), site)
    expect(home).toMatchObject({ title: 'RoseLab Docs', headline: 'Your container, explained', section: undefined })
    expect(previewHeadTags(home)).toContainEqual(['meta', { property: 'og:type', content: 'website' }])
    expect(previewHeadTags(home)).toContainEqual([
      'link',
      { rel: 'canonical', href: 'https://rose-stl-lab.github.io/' },
    ])
  })
})

describe('addLinkPreviewTags', () => {
  it("appends the tags to the page's own head entries and records the preview for the image step", async () => {
    const { addLinkPreviewTags, recordedPreviews } = await headModule()
    const own = ['meta', { name: 'keywords', content: 'firewall' }]
    const page = { ...firewall, frontmatter: { head: [own] } }
    addLinkPreviewTags(page, { siteConfig: { site } as SiteConfig })
    expect(page.frontmatter.head[0]).toEqual(own)
    expect(page.frontmatter.head).toContainEqual([
      'link',
      { rel: 'canonical', href: 'https://rose-stl-lab.github.io/limitations/firewall' },
    ])
    expect(recordedPreviews().get('limitations/firewall.md')?.imagePath).toBe('og/limitations-firewall.png')
  })
})
