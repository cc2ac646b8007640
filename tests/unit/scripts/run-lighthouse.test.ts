import { describe, expect, it } from 'vitest'
import {
  auditedCategories,
  formatTable,
  isNoIndexPage,
  lighthouseFailures,
  medianRun,
  missesPerformance,
  requiredScores,
  selectFormFactors,
  summarizeReport,
  type LighthouseReport,
} from '../../../scripts/run-lighthouse'

/** A Lighthouse result with the given category scores, full marks unless said otherwise. */
function report(
  scores: Partial<Record<'performance' | 'accessibility' | 'best-practices' | 'seo', number | null>>,
  extra: Partial<LighthouseReport> = {},
): LighthouseReport {
  const category = (id: string, auditIds: string[]) => ({
    score: id in scores ? scores[id as keyof typeof scores]! : 1,
    auditRefs: auditIds.map((auditId) => ({ id: auditId, weight: auditId === 'color-contrast-hint' ? 0 : 1 })),
  })
  return {
    categories: {
      performance: category('performance', ['total-blocking-time', 'largest-contentful-paint']),
      accessibility: category('accessibility', ['color-contrast', 'button-name', 'color-contrast-hint']),
      'best-practices': category('best-practices', ['errors-in-console']),
      seo: category('seo', ['meta-description']),
    },
    audits: {
      'total-blocking-time': {
        id: 'total-blocking-time',
        title: 'Total Blocking Time',
        score: 0.4,
        scoreDisplayMode: 'numeric',
        numericValue: 612.4,
      },
      'largest-contentful-paint': {
        id: 'largest-contentful-paint',
        title: 'Largest Contentful Paint',
        score: 1,
        scoreDisplayMode: 'numeric',
        numericValue: 820.6,
      },
      'cumulative-layout-shift': {
        id: 'cumulative-layout-shift',
        title: 'Cumulative Layout Shift',
        score: 1,
        scoreDisplayMode: 'numeric',
        numericValue: 0.0123,
      },
      'color-contrast': {
        id: 'color-contrast',
        title: 'Background and foreground colors do not have a sufficient contrast ratio.',
        score: scores.accessibility === undefined ? 1 : 0,
        scoreDisplayMode: 'binary',
        details: { items: [{ node: { selector: 'div.language-bash > span.lang', snippet: '<span class="lang">' } }] },
      },
      'button-name': {
        id: 'button-name',
        title: 'Buttons have an accessible name',
        score: 1,
        scoreDisplayMode: 'binary',
      },
      'color-contrast-hint': { id: 'color-contrast-hint', title: 'Unweighted', score: 0, scoreDisplayMode: 'binary' },
      'errors-in-console': {
        id: 'errors-in-console',
        title: 'Browser errors were logged to the console',
        score: scores['best-practices'] === undefined ? 1 : 0,
        scoreDisplayMode: 'binary',
        details: {
          items: [{ source: 'network', description: 'Failed to load resource: 404', url: 'http://127.0.0.1/x.js' }],
        },
      },
      'meta-description': {
        id: 'meta-description',
        title: 'Document has a meta description',
        score: 1,
        scoreDisplayMode: 'binary',
      },
    },
    ...extra,
  }
}

