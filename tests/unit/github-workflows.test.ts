/**
 * The GitHub Actions configuration, proven without a runner: the workflows and Dependabot's configuration are parsed
 * from .github and the properties that keep unchecked changes away from readers are asserted on them. Each property
 * is a function that lists what breaks it, so the tests show both that the files hold it and that a file breaking it
 * would be caught.
 */
// cspell:ignore pipefail
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'

const repositoryRoot = fileURLToPath(new URL('../..', import.meta.url))
const checksPath = '.github/workflows/checks.yml'
const deployPath = '.github/workflows/deploy.yml'
const dependabotPath = '.github/dependabot.yml'
/** The Node LTS line the site is built and deployed with, and checked with next to the oldest supported one. */
const nodeLts = '22'

type Level = 'none' | 'read' | 'write'
type Permissions = Record<string, Level> | 'read-all' | 'write-all'

interface Step {
  id?: string
  name?: string
  uses?: string
  run?: string
  with?: Record<string, unknown>
  env?: Record<string, unknown>
  if?: unknown
  'continue-on-error'?: unknown
}

interface Job {
  name?: string
  needs?: string | string[]
  uses?: string
  if?: unknown
  'continue-on-error'?: unknown
  'runs-on'?: string
  'timeout-minutes'?: unknown
  permissions?: Permissions
  strategy?: { 'fail-fast'?: boolean; matrix?: Record<string, unknown> }
  environment?: { name?: string; url?: string }
  steps?: Step[]
}

interface Workflow {
  name?: string
  on?: unknown
  permissions?: Permissions
  concurrency?: { group?: string; 'cancel-in-progress'?: unknown }
  jobs: Record<string, Job>
}

interface DependabotGroup {
  patterns?: string[]
  'exclude-patterns'?: string[]
  'dependency-type'?: 'development' | 'production'
  'update-types'?: ('major' | 'minor' | 'patch')[]
}

interface DependabotUpdate {
  'package-ecosystem': string
  directory?: string
  schedule?: { interval?: string }
  'open-pull-requests-limit'?: number
  groups?: Record<string, DependabotGroup>
}

function readText(path: string): string {
  return readFileSync(join(repositoryRoot, path), 'utf8')
}

function readWorkflow(path: string): Workflow {
  return parse(readText(path)) as Workflow
}

const packageJson = JSON.parse(readText('package.json')) as {
  engines?: { node?: string }
  devDependencies?: Record<string, string>
  dependencies?: Record<string, string>
}

/** The events a workflow runs on, whatever form `on:` takes (a name, a list or a map). */
function triggers(workflow: Workflow): Record<string, unknown> {
  const on = workflow.on
  if (typeof on === 'string') return { [on]: null }
  if (Array.isArray(on)) return Object.fromEntries(on.map((event: string) => [event, null]))
  return (on ?? {}) as Record<string, unknown>
}

function needsOf(job: Job): string[] {
  if (job.needs === undefined) return []
  return Array.isArray(job.needs) ? job.needs : [job.needs]
}

/** Every job that `jobId` waits for, directly or through other jobs; an unknown job or a cycle is an error. */
function transitiveNeeds(workflow: Workflow, jobId: string): string[] {
  const found = new Set<string>()
  const visit = (id: string, path: string[]): void => {
    const job = workflow.jobs[id]
    if (!job) throw new Error(`${path.join(' → ')}: there is no job "${id}"`)
    for (const need of needsOf(job)) {
      if (path.includes(need)) throw new Error(`${[...path, need].join(' → ')}: a cycle`)
      found.add(need)
      visit(need, [...path, need])
    }
  }
  visit(jobId, [jobId])
  return [...found].sort()
}

function allSteps(workflow: Workflow): Step[] {
  return Object.values(workflow.jobs).flatMap((job) => job.steps ?? [])
}

const usesAction = (step: Step, action: string): boolean => step.uses?.startsWith(`${action}@`) ?? false
const runsCiRun = (step: Step): boolean => step.run?.trim() === 'bash .ci/run'

