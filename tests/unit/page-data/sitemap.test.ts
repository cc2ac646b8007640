import { afterEach, describe, expect, it, vi } from 'vitest'

afterEach(() => {
  vi.unstubAllEnvs()
  vi.resetModules()
})

async function loadWith(env: Record<string, string>) {
  for (const [name, value] of Object.entries(env)) vi.stubEnv(name, value)
  return {
    ...(await import('../../../docs/.vitepress/page-data/sitemap')),
    ...(await import('../../../docs/.vitepress/after-build/robots-txt')),
  }
}

describe('sitemap and robots.txt', () => {
  it('resolves sitemap URLs against the site address, base included', async () => {
    const { sitemap } = await loadWith({ DOCS_SITE_URL: 'https://lab.example.edu', DOCS_BASE: '/docs/' })
    expect(sitemap.hostname).toBe('https://lab.example.edu/docs/')
    expect(new URL('limitations/firewall', sitemap.hostname).href).toBe(
      'https://lab.example.edu/docs/limitations/firewall',
    )
  })

  it('names the sitemap in robots.txt by its absolute URL', async () => {
    const { robotsTxt } = await loadWith({ DOCS_SITE_URL: 'https://lab.example.edu', DOCS_BASE: '/docs/' })
    expect(robotsTxt()).toBe('User-agent: *\nAllow: /\n\nSitemap: https://lab.example.edu/docs/sitemap.xml\n')
  })
})
