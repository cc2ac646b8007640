/**
 * Runs every page of a build through the W3C Nu Html Checker (vnu.jar from the vnu-jar package, with the Java that
 * `npm run setup` found) and fails on any error, and on any warning but the few accepted below with their reasons,
 * each named by the built file, its line and column, and the Markdown page it was built from.
 *
 * Usage: tsx scripts/check-html.ts [dist dir]   (default: $DOCS_DIST, else docs/.vitepress/dist)
 */
import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join, relative, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { builtHtmlFiles } from '../docs/.vitepress/helpers/built-pages'
import { javaBinary } from './lib/system-tools'

const repositoryRoot = fileURLToPath(new URL('..', import.meta.url))

/** One message of vnu's `--format json` output. */
export interface CheckerMessage {
  type: 'error' | 'info' | 'non-document-error'
  subType?: string
  url?: string
  lastLine?: number
  firstColumn?: number
  message: string
  extract?: string
}

/** A warning that is accepted, and why; an error never is. */
interface AcceptedWarning {
  message: RegExp
  /** Matched against the markup the checker quotes, so that only the markup meant is accepted. */
  extract?: RegExp
  reason: string
}

export const acceptedWarnings: readonly AcceptedWarning[] = [
  {
    message: /^Resource violates Content Security Policy \(meta tag\): .* “\/(?!\/)[^”]*” blocked by/,
    reason:
      "the checker reads the build from disk, where the policy's 'self' is the file: origin, so every same-origin " +
      'file "violates" it; a resource from another origin is still reported, and the e2e tests check the policy in ' +
      'Chromium over HTTP',
  },
  {
    message: /^Section lacks heading\./,
    extract: /<section class="VPSidebarItem level-0[ "]/,
    reason:
      "VitePress's sidebar gathers top-level links (Docker in LXC, Contributing) into a <section> without a title; " +
      'a title would make it a group header, which VitePress 1.6 renders as invalid HTML (vuejs/vitepress#5366)',
  },
]

/** Whether the checker's message is a problem of the page: every error, and every warning not accepted above. */
export function isProblem(message: CheckerMessage): boolean {
  if (message.type === 'info' && message.subType !== 'warning') return false
  if (message.type !== 'info') return true
  return !acceptedWarnings.some(
    (accepted) =>
      accepted.message.test(message.message) && (!accepted.extract || accepted.extract.test(message.extract ?? '')),
  )
}

/** The Markdown page a built file comes from, when there is one: `limitations/firewall.html` → `docs/limitations/firewall.md`. */
export function sourcePageOf(htmlFile: string, docsDir: string): string | undefined {
  const candidate = join(docsDir, htmlFile.replace(/\.html$/, '.md'))
  return existsSync(candidate) ? relative(repositoryRoot, candidate) : undefined
}

/** One line per problem: `file:line:column: message`, the page's source, and the markup around it. */
export function formatProblem(message: CheckerMessage, distDir: string, docsDir: string): string {
  const file = message.url ? relative(distDir, fileURLToPath(message.url)) : '(no file)'
  const shownFile = message.url ? relative(process.cwd(), fileURLToPath(message.url)) : file
  const position = message.lastLine ? `:${message.lastLine}:${message.firstColumn ?? 1}` : ''
  const kind = message.subType === 'warning' ? 'warning' : 'error'
  const source = sourcePageOf(file, docsDir)
  const extract = message.extract ? `\n    ${message.extract.replace(/\s+/g, ' ').trim()}` : ''
  return `${shownFile}${position}: ${kind}: ${message.message}${source ? ` (page: ${source})` : ''}${extract}`
}

/** The problems in vnu's JSON output for the build in `distDir`, and how many warnings were accepted. */
export function htmlProblems(
  checkerOutput: string,
  distDir: string,
  docsDir: string,
): { problems: string[]; acceptedWarnings: number } {
  const { messages } = JSON.parse(checkerOutput) as { messages: CheckerMessage[] }
  const warnings = messages.filter((message) => message.type === 'info' && message.subType === 'warning')
  return {
    problems: messages.filter(isProblem).map((message) => formatProblem(message, distDir, docsDir)),
    acceptedWarnings: warnings.filter((message) => !isProblem(message)).length,
  }
}

/** Checks every HTML file of the build in `distDir` with vnu.jar; `docsDir` holds the pages' Markdown. */
export function checkBuiltHtml(
  distDir: string,
  docsDir: string = join(repositoryRoot, 'docs'),
): { pages: number; problems: string[]; acceptedWarnings: number } {
  if (!existsSync(distDir)) throw new Error(`no build at ${distDir}: run npm run docs:build first`)
  const java = javaBinary()
  if (!java) throw new Error('no Java to run the HTML checker with: run npm run setup, or set JAVA_HOME')
  const vnuJar = String(createRequire(import.meta.url)('vnu-jar'))
  const pages = builtHtmlFiles(distDir)
  const result = spawnSync(
    java,
    ['-jar', vnuJar, '--format', 'json', '--exit-zero-always', ...pages.map((page) => join(distDir, page))],
    { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
  )
  if (result.error || result.status !== 0) {
    throw new Error(`the HTML checker did not run: ${result.error?.message ?? result.stderr}`)
  }
  // vnu writes its JSON report to stderr.
  return { pages: pages.length, ...htmlProblems(result.stderr, distDir, docsDir) }
}

function main(): void {
  const distDir = resolve(
    process.argv[2] ?? process.env.DOCS_DIST ?? join(repositoryRoot, 'docs', '.vitepress', 'dist'),
  )
  const { pages, problems, acceptedWarnings: accepted } = checkBuiltHtml(distDir)
  for (const problem of problems) console.error(problem)
  console.log(
    `check-html: ${pages} pages checked with the Nu Html Checker: ${problems.length} problems ` +
      `(${accepted} warnings of the kinds scripts/check-html.ts accepts, with its reasons)`,
  )
  if (problems.length) process.exitCode = 1
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main()
