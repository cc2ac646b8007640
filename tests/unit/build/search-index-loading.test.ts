import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { asyncSearchIndexLoading, withBatchedIndexLoad } from '../../../docs/.vitepress/build/search-index-loading'

const themeComponents = join(
  dirname(createRequire(import.meta.url).resolve('vitepress/package.json')),
  'dist/client/theme-default/components',
)
const searchBoxFile = join(themeComponents, 'VPLocalSearchBox.vue')
const searchBox = readFileSync(searchBoxFile, 'utf8')

type Transform = (code: string, id: string) => { code: string } | null

describe('withBatchedIndexLoad', () => {
  it("makes VitePress's search box load its index in batches, awaiting the load", () => {
    const edited = withBatchedIndexLoad(searchBox)
    expect(edited).toContain('await MiniSearch.loadJSONAsync<Result>(')
    expect(edited).not.toContain('MiniSearch.loadJSON<Result>(')
  })

  it('fails, naming this module, when VitePress no longer loads the index that way', () => {
    expect(() => withBatchedIndexLoad('const index = MiniSearch.loadJS(data)')).toThrow(
      /found 0\. VitePress changed this component: review docs\/\.vitepress\/build\/search-index-loading\.ts/,
    )
  })
})

describe('asyncSearchIndexLoading', () => {
  const transform = asyncSearchIndexLoading().transform as unknown as Transform

  it('edits the search box component as Vite loads it', () => {
    expect(transform(searchBox, searchBoxFile)?.code).toContain('loadJSONAsync')
  })

  it("leaves the component's compiled parts and every other file alone", () => {
    expect(transform(searchBox, `${searchBoxFile}?vue&type=script&setup=true&lang.ts`)).toBeNull()
    expect(transform('MiniSearch.loadJSON<Result>(', join(themeComponents, 'VPNavBar.vue'))).toBeNull()
  })
})
