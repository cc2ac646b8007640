/**
 * Every address of the lab's previous site keeps working (data/old-site-ids.json): each page answers in both of its
 * forms, and its old heading ids lead to the section that holds their content now, whether the heading kept its id,
 * the page maps it to a new one (frontmatter `aliases`), or the content moved to another page.
 */
import { readFileSync } from 'node:fs'
import matter from 'gray-matter'
import { describe, expect, it } from 'vitest'
import { builtSite, dist, openPage } from './site'

const site = builtSite()
const oldPages = (
  JSON.parse(readFileSync('docs/.vitepress/data/old-site-ids.json', 'utf8')) as { pages: Record<string, string[]> }
).pages
const source = (path: string) => `${path.endsWith('/') ? `${path}index` : path}`

/** For each old page: an id that its heading kept, and an id that its frontmatter maps elsewhere. */
const oldAnchors = Object.entries(oldPages).flatMap(([path, ids]) => {
  const built = readFileSync(`${dist}${source(path)}.html`, 'utf8')
  const aliases = Object.keys((matter.read(`docs${source(path)}.md`).data.aliases as object | undefined) ?? {})
  const kept = ids.find((id) => built.includes(` id="${id}"`))
  const aliased = ids.find((id) => aliases.includes(id))
  return [kept, aliased].filter((id) => id !== undefined).map((id) => `${path}#${id}`)
})

describe('the pages of the previous site', () => {
  it.each(
    Object.keys(oldPages).flatMap((path) => (path === '/' ? [path] : [path, `${path.replace(/\/$/, '/index')}.html`])),
  )('%s answers with a page', async (address) => {
    const response = await fetch(site.url(address))
    expect(response.status).toBe(200)
    expect(await response.text()).toMatch(/<h1 /)
  })
})

describe('the heading ids of the previous site', () => {
  it.concurrent.for(oldAnchors)('%s lands on its section, below the bars at the top', async (address, { expect }) => {
    const page = await openPage(site.browser, site.url(address))
    const landing = () =>
      page.evaluate(() => {
        // An address without an id lands at the top of its page.
        const target = location.hash && document.getElementById(decodeURIComponent(location.hash.slice(1)))
        const top = target ? target.getBoundingClientRect().top : location.hash ? undefined : -scrollY
        const bars = location.hash ? document.querySelector('.VPNav')!.getBoundingClientRect().bottom : 0
        return {
          path: location.pathname,
          hash: location.hash,
          visible: top !== undefined && top >= bars - 1 && top < innerHeight / 2,
        }
      })
    await expect.poll(async () => (await landing()).visible, { timeout: 5000 }).toBe(true)
    const { path, hash } = await landing()
    await page.context().close()
    const [oldPath, oldId] = address.split('#') as [string, string]
    const alias = (matter.read(`docs${source(oldPath)}.md`).data.aliases as Record<string, string> | undefined)?.[oldId]
    expect(`${path}${decodeURIComponent(hash)}`).toBe(
      alias ? (alias.startsWith('#') ? oldPath + alias : alias) : address,
    )
  })

  it('sends the previous limitations page without an id to the new Limitations section', async () => {
    const page = await openPage(site.browser, site.url('/guide/limit.html'), { hydrated: false })
    await page.waitForURL(site.url('/limitations/'))
    await page.context().close()
  })
})
