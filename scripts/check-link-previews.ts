/**
 * Checks that every page of the built site has its link-preview tags, with absolute URLs, and its preview image.
 *
 * Usage: tsx scripts/check-link-previews.ts [dist dir]   (default: $DOCS_DIST, else docs/.vitepress/dist)
 */
import { existsSync } from 'node:fs'
import { resolve } from 'node:path'
import { linkPreviewProblems } from './lib/link-previews'

const distDir = resolve(process.argv[2] ?? process.env.DOCS_DIST ?? 'docs/.vitepress/dist')
if (!existsSync(resolve(distDir, 'index.html'))) {
  console.error(`${distDir}: no built site here (run npm run docs:build first)`)
  process.exit(2)
}
const problems = linkPreviewProblems(distDir)
for (const problem of problems) console.error(problem)
if (problems.length) {
  console.error(`${problems.length} link-preview problems`)
  process.exit(1)
}
console.log('every page has its title, description, canonical URL, Open Graph and Twitter tags, and its preview image')
