/**
 * The site's security policy, kept in this one file: the Content-Security-Policy and the other security headers,
 * and their spellings for each way a host delivers them (nginx `add_header`, a `_headers` file, a `<meta>` tag).
 * The build fills in the hashes of the inline scripts it finds in the built HTML.
 */
import { createHash } from 'node:crypto'
import { attribute, elements, lineOfElement, parseHtml, textOf } from '../docs/.vitepress/helpers/html'

/**
 * CSP directives before the build adds a `'sha256-…'` source to `script-src` for each inline script. No
 * `upgrade-insecure-requests`: the site loads nothing over http, and the directive breaks a plain-http host.
 */
export const contentSecurityDirectives = {
  'default-src': ["'self'"],
  'script-src': ["'self'"],
  // Style attributes are allowed, <style> elements are not: Shiki colours code, Vue's server render and the diagrams
  // drawn at build time colour their SVG through style attributes, which static HTML cannot give a nonce; every style
  // sheet is a file of the site. `style-src` is the fallback for browsers without CSP Level 3's -elem and -attr.
  'style-src': ["'self'", "'unsafe-inline'"],
  'style-src-elem': ["'self'"],
  'style-src-attr': ["'unsafe-inline'"],
  // The default theme draws its icons as data: SVG masks.
  'img-src': ["'self'", 'data:'],
  'font-src': ["'self'"],
  'connect-src': ["'self'"],
  'object-src': ["'none'"],
  // No <base> element and no form that submits anywhere (the search box's form never submits).
  'base-uri': ["'none'"],
  'form-action': ["'none'"],
  'frame-ancestors': ["'none'"],
} as const satisfies Record<string, readonly string[]>

export type ContentSecurityDirective = keyof typeof contentSecurityDirectives

/** Directives a browser ignores, with a console error, when the policy arrives in a `<meta>` tag. */
const headerOnlyDirectives: ReadonlySet<ContentSecurityDirective> = new Set(['frame-ancestors'])

/** The security headers besides the CSP, sent with every response. */
export const otherSecurityHeaders = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'Permissions-Policy': 'camera=(), geolocation=(), microphone=(), payment=(), usb=()',
  // Older browsers only know this spelling of frame-ancestors 'none'.
  'X-Frame-Options': 'DENY',
  // A page the site opens in a new tab, or that opens the site, shares no window with it.
  'Cross-Origin-Opener-Policy': 'same-origin',
  // The site's files are for its own pages: another site cannot embed its scripts, styles or images.
  'Cross-Origin-Resource-Policy': 'same-origin',
} as const

/**
 * HSTS, for hosts that serve the site over HTTPS only: a year, and only this host name (the lab's other hosts under
 * the same domain are not known to be HTTPS). Sent over plain HTTP it would be ignored, so it is added only where
 * the host is known to be HTTPS (`_headers`; nginx with `npm run deploy:nginx -- --https`).
 */
export const strictTransportSecurity = { 'Strict-Transport-Security': 'max-age=31536000' } as const

/** How long browsers may keep hashed assets, whose names change whenever their content does. */
export const immutableAssetCaching = 'public, max-age=31536000, immutable'

/** Revalidate on every visit: pages keep their URL when their content changes. */
export const pageCaching = 'no-cache'

/** Script types the browser never runs, so the policy needs no hash for them. */
const dataBlockTypes = /^application\/(ld\+)?json$/i

/** The `'sha256-…'` source of one inline script's text. */
export function scriptHashSource(scriptText: string): string {
  return `'sha256-${createHash('sha256').update(scriptText, 'utf8').digest('base64')}'`
}

/**
 * The `'sha256-…'` sources for the inline scripts of one built HTML file. Throws, naming the file and line, on inline
 * event handlers and `javascript:` URLs, which no hash can allow.
 */
export function inlineScriptSources(html: string, fileName: string): string[] {
  const sources: string[] = []
  for (const element of elements(parseHtml(html))) {
    const handler = element.attrs.find((attr) => attr.name.startsWith('on'))?.name
    if (handler) {
      throw new Error(
        `${fileName}:${lineOfElement(element)}: inline event handler ${handler}="…" on <${element.tagName}> cannot be allowed by the Content-Security-Policy; attach the listener from a script file`,
      )
    }
    const href = attribute(element, 'href')
    if (href && /^\s*javascript:/i.test(href)) {
      throw new Error(
        `${fileName}:${lineOfElement(element)}: javascript: URL on <${element.tagName}> cannot be allowed by the Content-Security-Policy; use a button with a listener`,
      )
    }
    const isInlineScript = element.tagName === 'script' && attribute(element, 'src') === undefined
    if (isInlineScript && !dataBlockTypes.test(attribute(element, 'type') ?? '')) {
      sources.push(scriptHashSource(textOf(element)))
    }
  }
  return sources
}

/**
 * The Content-Security-Policy with the given inline-script sources. `meta` leaves out the directives a `<meta>`
 * tag cannot carry.
 */
export function contentSecurityPolicy(scriptSources: Iterable<string>, delivery: 'header' | 'meta' = 'header'): string {
  const hashes = [...new Set(scriptSources)].sort()
  return Object.entries(contentSecurityDirectives)
    .filter(([name]) => delivery === 'header' || !headerOnlyDirectives.has(name as ContentSecurityDirective))
    .map(([name, sources]) => [name, ...sources, ...(name === 'script-src' ? hashes : [])].join(' '))
    .join('; ')
}

/**
 * Every security header, the CSP first, for a build whose inline scripts have the given sources; with `https`, HSTS
 * too.
 */
export function securityHeaders(scriptSources: Iterable<string>, { https = false } = {}): Record<string, string> {
  return {
    'Content-Security-Policy': contentSecurityPolicy(scriptSources),
    ...otherSecurityHeaders,
    ...(https ? strictTransportSecurity : {}),
  }
}

/**
 * A `_headers` file (Netlify, Cloudflare Pages, both HTTPS-only, so HSTS belongs in it): the security headers on every
 * path under `base`, long-lived caching for the hashed assets. Pages are left to these hosts' default, which already revalidates every request: both
 * hosts join the values of a header set by two matching rules, so a `no-cache` on every path would spoil the assets'.
 */
export function headersFile(headers: Record<string, string>, base: string): string {
  const lines = Object.entries(headers).map(([name, value]) => `  ${name}: ${value}`)
  return [
    '# Generated at build time from deploy/security-headers.ts; edit that file, not this one.',
    `${base}*`,
    ...lines,
    `${base}assets/*`,
    `  Cache-Control: ${immutableAssetCaching}`,
    '',
  ].join('\n')
}

/**
 * The headers as nginx `add_header` lines, sent with error responses too: the snippet deploy/nginx.conf includes from
 * /etc/nginx/snippets/, written by `npm run deploy:nginx` for one build.
 */
export function nginxHeaders(headers: Record<string, string>): string {
  const lines = Object.entries(headers).map(([name, value]) => {
    if (/["$\\]/.test(value)) {
      throw new Error(`deploy/security-headers.ts: the ${name} value ${value} cannot go into an nginx string as it is`)
    }
    return `add_header ${name} "${value}" always;`
  })
  return [
    '# Generated by npm run deploy:nginx from deploy/security-headers.ts and the inline scripts of one build; edit',
    '# that file, not this one, and install this one with that build.',
    ...lines,
    '',
  ].join('\n')
}

/** The `<meta>` tag that carries the policy where a host cannot send headers (GitHub Pages). */
export function contentSecurityMetaTag(scriptSources: Iterable<string>): string {
  return `<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy(scriptSources, 'meta')}">`
}
