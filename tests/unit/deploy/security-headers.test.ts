import { describe, expect, it } from 'vitest'
import {
  contentSecurityMetaTag,
  contentSecurityPolicy,
  headersFile,
  immutableAssetCaching,
  inlineScriptSources,
  nginxHeaders,
  securityHeaders,
} from '../../../deploy/security-headers'

/** The example of the CSP specification: this script text has this SHA-256 source. */
const specScript = "alert('Hello, world.');"
const specSource = "'sha256-qznLcsROx4GACP2dm0UCKCzCG+HiZ1guq6ZZDob/Tng='"

function page(head: string, body = ''): string {
  return `<!doctype html>\n<html>\n<head>\n<meta charset="utf-8">\n${head}\n</head>\n<body>\n${body}\n</body>\n</html>\n`
}

describe('inlineScriptSources', () => {
  it('hashes the text of an inline script as the browser does', () => {
    expect(inlineScriptSources(page(`<script>${specScript}</script>`), 'spec.html')).toEqual([specSource])
  })

  it('hashes inline module scripts and scripts in the body, in document order', () => {
    const html = page(`<script type="module">${specScript}</script>`, '<script>window.x = 1</script>')
    const sources = inlineScriptSources(html, 'page.html')
    expect(sources).toHaveLength(2)
    expect(sources[0]).toBe(specSource)
  })

  it('needs no hash for scripts loaded from a file or for JSON data blocks', () => {
    const html = page(
      '<script type="module" src="/assets/app.js"></script><script type="application/ld+json">{"@type":"WebSite"}</script>',
    )
    expect(inlineScriptSources(html, 'page.html')).toEqual([])
  })

  it('rejects an inline event handler with the file and line, since no hash can allow it', () => {
    const html = page('<title>x</title>', '<p>text</p>\n<img src="/a.png" alt="" onerror="alert(1)">')
    expect(() => inlineScriptSources(html, '.tmp/dist/guide/x.html')).toThrow(
      /^\.tmp\/dist\/guide\/x\.html:9: inline event handler onerror="…" on <img>/,
    )
  })

  it('rejects a javascript: URL with the file and line', () => {
    expect(() => inlineScriptSources(page('', '<a href="javascript:void(0)">x</a>'), 'x.html')).toThrow(
      /^x\.html:8: javascript: URL on <a>/,
    )
  })
})

describe('contentSecurityPolicy', () => {
  it('allows an inline script the page gained only through its hash', () => {
    const html = page(`<script>${specScript}</script>`)
    const policy = contentSecurityPolicy(inlineScriptSources(html, 'page.html'))
    expect(policy).toContain(`script-src 'self' ${specSource};`)
    expect(policy).not.toContain("script-src 'self' 'unsafe-inline'")
  })

  it('lists each hash once, in a stable order', () => {
    expect(contentSecurityPolicy(["'sha256-b'", "'sha256-a'", "'sha256-b'"])).toContain(
      "script-src 'self' 'sha256-a' 'sha256-b';",
    )
  })

  it('allows only the site itself, with no plugins, framing or foreign form targets', () => {
    const policy = contentSecurityPolicy([])
    for (const directive of [
      "default-src 'self'",
      "object-src 'none'",
      "base-uri 'none'",
      "form-action 'none'",
      "frame-ancestors 'none'",
    ]) {
      expect(policy).toContain(directive)
    }
    expect(policy).not.toMatch(/unsafe-eval|https?:|\*/)
  })

  it('leaves frame-ancestors out of the <meta> policy, where browsers ignore it with an error', () => {
    const tag = contentSecurityMetaTag([specSource])
    expect(tag).toMatch(/^<meta http-equiv="Content-Security-Policy" content="default-src 'self'; [^"]+">$/)
    expect(tag).toContain(specSource)
    expect(tag).not.toContain('frame-ancestors')
  })
})

describe('host formats', () => {
  const headers = securityHeaders([specSource])

  it('writes a _headers file with the security headers for every path and immutable caching for assets', () => {
    const lines = headersFile(securityHeaders([specSource], { https: true }), '/docs/').split('\n')
    expect(lines.slice(0, 3)).toEqual([
      expect.stringMatching(/^# Generated/),
      '/docs/*',
      `  Content-Security-Policy: ${headers['Content-Security-Policy']}`,
    ])
    expect(lines.slice(-3)).toEqual(['/docs/assets/*', `  Cache-Control: ${immutableAssetCaching}`, ''])
  })

  it('writes nginx add_header lines that also apply to error responses', () => {
    const lines = nginxHeaders(headers)
      .split('\n')
      .filter((line) => line.startsWith('add_header'))
    expect(lines).toHaveLength(Object.keys(headers).length)
    expect(lines[0]).toBe(`add_header Content-Security-Policy "${headers['Content-Security-Policy']}" always;`)
    expect(lines.every((line) => line.endsWith('" always;'))).toBe(true)
  })

  it('refuses a header value that would break out of an nginx string', () => {
    expect(() => nginxHeaders({ 'X-Test': 'a"; return 200 "b' })).toThrow(/X-Test value .* cannot go into an nginx/)
    expect(() => nginxHeaders({ 'X-Test': '$host' })).toThrow(/X-Test/)
  })
})

describe('the headers each host gets', () => {
  const sources = [specSource]
  const nginxNames = (https: boolean) =>
    [...nginxHeaders(securityHeaders(sources, { https })).matchAll(/^add_header (\S+) /gm)].map((match) => match[1])
  const headersFileNames = (section: string) => {
    const text = headersFile(securityHeaders(sources, { https: true }), '/')
    const block = text.split(/^(?=\/)/m).find((part) => part.startsWith(`${section}\n`)) ?? ''
    return [...block.matchAll(/^ {2}([\w-]+):/gm)].map((match) => match[1])
  }
  const everywhere = [
    'Content-Security-Policy',
    'X-Content-Type-Options',
    'Referrer-Policy',
    'Permissions-Policy',
    'X-Frame-Options',
    'Cross-Origin-Opener-Policy',
    'Cross-Origin-Resource-Policy',
  ]

  it('sends nginx every security header; HSTS only when nginx itself serves HTTPS', () => {
    expect(nginxNames(false)).toEqual(everywhere)
    expect(nginxNames(true)).toEqual([...everywhere, 'Strict-Transport-Security'])
  })

  it('gives _headers hosts (HTTPS only) every security header with HSTS, and immutable caching for assets', () => {
    expect(headersFileNames('/*')).toEqual([...everywhere, 'Strict-Transport-Security'])
    expect(headersFileNames('/assets/*')).toEqual(['Cache-Control'])
  })

  it('leaves GitHub Pages, which sends no headers of ours, the policy in a <meta> tag without frame-ancestors', () => {
    const tag = contentSecurityMetaTag(sources)
    expect(tag).toContain("default-src 'self'")
    expect(tag).not.toContain('frame-ancestors')
  })
})
