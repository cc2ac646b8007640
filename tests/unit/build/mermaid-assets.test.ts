import { posix } from 'node:path'
import type { Plugin, ResolvedConfig, UserConfig } from 'vite'
import { describe, expect, it } from 'vitest'
import { mermaidAssets } from '../../../docs/.vitepress/build/mermaid-assets'
import mermaidPackage from 'mermaid/package.json' with { type: 'json' }

type Hook = (this: unknown, ...args: unknown[]) => unknown
const callHook = (hook: Plugin[keyof Plugin], context: unknown, ...args: unknown[]) =>
  (hook as Hook).call(context, ...args)

/** The files the plugin emits into a build (client or server), by output path. */
async function emittedFiles(ssr: boolean): Promise<Map<string, string>> {
  const plugin = mermaidAssets()
  callHook(plugin.configResolved, undefined, { build: { ssr }, base: '/' } as unknown as ResolvedConfig)
  const files = new Map<string, string>()
  const context = { emitFile: (file: { fileName: string; source: string }) => files.set(file.fileName, file.source) }
  await callHook(plugin.generateBundle, context)
  return files
}

describe('mermaidAssets', () => {
  it("tells the browser code where mermaid's entry is, in a folder named after the version", () => {
    const config = callHook(mermaidAssets().config, undefined) as UserConfig
    expect(config.define).toEqual({
      'import.meta.env.MERMAID_ENTRY_PATH': JSON.stringify(
        `/assets/mermaid-${mermaidPackage.version}/mermaid.esm.min.js`,
      ),
    })
  })

  it("emits mermaid's entry with every module it can import, all as .js files", async () => {
    const files = await emittedFiles(false)
    const entry = `assets/mermaid-${mermaidPackage.version}/mermaid.esm.min.js`
    expect(files.has(entry)).toBe(true)
    const missing: string[] = []
    for (const [name, code] of files) {
      expect(name).toMatch(/\.js$/)
      for (const [, specifier = ''] of code.matchAll(/(?:from|import)\s*\(?\s*["'](\.{1,2}\/[^"']+)["']/g)) {
        expect(specifier).toMatch(/\.js$/)
        const target = posix.join(posix.dirname(name), specifier)
        if (!files.has(target)) missing.push(`${name} -> ${specifier}`)
      }
    }
    expect(missing).toEqual([])
  })

  it('emits nothing into the server build', async () => {
    expect((await emittedFiles(true)).size).toBe(0)
  })
})
