/**
 * The aggregate test command (`npm test`): runs every check in CI order, streams each one's output, keeps going
 * after a failure, and ends with a summary table and a `checks: N passed, N failed` line. Neighbouring checks of
 * one `group` run side by side, one per core; the first streams its output, the others print theirs whole at their end.
 * With `--quick` (`npm run check`) it runs only the writer's checks: no browser, no nginx, no Java, no network.
 *
 * Usage: tsx scripts/run-checks.ts [--quick] [--only name,name]
 */
import { spawn } from 'node:child_process'
import { availableParallelism } from 'node:os'
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
  /**
   * Neighbouring checks of the same group run side by side: a check needs none of its group, what it provides
   * reaches only the checks after the group, and its result does not depend on how busy the machine is (no timing
   * is judged).
   */
  group?: string
  /** Part of `npm run check`, the writer's loop: needs nothing but Node and the npm packages. */
  quick?: boolean
}

const repositoryRoot = fileURLToPath(new URL('..', import.meta.url))
const builtSite = join(repositoryRoot, 'docs', '.vitepress', 'dist')
/** The same site built for the /docs/ sub-path, shared by the sub-path link check and the nginx test. */
const subPathSite = join(repositoryRoot, '.tmp', 'dist-subpath')

/** Every check, in the order CI runs them. Add a check with one line. */
export const checks: Check[] = [
  { name: 'typecheck', command: 'vue-tsc --noEmit', group: 'source', quick: true },
  { name: 'lint', command: 'npm run -s lint', group: 'source', quick: true },
  { name: 'format', command: 'npm run -s format:check', group: 'source', quick: true },
  { name: 'lint:md', command: 'npm run -s lint:md', group: 'source', quick: true },
  { name: 'lint:spell', command: 'npm run -s lint:spell', group: 'source', quick: true },
  { name: 'diagrams', command: 'npm run -s check:diagrams', group: 'source', quick: true },
  // Alone: the unit tests use every core, and the build would only slow them.
  { name: 'unit', command: 'vitest run', quick: true },
  { name: 'build', command: 'npm run docs:build', provides: { DOCS_DIST: builtSite }, quick: true },
  {
    name: 'build-subpath',
    command: `DOCS_BASE=/docs/ tsx scripts/build-site.ts --out-dir ${subPathSite}`,
    provides: { DOCS_SUBPATH_DIST: subPathSite },
    group: 'built site',
  },
  { name: 'links', command: 'npm run -s check:links', needs: ['build'], group: 'built site', quick: true },
  {
    name: 'email-links',
    command: 'npm run -s check:email-links',
    needs: ['build'],
    group: 'built site',
    quick: true,
  },
  {
    name: 'link-previews',
    command: 'npm run -s check:link-previews',
    needs: ['build'],
    group: 'built site',
    quick: true,
  },
  { name: 'search:eval', command: 'npm run -s search:eval', needs: ['build'], group: 'built site', quick: true },
  // Java runs the Nu Html Checker.
  { name: 'html', command: 'npm run -s check:html', needs: ['build'], group: 'built site' },
  {
    name: 'links-subpath',
    command: `DOCS_BASE=/docs/ tsx scripts/check-links.ts ${subPathSite}`,
    needs: ['build-subpath'],
  },
  { name: 'e2e', command: 'vitest run -c vitest.e2e.config.ts', needs: ['build'], group: 'browser' },
  // Accessibility, best practices and SEO, none of which depends on timing, so they share the cores with e2e.
  { name: 'lighthouse', command: 'npm run -s lighthouse', needs: ['build'], group: 'browser' },
]

/** The checks of `npm run check` (`--quick`), or all of them. */
export function checkSet(all: Check[], quick: boolean): Check[] {
  return quick ? all.filter((check) => check.quick) : all
}

export type Outcome = 'passed' | 'failed' | 'not run'

