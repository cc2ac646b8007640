import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'

const nginxHeaders = Object.fromEntries(
  [...readFileSync('deploy/security-headers.conf', 'utf8').matchAll(/^add_header (\S+) "([^"]*)" always;$/gm)].map(
    ([, name, value]) => [name, value],
  ),
)
const fileHeaders = Object.fromEntries(
  [...readFileSync('docs/public/_headers', 'utf8').matchAll(/^ {2}([\w-]+): (.*)$/gm)].map(([, name, value]) => [
    name,
    value,
  ]),
)
const workflow = (name: string) => readFileSync(`.github/workflows/${name}`, 'utf8')

describe('what the hosts send', () => {
  it('sends the same security headers from nginx and from _headers, which adds HSTS and caching', () => {
    const { 'Strict-Transport-Security': hsts, 'Cache-Control': caching, ...security } = fileHeaders
    expect(Object.keys(nginxHeaders).length).toBeGreaterThan(5)
    expect(security).toEqual(nginxHeaders)
    expect([hsts, caching]).toEqual(['max-age=31536000', 'public, max-age=31536000, immutable'])
  })
})

describe('deployment', () => {
  it('publishes only after the checks of .ci/run passed', () => {
    expect(workflow('checks.yml')).toMatch(/run: bash \.ci\/run/)
    const deploy = workflow('deploy.yml')
    expect(deploy).toMatch(/checks:\n\s+uses: \.\/\.github\/workflows\/checks\.yml/)
    expect(deploy).toMatch(/build:\n(\s+.*\n)*?\s+needs: checks/)
  })
})
