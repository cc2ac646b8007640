import { describe, expect, it } from 'vitest'
import {
  formatTable,
  isNoIndexPage,
  lighthouseFailures,
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
  it('passes full marks everywhere, whatever the performance score of a run on a busy machine', () => {
    const runs = [
      summarizeReport('/', 'mobile', report({ performance: 0.41 })),
      summarizeReport('/', 'desktop', report({ performance: 0.3 })),
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

describe('formatTable', () => {
  it('prints page, form factor and the three judged scores', () => {
    const table = formatTable([summarizeReport('/contributing', 'desktop', report({ seo: 0.92 }))])
    expect(table.split('\n')).toEqual([
      'page          | form factor | accessibility | best practices |  SEO',
      '--------------|-------------|---------------|----------------|-----',
      '/contributing | desktop     |          1.00 |           1.00 | 0.92',
    ])
  })
})

describe('isNoIndexPage', () => {
  it('recognises a page that asks search engines not to index it', () => {
    expect(isNoIndexPage('<head><meta name="robots" content="noindex"></head>')).toBe(true)
    expect(isNoIndexPage('<head><meta name="description" content="noindex is a word"></head>')).toBe(false)
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
