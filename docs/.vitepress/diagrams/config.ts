/**
 * How the site draws mermaid diagrams at build time: mermaid's configuration, the colour roles of the drawing, the
 * diagram types it supports, and the key that tells a drawing in the cache from a stale one.
 *
 * Mermaid derives colours from its theme variables with a colour library, so the variables cannot be CSS custom
 * properties. Each variable gets a unique sentinel colour instead, `rgb(10, 0, n)`; once drawn, every sentinel is
 * replaced by the custom property of its role (svg.ts), and a colour that is no sentinel fails the build.
 */
import { createHash } from 'node:crypto'
import { createRequire } from 'node:module'

const require = createRequire(import.meta.url)

export const mermaidVersion = (require('mermaid/package.json') as { version: string }).version

/** mermaid's browser bundle, loaded into the page that draws. */
export const mermaidBundle = require.resolve('mermaid/dist/mermaid.min.js')

/** What a colour does in a drawing; each is a custom property of theme/styles/diagrams.css. */
export const colourRoles = {
  text: { property: '--diagram-text', light: '#3c3c43' },
  fill: { property: '--diagram-fill', light: '#f6f6f7' },
  'fill-alt': { property: '--diagram-fill-alt', light: '#ebebef' },
  background: { property: '--diagram-background', light: '#ffffff' },
  border: { property: '--diagram-border', light: '#67676c' },
  line: { property: '--diagram-line', light: '#67676c' },
} as const

export type ColourRole = keyof typeof colourRoles

/** mermaid's theme variables, each with the role it plays. */
const themeVariableRoles: Record<string, ColourRole> = {
  background: 'background',
  primaryColor: 'fill',
  mainBkg: 'fill',
  nodeBkg: 'fill',
  actorBkg: 'fill',
  labelBoxBkgColor: 'fill',
  activationBkgColor: 'fill-alt',
  secondaryColor: 'fill-alt',
  tertiaryColor: 'fill-alt',
  clusterBkg: 'fill-alt',
  noteBkgColor: 'fill-alt',
  errorBkgColor: 'fill-alt',
  altBackground: 'fill-alt',
  edgeLabelBackground: 'background',
  sequenceNumberColor: 'background',
  primaryTextColor: 'text',
  secondaryTextColor: 'text',
  tertiaryTextColor: 'text',
  textColor: 'text',
  nodeTextColor: 'text',
  titleColor: 'text',
  noteTextColor: 'text',
  actorTextColor: 'text',
  signalTextColor: 'text',
  labelTextColor: 'text',
  loopTextColor: 'text',
  errorTextColor: 'text',
  classText: 'text',
  primaryBorderColor: 'border',
  secondaryBorderColor: 'border',
  tertiaryBorderColor: 'border',
  nodeBorder: 'border',
  clusterBorder: 'border',
  noteBorderColor: 'border',
  actorBorder: 'border',
  labelBoxBorderColor: 'border',
  activationBorderColor: 'border',
  border1: 'border',
  border2: 'border',
  lineColor: 'line',
  defaultLinkColor: 'line',
  arrowheadColor: 'line',
  signalColor: 'line',
  actorLineColor: 'line',
  relationColor: 'line',
  transitionColor: 'line',
  stateBorder: 'border',
  stateLabelColor: 'text',
  compositeBackground: 'fill-alt',
  compositeTitleBackground: 'fill',
  compositeBorder: 'border',
  innerEndBackground: 'border',
  specialStateColor: 'line',
  attributeBackgroundColorOdd: 'background',
  attributeBackgroundColorEven: 'fill-alt',
  rowOdd: 'background',
  rowEven: 'fill-alt',
}

/** The sentinel of the n-th theme variable: `#0a00nn` (`rgb(10, 0, n)` once the browser has computed it). */
function sentinel(index: number): string {
  return `#0a00${(index + 1).toString(16).padStart(2, '0')}`
}

const themeVariableNames = Object.keys(themeVariableRoles)

/** Each sentinel, as the browser computes it, and the role of its theme variable. */
export const sentinelRoles: ReadonlyMap<string, ColourRole> = new Map(
  themeVariableNames.map((name, index) => [`rgb(10, 0, ${index + 1})`, themeVariableRoles[name]!]),
)

/**
 * The font the drawing is measured in: DejaVu Sans, one of the widest common sans-serif fonts, so that a label's box
 * also fits it in the narrower system font a reader's page shows it in (svg.ts writes that font into the drawing).
 */
export const measuringFont = 'DejaVu Sans'

/** The diagram types the site draws, as a fence's first word: those whose every colour maps to a role. */
export const supportedDiagramTypes = [
  'flowchart',
  'graph',
  'sequenceDiagram',
  'stateDiagram',
  'stateDiagram-v2',
  'classDiagram',
  'erDiagram',
] as const

/** mermaid's configuration for every drawing. */
export const mermaidConfig = {
  startOnLoad: false,
  securityLevel: 'strict',
  logLevel: 'fatal',
  theme: 'base',
  darkMode: false,
  fontFamily: `"${measuringFont}", sans-serif`,
  // Labels as SVG text, not HTML inside <foreignObject>: they are measured, themed and read like the rest.
  htmlLabels: false,
  flowchart: { htmlLabels: false },
  themeVariables: {
    darkMode: false,
    fontFamily: `"${measuringFont}", sans-serif`,
    ...Object.fromEntries(themeVariableNames.map((name, index) => [name, sentinel(index)])),
  },
  // mermaid draws the box behind an edge label half transparent, so the edge would run through the text.
  themeCSS: '.edgeLabel rect { opacity: 1; } .labelBkg { background-color: transparent; }',
} as const

/**
 * Bump when the code that draws in the page (draw-in-page.ts) changes what it writes: the drawings in the cache
 * were made by the old code.
 */
const drawingCodeVersion = 1

/** Tells drawings apart: the same source drawn by the same mermaid, configuration and page code has the same key. */
export function drawingKey(source: string): string {
  const renderer = JSON.stringify({ mermaidVersion, mermaidConfig, drawingCodeVersion })
  return createHash('sha256').update(renderer).update('\0').update(source).digest('hex').slice(0, 20)
}

/** The id of a drawing's SVG: the same in every build, and unique on a page. */
export function drawingId(source: string): string {
  return `diagram-${drawingKey(source).slice(0, 10)}`
}
