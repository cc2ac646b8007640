import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { builtHtmlFiles, builtPageFile, cleanUrlOf } from '../../../docs/.vitepress/helpers/built-pages'
import { fakeDist, type FakeDist } from '../fake-dist'

let site: FakeDist

beforeAll(async () => {
  site = await fakeDist({
    'index.html': '<h1>Home</h1>',
    '404.html': '<h1>Not found</h1>',
    'limitations/index.html': '<h1>Limitations</h1>',
    'limitations/gpu-passthrough.html': '<h1>GPU</h1>',
    'robots.txt': 'User-agent: *',
  })
})

afterAll(() => site.remove())

describe('builtHtmlFiles', () => {
  it('lists every HTML file of a build, relative and sorted, and nothing else', () => {
    expect(builtHtmlFiles(site.dir)).toEqual([
      '404.html',
      'index.html',
      'limitations/gpu-passthrough.html',
      'limitations/index.html',
    ])
  })
})

describe('cleanUrlOf', () => {
  it.each([
    ['index.html', '/'],
    ['limitations/index.html', '/limitations/'],
    ['limitations/firewall.html', '/limitations/firewall'],
  ])('gives %s the clean URL %s', (file, url) => {
    expect(cleanUrlOf(file)).toBe(url)
  })
})

describe('builtPageFile', () => {
  it.each([
    ['/', 'index.html'],
    ['/limitations/', 'limitations/index.html'],
    ['/limitations', 'limitations/index.html'],
    ['/limitations/gpu-passthrough', 'limitations/gpu-passthrough.html'],
    ['/limitations/gpu-passthrough.html', 'limitations/gpu-passthrough.html'],
    ['/robots.txt', 'robots.txt'],
  ])('serves %s from %s, as a static host with clean URLs does', (path, file) => {
    expect(builtPageFile(site.dir, path)?.slice(site.dir.length + 1)).toBe(file)
  })

  it('finds nothing for a page that is not in the build', () => {
    expect(builtPageFile(site.dir, '/limitations/firewall')).toBeUndefined()
  })
})
