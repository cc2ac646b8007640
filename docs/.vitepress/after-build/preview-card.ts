/**
 * The site's link-preview card as SVG (1200×630): the page title and its section on the brand colours, the way a
 * pasted link shows it in chat and email. Pure, so the layout (escaping, wrapping) is tested without rendering.
 */

export const cardSize = { width: 1200, height: 630 } as const

export interface CardText {
  title: string
  /** The sidebar group the page belongs to, e.g. "Limitations"; none for the home page. */
  section?: string
  siteTitle: string
  /** Address shown at the bottom, without `https://`. */
  address: string
}

/** Escapes text for SVG character data and attribute values. */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&${{ '&': 'amp', '<': 'lt', '>': 'gt', '"': 'quot', "'": 'apos' }[char]};`)
}

// Advance widths of Inter Bold, in em, grouped coarsely: enough to wrap a title without a font engine.
const narrow = new Set([...`ijlI!|.,:;'"()[]{}/\\ `])
const semiNarrow = new Set([...'frtJ-1'])
const wide = new Set([...'mwMW@%'])

/** Approximate rendered width of `text` in em of the card's title font. */
export function textWidthEm(text: string): number {
  let width = 0
  for (const char of text) {
    if (narrow.has(char)) width += 0.3
    else if (semiNarrow.has(char)) width += 0.45
    else if (wide.has(char)) width += 0.92
    else if (/[A-Z0-9]/.test(char)) width += 0.7
    else width += 0.6
  }
  return width
}

/**
 * Breaks `text` into at most `maxLines` lines no wider than `maxWidthEm`, at spaces where it can and inside a word
 * only when the word alone is too wide. Text that does not fit ends with an ellipsis.
 */
export function wrapText(text: string, maxWidthEm: number, maxLines: number): string[] {
  const words = text
    .trim()
    .split(/\s+/)
    .filter(Boolean)
    .flatMap((word) => splitLongWord(word, maxWidthEm))
  const lines: string[] = []
  for (const word of words) {
    const last = lines.at(-1)
    if (last !== undefined && textWidthEm(`${last} ${word}`) <= maxWidthEm) lines[lines.length - 1] = `${last} ${word}`
    else lines.push(word)
  }
  if (lines.length <= maxLines) return lines
  const kept = lines.slice(0, maxLines)
  let lastLine = kept[maxLines - 1]!
  while (lastLine.length > 1 && textWidthEm(`${lastLine}…`) > maxWidthEm) lastLine = lastLine.slice(0, -1).trimEnd()
  kept[maxLines - 1] = `${lastLine}…`
  return kept
}

function splitLongWord(word: string, maxWidthEm: number): string[] {
  const pieces: string[] = []
  let piece = ''
  for (const char of word) {
    if (piece && textWidthEm(piece + char) > maxWidthEm) {
      pieces.push(piece)
      piece = ''
    }
    piece += char
  }
  return piece ? [...pieces, piece] : pieces
}

const titleBox = { x: 80, maxWidth: 1040 }

/** The title in as few lines as fit: two lines of large type, else three of smaller type. */
export function titleLayout(title: string): { fontSize: number; lines: string[] } {
  const large = 76
  const twoLines = wrapText(title, titleBox.maxWidth / large, 2)
  if (!twoLines.at(-1)?.endsWith('…')) return { fontSize: large, lines: twoLines }
  const small = 60
  return { fontSize: small, lines: wrapText(title, titleBox.maxWidth / small, 3) }
}

/** The card's SVG; `logoDataUrl` is the site logo as a `data:` URL. */
export function renderCardSvg(card: CardText, logoDataUrl: string): string {
  const { width, height } = cardSize
  const { fontSize, lines } = titleLayout(card.title)
  const lineHeight = Math.round(fontSize * 1.15)
  const titleBottom = 470
  const firstBaseline = titleBottom - lineHeight * (lines.length - 1)
  const section = card.section
    ? `<text x="${titleBox.x}" y="${firstBaseline - fontSize - 28}" font-size="30" font-weight="600" letter-spacing="3" fill="#6cc9e3">${escapeXml(card.section.toUpperCase())}</text>`
    : ''
  const titleLines = lines
    .map(
      (line, index) => `<tspan x="${titleBox.x}" y="${firstBaseline + index * lineHeight}">${escapeXml(line)}</tspan>`,
    )
    .join('')

  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">`,
    // Flat colours only: they keep the PNG small (a gradient makes it ten times larger).
    `<rect width="${width}" height="${height}" fill="#0c4a5c"/>`,
    `<path d="M${width - 300} 0h300v${height}h-520z" fill="#0f5d73"/>`,
    `<rect x="0" y="${height - 12}" width="${width}" height="12" fill="#e64980"/>`,
    `<image href="${logoDataUrl}" x="${titleBox.x}" y="64" width="64" height="64"/>`,
    `<text x="${titleBox.x + 84}" y="108" font-size="34" font-weight="600" fill="#ffffff">${escapeXml(card.siteTitle)}</text>`,
    section,
    `<text font-size="${fontSize}" font-weight="700" fill="#ffffff">${titleLines}</text>`,
    `<text x="${titleBox.x}" y="${height - 60}" font-size="28" font-weight="500" fill="#b9e1ec">${escapeXml(card.address)}</text>`,
    '</svg>',
  ].join('')
}
