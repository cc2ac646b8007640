import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { readdir } from 'node:fs/promises'
import {
  builtScriptSources,
  withMetaTag,
  writeSecurityHeaders,
} from '../../../docs/.vitepress/after-build/security-headers'
import { scriptHashSource } from '../../../deploy/security-headers'

const themeScript = 'document.documentElement.classList.add("dark")'
const redirectScript = 'location.replace("/limitations/")'

function page(scripts: string): string {
  return `<!DOCTYPE html>\n<html>\n<head>\n<meta charset="utf-8">\n<title>t</title>\n${scripts}\n</head>\n<body></body>\n</html>\n`
}

let outDir: string

beforeEach(async () => {
  outDir = await mkdtemp(join(tmpdir(), 'security-headers-'))
  await mkdir(join(outDir, 'guide'))
  await writeFile(join(outDir, 'index.html'), page(`<script>${themeScript}</script>`))
  await writeFile(join(outDir, 'guide', 'limit.html'), page(`<script>${redirectScript}</script>`))
})

afterEach(async () => {
  await rm(outDir, { recursive: true, force: true })
})

describe('writeSecurityHeaders', () => {
  it('allows the inline scripts of every page, a nested one included, in _headers, with HSTS', async () => {
    await writeSecurityHeaders({ outDir, site: { base: '/docs/' } })
    const headersFile = await readFile(join(outDir, '_headers'), 'utf8')
    for (const script of [themeScript, redirectScript]) expect(headersFile).toContain(scriptHashSource(script))
    expect(headersFile).toContain('\n/docs/assets/*\n')
    expect(headersFile).toContain('\n  Strict-Transport-Security: max-age=31536000\n')
  })

  it('writes no configuration for nginx into the folder nginx serves', async () => {
    await writeSecurityHeaders({ outDir, site: { base: '/' } })
    expect((await readdir(outDir)).sort()).toEqual(['_headers', 'guide', 'index.html'])
  })

  it('gives npm run deploy:nginx the same inline-script sources', async () => {
    expect([...(await builtScriptSources(outDir))].sort()).toEqual(
      [scriptHashSource(themeScript), scriptHashSource(redirectScript)].sort(),
    )
  })

  it('puts the policy into every page right after the charset, before any script', async () => {
    await writeSecurityHeaders({ outDir, site: { base: '/' } })
    for (const file of ['index.html', 'guide/limit.html']) {
      const html = await readFile(join(outDir, file), 'utf8')
      expect(html, file).toMatch(
        /<meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="[^"]+">\n<title>/,
      )
      expect(html, file).toContain(scriptHashSource(redirectScript))
    }
  })

  it('fails the build on a page with an inline event handler, naming the page', async () => {
    await writeFile(join(outDir, 'bad.html'), page('<body onload="start()">'))
    await expect(writeSecurityHeaders({ outDir, site: { base: '/' } })).rejects.toThrow(
      /bad\.html:\d+: inline event handler onload=/,
    )
  })
})

describe('withMetaTag', () => {
  it('puts the tag at the start of <head> when there is no charset declaration', () => {
    expect(withMetaTag('<html><head lang="en"><title>t</title></head></html>', '<meta x>', 'a.html')).toBe(
      '<html><head lang="en"><meta x><title>t</title></head></html>',
    )
  })

  it('refuses a page without <head>, naming it', () => {
    expect(() => withMetaTag('<p>fragment</p>', '<meta x>', 'dist/fragment.html')).toThrow(
      'dist/fragment.html:1: no <head> to put the Content-Security-Policy <meta> tag in',
    )
  })
})
