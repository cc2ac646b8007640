/** External links open in a new tab without giving the other site our window (`noopener`) or our URL (`noreferrer`). */

/** The rel every external link carries; `scripts/check-links.ts` fails the build output on any link without it. */
export const safeExternalRel = 'noopener noreferrer'

/** Attributes VitePress sets on external Markdown links (`markdown.externalLinks`; its default rel is `noreferrer`). */
export const externalLinkAttrs = { target: '_blank', rel: safeExternalRel }

const newTabAnchor = /<a\s[^>]*\btarget="_blank"[^>]*>/g
const relAttribute = /\srel="([^"]*)"/

/**
 * `transformHtml` hook: completes the rel of every `target="_blank"` anchor in a built page. The default theme
 * hardcodes `rel="noopener"` on social links and `rel="noreferrer"` on the edit link
 * (vitepress/dist/client/theme-default/components/VPSocialLink.vue, VPLink.vue), and hydration keeps the server's
 * attributes.
 */
export function secureExternalLinks(html: string): string {
  return html.replace(newTabAnchor, (tag) => {
    const rel = relAttribute.exec(tag)
    if (!rel) return tag.replace(/^<a\s/, `<a rel="${safeExternalRel}" `)
    const tokens = new Set(rel[1]?.split(/\s+/).filter(Boolean))
    for (const token of safeExternalRel.split(' ')) tokens.add(token)
    return tag.replace(relAttribute, ` rel="${[...tokens].join(' ')}"`)
  })
}
