import { describe, expect, it } from 'vitest'
import {
  formatBytes,
  formatLongestTask,
  formatMs,
  formatRatio,
  markdownTable,
  median,
} from '../../../../scripts/lib/bench-report'

describe('median', () => {
  it.each([
    [[3], 3],
    [[5, 1, 3], 3],
    [[4, 1, 3, 2], 2.5],
  ])('of %j is %d', (values, expected) => {
    expect(median(values)).toBe(expected)
  })

  it('refuses an empty list', () => {
    expect(() => median([])).toThrow('median of an empty list')
  })
})

describe('markdownTable', () => {
  it('right-aligns the columns that hold numbers', () => {
    expect(
      markdownTable(
        ['page', 'JS'],
        [
          ['/', '61.2 KB'],
          ['/guide', '1.0 KB'],
        ],
      ),
    ).toBe('| page | JS |\n| --- | ---: |\n| / | 61.2 KB |\n| /guide | 1.0 KB |')
  })
})

describe('formats', () => {
  it.each([
    [512, '512 B'],
    [1536, '1.5 KB'],
    [5 * 1024 * 1024, '5.00 MB'],
  ])('writes %d bytes as %s', (bytes, text) => {
    expect(formatBytes(bytes)).toBe(text)
  })

  it.each([
    [0.456, '0.46 ms'],
    [12.4, '12 ms'],
    [2500, '2.50 s'],
  ])('writes %d ms as %s', (ms, text) => {
    expect(formatMs(ms)).toBe(text)
  })

  it('writes a ratio to two decimals, and none against a zero baseline', () => {
    expect(formatRatio(105, 100)).toBe('1.05')
    expect(formatRatio(0, 0)).toBe('1.00')
    expect(formatRatio(3, 0)).toBe('n/a')
  })
})

describe('formatLongestTask', () => {
  it('says that no task went over 50 ms rather than showing a 0 ms task', () => {
    expect(formatLongestTask(0)).toBe('none over 50 ms')
  })

  it('shows a long task in milliseconds', () => {
    expect(formatLongestTask(81.4)).toBe('81 ms')
    expect(formatLongestTask(1234)).toBe('1.23 s')
  })
})
