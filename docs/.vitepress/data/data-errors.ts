/** Errors in the site's data files that name the file and the line to change. */
import { readFileSync } from 'node:fs'

/** `file:line: message`, the line being the last one of `file` that contains `needle` (1 without a needle). */
export function dataFileError(file: string, needle: string | undefined, message: string): Error {
  const lines = readFileSync(file, 'utf8').split('\n')
  const line = needle === undefined ? 0 : lines.map((text) => text.includes(needle)).lastIndexOf(true)
  return new Error(`${file}:${Math.max(line, 0) + 1}: ${message}`)
}
