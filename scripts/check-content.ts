/**
 * The writer's first check (`npm run check:content`, a few seconds): renders every page with the site's own Markdown
 * plugins, as the build does, and reports each mistake once, as `file:line: message`: a misspelled callout, a diagram
 * or frontmatter mistake, an unknown fact, a bad image, forbidden code. Then, from what the pages render, it checks
 * every link and `#anchor` between pages, the sidebar, the onboarding-email links (data/email-links.ts), that every
 * heading id of the lab's previous site still lands (data/old-site-ids.json), and that each diagram's drawing is kept.
 * With `--draw` (`npm run diagrams`) it draws the missing drawings in Chromium and deletes the unused ones instead.
 */
import { readdirSync, readFileSync, rmSync } from 'node:fs'
import { posix, resolve, sep } from 'node:path'
import { createMarkdownRenderer, resolveConfig, type DefaultTheme } from 'vitepress'
import { drawDiagrams, drawingKey, drawingsDir, keptDrawings } from '../docs/.vitepress/diagrams/draw'
import { emailLinks } from '../docs/.vitepress/data/email-links'
import { isMermaidFence, type DiagramEnv } from '../docs/.vitepress/markdown/mermaid'
import { pagePath } from '../docs/.vitepress/site'
import type { Token } from '../docs/.vitepress/markdown/page-errors'

const draw = process.argv.includes('--draw')
const started = performance.now()
const config = await resolveConfig('docs', 'build', 'production')
const md = await createMarkdownRenderer(config.srcDir, config.markdown, config.site.base, config.logger)
md.core.ruler.push('keep_tokens', (state) => {
  ;(state.env as { tokens?: Token[] }).tokens = state.tokens
})

interface Page {
  file: string
  /** The page's ids; undefined when it did not render, so that links to it are not reported as a second problem. */
  ids?: Set<string>
  aliases: Record<string, string>
  movedTo?: string
  links: { href: string; line: number }[]
}

const problems: string[] = []
const pages = new Map<string, Page>()
const usedDrawings = new Set<string>()

