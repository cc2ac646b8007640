/**
 * Loads the local search index without freezing the page. VitePress's search box rebuilds the whole index in one
 * task when it opens (MiniSearch's `loadJSON`), which for a site of 1,000 pages blocked the page for about 450 ms;
 * MiniSearch's `loadJSONAsync` does the same work in batches and lets the page respond between them. The edit is
 * made to VitePress's component as Vite loads it, and fails the build if VitePress's code no longer matches.
 */
import type { Plugin } from 'vite'

const searchBoxPath = /[/\\]vitepress[/\\]dist[/\\]client[/\\]theme-default[/\\]components[/\\]VPLocalSearchBox\.vue$/
// Inside the search box's `computedAsync` callback, which is already async.
const synchronousLoad = 'MiniSearch.loadJSON<Result>('
const batchedLoad = 'await MiniSearch.loadJSONAsync<Result>('

/** The search box's source with the batched load; throws unless the synchronous load occurs exactly once. */
export function withBatchedIndexLoad(source: string): string {
  const parts = source.split(synchronousLoad)
  if (parts.length !== 2) {
    throw new Error(
      `search-index-loading: expected one ${synchronousLoad}…) in VitePress's VPLocalSearchBox.vue, found ` +
        `${parts.length - 1}. VitePress changed this component: review docs/.vitepress/build/search-index-loading.ts.`,
    )
  }
  return parts.join(batchedLoad)
}

/** Vite plugin: makes VitePress's local search box load its index in batches. */
export function asyncSearchIndexLoading(): Plugin {
  return {
    name: 'roselab:async-search-index-loading',
    enforce: 'pre',
    transform(code, id) {
      const [path = '', query] = id.split('?')
      return query || !searchBoxPath.test(path) ? null : { code: withBatchedIndexLoad(code), map: null }
    },
  }
}