/** `if:` or `continue-on-error:` on a job or step: either could let a failing check stop short of stopping a run. */
function skipProblems(where: string, item: Job | Step): string[] {
  const problems: string[] = []
  if (item.if !== undefined) problems.push(`${where} has if: ${String(item.if)}`)
  if (item['continue-on-error'] !== undefined && item['continue-on-error'] !== false) {
    problems.push(`${where} has continue-on-error: ${String(item['continue-on-error'])}`)
  }
  return problems
}

/** The job of the checks workflow that runs .ci/run, and what could make it skip or ignore a failure. */
function checksJobProblems(checks: Workflow): string[] {
  const entries = Object.entries(checks.jobs).filter(([, job]) => job.steps?.some(runsCiRun))
  if (entries.length === 0) return ['no job of the checks workflow runs `bash .ci/run`']
  const problems: string[] = []
  for (const [id, job] of entries) {
    const steps = job.steps ?? []
    problems.push(...skipProblems(`job ${id}`, job))
    steps.forEach((step, index) => problems.push(...skipProblems(`job ${id}, step ${index + 1}`, step)))
    const checkout = steps.findIndex((step) => usesAction(step, 'actions/checkout'))
    const ciRun = steps.findIndex(runsCiRun)
    if (checkout < 0 || checkout > ciRun) problems.push(`job ${id} runs .ci/run before checking out the repository`)
    const otherCommands = steps.filter((step) => step.run !== undefined && !runsCiRun(step))
    if (otherCommands.length > 0) {
      problems.push(`job ${id} runs commands beside .ci/run: ${otherCommands.map((step) => step.run).join('; ')}`)
    }
  }
  return problems
}

/**
 * What could let a change reach GitHub Pages unchecked: the job that deploys must wait, directly or through other
 * jobs, for a job that calls the checks workflow; nothing on that path may be conditional; the checks workflow must
 * be callable, run on every pull request to main, and run .ci/run unconditionally.
 */
function gateProblems(deploy: Workflow, checks: Workflow): string[] {
  const deployJobs = Object.entries(deploy.jobs).filter(([, job]) =>
    job.steps?.some((step) => usesAction(step, 'actions/deploy-pages')),
  )
  if (deployJobs.length === 0) return ['no job of the deploy workflow uses actions/deploy-pages']
  const problems: string[] = []
  for (const [deployId] of deployJobs) {
    const path = [deployId, ...transitiveNeeds(deploy, deployId)]
    if (!path.some((id) => deploy.jobs[id]?.uses === `./${checksPath}`)) {
      problems.push(`${deployId} does not need a job that calls ${checksPath}`)
    }
    for (const id of path) problems.push(...skipProblems(`job ${id}`, deploy.jobs[id] ?? {}))
  }
  const on = triggers(checks)
  if (!('workflow_call' in on)) problems.push('the checks workflow cannot be called (no workflow_call)')
  for (const event of ['pull_request', 'push']) {
    if (!(event in on)) {
      problems.push(`the checks workflow does not run on ${event}`)
      continue
    }
    const filter = (on[event] ?? {}) as Record<string, unknown>
    if (!(filter.branches as unknown[] | undefined)?.includes('main')) {
      problems.push(`the checks workflow's ${event} is not for main`)
    }
    for (const key of ['paths', 'paths-ignore', 'branches-ignore']) {
      if (key in filter) problems.push(`the checks workflow's ${event} leaves changes out with ${key}`)
    }
  }
  problems.push(...checksJobProblems(checks))
  return problems
}

/** .ci/run must stop at the first failure and run the README's test command, whatever else it does. */
function ciRunProblems(script: string): string[] {
  const lines = script
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'))
  const problems: string[] = []
  const test = lines.indexOf('npm test')
  const strict = lines.indexOf('set -euo pipefail')
  if (test < 0) problems.push('.ci/run has no line that is exactly `npm test`')
  if (strict < 0 || strict > test) problems.push('.ci/run does not `set -euo pipefail` before `npm test`')
  return problems
}

