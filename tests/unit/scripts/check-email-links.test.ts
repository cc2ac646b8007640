import { execFile } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { emailLinks } from '../../../docs/.vitepress/data/email-links'
import { recordedLinks } from '../../../scripts/check-email-links'
import { fakeDist, type FakeDist } from '../fake-dist'

const script = fileURLToPath(new URL('../../../scripts/check-email-links.ts', import.meta.url))
const run = promisify(execFile)

describe('recordedLinks', () => {
  it('records every email link with the line it is written on', () => {
    const links = recordedLinks([{ url: '/limitations/firewall', usedFor: 'x' }], [], {})
    expect(links).toEqual([
      { url: '/limitations/firewall', source: expect.stringMatching(/^docs\/\.vitepress\/data\/email-links\.ts:\d+$/) },
    ])
  })

  it('adds each old address, its targets and every alias target', () => {
    const links = recordedLinks(
      [],
      [{ from: '/guide/limit', to: '/limitations/', anchors: { firewall: '/limitations/firewall' } }],
      { '/limitations/nested-containers': { 'nested-container': 'nested-containers' } },
    )
    expect(links.map((link) => link.url)).toEqual([
      '/guide/limit',
      '/limitations/',
      '/limitations/firewall',
      '/limitations/nested-containers#nested-containers',
    ])
    expect(links.every((link) => link.source.startsWith('docs/.vitepress/data/redirects.ts:'))).toBe(true)
  })

  it('covers the sub-sections of the seed that emails point to', () => {
    const urls = emailLinks.map((link) => link.url)
    expect(urls).toEqual(
      expect.arrayContaining([
        '/limitations/gpu-passthrough#monitor-gpu-process',
        '/limitations/gpu-passthrough#kill-gpu-process',
        '/limitations/memory-limits#memory-quota-by-server',
        '/limitations/memory-limits?server=roselab5#memory-quota-by-server',
        '/limitations/firewall',
        '/guide/docker',
      ]),
    )
  })
})

describe('npm run check:email-links', () => {
  let bad: FakeDist

  beforeAll(async () => {
    bad = await fakeDist({
      'index.html': '<h1 id="home">Home</h1>',
      'limitations/gpu-passthrough.html': '<h2 id="monitor-gpu-process">Monitor</h2>',
    })
  })

  afterAll(() => bad.remove())

  it('fails on a built site that lost a page and a section, naming each broken link', async () => {
    const failure = await run(process.execPath, ['--import', 'tsx', script, bad.dir]).then(
      () => undefined,
      (error: { code: number; stderr: string }) => error,
    )
    expect(failure?.code).toBe(1)
    expect(failure?.stderr).toMatch(
      /email-links\.ts:\d+: \/limitations\/gpu-passthrough#kill-gpu-process: no element with id "kill-gpu-process" in limitations\/gpu-passthrough\.html/,
    )
    expect(failure?.stderr).toMatch(/email-links\.ts:\d+: \/limitations\/firewall: no page at \/limitations\/firewall/)
    expect(failure?.stderr).toMatch(/redirects\.ts:\d+: \/guide\/limit: no page at \/guide\/limit/)
  }, 30_000)

  it('refuses a folder that holds no built site', async () => {
    const failure = await run(process.execPath, ['--import', 'tsx', script, `${bad.dir}/limitations`]).then(
      () => undefined,
      (error: { code: number; stderr: string }) => error,
    )
    expect(failure?.code).toBe(2)
    expect(failure?.stderr).toContain('no built site here')
  }, 30_000)
})
