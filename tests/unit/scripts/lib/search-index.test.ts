import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import MiniSearch from 'minisearch'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { measureSearchIndex, searchIndexFile } from '../../../../scripts/lib/search-index'

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
    expect(await searchIndexFile(dist)).toBe(indexFile)
  })

  it('is measured: sizes, and times to load it and to answer queries', async () => {
    const figures = await measureSearchIndex(dist)
    expect(figures.bytes).toBeGreaterThan(figures.gzipBytes)
    expect(figures.loadMs).toBeGreaterThan(0)
    expect(figures.queryMs).toBeGreaterThanOrEqual(0)
  })

  it('is missing from a build without local search, which is an error', async () => {
    const empty = await mkdtemp(join(tmpdir(), 'no-search-'))
    await mkdir(join(empty, 'assets', 'chunks'), { recursive: true })
    try {
      await expect(searchIndexFile(empty)).rejects.toThrow('has no local search index')
    } finally {
      await rm(empty, { recursive: true, force: true })
    }
  })
})
