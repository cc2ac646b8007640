/**
 * Runs once before the browser tests: the built site under test (`DOCS_DIST`, else docs/.vitepress/dist, built
 * first when missing) and one Chromium that every test file connects to.
 */
import { execFileSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { resolve } from 'node:path'
import { chromium } from 'playwright-core'
import type { TestProject } from 'vitest/node'
import { chromiumFlags, chromiumPath } from '../../scripts/chromium'

declare module 'vitest' {
  export interface ProvidedContext {
    dist: string
    browserEndpoint: string
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const dist = resolve(process.env.DOCS_DIST ?? 'docs/.vitepress/dist')
  if (!existsSync(`${dist}/index.html`)) execFileSync('npx', ['vitepress', 'build', 'docs'], { stdio: 'inherit' })
  const browser = await chromium.launchServer({ executablePath: chromiumPath(), args: chromiumFlags })
  project.provide('dist', dist)
  project.provide('browserEndpoint', browser.wsEndpoint())
  return () => browser.close()
}
