/**
 * Lighthouse against a served site: one Chromium with a debugging port for many audits, each audit with a cold cache
 * and fresh storage (Lighthouse's default). Shared by the benchmark and the Lighthouse checks.
 */
import lighthouse, { desktopConfig, type Flags, type Result } from 'lighthouse'
import { chromium } from 'playwright-core'
import { browserLaunchOptions, freePort } from './toolchain'

export interface LighthouseBrowser {
  /** The debugging port Lighthouse connects to. */
  port: number
  close(): Promise<void>
}

/** Starts a headless Chromium (the tests' flags) that Lighthouse can drive; close it when done. */
export async function launchLighthouseBrowser(): Promise<LighthouseBrowser> {
  const port = await freePort()
  const options = browserLaunchOptions()
  const browser = await chromium.launch({
    ...options,
    args: [...(options.args ?? []), `--remote-debugging-port=${port}`],
  })
  return { port, close: () => browser.close() }
}

export interface AuditOptions {
  /** Lighthouse's category ids, e.g. `['performance']`; default every category. */
  categories?: string[]
  /** Run only these audits (the categories then score on those alone). */
  audits?: string[]
  /** `mobile` (Lighthouse's default: a mid-range phone on slow 4G, simulated) or `desktop`. */
  formFactor?: 'mobile' | 'desktop'
  /**
   * How long the network and the CPU must be quiet (and how long to wait after the first paint and the load) before
   * the page counts as settled; Lighthouse's default is 1000 ms each. Only for audits that measure no timing.
   */
  settleMs?: number
}

/**
 * Audits that score nothing and cost seconds per run: screenshots for an HTML report (none is written), and the
 * back/forward-cache test, which navigates away and back.
 */
const unscoredCostlyAudits = ['screenshot-thumbnails', 'final-screenshot', 'bf-cache']

/**
 * Audits one URL and returns Lighthouse's report, a runtime error (the page could not be loaded or audited) included
 * for the caller to judge.
 */
export async function runLighthouse(
  browser: LighthouseBrowser,
  url: string,
  { categories, audits, formFactor = 'mobile', settleMs }: AuditOptions = {},
): Promise<Result> {
  const flags: Flags = {
    port: browser.port,
    output: 'json',
    logLevel: 'error',
    onlyCategories: categories,
    onlyAudits: audits,
    skipAudits: unscoredCostlyAudits,
    disableFullPageScreenshot: true,
  }
  const preset = formFactor === 'desktop' ? desktopConfig : undefined
  const settle =
    settleMs === undefined
      ? {}
      : {
          pauseAfterFcpMs: settleMs,
          pauseAfterLoadMs: settleMs,
          networkQuietThresholdMs: settleMs,
          cpuQuietThresholdMs: settleMs,
        }
  const config =
    settleMs === undefined ? preset : { extends: 'lighthouse:default', settings: { ...preset?.settings, ...settle } }
  const result = await lighthouse(url, flags, config)
  if (!result) throw new Error(`Lighthouse returned no result for ${url} (${formFactor})`)
  return result.lhr
}

/** Audits one URL and returns Lighthouse's report; rejects when Lighthouse could not load or audit the page. */
export async function auditPage(browser: LighthouseBrowser, url: string, options: AuditOptions = {}): Promise<Result> {
  const report = await runLighthouse(browser, url, options)
  const { runtimeError } = report
  if (runtimeError) throw new Error(`Lighthouse could not audit ${url}: ${runtimeError.code}: ${runtimeError.message}`)
  return report
}

/** The audits behind the performance score (its weighted metrics), for a faster performance-only run. */
export const performanceScoreAudits = [
  'first-contentful-paint',
  'speed-index',
  'largest-contentful-paint',
  'total-blocking-time',
  'cumulative-layout-shift',
]

export interface PerformanceSummary {
  /** The performance score, 0 to 1. */
  score: number
  largestContentfulPaintMs: number
  totalBlockingTimeMs: number
  cumulativeLayoutShift: number
}

/** The performance score and the metrics the benchmark reports, from a report that includes them. */
export function performanceSummary(report: Result): PerformanceSummary {
  const metric = (id: string) => {
    const value = report.audits[id]?.numericValue
    if (value === undefined) throw new Error(`the Lighthouse report of ${report.finalDisplayedUrl} lacks "${id}"`)
    return value
  }
  const score = report.categories.performance?.score
  if (score === undefined || score === null) {
    throw new Error(`the Lighthouse report of ${report.finalDisplayedUrl} has no performance score`)
  }
  return {
    score,
    largestContentfulPaintMs: metric('largest-contentful-paint'),
    totalBlockingTimeMs: metric('total-blocking-time'),
    cumulativeLayoutShift: metric('cumulative-layout-shift'),
  }
}
