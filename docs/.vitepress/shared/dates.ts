/**
 * Dates as the site writes them ("November 29, 2026", in UTC), by hand rather than with Intl: the same text in Node
 * and in every browser whatever its locale and time zone, so a date rendered on the server hydrates unchanged; and
 * creating an `Intl.DateTimeFormat` in the browser cost 60 ms of a page's startup (more on a phone).
 */
const monthNames = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const

/** `date` as "Month D, YYYY" in UTC. */
export function formatLongDate(date: Date): string {
  return `${monthNames[date.getUTCMonth()]} ${date.getUTCDate()}, ${date.getUTCFullYear()}`
}

/** A calendar date written `YYYY-MM-DD` (frontmatter's `verified`) as "Month D, YYYY". */
export function formatIsoDate(isoDate: string): string {
  return formatLongDate(new Date(`${isoDate}T00:00:00Z`))
}
