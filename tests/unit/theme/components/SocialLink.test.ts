import { JSDOM } from 'jsdom'
import { describe, expect, it } from 'vitest'
import { createSSRApp, h } from 'vue'
import { renderToString } from 'vue/server-renderer'
import SocialLink from '../../../../docs/.vitepress/theme/components/SocialLink.vue'
import { safeExternalRel } from '../../../../docs/.vitepress/external-links'

type SocialLinkProps = InstanceType<typeof SocialLink>['$props']

/** Server-renders one social link as the build does; returns its anchor and the icons it reported for the build. */
async function serverRender(props: SocialLinkProps): Promise<{ anchor: HTMLAnchorElement; icons: Set<string> }> {
  const context = { vpSocialIcons: new Set<string>() }
  const html = await renderToString(createSSRApp({ render: () => h(SocialLink, props) }), context)
  const anchor = JSDOM.fragment(html).querySelector('a')
  if (!anchor) throw new Error(`no link in ${html}`)
  return { anchor, icons: context.vpSocialIcons }
}

describe('SocialLink, server-rendered', () => {
  it("links out safely, with the theme's classes and the icon name as its label", async () => {
    const { anchor } = await serverRender({ icon: 'github', link: 'https://github.com/example/docs' })
    expect(anchor.getAttribute('href')).toBe('https://github.com/example/docs')
    expect(anchor.getAttribute('target')).toBe('_blank')
    expect(anchor.getAttribute('rel')).toBe(safeExternalRel)
    expect(anchor.getAttribute('aria-label')).toBe('github')
    expect(anchor.classList.contains('VPSocialLink')).toBe(true)
    expect(anchor.querySelector(':scope > span.vpi-social-github')).not.toBeNull()
  })

  it('reports a named icon to the build, which then writes its style', async () => {
    const { icons } = await serverRender({ icon: 'github', link: 'https://github.com/example/docs' })
    expect([...icons]).toEqual(['github'])
  })

  it('shows an icon given as SVG as it is, with the label given, and reports no named icon', async () => {
    const svg = '<svg viewBox="0 0 24 24"><path d="M0 0h24v24H0z"/></svg>'
    const { anchor, icons } = await serverRender({ icon: { svg }, link: 'https://example.org/', ariaLabel: 'Lab chat' })
    expect(anchor.querySelector('svg path')?.getAttribute('d')).toBe('M0 0h24v24H0z')
    expect(anchor.getAttribute('aria-label')).toBe('Lab chat')
    expect(icons.size).toBe(0)
  })
})
