import { readFile } from 'node:fs/promises'
import { describe, expect, it } from 'vitest'
import {
  findServer,
  formatQuota,
  formatRam,
  largestQuotaServers,
  quotaTableCaption,
  serverQuotaMarkdown,
  serverRange,
  servers,
  validateServers,
  type Server,
} from '../../../docs/.vitepress/data/servers'

const file = 'docs/.vitepress/data/servers.ts'
const good = { name: 'roselab6', totalRamGB: 512, quotaMultiplier: 1 }

describe('validateServers', () => {
  it('accepts the real servers and returns them unchanged', () => {
    expect(validateServers(servers, file)).toEqual(servers)
  })

  it('accepts a server with notes', () => {
    expect(() => validateServers([{ ...good, notes: 'Being retired in June.' }], file)).not.toThrow()
  })

  it.each<[string, unknown[], string]>([
    [
      'a negative multiplier',
      [{ ...good, quotaMultiplier: -2 }],
      'server "roselab6": field "quotaMultiplier" must be a positive number (got -2)',
    ],
    [
      'a zero RAM size',
      [{ ...good, totalRamGB: 0 }],
      'server "roselab6": field "totalRamGB" must be a positive number (got 0)',
    ],
    [
      'an infinite RAM size',
      [{ ...good, totalRamGB: Infinity }],
      'server "roselab6": field "totalRamGB" must be a positive number (got Infinity)',
    ],
    [
      'a NaN multiplier',
      [{ ...good, quotaMultiplier: NaN }],
      'server "roselab6": field "quotaMultiplier" must be a positive number (got NaN)',
    ],
    [
      'RAM written as text',
      [{ ...good, totalRamGB: '1 TB' }],
      'server "roselab6": field "totalRamGB" must be a positive number (got "1 TB")',
    ],
    [
      'a missing multiplier',
      [{ name: 'roselab6', totalRamGB: 512 }],
      'server "roselab6": field "quotaMultiplier" must be a positive number (got nothing)',
    ],
    [
      'a missing name',
      [{ totalRamGB: 512, quotaMultiplier: 1 }],
      'server #1: field "name" is required and must be a string (got nothing)',
    ],
    [
      'a name that is not a host name',
      [{ ...good, name: 'Rose Lab 6' }],
      'server "Rose Lab 6": field "name" must be a lowercase host name such as "roselab6"',
    ],
    [
      'a duplicate name',
      [good, { ...good, totalRamGB: 1024 }],
      'server "roselab6": field "name" must be unique (another server has this name)',
    ],
    [
      'an unknown field',
      [{ ...good, ramGB: 512 }],
      'server "roselab6": field "ramGB" is not a known field (known: name, totalRamGB, quotaMultiplier, notes)',
    ],
    [
      'empty notes',
      [{ ...good, notes: ' ' }],
      'server "roselab6": field "notes" must be non-empty text when present (got " ")',
    ],
    ['a row that is not an object', [good, 'roselab7'], 'server #2: must be an object (got "roselab7")'],
  ])('rejects %s, naming the file, the server and the field', (_case, rows, problem) => {
    expect(() => validateServers(rows, file)).toThrowError(new Error(`${file}: ${problem}`))
  })

  it('rejects an empty list', () => {
    expect(() => validateServers([], file)).toThrowError(new Error(`${file}: the server list is empty`))
  })

  it('lists every problem, one per line', () => {
    expect(() => validateServers([{ ...good, totalRamGB: -1, quotaMultiplier: 0 }], file)).toThrowError(
      new Error(
        [
          `${file}: server "roselab6": field "totalRamGB" must be a positive number (got -1)`,
          `${file}: server "roselab6": field "quotaMultiplier" must be a positive number (got 0)`,
        ].join('\n'),
      ),
    )
  })

  it('names the line of the bad row when given the file source, even for the second of two equal names', () => {
    const source = [
      'export const servers = [',
      "  { name: 'roselab1', totalRamGB: 512, quotaMultiplier: 1 },",
      "  { name: 'roselab6', totalRamGB: 512, quotaMultiplier: 1 },",
      "  { name: 'roselab6', totalRamGB: 512, quotaMultiplier: -2 },",
      '] satisfies readonly Server[]',
    ].join('\n')
    const rows = [{ name: 'roselab1', totalRamGB: 512, quotaMultiplier: 1 }, good, { ...good, quotaMultiplier: -2 }]
    expect(() => validateServers(rows, file, source)).toThrowError(
      new Error(
        [
          `${file}:4: server "roselab6": field "name" must be unique (another server has this name)`,
          `${file}:4: server "roselab6": field "quotaMultiplier" must be a positive number (got -2)`,
        ].join('\n'),
      ),
    )
  })
})

describe('formatting helpers', () => {
  it.each([
    [512, '512 GB'],
    [1024, '1 TB'],
    [2048, '2 TB'],
    [1536, '1.5 TB'],
    [96, '96 GB'],
  ])('formats %d GB of RAM as "%s"', (gb, text) => {
    expect(formatRam(gb)).toBe(text)
  })

  it("shows the real servers as the lab's guide does (April 2026): 512 GB, 1 TB, 2 TB and 384 GB", () => {
    expect(servers.map((server) => `${server.name} ${formatRam(server.totalRamGB)}`)).toEqual([
      'roselab1 512 GB',
      'roselab2 512 GB',
      'roselab3 512 GB',
      'roselab4 1 TB',
      'roselab5 2 TB',
      'roselab6 384 GB',
      'roselab7 384 GB',
    ])
  })

  it.each([
    [1, '1× standard'],
    [2, '2× standard'],
    [1.5, '1.5× standard'],
  ])('formats a quota multiplier of %d as "%s"', (multiplier, text) => {
    expect(formatQuota(multiplier)).toBe(text)
  })
})

