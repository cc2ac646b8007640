/**
 * How diagrams look: mermaid's configuration, and the finishing of a drawing into the SVG a page shows. mermaid
 * derives colours from its theme variables with a colour library, so they cannot be CSS custom properties: each
 * variable gets a sentinel colour, `rgb(10, 0, n)`, and once drawn every sentinel becomes the custom property of its
 * role (theme/styles/diagrams.css), so one SVG serves light and dark mode. A colour that is no sentinel fails.
 */

/** Each colour role, its custom property's fallback (the light mode's colour) and mermaid's variables that play it. */
const roles = {
  text: [
    '#3c3c43',
    'primaryTextColor secondaryTextColor tertiaryTextColor textColor nodeTextColor titleColor noteTextColor actorTextColor signalTextColor labelTextColor loopTextColor errorTextColor classText stateLabelColor',
  ],
  fill: ['#f6f6f7', 'primaryColor mainBkg nodeBkg actorBkg labelBoxBkgColor compositeTitleBackground'],
  'fill-alt': [
    '#ebebef',
    'activationBkgColor secondaryColor tertiaryColor clusterBkg noteBkgColor errorBkgColor altBackground compositeBackground attributeBackgroundColorEven rowEven',
  ],
  background: ['#ffffff', 'background edgeLabelBackground sequenceNumberColor attributeBackgroundColorOdd rowOdd'],
  border: [
    '#67676c',
    'primaryBorderColor secondaryBorderColor tertiaryBorderColor nodeBorder clusterBorder noteBorderColor actorBorder labelBoxBorderColor activationBorderColor border1 border2 stateBorder compositeBorder innerEndBackground',
  ],
  line: [
    '#67676c',
    'lineColor defaultLinkColor arrowheadColor signalColor actorLineColor relationColor transitionColor specialStateColor',
  ],
} as const

type Role = keyof typeof roles

const variables = Object.entries(roles).flatMap(([role, [, names]]) =>
  names.split(' ').map((name) => ({ name, role: role as Role })),
)

/** The font drawings are measured in: one of the widest sans-serif fonts, so labels also fit the reader's font. */
export const measuringFont = 'DejaVu Sans'

/** The diagram types the site draws (a fence's first word): those whose every colour has a role. */
export const supportedTypes = [
  'flowchart',
  'graph',
  'sequenceDiagram',
  'stateDiagram',
  'stateDiagram-v2',
  'classDiagram',
  'erDiagram',
]

export const mermaidConfig = {
  startOnLoad: false,
  securityLevel: 'strict',
  logLevel: 'fatal',
  theme: 'base',
  fontFamily: `"${measuringFont}", sans-serif`,
  // Labels as SVG text, not HTML in a <foreignObject>: measured, coloured and read like the rest.
  htmlLabels: false,
  flowchart: { htmlLabels: false },
  themeVariables: {
    fontFamily: `"${measuringFont}", sans-serif`,
    ...Object.fromEntries(
      variables.map(({ name }, index) => [name, `#0a00${(index + 1).toString(16).padStart(2, '0')}`]),
    ),
  },
  // mermaid draws the box behind an edge label half transparent, so the edge would run through the text.
  themeCSS: '.edgeLabel rect { opacity: 1; } .labelBkg { background-color: transparent; }',
}

const sentinelRoles = new Map(variables.map(({ role }, index) => [`rgb(10, 0, ${index + 1})`, role]))
const computedColour = /rgba?\(\s*\d+,\s*\d+,\s*\d+(?:,\s*[\d.]+)?\s*\)/g

/** The drawing as a page shows it, with its intrinsic width; throws a sentence for the writer on an unknown colour. */
export function finishSvg(drawn: string, id: string): { svg: string; width: number } {
  const unknown = new Set<string>()
  let svg = drawn.replace(
    /<([\w:-]+)(\s[^>]*?)?\sstyle="([^"]*)"/g,
    (_match, tag: string, attributes = '', style: string) => {
      const themed = style
        .replace(computedColour, (colour) => {
          // mermaid hard-codes black and white in a few markers: black draws text or lines, white is background.
          const plain =
            colour === 'rgb(255, 255, 255)'
              ? 'background'
              : colour === 'rgb(0, 0, 0)'
                ? /^t(ext|span)$/.test(tag)
                  ? 'text'
                  : 'line'
                : undefined
          const role = sentinelRoles.get(colour) ?? plain
          if (role) return `var(--diagram-${role}, ${roles[role][0]})`
          if (/,\s*0\)$/.test(colour)) return 'transparent'
          unknown.add(colour)
          return colour
        })
        .replace(
          new RegExp(`font-family:\\s*(?:"|&quot;)${measuringFont}(?:"|&quot;),\\s*sans-serif`, 'g'),
          'font-family:var(--vp-font-family-base)',
        )
      return `<${tag}${attributes} style="${themed}"`
    },
  )
  if (unknown.size) {
    throw new Error(
      `the drawing uses ${[...unknown].join(', ')}, which has no colour in dark mode: the site does not draw this kind of diagram`,
    )
  }
  const viewBox = /\sviewBox="[-\d.]+[\s,]+[-\d.]+[\s,]+([\d.]+)[\s,]+([\d.]+)"/.exec(svg)
  if (!viewBox) throw new Error('the drawing has no viewBox')
  const [width, height] = [viewBox[1], viewBox[2]].map((size) => Math.ceil(Number(size)))
  // Sequence diagrams put name="<actor>" on shapes; SVG has no such attribute and HTML validators reject it.
  svg = prefixIds(svg.replace(/(<[a-zA-Z][\w:-]*\b[^>]*?)\sname="[^"]*"/g, '$1'), id)
  svg = svg.replace(/^<svg\b[^>]*>/, (tag) => {
    const keep = (name: string) => new RegExp(`\\s${name}="[^"]*"`).exec(tag)?.[0] ?? ''
    return `<svg xmlns="http://www.w3.org/2000/svg" id="${id}" class="Diagram-svg"${keep('viewBox')} width="${width}" height="${height}" role="img"${keep('aria-labelledby')}${keep('aria-describedby')}${keep('style')}>`
  })
  return { svg, width: width! }
}

/** Renames every id that does not contain the drawing's own to `<id>-<name>`, and every reference to it. */
function prefixIds(svg: string, id: string): string {
  const renamed = new Map(
    [...svg.matchAll(/\sid="([^"]+)"/g)]
      .filter(([, name]) => !name!.includes(id))
      .map(([, name]) => [name!, `${id}-${name}`]),
  )
  const rename = (name: string) => renamed.get(name) ?? name
  return svg
    .replace(/\sid="([^"]+)"/g, (_match, name: string) => ` id="${rename(name)}"`)
    .replace(/url\(#([^)]+)\)/g, (_match, name: string) => `url(#${rename(name)})`)
    .replace(
      /\s((?:xlink:)?href)="#([^"]+)"/g,
      (_match, attribute: string, name: string) => ` ${attribute}="#${rename(name)}"`,
    )
    .replace(
      /\s(aria-(?:labelledby|describedby))="([^"]+)"/g,
      (_match, attribute: string, names: string) => ` ${attribute}="${names.split(/\s+/).map(rename).join(' ')}"`,
    )
}
