import { readFile } from 'node:fs/promises'
import { describe, expect, it } from 'vitest'
import {
  committedHeadersSnippet,
  committedSiteRoot,
  nginxConfigPath,
  renderNginxConfig,
} from '../../../deploy/nginx-config'
import { immutableAssetCaching, pageCaching } from '../../../deploy/security-headers'

const committed = await readFile(nginxConfigPath, 'utf8')

/** The directives written directly inside each `location` block (nested blocks excluded), by location. */
function locationBodies(configWithComments: string): Map<string, string> {
  const config = configWithComments.replace(/#[^\n]*/g, '')
  const bodies = new Map<string, string>()
  const pattern = /^\s*location\s+([^{\n]+?)\s*\{/gm
  for (let match = pattern.exec(config); match; match = pattern.exec(config)) {
    let depth = 1
    let own = ''
    for (let index = pattern.lastIndex; depth > 0 && index < config.length; index++) {
      const char = config[index]
      if (char === '{') depth++
      if (char === '}') depth--
      if (depth === 1 && char !== '}') own += char
    }
    bodies.set(match[1] ?? '', own)
  }
  return bodies
}

/** Locations that set a header of their own, which in nginx drops every header the enclosing blocks set. */
function locationsWithoutSecurityHeaders(config: string): string[] {
  const include = `include ${committedHeadersSnippet};`
  return [...locationBodies(config)]
    .filter(([, body]) => body.includes('add_header') && !body.includes(include))
    .map(([location]) => location)
}

describe('renderNginxConfig', () => {
  it('gives back the committed file for the committed base, folder and addresses', () => {
    expect(renderNginxConfig(committed, { base: '/', root: committedSiteRoot, listen: ['80', '[::]:80'] })).toBe(
      committed,
    )
  })

  it('serves a sub-path build from its folder: locations and 404 page follow the base, the snippet stays outside', () => {
    const rendered = renderNginxConfig(committed, {
      base: '/docs/',
      root: '/srv/site',
      listen: ['127.0.0.1:8080'],
    })
    expect([...locationBodies(rendered).keys()]).toEqual(['^~ /docs/', '~ /_headers$', '^~ /docs/assets/'])
    expect(rendered).toContain('alias /srv/site/;')
    expect(rendered).toContain('error_page 404 /docs/404.html;')
    expect(rendered).toContain(`include ${committedHeadersSnippet};`)
    expect(rendered.match(/^\s*listen .*;$/gm)).toEqual(['    listen 127.0.0.1:8080;'])
    expect(rendered).not.toContain(`${committedSiteRoot}/`)
  })

  it('sends the security headers from every location that sets a header of its own', () => {
    expect(locationsWithoutSecurityHeaders(committed)).toEqual([])
  })

  it('reads the security headers from outside the folder it serves, wherever the snippet is put', () => {
    expect(committedHeadersSnippet.startsWith(`${committedSiteRoot}/`)).toBe(false)
    const rendered = renderNginxConfig(committed, {
      base: '/',
      root: '/srv/site',
      listen: ['80'],
      headersSnippet: '/opt/conf/headers.conf',
    })
    expect(rendered.match(/include [^;]+;/g)).toEqual([
      'include /opt/conf/headers.conf;',
      'include /opt/conf/headers.conf;',
    ])
    expect(() =>
      renderNginxConfig(committed, {
        base: '/',
        root: '/srv/site',
        listen: ['80'],
        headersSnippet: '/srv/site/h.conf',
      }),
    ).toThrow('nginx headers snippet /srv/site/h.conf is inside the folder it serves (/srv/site)')
  })

  it('notices a location whose own add_header would drop the security headers', () => {
    const nested = committed.lastIndexOf(`include ${committedHeadersSnippet};`)
    const edited = committed.slice(0, nested) + committed.slice(committed.indexOf('\n', nested) + 1)
    expect(locationsWithoutSecurityHeaders(edited)).toEqual(['^~ /assets/'])
  })

  it('caches pages and hashed assets as the _headers file does', () => {
    const bodies = locationBodies(committed)
    expect(bodies.get('^~ /')).toContain(`add_header Cache-Control "${pageCaching}" always;`)
    expect(bodies.get('^~ /assets/')).toContain(`add_header Cache-Control "${immutableAssetCaching}" always;`)
  })

  it('serves clean URLs, hides the nginx version and compresses text', () => {
    expect(locationBodies(committed).get('^~ /')).toContain('try_files $uri $uri.html $uri/ =404;')
    expect(committed).toMatch(/^\s*server_tokens off;$/m)
    expect(committed).toMatch(/^\s*gzip on;$/m)
  })

  it.each([
    { base: 'docs/', message: /base path must start and end with "\/"/ },
    { base: '/docs', message: /base path must start and end with "\/"/ },
    { base: '/do cs/', message: /base path/ },
  ])('rejects the base "$base"', ({ base, message }) => {
    expect(() => renderNginxConfig(committed, { base, root: '/srv/site', listen: ['80'] })).toThrow(message)
  })

  it('rejects a template it cannot set the base in', () => {
    const edited = committed.replaceAll('location ^~ /', 'location /')
    expect(() => renderNginxConfig(edited, { base: '/docs/', root: '/srv/site', listen: ['80'] })).toThrow(
      'deploy/nginx.conf: cannot render without a "location ^~ /" block',
    )
  })

  it('rejects a template without the committed site folder', () => {
    const edited = committed.replaceAll(committedSiteRoot, '/srv/elsewhere')
    expect(() => renderNginxConfig(edited, { base: '/', root: '/srv/site', listen: ['80'] })).toThrow(
      `deploy/nginx.conf: cannot render without the folder ${committedSiteRoot}`,
    )
  })
})
