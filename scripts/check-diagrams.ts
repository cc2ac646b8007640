/**
 * Checks every mermaid diagram before publishing: each must declare its text alternative (accTitle and accDescr)
 * and parse with mermaid. The site's own markdown renderer finds the fences, so a diagram shown as an example
 * inside a longer fence is not mistaken for one. Mermaid's parser needs a DOM, which jsdom provides.
 *
 * Usage: tsx scripts/check-diagrams.ts [file or folder ...]   (default: docs)
 */
import { readdir, readFile, stat } from 'node:fs/promises'
import { join, relative, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import matter from 'gray-matter'
import { createMarkdownRenderer } from 'vitepress'
import { configureMarkdown } from '../docs/.vitepress/markdown'
import {
  diagramTextProblem,
  frontmatterLineCount,
  isMermaidFence,
  readDiagramText,
} from '../docs/.vitepress/markdown/mermaid'

interface Diagram {
  /** `file:line` of the opening fence, the file relative to the working directory. */
  location: string
  fenceLine: number
  source: string
}

type MermaidApi = (typeof import('mermaid'))['default']

const docsDir = fileURLToPath(new URL('../docs', import.meta.url))
const targets = process.argv.slice(2)
const files = await markdownFiles(targets.length ? targets : [docsDir])
const md = await createMarkdownRenderer(docsDir, { config: configureMarkdown })
const diagrams = (await Promise.all(files.map(findDiagrams))).flat()
const mermaid = diagrams.length ? await loadMermaid() : undefined
const problems: string[] = []
for (const diagram of diagrams) {
  const textProblem = diagramTextProblem(readDiagramText(diagram.source))
  if (textProblem) problems.push(`${diagram.location}: ${textProblem}`)
  const syntaxError = mermaid && (await syntaxErrorOf(mermaid, diagram))
  if (syntaxError) problems.push(`${diagram.location}: mermaid diagram has a syntax error: ${syntaxError}`)
}

if (problems.length) {
  console.error(problems.join('\n'))
  console.error(`\n${problems.length} problem(s) in ${diagrams.length} mermaid diagram(s) of ${files.length} file(s).`)
  process.exit(1)
}
console.log(`${diagrams.length} mermaid diagram(s) in ${files.length} file(s): all parse and have a text alternative.`)

/** The Markdown files named, or found in the folders named (dot-folders and node_modules skipped). */
async function markdownFiles(paths: string[]): Promise<string[]> {
  const found: string[] = []
  for (const path of paths.map((path) => resolve(path))) {
    const info = await stat(path).catch(() => undefined)
    if (!info) {
      console.error(`${relative(process.cwd(), path)}: no such file or folder`)
      process.exit(2)
    }
    if (info.isFile()) {
      found.push(path)
      continue
    }
    const entries = await readdir(path, { recursive: true })
    const skipped = /(^|[\\/])(\.|node_modules([\\/]|$))/
    found.push(
      ...entries.filter((entry) => entry.endsWith('.md') && !skipped.test(entry)).map((entry) => join(path, entry)),
    )
  }
  return [...new Set(found)].sort()
}

/** The mermaid fences of one page, as the site's renderer tokenizes it. */
async function findDiagrams(file: string): Promise<Diagram[]> {
  const source = await readFile(file, 'utf8')
  const { content, data } = matter(source)
  const lineOffset = frontmatterLineCount(source, content)
  const name = relative(process.cwd(), file)
  return md
    .parse(content, { path: file, relativePath: relative(docsDir, file), frontmatter: data })
    .filter(isMermaidFence)
    .map((token) => {
      const fenceLine = (token.map?.[0] ?? 0) + 1 + lineOffset
      return { location: `${name}:${fenceLine}`, fenceLine, source: token.content }
    })
}

async function loadMermaid(): Promise<MermaidApi> {
  // Mermaid's sanitizer binds to `window` when mermaid is first imported, so the DOM must exist before that.
  const { JSDOM } = await import('jsdom')
  const { window } = new JSDOM('<!doctype html><html><body></body></html>')
  Object.assign(globalThis, { window, document: window.document })
  const { default: mermaid } = await import('mermaid')
  mermaid.initialize({ startOnLoad: false, securityLevel: 'strict', logLevel: 'fatal' })
  return mermaid
}

async function syntaxErrorOf(mermaid: MermaidApi, diagram: Diagram): Promise<string | undefined> {
  try {
    await mermaid.parse(diagram.source)
    return undefined
  } catch (error) {
    return describeSyntaxError(error, diagram)
  }
}

/** Mermaid's message, its diagram-relative line numbers turned into lines of the file, indented under the location. */
function describeSyntaxError(error: unknown, diagram: Diagram): string {
  const message = error instanceof Error ? error.message : String(error)
  return message
    .replace(/\bline (\d+)/g, (_, line: string) => `line ${diagram.fenceLine + Number(line)}`)
    .trim()
    .split('\n')
    .join('\n    ')
}