export interface CheckResult {
  name: string
  outcome: Outcome
  seconds: number
  /** Why a check did not run. */
  reason?: string
}

/**
 * Runs one command and resolves with its exit code. `beside` is true for a check that runs beside an earlier one
 * of its group, whose output streams: its own output is then held back and printed whole, not interleaved.
 */
export type CommandRunner = (check: Check, env: NodeJS.ProcessEnv, beside: boolean) => Promise<number>

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

/**
 * Runs the checks in order; a check whose needed check failed or did not run is reported as not run. Neighbouring
 * checks of one group run `parallelism` at a time; the results keep the checks' order.
 */
export async function runChecks(
  selected: Check[],
  runCommand: CommandRunner,
  now: () => number = Date.now,
  parallelism: number = availableParallelism(),
): Promise<CheckResult[]> {
  const results: CheckResult[] = []
  const env: NodeJS.ProcessEnv = { ...process.env }
  const runOne = async (check: Check, beside: boolean): Promise<CheckResult> => {
    const blocker = (check.needs ?? []).find((need) =>
      results.some((result) => result.name === need && result.outcome !== 'passed'),
    )
    if (blocker) return { name: check.name, outcome: 'not run', seconds: 0, reason: `${blocker} did not pass` }
    const start = now()
    const exitCode = await runCommand(check, { ...env }, beside)
    return { name: check.name, outcome: exitCode === 0 ? 'passed' : 'failed', seconds: (now() - start) / 1000 }
  }
  for (let index = 0; index < selected.length;) {
    let end = index + 1
    const group = selected[index]!.group
    if (group !== undefined) while (end < selected.length && selected[end]!.group === group) end++
    const batch = selected.slice(index, end)
    const batchResults = await runPooled(batch, Math.max(1, parallelism), (check) => runOne(check, check !== batch[0]))
    for (const [position, result] of batchResults.entries()) {
      results.push(result)
      if (result.outcome === 'passed') Object.assign(env, batch[position]!.provides)
    }
    index = end
  }
  return results
}

/** Maps `items` through `task`, at most `limit` at a time; the results keep the items' order. */
async function runPooled<T, R>(items: readonly T[], limit: number, task: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length)
  let next = 0
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const position = next++
      results[position] = await task(items[position]!)
    }
  }
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker))
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

/** Runs a check's command in a shell: its output streamed to this terminal, or printed whole at its end. */
export const runInShell: CommandRunner = (check, env, beside) =>
  new Promise((resolveExit) => {
    const header = `\n=== ${check.name}: ${check.command}\n`
    if (!beside) console.log(header)
    const path = [join(repositoryRoot, 'node_modules', '.bin'), env.PATH].filter(Boolean).join(delimiter)
    const child = spawn(check.command, {
      cwd: repositoryRoot,
      env: { ...env, PATH: path },
      shell: true,
      stdio: beside ? ['ignore', 'pipe', 'pipe'] : 'inherit',
    })
    const output: Buffer[] = []
    child.stdout?.on('data', (chunk: Buffer) => output.push(chunk))
    child.stderr?.on('data', (chunk: Buffer) => output.push(chunk))
    let finished = false
    const finish = (code: number): void => {
      if (finished) return
      finished = true
      if (beside) process.stdout.write(`${header}\n${Buffer.concat(output).toString()}`)
      resolveExit(code)
    }
    child.on('error', () => finish(127))
    child.on('close', (code, signal) => finish(code ?? (signal ? 128 : 1)))
  })

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { only: { type: 'string' }, quick: { type: 'boolean', default: false } },
  })
  let selected: Check[]
  try {
    selected = selectChecks(checkSet(checks, values.quick), values.only)
  } catch (error) {
    console.error((error as Error).message)
    process.exit(2)
  }
  const results = await runChecks(selected, runInShell)
  console.log(`\n${formatSummary(results)}`)
  process.exitCode = results.every((result) => result.outcome === 'passed') ? 0 : 1
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await main()
