import { existsSync } from 'node:fs'
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import type { PageData, UserConfig } from 'vitepress'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { writeSecurityHeaders } from '../../../../docs/.vitepress/after-build/security-headers'
import { serverQuotaMarkdown } from '../../../../docs/.vitepress/data/servers'
import { readLastUpdatedTimes } from '../../../../docs/.vitepress/page-data/last-updated'
import { pageFrame } from '../../../../docs/.vitepress/page-frame'
import { baselineConfig, toStockMarkdown, writeBaselineSite } from '../../../../scripts/lib/baseline-site'

const docsDir = fileURLToPath(new URL('../../../../docs', import.meta.url))

describe('toStockMarkdown', () => {
  it('turns a diagram into a plain code block', () => {
    expect(toStockMarkdown('```mermaid\nflowchart LR\n  a --> b\n```\n')).toBe(
      '```text\nflowchart LR\n  a --> b\n```\n',
    )
  })

  it.each([
    ['::: note Heads up', '::: info Heads up'],
    ['::: important', '::: info'],
    [':::caution Careful', '::: danger Careful'],
    ['::: tip Moving to higher-memory servers', '::: tip Moving to higher-memory servers'],
    ['::: warning', '::: warning'],
    ['::: details Click me', '::: details Click me'],
  ])('turns the container "%s" into the stock "%s"', (line, stock) => {
    expect(toStockMarkdown(`${line}\nBody.\n:::\n`)).toBe(`${stock}\nBody.\n:::\n`)
  })

  it('turns a Callout tag into a stock container with its title', () => {
    expect(toStockMarkdown('<Callout type="caution" title="Memory quota">\n\nText.\n\n</Callout>\n')).toBe(
      '::: danger Memory quota\n\nText.\n\n:::\n',
    )
  })

  it('writes the quota table as the Markdown table the search index gets', () => {
    expect(toStockMarkdown('Before.\n\n<ServerQuotaTable />\n\nAfter.\n')).toBe(
      `Before.\n\n${serverQuotaMarkdown().trimEnd()}\n\nAfter.\n`,
    )
  })

  it('drops other custom components', () => {
    expect(toStockMarkdown('Text.\n<TopicBadge kind="new" />\nMore.\n')).toBe('Text.\nMore.\n')
  })

  it('leaves code alone, even code that shows the syntax it rewrites', () => {
    const example = '````md\n::: note Title\n:::\n\n```mermaid\nflowchart LR\n```\n\n<ServerQuotaTable />\n````\n'
    expect(toStockMarkdown(example)).toBe(example)
  })
})

describe('writeBaselineSite', () => {
  let target: string

  beforeAll(async () => {
    target = await mkdtemp(join(tmpdir(), 'baseline-site-'))
    await writeBaselineSite(docsDir, target)
  })

  afterAll(() => rm(target, { recursive: true, force: true }))

  it('writes every page with nothing only this site understands left in it', async () => {
    const memoryLimits = await readFile(join(target, 'limitations', 'memory-limits.md'), 'utf8')
    expect(memoryLimits).not.toMatch(/<ServerQuotaTable|```mermaid/)
    expect(memoryLimits).toContain(serverQuotaMarkdown().split('\n')[2])
  })

  it('keeps the data loaders pages read, importing the modules they use where they are, and the public files', async () => {
    const loader = await readFile(join(target, 'limitations', 'overview.data.ts'), 'utf8')
    expect(loader).toContain('createContentLoader')
    const imports = [...loader.matchAll(/from '([^']+)'/g)]
      .map((match) => match[1]!)
      .filter((path) => path !== 'vitepress')
    expect(imports.length).toBeGreaterThan(0)
    for (const path of imports) expect(existsSync(`${path}.ts`), path).toBe(true)
    expect(await readFile(join(target, 'public', 'logo.svg'), 'utf8')).toContain('<svg')
  })

  it('configures plain VitePress: local search, clean URLs, the same page frame and no theme of its own', async () => {
    const configFile = join(target, '.vitepress', 'config.mjs')
    expect(await readFile(configFile, 'utf8')).toBe(baselineConfig(docsDir))
    const { default: settings } = (await import(pathToFileURL(configFile).href)) as { default: UserConfig }
    expect(settings).toMatchObject({ cleanUrls: true, themeConfig: { ...pageFrame, search: { provider: 'local' } } })
    expect(Object.keys(settings).sort()).toEqual([
      'buildEnd',
      'cleanUrls',
      'description',
      'lang',
      'themeConfig',
      'title',
      'transformPageData',
    ])
    await expect(readFile(join(target, '.vitepress', 'theme', 'index.ts'))).rejects.toThrow()
  })

  it("dates each page as the site does, from the site's git history, and leaves an unknown page undated", async () => {
    const configFile = join(target, '.vitepress', 'config.mjs')
    const { default: settings } = (await import(pathToFileURL(configFile).href)) as { default: UserConfig }
    const siteTimes = readLastUpdatedTimes(docsDir)
    const firewall = { relativePath: 'limitations/firewall.md' } as PageData
    const unknown = { relativePath: 'limitations/not-a-page.md' } as PageData
    await settings.transformPageData?.(firewall, {} as never)
    await settings.transformPageData?.(unknown, {} as never)
    expect(firewall.lastUpdated).toBe(siteTimes.get('limitations/firewall.md'))
    expect(firewall.lastUpdated).toBeGreaterThan(Date.parse('2026-01-01'))
    expect(unknown.lastUpdated).toBeUndefined()
  })

  it("gives the pages the host's security policy with the site's own build step", async () => {
    const configFile = join(target, '.vitepress', 'config.mjs')
    const { default: settings } = (await import(pathToFileURL(configFile).href)) as { default: UserConfig }
    expect(settings.buildEnd).toBe(writeSecurityHeaders)
  })
})
