import { describe, expect, it } from 'vitest'
import {
  aliasedAnchor,
  isSitePath,
  movedPages,
  validateRedirects,
  type MovedPage,
} from '../../../docs/.vitepress/data/redirects'

const oldSiteAnchors = [
  'gpu-passthrough',
  'monitor-gpu-process',
  'kill-gpu-process',
  'nested-container',
  'firewall',
  'memory-limits',
  'memory-enforcement-policy',
  'monitoring-memory-usage',
  'memory-quota-by-server',
  'reducing-memory-usage',
]

describe('the redirect data', () => {
  it("maps every anchor of the previous site's /guide/limit page", () => {
    const limit = movedPages.find((page) => page.from === '/guide/limit')
    expect(limit?.to).toBe('/limitations/')
    expect(Object.keys(limit?.anchors ?? {}).sort()).toEqual([...oldSiteAnchors].sort())
    expect(limit?.anchors['kill-gpu-process']).toBe('/limitations/gpu-passthrough#kill-gpu-process')
    expect(limit?.anchors['nested-container']).toBe('/limitations/nested-containers')
  })
})

describe('aliasedAnchor', () => {
  const aliases = { '/limitations/firewall': { 'old-rules': 'restrict-access' } }

  it('gives the current id for an old id on its page', () => {
    expect(aliasedAnchor('/limitations/firewall', 'old-rules', aliases)).toBe('restrict-access')
  })

  it.each([
    ['/limitations/memory-limits', 'old-rules'],
    ['/limitations/firewall', 'restrict-access'],
    ['/limitations/firewall', 'constructor'],
  ])('gives nothing for %s#%s', (path, id) => {
    expect(aliasedAnchor(path, id, aliases)).toBeUndefined()
  })
})

describe('validateRedirects', () => {
  const source = [
    'export const movedPages = [',
    "  { from: '/guide/limit.html', to: 'limitations', anchors: { 'bad id': '/x', ok: 'nowhere' } },",
    '',
    "  { from: '/guide/old/', to: '/limitations/', anchors: {} },",
    ']',
    "export const anchorAliases = { '/limitations/firewall': { 'same': 'same' } }",
  ].join('\n')
  const pages: MovedPage[] = [
    { from: '/guide/limit.html', to: 'limitations', anchors: { 'bad id': '/x', ok: 'nowhere' } },
    { from: '/guide/old/', to: '/limitations/', anchors: {} },
  ]

  it('names the file, the line and the problem of every bad entry', () => {
    expect(() =>
      validateRedirects(pages, { '/limitations/firewall': { same: 'same' } }, 'data/redirects.ts', source),
    ).toThrow(
      [
        'data/redirects.ts:2: moved page "/guide/limit.html" must be a site path without "/" at the end, ".html", "?" or "#"',
        'data/redirects.ts:2: "/guide/limit.html" goes to "limitations", which is not a site path',
        'data/redirects.ts:2: old anchor "bad id" of "/guide/limit.html" must be an id without "#"',
        'data/redirects.ts:2: "/guide/limit.html#ok" goes to "nowhere", which is not a site path',
        'data/redirects.ts:4: moved page "/guide/old/" must be a site path without "/" at the end, ".html", "?" or "#"',
        'data/redirects.ts:6: alias "same" on "/limitations/firewall" points to itself',
      ].join('\n'),
    )
  })

  it('rejects the same old page listed twice', () => {
    const twice: MovedPage[] = [
      { from: '/guide/limit', to: '/limitations/', anchors: {} },
      { from: '/guide/limit', to: '/limitations/', anchors: {} },
    ]
    expect(() => validateRedirects(twice, {}, 'r.ts', '')).toThrow('r.ts:1: moved page "/guide/limit" is listed twice')
  })

  it('rejects targets that leave the site: another host, a climb out of the base, a backslash', () => {
    const leaving: MovedPage[] = [
      { from: '/guide/a', to: '//evil.example/limitations/', anchors: {} },
      { from: '/guide/b', to: '/limitations/../../etc', anchors: { x: '/\\evil.example/x' } },
      { from: '/guide/../c', to: '/limitations/./firewall', anchors: {} },
    ]
    const aliases = { '//evil.example/page': { old: 'new' } }
    let message = ''
    try {
      validateRedirects(leaving, aliases, 'r.ts', '')
    } catch (error) {
      message = (error as Error).message
    }
    expect(message.split('\n')).toEqual([
      'r.ts:1: "/guide/a" goes to "//evil.example/limitations/", which is not a site path',
      'r.ts:1: "/guide/b" goes to "/limitations/../../etc", which is not a site path',
      'r.ts:1: "/guide/b#x" goes to "/\\evil.example/x", which is not a site path',
      'r.ts:1: moved page "/guide/../c" must be a site path without "/" at the end, ".html", "?" or "#"',
      'r.ts:1: "/guide/../c" goes to "/limitations/./firewall", which is not a site path',
      'r.ts:1: aliases are listed under "//evil.example/page", which is not a page path',
    ])
  })
})

describe('isSitePath', () => {
  it.each(['/', '/limitations/', '/limitations/firewall', '/limitations/firewall#port-forwarding', '/a..b/c.d'])(
    'accepts %s',
    (path) => expect(isSitePath(path)).toBe(true),
  )

  it.each([
    '//evil.example/',
    '/\\evil.example',
    '/a/../b',
    '/..',
    '/./a',
    'limitations/',
    'https://evil.example/',
    '/a?b=1',
    '/a#b#c',
    '/a b',
  ])('rejects %s', (path) => expect(isSitePath(path)).toBe(false))

  it('rejects an anchor where only a page path belongs', () => {
    expect(isSitePath('/limitations/firewall#x', { anchor: false })).toBe(false)
  })
})