/** The oldest Node version an `engines.node` of the form `>=X.Y` (or `>=X.Y.Z`) allows. */
function oldestNode(engines: string | undefined): string {
  const match = /^>=\s*(\d+(?:\.\d+){0,2})$/.exec(engines?.trim() ?? '')
  if (!match?.[1]) throw new Error(`engines.node is "${engines}"; this test understands only ">=version"`)
  return match[1]
}

/** The job that runs .ci/run must do so on the oldest Node that engines allows and on the LTS, and nothing else. */
function matrixProblems(checks: Workflow, engines: string | undefined): string[] {
  const expected = [oldestNode(engines), nodeLts].sort()
  const problems: string[] = []
  for (const [id, job] of Object.entries(checks.jobs).filter(([, job]) => job.steps?.some(runsCiRun))) {
    const versions = job.strategy?.matrix?.node
    if (!Array.isArray(versions)) {
      problems.push(`job ${id} has no matrix of node versions`)
      continue
    }
    // Unquoted, YAML reads 20.10 as the number 20.1.
    const notStrings = versions.filter((version) => typeof version !== 'string')
    if (notStrings.length > 0) problems.push(`job ${id}: node versions must be quoted: ${notStrings.join(', ')}`)
    const actual = versions.map(String).sort()
    if (JSON.stringify(actual) !== JSON.stringify(expected)) {
      problems.push(`job ${id} checks on Node ${actual.join(', ')}; engines and the LTS ask for ${expected.join(', ')}`)
    }
    const setupNode = job.steps?.find((step) => usesAction(step, 'actions/setup-node'))
    if (setupNode?.with?.['node-version'] !== '${{ matrix.node }}') {
      problems.push(`job ${id} does not set up the matrix's Node (node-version: \${{ matrix.node }})`)
    }
  }
  return problems
}

interface UsesLine {
  line: number
  ref: string
  comment: string | undefined
}

