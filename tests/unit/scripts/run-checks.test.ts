import { describe, expect, it } from 'vitest'
import {
  checkSet,
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

  it('hands what a check of a group provides to the checks after its group only', async () => {
    const seen: Record<string, string | undefined> = {}
    const grouped: Check[] = [
      { name: 'build-subpath', command: 'b', group: 'g', provides: { DOCS_SUBPATH_DIST: '/sub' } },
      { name: 'links', command: 'l', group: 'g' },
      { name: 'links-subpath', command: 's' },
    ]
    await runChecks(grouped, async (check, env) => ((seen[check.name] = env.DOCS_SUBPATH_DIST), 0), Date.now, 2)
    expect(seen).toEqual({ 'build-subpath': undefined, links: undefined, 'links-subpath': '/sub' })
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

describe('runChecks with groups of checks', () => {
  const groupedSample: Check[] = [
    { name: 'typecheck', command: 'tsc', group: 'g' },
    { name: 'lint', command: 'lint', group: 'g' },
    { name: 'format', command: 'format', group: 'g' },
    { name: 'build', command: 'build' },
    { name: 'spell', command: 'spell', group: 'g' },
    { name: 'links', command: 'links', group: 'other' },
  ]

  /** A runner whose commands end only when the test says so, recording what runs at the same time. */
  function heldRunner() {
    const running = new Set<string>()
    const overlaps: string[][] = []
    const beside: Record<string, boolean> = {}
    const release = new Map<string, (code: number) => void>()
    const run: CommandRunner = (check, _env, runsBeside) =>
      new Promise((resolveExit) => {
        running.add(check.name)
        overlaps.push([...running].sort())
        beside[check.name] = runsBeside
        release.set(check.name, (code) => {
          running.delete(check.name)
          resolveExit(code)
        })
      })
    return { run, overlaps, beside, release }
  }

  const settle = () => new Promise((resolve) => setTimeout(resolve, 0))

  it('runs neighbouring checks of one group side by side, never more than the parallelism allows', async () => {
    const runner = heldRunner()
    const done = runChecks(groupedSample, runner.run, Date.now, 2)
    await settle()
    expect([...runner.release.keys()]).toEqual(['typecheck', 'lint'])
    runner.release.get('lint')!(1)
    await settle()
    expect([...runner.release.keys()]).toEqual(['typecheck', 'lint', 'format'])
    runner.release.get('typecheck')!(0)
    runner.release.get('format')!(0)
    await settle()
    // The build waits for the whole group, and the lone check of the group after it runs alone.
    expect(runner.overlaps).toContainEqual(['build'])
    runner.release.get('build')!(0)
    await settle()
    runner.release.get('spell')!(0)
    await settle()
    // A neighbour of another group is a batch of its own: it starts only after the check before it ended.
    expect(runner.overlaps).not.toContainEqual(['links', 'spell'])
    runner.release.get('links')!(0)
    const results = await done
    expect(results.map((result) => `${result.name}:${result.outcome}`)).toEqual([
      'typecheck:passed',
      'lint:failed',
      'format:passed',
      'build:passed',
      'spell:passed',
      'links:passed',
    ])
    expect(Math.max(...runner.overlaps.map((names) => names.length))).toBe(2)
    // The first check of a group streams its output; the others are printed whole when they end.
    expect(runner.beside).toEqual({
      typecheck: false,
      lint: true,
      format: true,
      build: false,
      spell: false,
      links: false,
    })
  })

  it('runs everything one at a time with a parallelism of one', async () => {
    const runner = fakeRunner({})
    await runChecks(groupedSample, runner.run, Date.now, 1)
    expect(runner.ran).toEqual(['typecheck', 'lint', 'format', 'build', 'spell', 'links'])
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

  it('lets a check of a group need only checks before its group', () => {
    checks.forEach((check, index) => {
      if (check.group === undefined) return
      let groupStart = index
      while (groupStart > 0 && checks[groupStart - 1]!.group === check.group) groupStart--
      const before = checks.slice(0, groupStart).map((previous) => previous.name)
      expect(check.needs ?? [], check.name).toEqual((check.needs ?? []).filter((need) => before.includes(need)))
    })
  })

  it('only needs checks that run before', () => {
    checks.forEach((check, index) => {
      const earlier = checks.slice(0, index).map((previous) => previous.name)
      expect(check.needs ?? [], check.name).toEqual((check.needs ?? []).filter((need) => earlier.includes(need)))
    })
  })

  it("gives npm run check the writer's checks: the source, the unit tests, the build and its links", () => {
    expect(checkSet(checks, true).map((check) => check.name)).toEqual([
      'typecheck',
      'lint',
      'format',
      'lint:md',
      'lint:spell',
      'diagrams',
      'unit',
      'build',
      'links',
      'email-links',
      'link-previews',
      'search:eval',
    ])
    expect(checkSet(checks, false)).toEqual(checks)
  })

  it('lets a check of npm run check need only checks that npm run check runs', () => {
    const quick = checkSet(checks, true)
    for (const check of quick) {
      expect(check.needs ?? [], check.name).toEqual(
        (check.needs ?? []).filter((need) => quick.some((other) => other.name === need)),
      )
    }
  })
})
