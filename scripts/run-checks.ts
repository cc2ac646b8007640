/**
 * The aggregate test command (`npm test`): runs every check in CI order, streams each one's output, keeps going
 * after a failure, and ends with a summary table and a `checks: N passed, N failed` line.
 *
 * Usage: tsx scripts/run-checks.ts [--only name,name]
 */
import { spawn } from 'node:child_process'
import { delimiter, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'

export interface Check {
  name: string
  /** Shell command, run from the repository root with node_modules/.bin on the PATH. */
  command: string
  /** Checks that must pass first when they are part of the run; if one fails, this one is not run. */
  needs?: string[]
  /** Environment this check hands to every later check once it passes. */
  provides?: Record<string, string>
}

const repositoryRoot = fileURLToPath(new URL('..', import.meta.url))
const builtSite = join(repositoryRoot, 'docs', '.vitepress', 'dist')
/** The same site built for the /docs/ sub-path, shared by the sub-path link check and the nginx test. */
const subPathSite = join(repositoryRoot, '.tmp', 'dist-subpath')

/** Every check, in the order CI runs them. Add a check with one line. */
export const checks: Check[] = [
  { name: 'typecheck', command: 'vue-tsc --noEmit' },
  { name: 'lint', command: 'npm run -s lint' },
  { name: 'format', command: 'npm run -s format:check' },
  { name: 'lint:md', command: 'npm run -s lint:md' },
  { name: 'lint:spell', command: 'npm run -s lint:spell' },
  { name: 'diagrams', command: 'npm run -s check:diagrams' },
  { name: 'audit', command: 'npm run -s audit:prod' },
  { name: 'unit', command: 'vitest run' },
  { name: 'build', command: 'npm run docs:build', provides: { DOCS_DIST: builtSite } },
  { name: 'links', command: 'npm run -s check:links', needs: ['build'] },
  { name: 'email-links', command: 'npm run -s check:email-links', needs: ['build'] },
  { name: 'link-previews', command: 'npm run -s check:link-previews', needs: ['build'] },
  { name: 'search:eval', command: 'npm run -s search:eval', needs: ['build'] },
  {
    name: 'build-subpath',
    command: `DOCS_BASE=/docs/ tsx scripts/build-site.ts --out-dir ${subPathSite}`,
    provides: { DOCS_SUBPATH_DIST: subPathSite },
  },
  {
    name: 'links-subpath',
    command: `DOCS_BASE=/docs/ tsx scripts/check-links.ts ${subPathSite}`,
    needs: ['build-subpath'],
  },
  { name: 'e2e', command: 'vitest run -c vitest.e2e.config.ts', needs: ['build'] },
]

export type Outcome = 'passed' | 'failed' | 'not run'

export interface CheckResult {
  name: string
  outcome: Outcome
  seconds: number
  /** Why a check did not run. */
  reason?: string
}

/** Runs one command and resolves with its exit code. */
export type CommandRunner = (check: Check, env: NodeJS.ProcessEnv) => Promise<number>

/** The checks named in `only` (comma-separated), in CI order; all of them when `only` is empty. */
export function selectChecks(all: Check[], only: string | undefined): Check[] {
  if (!only) return all
  const wanted = only
    .split(',')
    .map((name) => name.trim())
    .filter(Boolean)
  const unknown = wanted.filter((name) => !all.some((check) => check.name === name))
  if (unknown.length) {
    throw new Error(
      `unknown check ${unknown.map((name) => `"${name}"`).join(', ')}; known: ${all.map((check) => check.name).join(', ')}`,
    )
  }
  return all.filter((check) => wanted.includes(check.name))
}

/** Runs the checks in order; a check whose needed check failed or did not run is reported as not run. */
export async function runChecks(
  selected: Check[],
  runCommand: CommandRunner,
  now: () => number = Date.now,
): Promise<CheckResult[]> {
  const results: CheckResult[] = []
  const env: NodeJS.ProcessEnv = { ...process.env }
  for (const check of selected) {
    const blocker = (check.needs ?? []).find((need) =>
      results.some((result) => result.name === need && result.outcome !== 'passed'),
    )
    if (blocker) {
      results.push({ name: check.name, outcome: 'not run', seconds: 0, reason: `${blocker} did not pass` })
      continue
    }
    const start = now()
    const exitCode = await runCommand(check, env)
    const outcome = exitCode === 0 ? 'passed' : 'failed'
    results.push({ name: check.name, outcome, seconds: (now() - start) / 1000 })
    if (outcome === 'passed') Object.assign(env, check.provides)
  }
  return results
}

/** The summary table and the final count line. */
export function formatSummary(results: CheckResult[]): string {
  const rows = results.map((result) => [
    result.name,
    result.reason ? `${result.outcome} (${result.reason})` : result.outcome,
    result.seconds.toFixed(1),
  ])
  const header = ['check', 'result', 'seconds']
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column]!.length)))
  const line = (cells: string[]): string =>
    cells
      .map((cell, column) => (column === 2 ? cell.padStart(widths[column]!) : cell.padEnd(widths[column]!)))
      .join(' | ')
  const passed = results.filter((result) => result.outcome === 'passed').length
  const failed = results.filter((result) => result.outcome === 'failed').length
  return [
    line(header),
    widths.map((width) => '-'.repeat(width)).join('-|-'),
    ...rows.map(line),
    '',
    `checks: ${passed} passed, ${failed} failed`,
  ].join('\n')
}

/** Runs a check's command in a shell, its output streamed to this terminal. */
export const runInShell: CommandRunner = (check, env) =>
  new Promise((resolveExit) => {
    const path = [join(repositoryRoot, 'node_modules', '.bin'), env.PATH].filter(Boolean).join(delimiter)
    const child = spawn(check.command, {
      cwd: repositoryRoot,
      env: { ...env, PATH: path },
      shell: true,
      stdio: 'inherit',
    })
    child.on('error', () => resolveExit(127))
    child.on('close', (code, signal) => resolveExit(code ?? (signal ? 128 : 1)))
  })

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { only: { type: 'string' } } })
  let selected: Check[]
  try {
    selected = selectChecks(checks, values.only)
  } catch (error) {
    console.error((error as Error).message)
    process.exit(2)
  }
  const results = await runChecks(selected, (check, env) => {
    console.log(`\n=== ${check.name}: ${check.command}\n`)
    return runInShell(check, env)
  })
  console.log(`\n${formatSummary(results)}`)
  process.exitCode = results.every((result) => result.outcome === 'passed') ? 0 : 1
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await main()
