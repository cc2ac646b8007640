/**
 * The benchmark's baseline: the site's Markdown pages as a plain VitePress 1.6 site (the unmodified default theme,
 * its built-in local search), written into a scratch folder. What only this site's plugins and components understand
 * becomes its stock equivalent: callouts the default theme lacks become its nearest container, the quota table
 * becomes a Markdown table, diagrams become plain code blocks, and other custom components are dropped.
 */
import { cp, mkdir, readdir, readFile, writeFile } from 'node:fs/promises'
import { dirname, join, relative, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { serverQuotaMarkdown } from '../../docs/.vitepress/data/servers'
import { nav, sidebar } from '../../docs/.vitepress/sidebar'
import { pageFrame } from '../../docs/.vitepress/page-frame'
import { readLastUpdatedTimes } from '../../docs/.vitepress/page-data/last-updated'
import { siteDescription, siteTitle } from '../../docs/.vitepress/site'
import { loadTopics } from '../../docs/.vitepress/topics/load-topics'

/** Container kinds of this site that stock VitePress lacks, and the stock kind each becomes. */
const stockContainerKinds: Record<string, string> = { note: 'info', important: 'info', caution: 'danger' }

const fenceOpening = /^(\s*)(`{3,}|~{3,})\s*([^\s`]*)(.*)$/
const containerOpening = /^(\s*):::\s*([a-z]+)\b(.*)$/
const calloutTagOpening = /^(\s*)<Callout\s+type="([a-z]+)"(?:\s+title="([^"]*)")?\s*>\s*$/
const calloutTagClosing = /^(\s*)<\/Callout>\s*$/
const quotaTableTag = /^\s*<ServerQuotaTable\s*\/>\s*$/
const customComponentLine = /^\s*<([A-Z][A-Za-z0-9]*)\b[^>]*\/>\s*$/

/**
 * Rewrites one page for stock VitePress. Code fences are copied as they are (a `mermaid` fence becomes a `text`
 * fence), so that examples of the syntax inside code stay untouched.
 */
