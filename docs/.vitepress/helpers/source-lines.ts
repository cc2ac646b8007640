/** Finding the line of a file that an error message should name. */

/** The 1-based number of the `occurrence`-th line (counted from 0) of `source` for which `matches` holds. */
export function lineWhere(source: string, matches: (line: string) => boolean, occurrence = 0): number | undefined {
  let seen = 0
  const lines = source.split(/\r?\n/)
  for (let index = 0; index < lines.length; index++) {
    if (matches(lines[index]!) && seen++ === occurrence) return index + 1
  }
  return undefined
}