describe('lighthouseFailures', () => {
  it('passes full marks everywhere and desktop performance of 0.90', () => {
    const runs = [
      summarizeReport('/', 'mobile', report({ performance: 0.41 })),
      summarizeReport('/', 'desktop', report({ performance: 0.9 })),
    ]
    expect(lighthouseFailures(runs)).toEqual([])
  })

  it('fails an accessibility score below 1 and lists the weighted audits that cost the points, with their elements', () => {
    const runs = [summarizeReport('/limitations/firewall', 'mobile', report({ accessibility: 0.93 }))]
    expect(lighthouseFailures(runs)).toEqual([
      [
        '/limitations/firewall (mobile): accessibility 0.93, needs 1.00',
        '  - color-contrast: Background and foreground colors do not have a sufficient contrast ratio. (score 0.00)',
        '      div.language-bash > span.lang <span class="lang">',
      ].join('\n'),
    ])
  })

  it('fails best practices and SEO below 1 on either form factor', () => {
    const failures = lighthouseFailures([
      summarizeReport('/', 'desktop', report({ 'best-practices': 0.96, seo: 0.92 })),
    ])
    expect(failures.map((failure) => failure.split('\n')[0])).toEqual([
      '/ (desktop): best-practices 0.96, needs 1.00',
      '/ (desktop): seo 0.92, needs 1.00',
    ])
    expect(failures[0]).toContain('Failed to load resource: 404 http://127.0.0.1/x.js')
  })

  it('fails desktop performance below 0.90 but only prints mobile performance', () => {
    const failures = lighthouseFailures([
      summarizeReport('/guide/docker', 'mobile', report({ performance: 0.5 })),
      summarizeReport('/guide/docker', 'desktop', report({ performance: 0.89 })),
    ])
    expect(failures).toEqual([
      [
        '/guide/docker (desktop): performance 0.89, needs 0.90',
        '  - total-blocking-time: Total Blocking Time (score 0.40)',
      ].join('\n'),
    ])
  })

  it('fails a category Lighthouse could not score and a page it could not audit', () => {
    const failures = lighthouseFailures([
      summarizeReport(
        '/',
        'mobile',
        report({ seo: null }, { runtimeError: { code: 'NO_FCP', message: 'The page did not paint any content.' } }),
      ),
    ])
    expect(failures).toEqual([
      '/ (mobile): Lighthouse could not audit the page: NO_FCP: The page did not paint any content.',
      '/ (mobile): seo n/a, needs 1.00',
    ])
  })
})

describe('repeating runs that miss the performance requirement', () => {
  const desktop = (performance: number) => summarizeReport('/', 'desktop', report({ performance }))

  it('repeats only desktop runs below 0.90', () => {
    expect(missesPerformance(desktop(0.89))).toBe(true)
    expect(missesPerformance(desktop(0.9))).toBe(false)
    expect(missesPerformance(summarizeReport('/', 'mobile', report({ performance: 0.3 })))).toBe(false)
  })

  it('keeps the median run, so one slow run neither fails nor passes the page alone', () => {
    expect(medianRun([desktop(0.95), desktop(0.7), desktop(0.92)]).scores.performance).toBe(0.92)
    expect(medianRun([desktop(0.85), desktop(0.7), desktop(0.93)]).scores.performance).toBe(0.85)
  })

  it('names the median in the failure and in the table', () => {
    const run = medianRun([desktop(0.85), desktop(0.7), desktop(0.88)])
    expect(lighthouseFailures([run])[0]).toMatch(/^\/ \(desktop, median of 3 runs\): performance 0\.85, needs 0\.90/)
    expect(formatTable([run])).toContain('| 0.85 (median of 3) |')
  })
})

describe('formatTable', () => {
  it('prints page, form factor, the four scores, LCP, TBT and CLS', () => {
    const table = formatTable([summarizeReport('/contributing', 'desktop', report({ performance: 0.97 }))])
    expect(table.split('\n')).toEqual([
      'page          | form factor | perf | a11y | best practices |  SEO |    LCP |    TBT |   CLS',
      '--------------|-------------|------|------|----------------|------|--------|--------|------',
      '/contributing | desktop     | 0.97 | 1.00 |           1.00 | 1.00 | 821 ms | 612 ms | 0.012',
    ])
  })
})

describe('isNoIndexPage', () => {
  it('recognises a page that asks search engines not to index it', () => {
    expect(isNoIndexPage('<head><meta name="robots" content="noindex"></head>')).toBe(true)
    expect(isNoIndexPage('<head><meta name="description" content="noindex is a word"></head>')).toBe(false)
  })
})

describe('auditedCategories', () => {
  it('audits every category that has a required score, on each form factor', () => {
    for (const [formFactor, required] of Object.entries(requiredScores)) {
      const audited = auditedCategories[formFactor as keyof typeof auditedCategories]
      expect(Object.keys(required).filter((category) => !audited.includes(category as never))).toEqual([])
    }
  })
})

describe('selectFormFactors', () => {
  it('selects both form factors without --form-factor, and the one named with it', () => {
    expect(selectFormFactors(undefined)).toEqual(['mobile', 'desktop'])
    expect(selectFormFactors('desktop')).toEqual(['desktop'])
  })

  it('rejects an unknown form factor, naming the known ones', () => {
    expect(() => selectFormFactors('tablet')).toThrow('--form-factor must be one of mobile, desktop (got "tablet")')
  })
})