export function toStockMarkdown(source: string): string {
  const output: string[] = []
  let openFence: { marker: string } | undefined
  for (const line of source.split('\n')) {
    if (openFence) {
      output.push(line)
      const closing = line.trim()
      if (closing.startsWith(openFence.marker) && /^(`+|~+)$/.test(closing) && closing[0] === openFence.marker[0]) {
        openFence = undefined
      }
      continue
    }
    const fence = fenceOpening.exec(line)
    if (fence) {
      const [, indent = '', marker = '', info = '', rest = ''] = fence
      openFence = { marker }
      output.push(info === 'mermaid' ? `${indent}${marker}text${rest}` : line)
      continue
    }
    output.push(...stockLines(line))
  }
  return output.join('\n')
}

function stockLines(line: string): string[] {
  const container = containerOpening.exec(line)
  if (container) {
    const [, indent = '', kind = '', rest = ''] = container
    return [`${indent}::: ${stockContainerKinds[kind] ?? kind}${rest}`]
  }
  const calloutOpening = calloutTagOpening.exec(line)
  if (calloutOpening) {
    const [, indent = '', kind = '', title] = calloutOpening
    return [`${indent}::: ${stockContainerKinds[kind] ?? kind}${title ? ` ${title}` : ''}`]
  }
  const calloutClosing = calloutTagClosing.exec(line)
  if (calloutClosing) return [`${calloutClosing[1] ?? ''}:::`]
  if (quotaTableTag.test(line)) return serverQuotaMarkdown().trimEnd().split('\n')
  if (customComponentLine.test(line)) return []
  return [line]
}

/** The build step that gives every page of the site the host's security policy (its Content-Security-Policy tag). */
const securityPolicyStep = fileURLToPath(
  new URL('../../docs/.vitepress/after-build/security-headers.ts', import.meta.url),
)

/**
 * The baseline's whole configuration: the site's title, the same navigation, sidebar and page frame (logo, outline,
 * edit link, last-updated date, footer, GitHub link: stock options, page-frame.ts), clean URLs and local search; and
 * the host's security policy, written into its pages by the site's own build step. The policy is the host's, not the
 * theme's: the lab serves any site with it. It also changes Lighthouse's phone score: with a Content-Security-Policy,
 * Chromium reports the module preloads as started by a script rather than by the HTML parser, and Lighthouse's
 * simulation then leaves them out of its optimistic first paint, 300 to 700 ms earlier, which puts the start-up
 * tasks after it and into the blocking time. No request starts at a different time.
 */
export function baselineConfig(docsDir: string): string {
  const config = {
    title: siteTitle,
    description: siteDescription,
    lang: 'en-US',
    cleanUrls: true,
    themeConfig: {
      ...pageFrame,
      nav: nav(),
      sidebar: sidebar(loadTopics(join(docsDir, 'limitations'))),
      search: { provider: 'local' },
    },
  }
  // Stock `lastUpdated: true` asks git for each page's date, and the baseline's scratch folder has no history: the
  // same dates (those of the site's pages) go in through the documented transformPageData hook instead.
  const lastUpdatedTimes = Object.fromEntries(readLastUpdatedTimes(docsDir))
  return (
    '// Generated by scripts/bench.ts: plain VitePress with its default theme, ' +
    "served with the host's security policy.\n" +
    `import { writeSecurityHeaders } from ${JSON.stringify(securityPolicyStep)}\n\n` +
    `const lastUpdatedTimes = ${JSON.stringify(lastUpdatedTimes)}\n\n` +
    `export default ${JSON.stringify(config, null, 2).slice(0, -2)},\n` +
    '  transformPageData(pageData) {\n' +
    '    const time = lastUpdatedTimes[pageData.relativePath]\n' +
    '    if (time) pageData.lastUpdated = time\n' +
    '  },\n' +
    '  buildEnd: writeSecurityHeaders,\n}\n'
  )
}

/**
 * Writes the baseline site for the pages of `docsDir` into `targetDir`: every page rewritten for stock VitePress,
 * the data loaders pages use (importing the site's modules where they are), `public/`, and the stock configuration.
 */
export async function writeBaselineSite(docsDir: string, targetDir: string): Promise<void> {
  for (const file of await sourceFiles(docsDir)) {
    const target = join(targetDir, relative(docsDir, file))
    await mkdir(dirname(target), { recursive: true })
    if (file.endsWith('.md')) await writeFile(target, toStockMarkdown(await readFile(file, 'utf8')))
    else await writeFile(target, withImportsFrom(dirname(file), await readFile(file, 'utf8')))
  }
  await cp(join(docsDir, 'public'), join(targetDir, 'public'), { recursive: true })
  await mkdir(join(targetDir, '.vitepress'), { recursive: true })
  await writeFile(join(targetDir, '.vitepress', 'config.mjs'), baselineConfig(docsDir))
}

/** A module's source with its relative imports made absolute, as seen from `folder`, so it runs from anywhere. */
function withImportsFrom(folder: string, source: string): string {
  return source.replace(
    /(from\s+['"])(\.{1,2}\/[^'"]+)(['"])/g,
    (_match, before: string, path: string, after: string) => {
      return before + resolve(folder, path) + after
    },
  )
}

/** Pages and data loaders under `docsDir`, outside `.vitepress/` and `public/`. */
async function sourceFiles(docsDir: string): Promise<string[]> {
  const entries = await readdir(docsDir, { recursive: true, withFileTypes: true })
  return entries
    .filter((entry) => entry.isFile() && (entry.name.endsWith('.md') || entry.name.endsWith('.data.ts')))
    .map((entry) => join(entry.parentPath, entry.name))
    .filter((file) => !/^(\.vitepress|public)([/\\]|$)/.test(relative(docsDir, file)))
}
