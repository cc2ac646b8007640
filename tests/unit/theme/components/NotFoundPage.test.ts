// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest'
import { createApp, createSSRApp, h, nextTick, ref } from 'vue'
import { renderToString } from 'vue/server-renderer'
import NotFoundPage from '../../../../docs/.vitepress/theme/components/NotFoundPage.vue'

vi.mock('vitepress', () => ({
  useData: () => ({
    site: ref({ base: '/docs/', title: 'RoseLab Docs' }),
    theme: ref({
      sidebar: {
        '/limitations/': [
          {
            text: 'Limitations',
            link: '/limitations/',
            items: [
              { text: 'GPU passthrough', link: '/limitations/gpu-passthrough' },
              { text: 'Firewall', link: '/limitations/firewall' },
              { text: 'Memory limits', link: '/limitations/memory-limits' },
            ],
          },
          { text: 'Guides', items: [{ text: 'Docker in LXC', link: '/guide/docker' }] },
        ],
      },
    }),
  }),
  withBase: (path: string) => `/docs${path}`,
}))

async function mountAt(pathname: string): Promise<HTMLElement> {
  window.history.replaceState(null, '', pathname)
  const root = document.body.appendChild(document.createElement('div'))
  createApp({ render: () => h(NotFoundPage) }).mount(root)
  await nextTick()
  return root
}

describe('NotFoundPage', () => {
  it('suggests the three pages closest to a misspelled address, the closest first', async () => {
    const root = await mountAt('/docs/limitations/firewal')
    const suggestions = [...root.querySelectorAll('.NotFoundPage-suggestions a')].map((link) => [
      link.textContent,
      link.getAttribute('href'),
    ])
    expect(suggestions).toHaveLength(3)
    expect(suggestions[0]).toEqual(['Firewall', '/docs/limitations/firewall'])
  })

  it('says which address is missing and titles the page "Page not found"', async () => {
    const root = await mountAt('/docs/limitations/firewal')
    expect(root.querySelector('h1')?.textContent).toBe('Page not found')
    expect(root.querySelector('.NotFoundPage-lead code')?.textContent).toBe('/docs/limitations/firewal')
    expect(document.title).toBe('Page not found | RoseLab Docs')
  })

  it('links home and the limitations whatever the address, without touching the browser while server-rendering', async () => {
    const root = document.createElement('div')
    root.innerHTML = await renderToString(createSSRApp({ render: () => h(NotFoundPage) }))
    expect([...root.querySelectorAll('.NotFoundPage-more a')].map((link) => link.getAttribute('href'))).toEqual([
      '/docs/',
      '/docs/limitations/',
    ])
    expect(root.querySelector('.NotFoundPage-suggestions')).toBeNull()
  })
})
