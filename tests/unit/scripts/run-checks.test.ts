import { describe, expect, it } from 'vitest'
import {
  checks,
  formatSummary,
  runChecks,
  selectChecks,
  type Check,
  type CommandRunner,
} from '../../../scripts/run-checks'

const sample: Check[] = [
  { name: 'typecheck', command: 'tsc' },
  { name: 'build', command: 'build', provides: { DOCS_DIST: '/dist' } },
  { name: 'e2e', command: 'e2e', needs: ['build'] },
  { name: 'lint', command: 'lint' },
]

/** A fake runner: exit codes by check name, and the DOCS_DIST each check saw. */
function fakeRunner(exitCodes: Record<string, number>): {
  run: CommandRunner
  ran: string[]
  seenDist: Record<string, string | undefined>
} {
  const ran: string[] = []
  const seenDist: Record<string, string | undefined> = {}
  const run: CommandRunner = async (check, env) => {
    ran.push(check.name)
    seenDist[check.name] = env.DOCS_DIST
    return exitCodes[check.name] ?? 0
  }
  return { run, ran, seenDist }
}

describe('selectChecks', () => {
  it('keeps CI order whatever order --only names them in', () => {
    expect(selectChecks(sample, 'lint,typecheck').map((check) => check.name)).toEqual(['typecheck', 'lint'])
  })

  it('selects every check without --only', () => {
    expect(selectChecks(sample, undefined)).toEqual(sample)
  })

  it('rejects an unknown check name and lists the known ones', () => {
    expect(() => selectChecks(sample, 'e2e,lnit')).toThrow('unknown check "lnit"; known: typecheck, build, e2e, lint')
  })
})

describe('runChecks', () => {
  it('keeps going after a failed check', async () => {
    const runner = fakeRunner({ typecheck: 1 })
    const results = await runChecks(sample, runner.run)
    expect(runner.ran).toEqual(['typecheck', 'build', 'e2e', 'lint'])
    expect(results.map((result) => result.outcome)).toEqual(['failed', 'passed', 'passed', 'passed'])
  })

  it('reports the checks that need a failed build as not run', async () => {
    const runner = fakeRunner({ build: 1 })
    const results = await runChecks(sample, runner.run)
    expect(runner.ran).toEqual(['typecheck', 'build', 'lint'])
    expect(results.find((result) => result.name === 'e2e')).toEqual({
      name: 'e2e',
      outcome: 'not run',
      seconds: 0,
      reason: 'build did not pass',
    })
  })

  it('hands what a passed check provides to the checks after it, and nothing before', async () => {
    const runner = fakeRunner({})
    await runChecks(sample, runner.run)
    expect(runner.seenDist).toMatchObject({ typecheck: process.env.DOCS_DIST, e2e: '/dist', lint: '/dist' })
  })

  it('runs a check whose needed check is not part of the run', async () => {
    const runner = fakeRunner({})
    const results = await runChecks(selectChecks(sample, 'e2e'), runner.run)
    expect(results.map((result) => result.outcome)).toEqual(['passed'])
  })

  it('measures each check with the clock it is given', async () => {
    let clock = 0
    const results = await runChecks(
      sample.slice(0, 1),
      async () => ((clock += 2500), 0),
      () => clock,
    )
    expect(results[0]?.seconds).toBe(2.5)
  })
})

describe('formatSummary', () => {
  const summary = formatSummary([
    { name: 'typecheck', outcome: 'passed', seconds: 12.34 },
    { name: 'build', outcome: 'failed', seconds: 20 },
    { name: 'e2e', outcome: 'not run', seconds: 0, reason: 'build did not pass' },
  ])

  it('ends with the count line alone', () => {
    expect(summary.split('\n').at(-1)).toBe('checks: 1 passed, 1 failed')
  })

  it('prints a table row per check with its result and seconds', () => {
    expect(summary).toBe(
      [
        'check     | result                       | seconds',
        '----------|------------------------------|--------',
        'typecheck | passed                       |    12.3',
        'build     | failed                       |    20.0',
        'e2e       | not run (build did not pass) |     0.0',
        '',
        'checks: 1 passed, 1 failed',
      ].join('\n'),
    )
  })
})

describe('the check list', () => {
  it('names every check once', () => {
    const names = checks.map((check) => check.name)
    expect(new Set(names).size).toBe(names.length)
  })

  it('only needs checks that run before', () => {
    checks.forEach((check, index) => {
      const earlier = checks.slice(0, index).map((previous) => previous.name)
      expect(check.needs ?? [], check.name).toEqual((check.needs ?? []).filter((need) => earlier.includes(need)))
    })
  })
})
