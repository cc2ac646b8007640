// @vitest-environment jsdom
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { enableCopySectionLinks, enabledClass } from '../../../docs/.vitepress/theme/copy-section-link'

const current = { base: '/', relativePath: 'limitations/gpu-passthrough.md' }

// The parts of the markdown plugin's button that the listener relies on (its exact output is tested beside it).
const headingHtml =
  '<h2 id="kill-gpu-process">Kill GPU processes <span class="CopyLinkButton ignore-header">' +
  '<button type="button" class="CopyLinkButton-button" data-section-id="kill-gpu-process"></button>' +
  '<output class="CopyLinkButton-status" aria-live="polite"></output></span></h2>'

beforeAll(() => {
  // One listener for the page, as the theme installs it once per visit.
  enableCopySectionLinks({ base: () => current.base, relativePath: () => current.relativePath })
})

beforeEach(() => {
  vi.stubEnv('DOCS_SITE_ORIGIN', 'https://rose-stl-lab.github.io')
  Object.assign(current, { base: '/', relativePath: 'limitations/gpu-passthrough.md' })
  document.body.innerHTML = headingHtml
})

afterEach(() => {
  vi.unstubAllEnvs()
  vi.unstubAllGlobals()
  document.body.innerHTML = ''
})

function stubClipboard(writeText = vi.fn().mockResolvedValue(undefined)) {
  vi.stubGlobal('isSecureContext', true)
  vi.stubGlobal('navigator', { clipboard: { writeText } })
  return writeText
}

function status(): Element {
  return document.querySelector('.CopyLinkButton-status')!
}

async function clickButton(): Promise<void> {
  document.querySelector<HTMLButtonElement>('.CopyLinkButton-button')!.click()
  await vi.waitFor(() => expect(status().textContent?.trim()).not.toBe(''))
}

describe('copy-link buttons', () => {
  it('are shown once the page has taken them over', () => {
    expect(document.documentElement.classList.contains(enabledClass)).toBe(true)
  })

  it("copy the section's absolute URL, built from the site origin, base and page, and say Copied", async () => {
    const writeText = stubClipboard()
    await clickButton()
    expect(writeText).toHaveBeenCalledWith(
      'https://rose-stl-lab.github.io/limitations/gpu-passthrough#kill-gpu-process',
    )
    expect(status().textContent).toBe('Copied')
    expect(document.querySelector('.CopyLinkButton')?.classList.contains('is-copied')).toBe(true)
  })

  it('put the base path of a site served from a sub-path into the URL', async () => {
    current.base = '/docs/'
    const writeText = stubClipboard()
    await clickButton()
    expect(writeText).toHaveBeenCalledWith(
      'https://rose-stl-lab.github.io/docs/limitations/gpu-passthrough#kill-gpu-process',
    )
  })

  it('copy the URL of the page shown now, after the router has changed pages', async () => {
    current.relativePath = 'limitations/index.md'
    const writeText = stubClipboard()
    await clickButton()
    expect(writeText).toHaveBeenCalledWith('https://rose-stl-lab.github.io/limitations/#kill-gpu-process')
  })

  it('show the link, selected, when the browser refuses to copy', async () => {
    vi.stubGlobal('isSecureContext', false)
    Object.defineProperty(document, 'execCommand', { configurable: true, value: () => false })
    await clickButton()
    expect(document.querySelector('.CopyLinkButton')?.classList.contains('is-failed')).toBe(true)
    expect(status().textContent).toContain('Could not copy.')
    expect(window.getSelection()?.toString()).toBe(
      'https://rose-stl-lab.github.io/limitations/gpu-passthrough#kill-gpu-process',
    )
  })

  it('go quiet again after saying Copied', async () => {
    stubClipboard()
    vi.useFakeTimers()
    try {
      document.querySelector<HTMLButtonElement>('.CopyLinkButton-button')!.click()
      await vi.waitFor(() => expect(status().textContent).toBe('Copied'))
      vi.advanceTimersByTime(2000)
      expect(status().textContent).toBe('')
      expect(document.querySelector('.CopyLinkButton')?.classList.contains('is-copied')).toBe(false)
    } finally {
      vi.useRealTimers()
    }
  })

  it('leave clicks elsewhere alone', async () => {
    const writeText = stubClipboard()
    document.querySelector<HTMLElement>('h2')!.click()
    await new Promise((resolveTick) => setTimeout(resolveTick, 0))
    expect(writeText).not.toHaveBeenCalled()
    expect(status().textContent).toBe('')
  })
})
