/**
 * Building the site and launching Chromium: tooling the scripts and the tests share (the e2e global setup, the
 * benchmark, Lighthouse).
 */
import { spawn } from 'node:child_process'
import { createServer, type AddressInfo } from 'node:net'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { chromium, type Browser, type LaunchOptions, type Page } from 'playwright-core'
import { chromiumFlags, chromiumPath, headlessChromiumPath } from './chromium'

export const repositoryRoot = fileURLToPath(new URL('../..', import.meta.url))

/** Launch options for the full Chromium (Lighthouse, the benchmark). */
export function browserLaunchOptions(): LaunchOptions {
  return { executablePath: chromiumPath(), args: chromiumFlags, headless: true }
}

/** Launch options for the e2e tests' Chromium. */
export function testBrowserLaunchOptions(): LaunchOptions {
  return { ...browserLaunchOptions(), executablePath: headlessChromiumPath() }
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
