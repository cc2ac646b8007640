/**
 * Where Chromium is and how to start it: shared by the build (which draws diagrams with it), the scripts and the
 * tests. `CHROME_PATH` names the full browser, `CHROME_HEADLESS_SHELL` a headless-only build of it.
 */
import { existsSync } from 'node:fs'

/** Headless flags for a quiet, offline, reproducible Chromium. */
export const chromiumFlags = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
]

/** The Chromium a reader would run (the full browser): Lighthouse and the benchmark measure it. */
export function chromiumPath(env: NodeJS.ProcessEnv = process.env): string {
  return env.CHROME_PATH ?? '/usr/bin/chromium'
}

/** Where Debian's `chromium-headless-shell` package puts the headless-only build of the same Chromium. */
export const debianHeadlessShell = '/usr/bin/chromium-headless-shell'

/**
 * The Chromium for work without a screen (the e2e tests, drawing diagrams): the headless shell, which is the same
 * Blink and V8 without the desktop browser around them and loads a page here in half the time. `CHROME_HEADLESS_SHELL`
 * points at another one; without a headless shell, the full Chromium.
 */
export function headlessChromiumPath(
  env: NodeJS.ProcessEnv = process.env,
  isInstalled: (path: string) => boolean = existsSync,
): string {
  if (env.CHROME_HEADLESS_SHELL) return env.CHROME_HEADLESS_SHELL
  // A CHROME_PATH names the browser to use on a machine laid out differently: the Debian path is not looked for.
  if (!env.CHROME_PATH && isInstalled(debianHeadlessShell)) return debianHeadlessShell
  return chromiumPath(env)
}
