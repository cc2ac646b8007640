// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest'
import { copyText } from '../../../docs/.vitepress/theme/clipboard'

afterEach(() => {
  vi.unstubAllGlobals()
  vi.restoreAllMocks()
  document.body.innerHTML = ''
})

/** jsdom has no execCommand: install one that records what was selected when "copy" ran. */
function stubExecCommand(result: boolean | Error): { copied: string[] } {
  const copied: string[] = []
  Object.defineProperty(document, 'execCommand', {
    configurable: true,
    value: (command: string) => {
      if (result instanceof Error) throw result
      if (command === 'copy') copied.push((document.activeElement as HTMLTextAreaElement).value)
      return result
    },
  })
  return { copied }
}

describe('copyText', () => {
  it('uses the Clipboard API on a secure page', async () => {
    const writeText = vi.fn().mockResolvedValue(undefined)
    vi.stubGlobal('isSecureContext', true)
    vi.stubGlobal('navigator', { clipboard: { writeText } })
    await copyText('https://example.org/a#b')
    expect(writeText).toHaveBeenCalledWith('https://example.org/a#b')
  })

  it('falls back to a selected text field where the Clipboard API is missing, and leaves no trace', async () => {
    vi.stubGlobal('isSecureContext', false)
    const { copied } = stubExecCommand(true)
    const button = document.body.appendChild(document.createElement('button'))
    button.focus()
    await copyText('http://intranet/a#b')
    expect(copied).toEqual(['http://intranet/a#b'])
    expect(document.querySelector('textarea')).toBeNull()
    expect(document.activeElement).toBe(button)
  })

  it('falls back too when the Clipboard API refuses', async () => {
    vi.stubGlobal('isSecureContext', true)
    vi.stubGlobal('navigator', { clipboard: { writeText: vi.fn().mockRejectedValue(new Error('NotAllowedError')) } })
    const { copied } = stubExecCommand(true)
    await copyText('https://example.org/x')
    expect(copied).toEqual(['https://example.org/x'])
  })

  it.each([false, new Error('unsupported')])('rejects when the browser refuses both ways (%s)', async (result) => {
    vi.stubGlobal('isSecureContext', false)
    stubExecCommand(result)
    await expect(copyText('x')).rejects.toThrow('the browser refused to copy')
  })
})
