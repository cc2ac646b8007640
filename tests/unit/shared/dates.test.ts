import { describe, expect, it } from 'vitest'
import { formatIsoDate, formatLongDate } from '../../../docs/.vitepress/shared/dates'

describe('formatLongDate', () => {
  it('writes the month name, the day and the year', () => {
    expect(formatLongDate(new Date('2026-11-29T12:00:00Z'))).toBe('November 29, 2026')
    expect(formatLongDate(new Date('2027-01-05T00:00:00Z'))).toBe('January 5, 2027')
  })

  it('reads the date in UTC, whatever the time zone the time was written in', () => {
    expect(formatLongDate(new Date('2026-11-29T23:30:00-08:00'))).toBe('November 30, 2026')
  })

  it('writes what Intl writes for en-US long dates in UTC, for every month', () => {
    const intl = new Intl.DateTimeFormat('en-US', { dateStyle: 'long', timeZone: 'UTC' })
    for (let month = 0; month < 12; month++) {
      const date = new Date(Date.UTC(2026, month, 28))
      expect(formatLongDate(date)).toBe(intl.format(date))
    }
  })
})

describe('formatIsoDate', () => {
  it('writes a YYYY-MM-DD date as that calendar day', () => {
    expect(formatIsoDate('2026-11-29')).toBe('November 29, 2026')
    expect(formatIsoDate('2027-01-01')).toBe('January 1, 2027')
  })
})
