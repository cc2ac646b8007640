/**
 * Lighthouse on every page of the built site, as a phone (Lighthouse's default settings) and as a desktop (its desktop
 * preset): prints every page's scores, then fails unless accessibility, best practices and SEO are 1.00 everywhere,
 * listing the audits that cost points. Performance is not judged here: its score moves with whatever else a shared
 * two-core machine is doing, so `npm run bench` measures it (mobile against a baseline built in the same run, desktop
 * against a floor, each the median of three runs).
 *
 * Usage: tsx scripts/run-lighthouse.ts [--form-factor mobile|desktop] [dist dir]
 *   --form-factor  audit as that device only (default: both)
 *   dist dir       default: $DOCS_DIST, else docs/.vitepress/dist
 */
import { readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { listSitePages, serveSite } from './lib/site-server'
import { launchLighthouseBrowser, runLighthouse } from './lib/lighthouse'

export const formFactors = ['mobile', 'desktop'] as const
export type FormFactor = (typeof formFactors)[number]

/** The categories audited on both form factors; none of them depends on timing. */
export const categoryIds = ['accessibility', 'best-practices', 'seo'] as const
export type CategoryId = (typeof categoryIds)[number]

/**
 * Quiet time before a page counts as loaded: half of Lighthouse's default, which is sized for timing metrics these
 * audits do not take; 500 ms with no request and no long task is still well after the page has hydrated.
 */
const settleMilliseconds = 500

/** Lowest passing score of each category, on both form factors. */
export const requiredScores: Record<CategoryId, number> = { accessibility: 1, 'best-practices': 1, seo: 1 }

/** The part of a Lighthouse result (`lhr`) this check reads. */
export interface LighthouseReport {
  categories: Record<string, { score: number | null; auditRefs: { id: string; weight: number }[] } | undefined>
  audits: Record<
    string,
    | {
        id: string
        title: string
        score: number | null
        scoreDisplayMode: string
        numericValue?: number
        details?: { items?: unknown[] }
      }
    | undefined
  >
  runtimeError?: { code: string; message: string }
}

export interface AuditFinding {
  id: string
  title: string
  score: number | null
  /** The audit's detail items (failing elements, URLs ...), one line each. */
  items: string[]
}

export interface PageRun {
  /** Clean URL path of the page, e.g. `/limitations/firewall`. */
  page: string
  formFactor: FormFactor
  scores: Record<CategoryId, number | null>
  /** Per category, the weighted audits that scored below 1. */
  findings: Record<CategoryId, AuditFinding[]>
  /** Lighthouse's error when the page could not be audited properly. */
  runtimeError?: string
}

const maxItemsPerAudit = 8

/** Reads the scores, metrics and point-costing audits of one Lighthouse result. */
export function summarizeReport(page: string, formFactor: FormFactor, report: LighthouseReport): PageRun {
  const scores = {} as Record<CategoryId, number | null>
  const findings = {} as Record<CategoryId, AuditFinding[]>
  for (const id of categoryIds) {
    const category = report.categories[id]
    scores[id] = category?.score ?? null
    findings[id] = (category?.auditRefs ?? []).flatMap((ref) => {
      const audit = report.audits[ref.id]
      if (ref.weight === 0 || !audit || audit.score === null || audit.score >= 1) return []
      const items = (audit.details?.items ?? []).slice(0, maxItemsPerAudit).map(describeItem)
      return [{ id: audit.id, title: audit.title, score: audit.score, items }]
    })
  }
  return {
    page,
    formFactor,
    scores,
    findings,
    ...(report.runtimeError ? { runtimeError: `${report.runtimeError.code}: ${report.runtimeError.message}` } : {}),
  }
}

/** One detail item of an audit as a line: the element, the URL or the source location it names. */
function describeItem(item: unknown): string {
  if (typeof item !== 'object' || item === null) return String(item)
  const fields = item as Record<string, unknown>
  const node = fields.node as { selector?: string; snippet?: string } | undefined
  if (node?.selector || node?.snippet) return [node.selector, node.snippet].filter(Boolean).join(' ')
  const source = fields.source as { url?: string; line?: number } | undefined
  const text = [fields.description, fields.url, source?.url && `${source.url}:${source.line ?? 0}`, fields.label]
    .filter((value) => typeof value === 'string' && value !== '')
    .join(' ')
  return text || JSON.stringify(item).slice(0, 200)
}

/** Every way the runs miss the required scores, each with the audits that cost the points. */
export function lighthouseFailures(runs: readonly PageRun[]): string[] {
  return runs.flatMap((run) => {
    const where = `${run.page} (${run.formFactor})`
    const failures: string[] = run.runtimeError
      ? [`${where}: Lighthouse could not audit the page: ${run.runtimeError}`]
      : []
    for (const [category, required] of Object.entries(requiredScores) as [CategoryId, number][]) {
      const score = run.scores[category]
      if (score !== null && score >= required) continue
      const audits = run.findings[category].flatMap((finding) => [
        `  - ${finding.id}: ${finding.title} (score ${formatScore(finding.score)})`,
        ...finding.items.map((item) => `      ${item}`),
      ])
      failures.push([`${where}: ${category} ${formatScore(score)}, needs ${required.toFixed(2)}`, ...audits].join('\n'))
    }
    return failures
  })
}

function formatScore(score: number | null): string {
  return score === null ? 'n/a' : score.toFixed(2)
}

/** The runs as a table: page, form factor and the three scores. */
export function formatTable(runs: readonly PageRun[]): string {
  const header = ['page', 'form factor', 'accessibility', 'best practices', 'SEO']
  const rows = runs.map((run) => [run.page, run.formFactor, ...categoryIds.map((id) => formatScore(run.scores[id]))])
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column]!.length)))
  const line = (cells: string[]): string =>
    cells
      .map((cell, column) => (column < 2 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!)))
      .join(' | ')
  return [line(header), widths.map((width) => '-'.repeat(width)).join('-|-'), ...rows.map(line)].join('\n')
}

