// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createApp, createSSRApp, h, nextTick, ref } from 'vue'
import { renderToString } from 'vue/server-renderer'
import CopyLinkButton from '../../../../docs/.vitepress/theme/components/CopyLinkButton.vue'

const site = ref({ base: '/' })
vi.mock('vitepress', () => ({
  useData: () => ({ page: ref({ relativePath: 'limitations/gpu-passthrough.md' }), site }),
}))

const props = { sectionId: 'kill-gpu-process', heading: 'Kill GPU processes' }

beforeEach(() => {
  vi.stubEnv('DOCS_SITE_ORIGIN', 'https://rose-stl-lab.github.io')
  site.value = { base: '/' }
})

afterEach(() => {
  vi.unstubAllEnvs()
  vi.unstubAllGlobals()
  document.body.innerHTML = ''
})

/** Mounts the button in the page as the browser does after hydration. */
async function mountButton(): Promise<HTMLElement> {
  const root = document.body.appendChild(document.createElement('h2'))
  createApp({ render: () => h(CopyLinkButton, props) }).mount(root)
  await nextTick()
  return root
}

function stubClipboard(writeText = vi.fn().mockResolvedValue(undefined)) {
  vi.stubGlobal('isSecureContext', true)
  vi.stubGlobal('navigator', { clipboard: { writeText } })
  return writeText
}

async function click(button: HTMLElement): Promise<void> {
  button.click()
  await vi.waitFor(() =>
    expect(button.parentElement?.querySelector('[role="status"]')?.textContent?.trim()).not.toBe(''),
  )
}

describe('CopyLinkButton, server-rendered', () => {
  it('is a real button named after its section, in the static HTML', async () => {
    const html = await renderToString(createSSRApp({ render: () => h(CopyLinkButton, props) }))
    const root = document.createElement('div')
    root.innerHTML = html
    const button = root.querySelector('button')!
    expect(button.getAttribute('type')).toBe('button')
    expect(button.getAttribute('aria-label')).toBe('Copy link to section: Kill GPU processes')
    expect(button.querySelector('svg')?.getAttribute('aria-hidden')).toBe('true')
  })

  it('has a polite, empty status region ready to announce the result', async () => {
    const root = document.createElement('div')
    root.innerHTML = await renderToString(createSSRApp({ render: () => h(CopyLinkButton, props) }))
    const status = root.querySelector('[role="status"]')!
    expect(status.getAttribute('aria-live')).toBe('polite')
    expect(status.textContent).toBe('')
  })

  it('stays hidden until scripts run, since without them it could do nothing', async () => {
    const root = document.createElement('div')
    root.innerHTML = await renderToString(createSSRApp({ render: () => h(CopyLinkButton, props) }))
    expect(root.querySelector('.CopyLinkButton')?.classList.contains('enhanced')).toBe(false)
    expect(root.querySelector('.CopyLinkButton')?.classList.contains('ignore-header')).toBe(true)
  })
})

describe('CopyLinkButton, in the browser', () => {
  it('shows itself once mounted', async () => {
    expect((await mountButton()).querySelector('.CopyLinkButton')?.classList.contains('enhanced')).toBe(true)
  })

  it("copies the section's absolute URL, built from the site origin, base and page, and says Copied", async () => {
    const writeText = stubClipboard()
    const root = await mountButton()
    await click(root.querySelector('button')!)
    expect(writeText).toHaveBeenCalledWith(
      'https://rose-stl-lab.github.io/limitations/gpu-passthrough#kill-gpu-process',
    )
    expect(root.querySelector('[role="status"]')?.textContent?.trim()).toBe('Copied')
  })

  it('puts the base path of a site served from a sub-path into the URL', async () => {
    site.value = { base: '/docs/' }
    const writeText = stubClipboard()
    const root = await mountButton()
    await click(root.querySelector('button')!)
    expect(writeText).toHaveBeenCalledWith(
      'https://rose-stl-lab.github.io/docs/limitations/gpu-passthrough#kill-gpu-process',
    )
  })

  it('shows the link, selected, when the browser refuses to copy', async () => {
    vi.stubGlobal('isSecureContext', false)
    Object.defineProperty(document, 'execCommand', { configurable: true, value: () => false })
    const root = await mountButton()
    await click(root.querySelector('button')!)
    const status = root.querySelector('[role="status"]')!
    expect(root.querySelector('.CopyLinkButton')?.classList.contains('is-failed')).toBe(true)
    expect(status.textContent).toContain('Could not copy.')
    await vi.waitFor(() =>
      expect(window.getSelection()?.toString()).toBe(
        'https://rose-stl-lab.github.io/limitations/gpu-passthrough#kill-gpu-process',
      ),
    )
  })
})
