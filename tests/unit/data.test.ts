import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { checkServers, servers } from '../../docs/.vitepress/data/servers'

/** Checks `rows` as if they were written, one per line, in a data file of their own. */
function check(rows: object[]): string {
  const file = join(mkdtempSync(join(tmpdir(), 'servers-')), 'servers.ts')
  writeFileSync(
    file,
    [
      'export const servers = [',
      ...rows.map((row) => `  ${JSON.stringify(row).replace(/"name":"([^"]*)"/, "name: '$1'")},`),
      ']',
    ].join('\n'),
  )
  try {
    checkServers(rows, file)
  } catch (error) {
    return (error as Error).message.replace(file, 'servers.ts')
  }
  return 'no error'
}

describe('the server data', () => {
  const name = `${servers[0]!.name}-new`
  const row = { ...servers[0]!, name }

  it("accepts the lab's servers and a new one", () => {
    expect(check([...servers, row])).toBe('no error')
  })

  it.each([
    ['a server listed twice', [row, { ...row }], `servers.ts:3: server "${name}" is listed twice`],
    [
      'a quota that is not positive',
      [{ ...row, quotaMultiplier: 0 }],
      `servers.ts:2: server "${name}": field "quotaMultiplier": Too small`,
    ],
    [
      'a name that is no host name',
      [{ ...row, name: 'RoseLab 9' }],
      'servers.ts:2: server "RoseLab 9": field "name": must be a lowercase host name',
    ],
    ['an unknown field', [{ ...row, ram: 512 }], `servers.ts:2: server "${name}": field "ram": Unrecognized key`],
  ])('names the file, line, server and field of %s', (_case, rows, message) => {
    expect(check(rows)).toContain(message)
  })
})