/** The form factors a `--form-factor` value selects: that one, or both when it is absent. */
export function selectFormFactors(value: string | undefined): FormFactor[] {
  if (value === undefined) return [...formFactors]
  if (!(formFactors as readonly string[]).includes(value)) {
    throw new Error(`--form-factor must be one of ${formFactors.join(', ')} (got "${value}")`)
  }
  return [value as FormFactor]
}

/** Pages a search engine is asked to skip (moved-page notices that send the reader on): not audited. */
export function isNoIndexPage(html: string): boolean {
  return /<meta\s+name=["']robots["']\s+content=["'][^"']*noindex/i.test(html)
}

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({
    options: { 'form-factor': { type: 'string' } },
    allowPositionals: true,
  })
  let selectedFormFactors: FormFactor[]
  try {
    selectedFormFactors = selectFormFactors(values['form-factor'])
  } catch (error) {
    console.error((error as Error).message)
    process.exit(2)
  }
  const repositoryRoot = fileURLToPath(new URL('..', import.meta.url))
  const dist = resolve(positionals[0] ?? process.env.DOCS_DIST ?? join(repositoryRoot, 'docs', '.vitepress', 'dist'))
  const pages = listSitePages(dist)
  const skipped = pages.filter((page) => isNoIndexPage(readFileSync(page.file, 'utf8')))
  const audited = pages.filter((page) => !skipped.includes(page))
  const started = Date.now()
  const site = await serveSite(dist, { gzip: true })
  const browser = await launchLighthouseBrowser()
  const runs: PageRun[] = []
  try {
    for (const page of audited) {
      for (const formFactor of selectedFormFactors) {
        const report = await runLighthouse(browser, site.url(page.path), {
          categories: [...categoryIds],
          formFactor,
          settleMs: settleMilliseconds,
        })
        runs.push(summarizeReport(page.path, formFactor, report as unknown as LighthouseReport))
      }
    }
  } finally {
    await browser.close()
    await site.close()
  }
  const seconds = (Date.now() - started) / 1000
  console.log(formatTable(runs))
  console.log('performance: not judged here; `npm run bench` measures it (BENCHMARKS.md)')
  for (const page of skipped) console.log(`not audited: ${page.path} (asks search engines not to index it)`)
  console.log(`\nlighthouse: ${runs.length} runs over ${audited.length} pages in ${seconds.toFixed(1)} s`)
  const failures = lighthouseFailures(runs)
  if (failures.length) {
    console.error(`\n${failures.length} Lighthouse requirement(s) not met:\n${failures.join('\n')}`)
    process.exitCode = 1
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await main()
