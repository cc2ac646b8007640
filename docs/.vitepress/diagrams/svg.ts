/**
 * Turns a drawing as the page made it (draw-in-page.ts) into the SVG a page shows: colours become the custom
 * properties of their roles (so one SVG serves light and dark mode), the font becomes the site's, the SVG gets its
 * intrinsic size and one accessible name and description, and every id in it contains the drawing's own.
 */
import { colourRoles, measuringFont, sentinelRoles, type ColourRole } from './config'

export interface FinishedSvg {
  svg: string
  /** Intrinsic size in CSS pixels, from the viewBox. */
  width: number
  height: number
}

/** Colours as the browser computes them into style attributes. */
const colourValue = /rgba?\(\s*\d+,\s*\d+,\s*\d+(?:,\s*[\d.]+)?\s*\)/g

/** The finished SVG; throws with a sentence for the author when a colour has no role. */
export function finishSvg(drawn: string, id: string): FinishedSvg {
  const unmapped = new Set<string>()
  let svg = drawn.replace(
    /<([\w:-]+)(\s[^>]*?)?\sstyle="([^"]*)"/g,
    (_match, tag: string, attributes = '', style: string) => {
      const themed = style
        .replace(colourValue, (colour) => {
          const role = sentinelRoles.get(colour) ?? plainColourRole(colour, tag)
          if (role) return `var(${colourRoles[role].property}, ${colourRoles[role].light})`
          if (/^rgba\(.*,\s*0\)$/.test(colour)) return 'transparent'
          unmapped.add(colour)
          return colour
        })
        .replace(
          // Attribute values come HTML-escaped from the page: `&quot;DejaVu Sans&quot;`.
          new RegExp(`font-family:\\s*(?:"|&quot;)${measuringFont}(?:"|&quot;),\\s*sans-serif`, 'g'),
          'font-family:var(--vp-font-family-base, sans-serif)',
        )
      return `<${tag}${attributes} style="${themed}"`
    },
  )
  if (unmapped.size) {
    throw new Error(
      `the drawing uses ${[...unmapped].join(', ')}, which the site's light and dark colours do not cover: ` +
        'this kind of diagram is not supported',
    )
  }

  const viewBox = /<svg\b[^>]*\sviewBox="([-\d.]+)[\s,]+([-\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)"/.exec(svg)
  if (!viewBox) throw new Error('the drawing has no viewBox')
  const width = Math.ceil(Number(viewBox[3]))
  const height = Math.ceil(Number(viewBox[4]))

  // Mermaid's sequence diagrams put name="<actor>" on the actors' <rect> and <line>; SVG has no `name` attribute,
  // and the HTML validator rejects it.
  svg = svg.replace(/(<[a-zA-Z][\w:-]*\b[^>]*?)\sname="[^"]*"/g, '$1')
  svg = prefixIds(svg, id)
  svg = svg.replace(/^<svg\b[^>]*>/, (tag) => {
    const labelledBy = /\saria-labelledby="([^"]*)"/.exec(tag)?.[1]
    const describedBy = /\saria-describedby="([^"]*)"/.exec(tag)?.[1]
    const viewBoxAttribute = /\sviewBox="[^"]*"/.exec(tag)![0]
    const style = /\sstyle="[^"]*"/.exec(tag)?.[0] ?? ''
    return (
      `<svg xmlns="http://www.w3.org/2000/svg" id="${id}" class="Diagram-svg"${viewBoxAttribute} ` +
      `width="${width}" height="${height}" role="img"` +
      (labelledBy ? ` aria-labelledby="${labelledBy}"` : '') +
      (describedBy ? ` aria-describedby="${describedBy}"` : '') +
      `${style}>`
    )
  })
  return { svg, width, height }
}

/**
 * The role of black or white, which mermaid hard-codes in a few markers (the cross of a sequence diagram's `-x`
 * arrow, the circles of an ER diagram's zero-or-more ends): black draws text or lines, white fills in background.
 */
function plainColourRole(colour: string, tag: string): ColourRole | undefined {
  if (colour === 'rgb(0, 0, 0)') return tag === 'text' || tag === 'tspan' ? 'text' : 'line'
  if (colour === 'rgb(255, 255, 255)') return 'background'
  return undefined
}

/** Renames every id that does not contain the drawing's `id` (mermaid's own contain it) to `<id>-<name>`, and the references to it. */
function prefixIds(svg: string, id: string): string {
  const renamed = new Map<string, string>()
  for (const [, name] of svg.matchAll(/\sid="([^"]+)"/g)) {
    if (!name!.includes(id)) renamed.set(name!, `${id}-${name}`)
  }
  if (!renamed.size) return svg
  const rename = (name: string) => renamed.get(name) ?? name
  return svg
    .replace(/\sid="([^"]+)"/g, (_match, name: string) => ` id="${rename(name)}"`)
    .replace(/url\(#([^)]+)\)/g, (_match, name: string) => `url(#${rename(name)})`)
    .replace(
      /\s((?:xlink:)?href)="#([^"]+)"/g,
      (_match, attribute: string, name: string) => ` ${attribute}="#${rename(name)}"`,
    )
    .replace(/\s(aria-(?:labelledby|describedby))="([^"]+)"/g, (_match, attribute: string, names: string) => {
      return ` ${attribute}="${names.split(/\s+/).map(rename).join(' ')}"`
    })
}
