/** Formatting for the benchmark's report: Markdown tables, numbers with units, ratios and target verdicts. */

/** The median of a non-empty list. */
export function median(values: readonly number[]): number {
  if (values.length === 0) throw new Error('median of an empty list')
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2
}

/** A Markdown table; numeric-looking columns are right-aligned. */
export function markdownTable(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const rightAligned = header.map(
    (_, column) => rows.length > 0 && rows.every((row) => /^[-+\d.,]/.test(row[column] ?? '')),
  )
  const line = (cells: readonly string[]) => `| ${cells.join(' | ')} |`
  return [
    line(header),
    line(header.map((_, column) => (rightAligned[column] ? '---:' : '---'))),
    ...rows.map(line),
  ].join('\n')
}

/** Bytes for people: `1234` → "1.2 KB", `5_600_000` → "5.34 MB" (1 KB = 1024 bytes). */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${Math.round(bytes)} B`
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`
  return `${(bytes / 1024 / 1024).toFixed(2)} MB`
}

/** Milliseconds for people: `12.345` → "12 ms", `0.4567` → "0.46 ms", `2500` → "2.50 s". */
export function formatMs(ms: number): string {
  if (ms >= 1000) return `${(ms / 1000).toFixed(2)} s`
  return ms >= 10 ? `${Math.round(ms)} ms` : `${ms.toFixed(2)} ms`
}

/**
 * The longest task of a run, as Chromium's "longtask" entries report it: they only exist for tasks over 50 ms, so
 * a run without one is "none over 50 ms", not a 0 ms task.
 */
export function formatLongestTask(ms: number): string {
  return ms === 0 ? 'none over 50 ms' : formatMs(ms)
}

/** `site / baseline` to two decimals, or "n/a" when the baseline is zero. */
export function formatRatio(site: number, baseline: number): string {
  if (baseline === 0) return site === 0 ? '1.00' : 'n/a'
  return (site / baseline).toFixed(2)
}

export interface Verdict {
  target: string
  measured: string
  pass: boolean
}

/** `PASS` or `MISS`, for a cell beside a figure. */
export function verdictWord(pass: boolean): 'PASS' | 'MISS' {
  return pass ? 'PASS' : 'MISS'
}
