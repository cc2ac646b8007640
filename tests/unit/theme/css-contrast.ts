/** Reads CSS custom properties for light and dark mode and computes WCAG contrast ratios between them. */

export type Declarations = Map<string, string>

interface Rgba {
  r: number
  g: number
  b: number
  a: number
}

/** Custom properties declared in `selector { ... }` blocks of `css`, later blocks overriding earlier ones. */
export function customProperties(css: string, selector: string, into: Declarations = new Map()): Declarations {
  for (const [, selectors, body] of css.replace(/\/\*[^]*?\*\//g, '').matchAll(/([^{}]+)\{([^{}]*)\}/g)) {
    if (!selectors!.split(',').some((part) => part.trim() === selector)) continue
    for (const [, name, value] of body!.matchAll(/(--[\w-]+)\s*:\s*([^;]+);/g)) into.set(name!, value!.trim())
  }
  return into
}

/** The colour a custom property resolves to, following `var(--x, fallback)` references. */
export function resolveColor(declarations: Declarations, value: string, seen: string[] = []): Rgba {
  const reference = /^var\(\s*(--[\w-]+)\s*(?:,\s*(.+))?\)$/.exec(value.trim())
  if (reference) {
    const [, name, fallback] = reference
    if (seen.includes(name!)) throw new Error(`circular custom property ${name}`)
    const next = declarations.get(name!) ?? fallback
    if (next === undefined) throw new Error(`undefined custom property ${name}`)
    return resolveColor(declarations, next, [...seen, name!])
  }
  return parseColor(value)
}

function parseColor(value: string): Rgba {
  const hex = /^#([\da-f]{3}|[\da-f]{6})$/i.exec(value.trim())?.[1]
  if (hex) {
    const full = hex.length === 3 ? [...hex].map((digit) => digit + digit).join('') : hex
    const [r, g, b] = [0, 2, 4].map((start) => parseInt(full.slice(start, start + 2), 16))
    return { r: r!, g: g!, b: b!, a: 1 }
  }
  const rgb = /^rgba?\(\s*([\d.]+)\s*,\s*([\d.]+)\s*,\s*([\d.]+)\s*(?:,\s*([\d.]+)\s*)?\)$/.exec(value.trim())
  if (rgb) {
    const [r, g, b, a = 1] = rgb
      .slice(1)
      .filter((part) => part !== undefined)
      .map(Number)
    return { r: r!, g: g!, b: b!, a }
  }
  throw new Error(`unsupported colour "${value}"`)
}

/** `top` painted over the opaque `bottom`. */
export function composite(top: Rgba, bottom: Rgba): Rgba {
  const mix = (upper: number, lower: number) => upper * top.a + lower * (1 - top.a)
  return { r: mix(top.r, bottom.r), g: mix(top.g, bottom.g), b: mix(top.b, bottom.b), a: 1 }
}

/** WCAG 2 contrast ratio of two opaque colours. */
export function contrastRatio(first: Rgba, second: Rgba): number {
  const [lighter, darker] = [luminance(first), luminance(second)].sort((a, b) => b - a)
  return (lighter! + 0.05) / (darker! + 0.05)
}

function luminance({ r, g, b }: Rgba): number {
  const linear = (channel: number) => {
    const value = channel / 255
    return value <= 0.04045 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4
  }
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b)
}