// The examples of /contributing are checked as the pages they show, in the folder they are meant for.
const examples = readdirSync('docs/contributing/examples', { recursive: true, encoding: 'utf8' }).filter((file) =>
  file.endsWith('.md'),
)
const sources = [
  ...config.pages.map((page) => ({ relativePath: page, file: `docs/${page}` })),
  ...examples.map((example) => ({
    relativePath: example.split(sep).join('/'),
    file: `docs/contributing/examples/${example.split(sep).join('/')}`,
  })),
]
for (const { relativePath, file } of sources) {
  const key = `/${pagePath(file.slice('docs/'.length))}`
  const source = readFileSync(file, 'utf8')
  const env: DiagramEnv & { tokens?: Token[]; cleanUrls: boolean } = {
    path: resolve(file),
    relativePath,
    cleanUrls: true,
    missingDrawings: [],
  }
  let html: string
  try {
    html = md.render(source, env)
  } catch (error) {
    problems.push((error as Error).message)
    for (const [, diagram] of source.matchAll(/^```mermaid\n([\s\S]*?\n)```$/gm)) usedDrawings.add(drawingKey(diagram!))
    pages.set(key, { file, aliases: {}, links: [] })
    continue
  }
  for (const { line, source } of env.missingDrawings ?? []) {
    if (draw) {
      const [drawing] = await drawDiagrams([source])
      if (drawing && 'error' in drawing)
        problems.push(`${file}:${line}: mermaid cannot draw this diagram: ${drawing.error}`)
    } else {
      problems.push(
        `${file}:${line}: this diagram's drawing is missing: run npm run diagrams, then commit the new file`,
      )
    }
  }
  for (const token of env.tokens ?? []) {
    if (token.type === 'fence' && isMermaidFence(token)) usedDrawings.add(drawingKey(token.content))
  }
  const data = env.frontmatter ?? {}
  pages.set(key, {
    file,
    ids: new Set([...html.matchAll(/\sid="([^"]+)"/g)].map(([, id]) => decodeEntities(id!))),
    aliases: (data.aliases as Record<string, string> | undefined) ?? {},
    movedTo: data.movedTo as string | undefined,
    links: linksOf(env.tokens ?? [], env.lineOffset ?? 0),
  })
}

/** Where `target` (a site path, an optional `#id`) lands: a problem, or undefined when it lands on a page or a section. */
function landingProblem(target: string, seen: string[] = []): string | undefined {
  const [rawPath = '', id] = target.split('#')
  const path = rawPath
    .replace(/\.(md|html)$/, '')
    .replace(/\/index$/, '/')
    .split('?')[0]!
  const page = pages.get(path)
  if (!page) return `no page at ${path}`
  if (!page.ids || !id || page.ids.has(id)) return id || !page.movedTo ? undefined : landingProblem(page.movedTo)
  const alias = page.aliases[id] ?? page.movedTo
  if (!alias || seen.includes(target)) return `${path} has no #${id} (no heading with this id, no alias for it)`
  return landingProblem(alias.startsWith('#') ? path + alias : alias, [...seen, target])
}

for (const [path, page] of pages) {
  for (const link of page.links) {
    const target = link.href.startsWith('#') ? path + link.href : resolveLink(path, link.href)
    const problem = target && landingProblem(target)
    if (problem) problems.push(`${page.file}:${link.line}: link ${link.href}: ${problem}`)
  }
  for (const [id, target] of Object.entries(page.aliases)) {
    const problem = landingProblem(target.startsWith('#') ? path + target : target)
    if (problem) problems.push(`${page.file}:1: alias "${id}" → ${target}: ${problem}`)
  }
}

const sidebarLinks = (items: DefaultTheme.SidebarItem[]): string[] =>
  items.flatMap((item) => [...(item.link ? [item.link] : []), ...sidebarLinks(item.items ?? [])])
const theme = config.site.themeConfig as DefaultTheme.Config
for (const link of [
  ...sidebarLinks(theme.sidebar as DefaultTheme.SidebarItem[]),
  ...(theme.nav ?? []).map((item) => ('link' in item ? item.link : '')),
]) {
  const problem = link.startsWith('/') ? landingProblem(link) : undefined
  if (problem) problems.push(`docs/.vitepress/sidebar.ts: ${link}: ${problem}`)
}

const emailLinksFile = 'docs/.vitepress/data/email-links.ts'
const emailLinksSource = readFileSync(emailLinksFile, 'utf8').split('\n')
for (const { url } of emailLinks) {
  const problem = landingProblem(url)
  const line = emailLinksSource.findIndex((text) => text.includes(`'${url.split('?')[0]}`)) + 1 || 1
  if (problem) problems.push(`${emailLinksFile}:${line}: onboarding-email link ${url}: ${problem}`)
}

const oldSite = JSON.parse(readFileSync('docs/.vitepress/data/old-site-ids.json', 'utf8')) as {
  pages: Record<string, string[]>
}
for (const [path, ids] of Object.entries(oldSite.pages)) {
  if (!pages.has(path)) {
    problems.push(
      `docs${path}${path.endsWith('/') ? 'index' : ''}.md: the previous site's page ${path} (and ${ids.length} heading ids) has no page here`,
    )
    continue
  }
  for (const target of ids.map((id) => `${path}#${id}`)) {
    const problem = landingProblem(target)
    if (problem) problems.push(`${pages.get(path)!.file}:1: the previous site's ${target} no longer lands: ${problem}`)
  }
}

for (const key of keptDrawings().filter((kept) => !usedDrawings.has(kept))) {
  const file = `${posix.relative(process.cwd(), drawingsDir)}/${key}.svg`
  if (draw) rmSync(file)
  else problems.push(`${file}: no diagram uses this drawing: run npm run diagrams`)
}

const seconds = ((performance.now() - started) / 1000).toFixed(1)
if (problems.length) {
  console.error(problems.join('\n'))
  console.error(`\n${problems.length} problem(s) in ${config.pages.length} pages (${seconds} s).`)
  process.exit(1)
}
console.log(
  `${config.pages.length} pages, their links, anchors, old addresses and diagrams: no problem (${seconds} s).`,
)

/** A link's target as a site path, or undefined for one that leaves the site. */
function resolveLink(from: string, href: string): string | undefined {
  if (/^[a-z]+:/i.test(href) || href.startsWith('//')) return undefined
  return href.startsWith('/') ? href : posix.join(from.endsWith('/') ? from : posix.dirname(from), href)
}

/** The links of a page's tokens, with their lines in its file. */
function linksOf(tokens: Token[], lineOffset: number): Page['links'] {
  return tokens.flatMap((token) => {
    const line = (token.map?.[0] ?? 0) + 1 + lineOffset
    const html = [token, ...(token.children ?? [])]
      .filter((part) => /^html_/.test(part.type))
      .map((part) => part.content)
    const hrefs = [
      ...(token.children ?? [])
        .filter((child) => child.type === 'link_open')
        .map((child) => child.attrGet('href') ?? ''),
      ...html.flatMap((part) => [...part.matchAll(/\shref="([^"]*)"/g)].map(([, href]) => href!)),
    ]
    return hrefs.map((href) => ({ href: decodeURI(href), line }))
  })
}

function decodeEntities(text: string): string {
  return text
    .replace(/&amp;/g, '&')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
}
