/**
 * Lighthouse on every page of the built site, as a phone (Lighthouse's default settings) and as a desktop (its desktop
 * preset): prints every page's scores and metrics, then fails unless accessibility, best practices and SEO are 1.00
 * everywhere and desktop performance is at least 0.90, listing the audits that cost points. Mobile performance is
 * not run here: it swings by 15 points between runs on a 2-core machine, so the benchmark compares it with a
 * baseline built in the same run.
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

export const categoryIds = ['performance', 'accessibility', 'best-practices', 'seo'] as const
export type CategoryId = (typeof categoryIds)[number]

/**
 * The categories audited per form factor. Mobile performance is left to the benchmark (`npm run bench`), which
 * compares it with plain VitePress in the same run: alone it swings by 15 points between runs on two cores.
 */
export const auditedCategories: Record<FormFactor, readonly CategoryId[]> = {
  mobile: ['accessibility', 'best-practices', 'seo'],
  desktop: categoryIds,
}

/** Lowest passing score per category and form factor; a category without one is printed only. */
export const requiredScores: Record<FormFactor, Partial<Record<CategoryId, number>>> = {
  mobile: { accessibility: 1, 'best-practices': 1, seo: 1 },
  desktop: { performance: 0.9, accessibility: 1, 'best-practices': 1, seo: 1 },
}

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
  /** Largest contentful paint and total blocking time in milliseconds; cumulative layout shift. */
  metrics: { lcp: number | undefined; tbt: number | undefined; cls: number | undefined }
  /** Per category, the weighted audits that scored below 1. */
  findings: Record<CategoryId, AuditFinding[]>
  /** Lighthouse's error when the page could not be audited properly. */
  runtimeError?: string
  /** How many runs this one is the median of (see `repeatedRuns`); 1 when absent. */
  runs?: number
}

/**
 * Runs whose performance misses its requirement are repeated, and the median of `repeatedRuns` runs counts, as
 * Lighthouse CI does: one run's performance score moves with whatever else the machine's two cores are doing.
 * Accessibility, best practices and SEO do not depend on timing and are never repeated.
 */
export const repeatedRuns = 3

/** Whether a run's performance score misses the requirement for its form factor. */
export function missesPerformance(run: PageRun): boolean {
  const required = requiredScores[run.formFactor].performance
  return required !== undefined && (run.scores.performance ?? 0) < required
}

/** The run with the median performance score, recording how many runs it was chosen from. */
export function medianRun(runs: readonly PageRun[]): PageRun {
  const sorted = [...runs].sort((a, b) => (a.scores.performance ?? 0) - (b.scores.performance ?? 0))
  return { ...sorted[Math.floor((sorted.length - 1) / 2)]!, runs: runs.length }
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
  const metric = (id: string): number | undefined => report.audits[id]?.numericValue
  return {
    page,
    formFactor,
    scores,
    metrics: {
      lcp: metric('largest-contentful-paint'),
      tbt: metric('total-blocking-time'),
      cls: metric('cumulative-layout-shift'),
    },
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
    const where = `${run.page} (${run.formFactor}${run.runs ? `, median of ${run.runs} runs` : ''})`
    const failures: string[] = run.runtimeError
      ? [`${where}: Lighthouse could not audit the page: ${run.runtimeError}`]
      : []
    for (const [category, required] of Object.entries(requiredScores[run.formFactor]) as [CategoryId, number][]) {
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

/** The runs as a table: page, form factor, the four scores, LCP, TBT and CLS. */
export function formatTable(runs: readonly PageRun[]): string {
  const header = ['page', 'form factor', 'perf', 'a11y', 'best practices', 'SEO', 'LCP', 'TBT', 'CLS']
  const milliseconds = (value: number | undefined): string => (value === undefined ? 'n/a' : `${Math.round(value)} ms`)
  const rows = runs.map((run) => [
    run.page,
    run.formFactor,
    ...categoryIds.map((id) =>
      id === 'performance' && run.runs
        ? `${formatScore(run.scores[id])} (median of ${run.runs})`
        : formatScore(run.scores[id]),
    ),
    milliseconds(run.metrics.lcp),
    milliseconds(run.metrics.tbt),
    run.metrics.cls === undefined ? 'n/a' : run.metrics.cls.toFixed(3),
  ])
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
    const audit = async (path: string, formFactor: FormFactor): Promise<PageRun> => {
      const categories = [...auditedCategories[formFactor]]
      const report = await runLighthouse(browser, site.url(path), { categories, formFactor })
      return summarizeReport(path, formFactor, report as unknown as LighthouseReport)
    }
    for (const page of audited) {
      for (const formFactor of selectedFormFactors) {
        const first = await audit(page.path, formFactor)
        if (!missesPerformance(first)) {
          runs.push(first)
          continue
        }
        const repeats = [first]
        while (repeats.length < repeatedRuns) repeats.push(await audit(page.path, formFactor))
        runs.push(medianRun(repeats))
      }
    }
  } finally {
    await browser.close()
    await site.close()
  }
  const seconds = (Date.now() - started) / 1000
  console.log(formatTable(runs))
  if (selectedFormFactors.includes('mobile')) {
    console.log('mobile performance: not run here; `npm run bench` compares it with plain VitePress (BENCHMARKS.md)')
  }
  for (const page of skipped) console.log(`not audited: ${page.path} (asks search engines not to index it)`)
  const total = runs.reduce((sum, run) => sum + (run.runs ?? 1), 0)
  console.log(`\nlighthouse: ${total} runs over ${audited.length} pages in ${seconds.toFixed(1)} s`)
  const failures = lighthouseFailures(runs)
  if (failures.length) {
    console.error(`\n${failures.length} Lighthouse requirement(s) not met:\n${failures.join('\n')}`)
    process.exitCode = 1
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await main()
