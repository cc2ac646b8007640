/**
 * Runs once before the e2e tests: provides the built site (DOCS_DIST, or a fresh build into .tmp/dist) and starts
 * the one Chromium that every test file connects to.
 */
import { existsSync } from 'node:fs'
import { rm } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { chromium } from 'playwright-core'
import type { TestProject } from 'vitest/node'
import { buildSite, repositoryRoot, testBrowserLaunchOptions } from '../../scripts/lib/toolchain'

declare module 'vitest' {
  export interface ProvidedContext {
    /** Absolute path of the built site under test. */
    docsDist: string
    /** Playwright endpoint of the run's shared Chromium. */
    browserWsEndpoint: string
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  project.provide('docsDist', await builtSite())
  const launchOptions = testBrowserLaunchOptions()
  const browserServer = await chromium.launchServer(launchOptions)
  const browser = await chromium.connect(browserServer.wsEndpoint())
  console.log(`e2e: Chromium ${browser.version()} at ${launchOptions.executablePath}`)
  await browser.close()
  project.provide('browserWsEndpoint', browserServer.wsEndpoint())
  return () => browserServer.close()
}

async function builtSite(): Promise<string> {
  const given = process.env.DOCS_DIST
  if (given) {
    const dist = resolve(given)
    if (!existsSync(join(dist, 'index.html'))) {
      throw new Error(`DOCS_DIST=${given} has no index.html: build the site first (npm run docs:build)`)
    }
    return dist
  }
  const dist = join(repositoryRoot, '.tmp', 'dist')
  await rm(dist, { recursive: true, force: true })
  await buildSite(join(repositoryRoot, 'docs'), dist)
  return dist
}
