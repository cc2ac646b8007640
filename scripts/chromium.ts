/** Where Chromium is and how to start it, for the diagrams, the tests and the benchmark. */
import { existsSync } from 'node:fs'

/** Headless flags for a quiet, offline Chromium. */
export const chromiumFlags = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
]

/**
 * `CHROME_PATH`, else Debian's headless shell (the same Blink without the desktop browser: it loads a page here in
 * half the time), else Debian's Chromium.
 */
export function chromiumPath(): string {
  if (process.env.CHROME_PATH) return process.env.CHROME_PATH
  return existsSync('/usr/bin/chromium-headless-shell') ? '/usr/bin/chromium-headless-shell' : '/usr/bin/chromium'
}
