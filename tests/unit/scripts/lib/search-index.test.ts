import { readFileSync } from 'node:fs'
import { mkdir, mkdtemp, rm, stat, writeFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import MiniSearch from 'minisearch'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  browserSearchOptions,
  measureSearchIndex,
  searchIndexFile,
  vitePressDefaults,
} from '../../../../scripts/lib/search-index'

let dist: string
let indexFile: string

beforeAll(async () => {
  dist = await mkdtemp(join(tmpdir(), 'search-index-'))
  const index = new MiniSearch({ fields: ['title', 'titles', 'text'], storeFields: ['title', 'titles'] })
  index.addAll([
    { id: '/limitations/memory-limits#memory-limits', title: 'Memory limits', titles: [], text: 'memory quota' },
    { id: '/limitations/firewall#firewall', title: 'Firewall', titles: [], text: 'firewall port' },
  ])
  // The shape of VitePress's index module: the serialized index as the default export.
  await mkdir(join(dist, 'assets', 'chunks'), { recursive: true })
  indexFile = join(dist, 'assets', 'chunks', '@localSearchIndexroot.Ab-1.js')
  await writeFile(indexFile, `const e=${JSON.stringify(JSON.stringify(index))};export{e as default};\n`)
})

afterAll(() => rm(dist, { recursive: true, force: true }))

describe('the search index of a build', () => {
  it("is the root locale's index module", async () => {
    expect(searchIndexFile(dist)).toBe(indexFile)
  })

  it('is measured: its sizes as the file and compressed, and times to load it and to answer queries', async () => {
    const figures = await measureSearchIndex(dist)
    expect(figures.bytes).toBe((await stat(indexFile)).size)
    expect(figures.gzipBytes).toBeLessThan(figures.bytes)
    expect(Number.isFinite(figures.loadMs) && Number.isFinite(figures.queryMs)).toBe(true)
  })

  it('is missing from a build without local search, which is an error', async () => {
    const empty = await mkdtemp(join(tmpdir(), 'no-search-'))
    await mkdir(join(empty, 'assets', 'chunks'), { recursive: true })
    try {
      expect(() => searchIndexFile(empty)).toThrow(
        'expected one local search index (@localSearchIndexroot.*.js), found 0',
      )
    } finally {
      await rm(empty, { recursive: true, force: true })
    }
  })
})

const searchBoxFile = join(
  dirname(createRequire(import.meta.url).resolve('vitepress/package.json')),
  'dist/client/theme-default/components/VPLocalSearchBox.vue',
)

/** The options VPLocalSearchBox.vue's source passes to MiniSearch.loadJSON before the site's own. */
function searchBoxDefaults(source: string): unknown {
  const call = source.slice(source.indexOf('MiniSearch.loadJSON'))
  const list = (name: string) =>
    [...(new RegExp(`${name}: \\[([^\\]]*)\\]`).exec(call)?.[1] ?? '').matchAll(/'([^']*)'/g)].map((match) => match[1])
  const number = (name: string) => Number(new RegExp(`${name}: ([\\d.]+)`).exec(call)?.[1])
  const boost = Object.fromEntries(
    [...(/boost: \{([^}]*)\}/.exec(call)?.[1] ?? '').matchAll(/(\w+): ([\d.]+)/g)].map((match) => [
      match[1],
      Number(match[2]),
    ]),
  )
  return {
    fields: list('fields'),
    storeFields: list('storeFields'),
    searchOptions: { fuzzy: number('fuzzy'), prefix: /prefix: true/.test(call), boost },
  }
}

describe('VitePress defaults', () => {
  const source = readFileSync(searchBoxFile, 'utf8')

  it('are those of the installed VitePress search box', () => {
    expect(searchBoxDefaults(source)).toEqual(vitePressDefaults)
  })

  it('would be noticed to change when VitePress changes them', () => {
    expect(searchBoxDefaults(source.replace('fuzzy: 0.2', 'fuzzy: 0.3'))).not.toEqual(vitePressDefaults)
  })

  it("are overridden by the site's options as the search box does, one option at a time", () => {
    const options = browserSearchOptions({ miniSearch: { searchOptions: { fuzzy: 0.1, boost: { text: 3 } } } })
    expect(options).toEqual({
      fields: ['title', 'titles', 'text'],
      storeFields: ['title', 'titles'],
      searchOptions: { fuzzy: 0.1, prefix: true, boost: { text: 3 } },
    })
    expect(browserSearchOptions().searchOptions).toEqual(vitePressDefaults.searchOptions)
  })
})