/** The `uses:` lines of a workflow's text, with their trailing comments (which the parsed YAML no longer has). */
function usesLines(text: string): UsesLine[] {
  return text.split('\n').flatMap((line, index) => {
    const match = /^\s*(?:-\s+)?uses:\s*(?<ref>[^\s#]+)\s*(?:#\s*(?<comment>.*?)\s*)?$/.exec(line)
    return match?.groups?.ref ? [{ line: index + 1, ref: match.groups.ref, comment: match.groups.comment }] : []
  })
}

/**
 * Every action pinned to a full commit SHA with its release tag in a trailing comment (a tag can be moved to other
 * code, a commit cannot), the same pin wherever an action appears, and every reusable workflow a file of this
 * repository.
 */
function pinProblems(files: { path: string; text: string }[]): string[] {
  const problems: string[] = []
  const pins = new Map<string, string>()
  for (const { path, text } of files) {
    const lines = usesLines(text)
    const workflow = parse(text) as Workflow
    const parsed = [
      ...Object.values(workflow.jobs).flatMap((job) => (job.uses ? [job.uses] : [])),
      ...allSteps(workflow).flatMap((step) => (step.uses ? [step.uses] : [])),
    ]
    for (const ref of parsed) {
      if (!lines.some((line) => line.ref === ref)) problems.push(`${path}: uses: ${ref} is not on a line of its own`)
    }
    for (const { line, ref, comment } of lines) {
      const where = `${path}:${line}`
      if (ref.startsWith('./')) {
        if (!existsSync(join(repositoryRoot, ref))) problems.push(`${where}: ${ref} does not exist`)
        continue
      }
      const match = /^(?<action>[\w.-]+\/[\w.-]+(?:\/[^@]+)?)@(?<sha>[0-9a-f]{40})$/.exec(ref)
      if (!match?.groups?.action) {
        problems.push(`${where}: ${ref} is not pinned to a full commit SHA`)
        continue
      }
      if (!comment || !/^v\d+\.\d+\.\d+$/.test(comment)) {
        problems.push(`${where}: ${ref} has no release tag comment (# vX.Y.Z)`)
        continue
      }
      const pin = `${match.groups.sha} # ${comment}`
      const earlier = pins.get(match.groups.action)
      if (earlier && earlier !== pin) {
        problems.push(`${where}: ${match.groups.action} is pinned to ${pin} and ${earlier}`)
      }
      pins.set(match.groups.action, pin)
    }
  }
  return problems
}

/** Checkouts leave no token behind for the code they check out, and fetch the history the last-updated dates need. */
function checkoutProblems(workflow: Workflow): string[] {
  return Object.entries(workflow.jobs).flatMap(([id, job]) => {
    // A job that builds the site dates each page from git log; the audit reads package-lock.json alone.
    const builds = (job.steps ?? []).some((step) => /\.ci\/run|docs:build/.test(step.run ?? ''))
    return (job.steps ?? [])
      .filter((step) => usesAction(step, 'actions/checkout'))
      .flatMap((step) => [
        ...(step.with?.['persist-credentials'] === false
          ? []
          : [`job ${id}: checkout without persist-credentials: false`]),
        ...(!builds || step.with?.['fetch-depth'] === 0 ? [] : [`job ${id}: checkout without fetch-depth: 0`]),
      ])
  })
}

/** Nothing granted to the whole workflow beyond reading; each job exactly the permissions listed for it. */
function permissionProblems(workflow: Workflow, expected: Record<string, Record<string, Level>>): string[] {
  const problems: string[] = []
  const top = workflow.permissions
  if (top === undefined) problems.push('no top-level permissions: every job would get the repository default')
  else if (typeof top === 'string') problems.push(`top-level permissions: ${top}`)
  else {
    for (const [scope, level] of Object.entries(top)) {
      if (!(scope === 'contents' && level === 'read')) problems.push(`top-level permissions grant ${scope}: ${level}`)
    }
  }
  for (const [id, job] of Object.entries(workflow.jobs)) {
    if (!(id in expected)) problems.push(`job ${id} has no expected permissions in this test`)
    else if (JSON.stringify(job.permissions ?? null) !== JSON.stringify(expected[id])) {
      problems.push(
        `job ${id} has permissions ${JSON.stringify(job.permissions)}, expected ${JSON.stringify(expected[id])}`,
      )
    }
  }
  return problems
}

const levelRank: Record<Level, number> = { none: 0, read: 1, write: 2 }

/** A job that calls a reusable workflow caps its token: it must grant what the called workflow's jobs ask for. */
function calledPermissionProblems(caller: Workflow, called: Record<string, Workflow>): string[] {
  const problems: string[] = []
  for (const [id, job] of Object.entries(caller.jobs)) {
    if (!job.uses?.startsWith('./')) continue
    const target = called[job.uses]
    if (!target) {
      problems.push(`job ${id} calls ${job.uses}, which this test does not know`)
      continue
    }
    const granted = typeof job.permissions === 'object' ? job.permissions : {}
    for (const [calledId, calledJob] of Object.entries(target.jobs)) {
      const asked = typeof calledJob.permissions === 'object' ? calledJob.permissions : {}
      for (const [scope, level] of Object.entries(asked)) {
        if (levelRank[granted[scope] ?? 'none'] < levelRank[level]) {
          problems.push(
            `job ${id} grants ${scope}: ${granted[scope] ?? 'none'}, but ${job.uses} job ${calledId} asks ${level}`,
          )
        }
      }
    }
  }
  return problems
}

/** Matches Dependabot's group patterns, where `*` stands for any characters. */
function matchesPattern(name: string, pattern: string): boolean {
  const source = pattern
    .split('*')
    .map((part) => part.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&'))
    .join('.*')
  return new RegExp(`^${source}$`).test(name)
}

/** The group Dependabot puts an update in: the first whose rules all match, or none (a pull request of its own). */
function dependabotGroup(
  update: DependabotUpdate,
  name: string,
  dependencyType: 'development' | 'production',
  updateType: 'major' | 'minor' | 'patch',
): string | undefined {
  return Object.entries(update.groups ?? {}).find(
    ([, group]) =>
      (group.patterns ?? ['*']).some((pattern) => matchesPattern(name, pattern)) &&
      !(group['exclude-patterns'] ?? []).some((pattern) => matchesPattern(name, pattern)) &&
      (group['dependency-type'] ?? dependencyType) === dependencyType &&
      (group['update-types'] ?? [updateType]).includes(updateType),
  )?.[0]
}

/**
 * Evaluates the `${{ a.b || c.d }}` expressions of a string against a context, as GitHub does for a concurrency
 * group: each operand a property path, the first that is set wins. Anything else is an error.
 */
function evaluate(template: string, context: Record<string, unknown>): string {
  return template.replace(/\$\{\{(.*?)\}\}/g, (_, expression: string) => {
    for (const operand of expression.split('||').map((part) => part.trim())) {
      if (!/^[\w.]+$/.test(operand)) throw new Error(`cannot evaluate ${operand}`)
      const value = operand
        .split('.')
        .reduce<unknown>((object, key) => (object as Record<string, unknown>)?.[key], context)
      if (value !== undefined && value !== null && value !== '') return String(value)
    }
    return ''
  })
}

const checks = readWorkflow(checksPath)
const deploy = readWorkflow(deployPath)
const ciRun = readText('.ci/run')

function stepNamed(workflow: Workflow, jobId: string, find: (step: Step) => boolean): Step {
  const step = workflow.jobs[jobId]?.steps?.find(find)
  if (!step) throw new Error(`job ${jobId} has no such step`)
  return step
}

describe('a pull request with a dead anchor, a broken diagram or a failing test cannot be deployed', () => {
  it('deploys only after the checks workflow has passed, with nothing that skips or ignores it', () => {
    expect(gateProblems(deploy, checks)).toEqual([])
  })

  it('makes the deploy job wait for the checks through the build job', () => {
    expect(deploy.jobs.deploy?.needs).toBe('build')
    expect(deploy.jobs.build?.needs).toBe('checks')
    expect(deploy.jobs.checks?.uses).toBe(`./${checksPath}`)
    expect(transitiveNeeds(deploy, 'deploy')).toEqual(['build', 'checks'])
  })

  it('has .ci/run stop at the first failure and run npm test', () => {
    expect(ciRunProblems(ciRun)).toEqual([])
  })

  it('notices a deploy job that no longer waits for the build', () => {
    const changed = structuredClone(deploy)
    delete changed.jobs.deploy!.needs
    expect(gateProblems(changed, checks)).toContain(`deploy does not need a job that calls ${checksPath}`)
  })

  it('notices a build that calls another workflow than the checks', () => {
    const changed = structuredClone(deploy)
    changed.jobs.checks!.uses = './.github/workflows/other.yml'
    expect(gateProblems(changed, checks)).toContain(`deploy does not need a job that calls ${checksPath}`)
  })

  it('notices a build that runs even when the checks fail', () => {
    const changed = structuredClone(deploy)
    changed.jobs.build!.if = '${{ always() }}'
    expect(gateProblems(changed, checks)).toContain('job build has if: ${{ always() }}')
  })

  it('notices a checks step whose failure is ignored or that is skipped on push', () => {
    const ignored = structuredClone(checks)
    stepNamed(ignored, 'checks', runsCiRun)['continue-on-error'] = true
    expect(gateProblems(deploy, ignored)).toContain('job checks, step 3 has continue-on-error: true')
    const skipped = structuredClone(checks)
    stepNamed(skipped, 'checks', runsCiRun).if = "github.event_name == 'pull_request'"
    expect(gateProblems(deploy, skipped)).toContain("job checks, step 3 has if: github.event_name == 'pull_request'")
  })

  it('notices a checks job that runs something other than .ci/run', () => {
    const changed = structuredClone(checks)
    stepNamed(changed, 'checks', runsCiRun).run = 'npm ci && npm run test:unit'
    expect(gateProblems(deploy, changed)).toContain('no job of the checks workflow runs `bash .ci/run`')
  })

  it('notices a checks workflow that pull requests do not start', () => {
    const changed = structuredClone(checks)
    delete (changed.on as Record<string, unknown>).pull_request
    expect(gateProblems(deploy, changed)).toContain('the checks workflow does not run on pull_request')
    const filtered = structuredClone(checks)
    ;(filtered.on as Record<string, Record<string, unknown>>).pull_request!['paths-ignore'] = ['docs/**']
    expect(gateProblems(deploy, filtered)).toContain(
      "the checks workflow's pull_request leaves changes out with paths-ignore",
    )
  })

  it('notices a .ci/run that ignores the failure of npm test or does not run it', () => {
    expect(ciRunProblems(ciRun.replace(/^npm test$/m, 'npm test || true'))).toContain(
      '.ci/run has no line that is exactly `npm test`',
    )
    expect(ciRunProblems(ciRun.replace(/^set -euo pipefail$/m, 'set -u'))).toContain(
      '.ci/run does not `set -euo pipefail` before `npm test`',
    )
  })
})

describe('the checks workflow', () => {
  it('runs on pull requests to main, on pushes to main, and when the deploy workflow calls it', () => {
    expect(Object.keys(triggers(checks)).sort()).toEqual(['pull_request', 'push', 'workflow_call'])
  })

  it("runs .ci/run on ubuntu-latest on the oldest Node that package.json's engines allows and on Node 22", () => {
    expect(checks.jobs.checks?.['runs-on']).toBe('ubuntu-latest')
    expect(matrixProblems(checks, packageJson.engines?.node)).toEqual([])
  })

  it('notices a matrix that engines has moved away from, or an unquoted version', () => {
    const pinned = structuredClone(checks)
    pinned.jobs.checks!.strategy!.matrix!.node = ['20.18', '22']
    expect(matrixProblems(pinned, '>=20.19')).toEqual([
      `job checks checks on Node 20.18, 22; engines and the LTS ask for 20.19, 22`,
    ])
    const unquoted = structuredClone(checks)
    unquoted.jobs.checks!.strategy!.matrix!.node = [20.1, '22']
    expect(matrixProblems(unquoted, '>=20.1')).toEqual(['job checks: node versions must be quoted: 20.1'])
    expect(() => oldestNode('^20.18 || >=22')).toThrow(/understands only/)
  })

  it('checks both Node versions to the end even when one fails', () => {
    expect(checks.jobs.checks?.strategy?.['fail-fast']).toBe(false)
  })

  it('points npm run setup at the Chrome and nginx that the runner already has', () => {
    expect(stepNamed(checks, 'checks', runsCiRun).env).toMatchObject({
      CHROME_PATH: '/usr/bin/google-chrome',
      NGINX_PATH: '/usr/sbin/nginx',
    })
  })

  it('cancels a superseded run of a pull request, but never a run on main or a deployment', () => {
    const group = checks.concurrency?.group ?? ''
    const pullRequest = (number: number, sha: string) => ({
      github: { workflow: checks.name, event: { pull_request: { number } }, sha },
    })
    const push = (workflow: string | undefined, sha: string) => ({ github: { workflow, event: {}, sha } })
    expect(checks.concurrency?.['cancel-in-progress']).toBe("${{ github.event_name == 'pull_request' }}")
    expect(evaluate(group, pullRequest(7, 'a'))).toBe(evaluate(group, pullRequest(7, 'b')))
    expect(evaluate(group, pullRequest(7, 'a'))).not.toBe(evaluate(group, pullRequest(8, 'a')))
    expect(evaluate(group, push(checks.name, 'a'))).not.toBe(evaluate(group, push(checks.name, 'b')))
    // Called by deploy.yml, github.workflow is the caller's name: apart from this workflow's own push run of the
    // same commit, and from the caller's own group, which a called workflow cannot wait for without a deadlock.
    const called = evaluate(group, push(deploy.name, 'a'))
    expect(called).not.toBe(evaluate(group, push(checks.name, 'a')))
    expect(called).not.toBe(deploy.concurrency?.group)
  })
})

describe('the deploy workflow', () => {
  it('runs on pushes to main and by hand, never for a pull request', () => {
    expect(triggers(deploy)).toEqual({ push: { branches: ['main'] }, workflow_dispatch: null })
  })

  it('deploys one run at a time, a newer push waiting rather than cancelling a deployment', () => {
    expect(deploy.concurrency).toEqual({ group: 'pages', 'cancel-in-progress': false })
  })

  it('builds on Node 22 with the origin and base path of GitHub Pages unless repository variables override them', () => {
    expect(stepNamed(deploy, 'build', (step) => usesAction(step, 'actions/setup-node')).with?.['node-version']).toBe(
      nodeLts,
    )
    const steps = deploy.jobs.build?.steps ?? []
    const configure = steps.findIndex((step) => step.id === 'pages' && usesAction(step, 'actions/configure-pages'))
    const build = steps.findIndex((step) => step.run === 'npm run docs:build')
    const upload = steps.findIndex((step) => usesAction(step, 'actions/upload-pages-artifact'))
    expect(configure).toBeGreaterThanOrEqual(0)
    expect(build).toBeGreaterThan(configure)
    expect(upload).toBeGreaterThan(build)
    expect(steps[build]?.env).toEqual({
      DOCS_SITE_URL: '${{ vars.DOCS_SITE_URL || steps.pages.outputs.origin }}',
      DOCS_BASE: "${{ vars.DOCS_BASE || format('{0}/', steps.pages.outputs.base_path) }}",
    })
    expect(steps[upload]?.with).toEqual({ path: 'docs/.vitepress/dist' })
  })

  it('deploys the uploaded artifact to the github-pages environment', () => {
    expect(deploy.jobs.deploy?.environment).toEqual({
      name: 'github-pages',
      url: '${{ steps.deployment.outputs.page_url }}',
    })
    expect(stepNamed(deploy, 'deploy', (step) => usesAction(step, 'actions/deploy-pages')).id).toBe('deployment')
  })

  it('explains the repository settings it needs in its header comment', () => {
    const header = /^(?:#.*\n)+/.exec(readText(deployPath))?.[0] ?? ''
    expect(header).toContain('Pages → Source: GitHub Actions')
    expect(header).toContain('DOCS_SITE_URL')
    expect(header).toContain('DOCS_BASE')
  })
})

describe('every workflow', () => {
  const files = [checksPath, deployPath].map((path) => ({ path, text: readText(path) }))

  it('pins every action to a full commit SHA with its release tag in a comment', () => {
    expect(pinProblems(files)).toEqual([])
    expect(usesLines(files.map((file) => file.text).join('\n')).length).toBeGreaterThanOrEqual(8)
  })

  it('notices an action pinned to a tag, a SHA without its tag, or two pins of one action', () => {
    const text = readText(checksPath)
    const sha = /actions\/checkout@([0-9a-f]{40})/.exec(text)?.[1] ?? ''
    expect(pinProblems([{ path: 'x.yml', text: text.replace(`checkout@${sha}`, 'checkout@v4') }])).toEqual([
      expect.stringMatching(/^x\.yml:\d+: actions\/checkout@v4 is not pinned to a full commit SHA$/),
    ])
    expect(pinProblems([{ path: 'x.yml', text: text.replace(/(checkout@[0-9a-f]{40}) # \S+/, '$1') }])).toEqual([
      expect.stringMatching(/has no release tag comment/),
    ])
    const moved = text.replaceAll(sha, 'f'.repeat(40))
    expect(
      pinProblems([
        { path: 'a.yml', text },
        { path: 'b.yml', text: moved },
      ]),
    ).toEqual([expect.stringMatching(/^b\.yml:\d+: actions\/checkout is pinned to /)])
  })

  it('checks out the full history where the site is built, and leaves no token in any checkout', () => {
    expect(checkoutProblems(checks)).toEqual([])
    expect(checkoutProblems(deploy)).toEqual([])
    const changed = structuredClone(checks)
    delete stepNamed(changed, 'checks', (step) => usesAction(step, 'actions/checkout')).with!['persist-credentials']
    expect(checkoutProblems(changed)).toEqual(['job checks: checkout without persist-credentials: false'])
    const shallow = structuredClone(checks)
    delete stepNamed(shallow, 'checks', (step) => usesAction(step, 'actions/checkout')).with!['fetch-depth']
    expect(checkoutProblems(shallow)).toEqual(['job checks: checkout without fetch-depth: 0'])
  })

  it('grants each job only what it uses, and nothing to the workflow as a whole', () => {
    expect(permissionProblems(checks, { checks: { contents: 'read' }, audit: { contents: 'read' } })).toEqual([])
    expect(
      permissionProblems(deploy, {
        checks: { contents: 'read' },
        // configure-pages reads the Pages site (GET /repos/{owner}/{repo}/pages), which needs pages: read.
        build: { contents: 'read', pages: 'read' },
        deploy: { pages: 'write', 'id-token': 'write' },
      }),
    ).toEqual([])
    expect(calledPermissionProblems(deploy, { [`./${checksPath}`]: checks })).toEqual([])
  })

  it('notices write permissions for the whole workflow, and a call that denies the checks their token', () => {
    const broad = structuredClone(deploy)
    broad.permissions = { contents: 'read', pages: 'write' }
    expect(permissionProblems(broad, { checks: {}, build: {}, deploy: {} })).toContain(
      'top-level permissions grant pages: write',
    )
    const denied = structuredClone(deploy)
    delete denied.jobs.checks!.permissions
    expect(calledPermissionProblems(denied, { [`./${checksPath}`]: checks })).toEqual([
      `job checks grants contents: none, but ./${checksPath} job checks asks read`,
      `job checks grants contents: none, but ./${checksPath} job audit asks read`,
    ])
  })

  it('gives every job on a runner a time limit', () => {
    for (const workflow of [checks, deploy]) {
      for (const job of Object.values(workflow.jobs).filter((job) => job['runs-on'] !== undefined)) {
        expect(job['timeout-minutes']).toBeTypeOf('number')
        expect(job['timeout-minutes']).toBeLessThanOrEqual(60)
      }
    }
    // The suite takes under 10 minutes: room for a slow runner, not for a hung browser.
    expect(checks.jobs.checks?.['timeout-minutes']).toBeGreaterThanOrEqual(15)
  })
})

describe('Dependabot', () => {
  const config = parse(readText(dependabotPath)) as { version: number; updates: DependabotUpdate[] }
  const update = (ecosystem: string): DependabotUpdate => {
    const found = config.updates.find((entry) => entry['package-ecosystem'] === ecosystem)
    if (!found) throw new Error(`no updates for ${ecosystem}`)
    return found
  }

  it('updates npm packages and GitHub Actions weekly, a few pull requests at a time', () => {
    expect(config.version).toBe(2)
    for (const ecosystem of ['npm', 'github-actions']) {
      expect(update(ecosystem).directory).toBe('/')
      expect(update(ecosystem).schedule?.interval).toBe('weekly')
      expect(update(ecosystem)['open-pull-requests-limit']).toBeLessThanOrEqual(5)
    }
  })

  it('moves VitePress, Vue and the Vite plugin together in one pull request', () => {
    const groups = ['vitepress', 'vue', 'vue-tsc', '@vitejs/plugin-vue'].flatMap((name) =>
      (['major', 'minor', 'patch'] as const).map((type) => dependabotGroup(update('npm'), name, 'development', type)),
    )
    expect(new Set(groups)).toEqual(new Set(['vitepress']))
  })

  it('groups every minor and patch update of an npm package, and every update of an action', () => {
    const names = Object.keys({ ...packageJson.dependencies, ...packageJson.devDependencies })
    const dependencyType = (name: string) => (packageJson.devDependencies?.[name] ? 'development' : 'production')
    for (const type of ['minor', 'patch'] as const) {
      expect(names.filter((name) => !dependabotGroup(update('npm'), name, dependencyType(name), type))).toEqual([])
    }
    const actions = [checks, deploy]
      .flatMap(allSteps)
      .flatMap((step) => (step.uses ? [step.uses.split('@')[0] ?? ''] : []))
    expect(actions.length).toBeGreaterThan(0)
    for (const type of ['major', 'minor', 'patch'] as const) {
      expect(
        actions.filter((action) => !dependabotGroup(update('github-actions'), action, 'production', type)),
      ).toEqual([])
    }
  })
})