describe('largestQuotaServers', () => {
  it('finds roselab5 among the real servers', () => {
    expect(largestQuotaServers().map((server) => server.name)).toEqual(['roselab5'])
  })

  it('returns every server that shares the largest quota, in table order', () => {
    const rows: Server[] = [
      { name: 'a', totalRamGB: 1, quotaMultiplier: 4 },
      { name: 'b', totalRamGB: 1, quotaMultiplier: 1 },
      { name: 'c', totalRamGB: 1, quotaMultiplier: 4 },
    ]
    expect(largestQuotaServers(rows).map((server) => server.name)).toEqual(['a', 'c'])
  })
})

describe('findServer', () => {
  it.each([
    ['roselab5', 'roselab5'],
    [' RoseLab4 ', 'roselab4'],
    ['roselab9', undefined],
    ['', undefined],
    [null, undefined],
  ])('maps the query value %j to %j', (query, name) => {
    expect(findServer(query)?.name).toBe(name)
  })
})

describe('serverRange', () => {
  it('names the real servers as one run', () => {
    expect(serverRange()).toBe('roselab1 to roselab7')
  })

  it.each([
    [['roselab1'], 'roselab1'],
    [['roselab1', 'roselab2'], 'roselab1 and roselab2'],
    [['roselab1', 'roselab2', 'roselab3'], 'roselab1 to roselab3'],
    [['roselab1', 'roselab2', 'roselab3', 'roselab5'], 'roselab1 to roselab3 and roselab5'],
    [['roselab1', 'roselab2', 'roselab3', 'rosebig', 'roselab4'], 'roselab1 to roselab3, rosebig and roselab4'],
    [['roselab9', 'roselab10', 'roselab11'], 'roselab9 to roselab11'],
    [['gpu1', 'gpu2', 'gpu3', 'cpu4'], 'gpu1 to gpu3 and cpu4'],
  ])('writes %j as "%s"', (names, text) => {
    expect(serverRange(names.map((name) => ({ name })))).toBe(text)
  })
})

describe('quotaTableCaption', () => {
  it('names the servers the table lists, so a new server changes it', () => {
    const withNewServer = [...servers, { name: 'roselab8', totalRamGB: 768, quotaMultiplier: 1 }]
    expect(quotaTableCaption()).toBe('Memory quota per container on roselab1 to roselab7')
    expect(quotaTableCaption(withNewServer)).toBe('Memory quota per container on roselab1 to roselab8')
  })
})

describe('serverQuotaMarkdown', () => {
  it('writes the real servers as a Markdown table with the component wording', () => {
    expect(serverQuotaMarkdown()).toBe(
      [
        'Memory quota per container on roselab1 to roselab7:',
        '',
        '| Server | Total RAM | Quota per container | If a container exceeds its quota |',
        '| --- | --- | --- | --- |',
        '| roselab1 | 512 GB | 1× standard | Killed at once, no grace period |',
        '| roselab2 | 512 GB | 1× standard | Killed at once, no grace period |',
        '| roselab3 | 512 GB | 1× standard | Killed at once, no grace period |',
        '| roselab4 | 1 TB | 2× standard | Killed at once, no grace period |',
        '| roselab5 | 2 TB | 4× standard (Largest quota) | Killed at once, no grace period |',
        '| roselab6 | 384 GB | 1× standard | Killed at once, no grace period |',
        '| roselab7 | 384 GB | 1× standard | Killed at once, no grace period |',
        '',
      ].join('\n'),
    )
  })

  it('adds a notes column when a server has notes, escaping pipes', () => {
    const markdown = serverQuotaMarkdown([
      { name: 'a', totalRamGB: 64, quotaMultiplier: 1, notes: 'CPU | only' },
      { name: 'b', totalRamGB: 64, quotaMultiplier: 1 },
    ])
    expect(markdown).toContain(
      '| Server | Total RAM | Quota per container | If a container exceeds its quota | Notes |',
    )
    expect(markdown).toContain(
      '| a | 64 GB | 1× standard (Largest quota) | Killed at once, no grace period | CPU \\| only |',
    )
    expect(markdown).toContain('| b | 64 GB | 1× standard (Largest quota) | Killed at once, no grace period |  |')
  })
})

describe('the example row on /contributing', () => {
  it('is a real row of the data, so that copying it publishes nothing false', async () => {
    const page = await readFile(new URL('../../../docs/contributing.md', import.meta.url), 'utf8')
    const rows = [...page.matchAll(/^\s*(\{ name: '[^']*'.*\}),?$/gm)].map((match) =>
      JSON.parse(match[1]!.replace(/'/g, '"').replace(/(\w+):/g, '"$1":')),
    )
    expect(rows.length).toBeGreaterThan(0)
    for (const row of rows) expect(servers).toContainEqual(row)
  })
})
