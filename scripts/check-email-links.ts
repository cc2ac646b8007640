/**
 * Checks the link contract against the built site: every onboarding-email link of data/email-links.ts, every old
 * address of data/redirects.ts and every target they are sent to must lead to an existing page and section.
 *
 * Usage: tsx scripts/check-email-links.ts [dist dir]   (default: $DOCS_DIST, else docs/.vitepress/dist)
 */
import { existsSync, readFileSync } from 'node:fs'
import { relative, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { lineWhere } from '../docs/.vitepress/helpers/source-lines'
import { brokenLinks, type RecordedLink } from './lib/built-links'
import { emailLinks, type EmailLink } from '../docs/.vitepress/data/email-links'
import { anchorAliases, movedPages, type MovedPage } from '../docs/.vitepress/data/redirects'

const repositoryRoot = fileURLToPath(new URL('..', import.meta.url))
const emailLinksFile = 'docs/.vitepress/data/email-links.ts'
const redirectsFile = 'docs/.vitepress/data/redirects.ts'

/** Every recorded link, each with the `file:line` where it is written. */
export function recordedLinks(
  email: readonly EmailLink[] = emailLinks,
  moved: readonly MovedPage[] = movedPages,
  aliases: Record<string, Record<string, string>> = anchorAliases,
): RecordedLink[] {
  const emailSource = readFileSync(resolve(repositoryRoot, emailLinksFile), 'utf8')
  const redirectSource = readFileSync(resolve(repositoryRoot, redirectsFile), 'utf8')
  const at = (file: string, source: string, needle: string) => `${file}:${lineOf(source, needle)}`

  return [
    ...email.map((link) => ({ url: link.url, source: at(emailLinksFile, emailSource, `'${link.url}'`) })),
    ...moved.flatMap((page) => [
      { url: page.from, source: at(redirectsFile, redirectSource, `'${page.from}'`) },
      { url: page.to, source: at(redirectsFile, redirectSource, `'${page.to}'`) },
      ...Object.values(page.anchors).map((target) => ({
        url: target,
        source: at(redirectsFile, redirectSource, `'${target}'`),
      })),
    ]),
    ...Object.entries(aliases).flatMap(([path, pageAliases]) =>
      Object.values(pageAliases).map((id) => ({
        url: `${path}#${id}`,
        source: at(redirectsFile, redirectSource, `'${id}'`),
      })),
    ),
  ]
}

function lineOf(source: string, needle: string): number {
  return lineWhere(source, (line) => line.includes(needle)) ?? 1
}

function main(): void {
  const distDir = resolve(process.argv[2] ?? process.env.DOCS_DIST ?? 'docs/.vitepress/dist')
  if (!existsSync(resolve(distDir, 'index.html'))) {
    console.error(`${relative(process.cwd(), distDir) || distDir}: no built site here (run npm run docs:build first)`)
    process.exit(2)
  }
  const links = recordedLinks()
  const problems = brokenLinks(distDir, links)
  for (const problem of problems) console.error(problem)
  if (problems.length) {
    console.error(`${problems.length} of ${links.length} recorded links are broken`)
    process.exit(1)
  }
  console.log(`all ${links.length} recorded links lead to an existing page and section`)
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main()
