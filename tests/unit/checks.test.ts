import { describe, expect, it } from 'vitest'
import { renderError } from './render'

describe('what a page may show', () => {
  it.each([
    ['a Markdown image without its size', '![Grafana](/a.png)', 'example.md:4: image /a.png needs its size'],
    [
      'an <img> without its size',
      '<img src="/a.png" alt="A">',
      'example.md:4: <img src="/a.png" alt="A"> needs width="…" and height="…"',
    ],
  ])('refuses %s', async (_case, image, message) => {
    expect(await renderError(`---\ntitle: T\n---\n${image}\n`)).toContain(message)
  })

  it.each([
    [
      'a storage driver in daemon.json',
      '```json\n{\n  "storage-driver": "fuse-overlayfs"\n}\n```',
      3,
      'sets "storage-driver"',
    ],
    [
      'default-security-opt in daemon.json',
      '```json\n{\n  "default-security-opt": []\n}\n```',
      3,
      'sets "default-security-opt"',
    ],
    [
      'an NVIDIA driver from apt',
      'Text.\n\n    sudo apt update\n    sudo apt install nvidia-driver-535',
      4,
      'installs an NVIDIA driver',
    ],
  ])('refuses code with %s, naming the line of the instruction', async (_case, code, line, message) => {
    expect(await renderError(`# T\n\n${code}\n`)).toMatch(new RegExp(`example\\.md:${line + 2}: this code ${message}`))
  })
})
