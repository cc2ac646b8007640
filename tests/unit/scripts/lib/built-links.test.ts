import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { brokenLinks } from '../../../../scripts/lib/built-links'
import { fakeDist, type FakeDist } from '../../fake-dist'

let site: FakeDist

beforeAll(async () => {
  site = await fakeDist({
    'index.html': '<h1 id="home">Home</h1>',
    'limitations/index.html': '<h1 id="limitations">Limitations</h1>',
    'limitations/gpu-passthrough.html': '<h1 id="gpu-passthrough">GPU</h1><h2 id="kill-gpu-process">Kill</h2>',
    'limitations/memory-limits.html':
      '<h2 id="memory-quota-by-server">Quota</h2><table><tr data-server="roselab5"><th>roselab5</th></tr></table>',
    'robots.txt': 'User-agent: *',
  })
})

afterAll(() => site.remove())

describe('brokenLinks', () => {
  it('accepts links whose page, id and query parameter exist in the built HTML', () => {
    expect(
      brokenLinks(site.dir, [
        { url: '/', source: 'a.ts:1' },
        { url: '/limitations/', source: 'a.ts:2' },
        { url: '/limitations/gpu-passthrough#kill-gpu-process', source: 'a.ts:3' },
        { url: '/limitations/memory-limits?server=roselab5#memory-quota-by-server', source: 'a.ts:4' },
      ]),
    ).toEqual([])
  })

  it('names the link, where it is recorded and what is missing', () => {
    expect(
      brokenLinks(site.dir, [
        { url: '/limitations/firewall', source: 'email-links.ts:7' },
        { url: '/limitations/gpu-passthrough#monitor-gpu-process', source: 'email-links.ts:8' },
        { url: '/limitations/memory-limits?server=roselab9#memory-quota-by-server', source: 'email-links.ts:9' },
      ]),
    ).toEqual([
      `email-links.ts:7: /limitations/firewall: no page at /limitations/firewall in ${site.dir}`,
      'email-links.ts:8: /limitations/gpu-passthrough#monitor-gpu-process: no element with id "monitor-gpu-process" in limitations/gpu-passthrough.html',
      'email-links.ts:9: /limitations/memory-limits?server=roselab9#memory-quota-by-server: no element with data-server="roselab9" in limitations/memory-limits.html, so ?server=roselab9 does nothing',
    ])
  })

  it('reads ids from the HTML instead of guessing them from heading text', () => {
    expect(brokenLinks(site.dir, [{ url: '/limitations/gpu-passthrough#kill', source: 's:1' }])).toEqual([
      's:1: /limitations/gpu-passthrough#kill: no element with id "kill" in limitations/gpu-passthrough.html',
    ])
  })

  it('rejects a query parameter that cannot name a data attribute', () => {
    expect(brokenLinks(site.dir, [{ url: '/?Bad%20Name=1', source: 's:1' }])).toEqual([
      's:1: /?Bad%20Name=1: query parameter "Bad Name" cannot name a data attribute; use lowercase letters, digits and "-"',
    ])
  })
})
