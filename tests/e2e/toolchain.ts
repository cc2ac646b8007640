/**
 * Building the site and launching Chromium: the parts of the e2e harness that also run outside a test worker
 * (the e2e global setup, scripts).
 */
import { spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import { createServer, type AddressInfo } from 'node:net'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { chromium, type Browser, type LaunchOptions, type Page } from 'playwright-core'

export const repositoryRoot = fileURLToPath(new URL('../..', import.meta.url))

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
 * The Chromium the e2e tests drive: the headless shell, which is the same Blink and V8 without the desktop
 * browser around them (Playwright's own default for headless tests), and loads a page here in half the time.
 * `CHROME_HEADLESS_SHELL` points at another one; without a headless shell the tests drive the full Chromium.
 */
export function testChromiumPath(
  env: NodeJS.ProcessEnv = process.env,
  isInstalled: (path: string) => boolean = existsSync,
): string {
  if (env.CHROME_HEADLESS_SHELL) return env.CHROME_HEADLESS_SHELL
  // A CHROME_PATH names the browser to use on a machine laid out differently: the Debian path is not looked for.
  if (!env.CHROME_PATH && isInstalled(debianHeadlessShell)) return debianHeadlessShell
  return chromiumPath(env)
}

/** Launch options for the full Chromium (Lighthouse, the benchmark). */
export function browserLaunchOptions(): LaunchOptions {
  return { executablePath: chromiumPath(), args: chromiumFlags, headless: true }
}

/** Launch options for the e2e tests' Chromium. */
export function testBrowserLaunchOptions(): LaunchOptions {
  return { ...browserLaunchOptions(), executablePath: testChromiumPath() }
}

/** Starts a full Chromium of its own (scripts and one-off runs; e2e tests share the run's browser). */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch(browserLaunchOptions())
}

/** Builds the Markdown in `srcDir` into `outDir`; rejects with the build's output when it fails. */
export function buildSite(srcDir: string, outDir: string, env: NodeJS.ProcessEnv = {}): Promise<void> {
  const script = join(repositoryRoot, 'scripts', 'build-site.ts')
  const child = spawn(process.execPath, ['--import', 'tsx', script, '--src', srcDir, '--out-dir', outDir], {
    cwd: repositoryRoot,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  const output: string[] = []
  child.stdout.on('data', (chunk: Buffer) => output.push(chunk.toString()))
  child.stderr.on('data', (chunk: Buffer) => output.push(chunk.toString()))
  return new Promise((resolvePromise, reject) => {
    child.on('error', reject)
    child.on('close', (code) => {
      if (code === 0) resolvePromise()
      else reject(new Error(`building ${srcDir} into ${outDir} failed (exit ${code}):\n${output.join('')}`))
    })
  })
}

/** A TCP port on 127.0.0.1 that nothing listens on at the moment of asking. */
export function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const probe = createServer()
    probe.on('error', reject)
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as AddressInfo
      probe.close(() => resolvePort(port))
    })
  })
}

/**
 * Waits until `predicate` holds in the page, asking every 50 ms; after `timeoutMs` throws an error that says
 * `failure()`. Playwright's `waitForFunction` would compile the predicate inside the page once it has to wait, which
 * the site's Content-Security-Policy (no 'unsafe-eval') forbids.
 */
export async function pollPage(
  page: Page,
  predicate: string | (() => boolean),
  timeoutMs: number,
  failure: () => string,
): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (!(await page.evaluate(predicate))) {
    if (Date.now() > deadline) throw new Error(failure())
    await page.waitForTimeout(50)
  }
}
