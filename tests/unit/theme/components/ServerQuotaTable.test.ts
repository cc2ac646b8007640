// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createSSRApp, nextTick } from 'vue'
import { renderToString } from 'vue/server-renderer'
import ServerQuotaTable from '../../../../docs/.vitepress/theme/components/ServerQuotaTable.vue'

async function serverRender(component = ServerQuotaTable): Promise<HTMLElement> {
  const container = document.createElement('div')
  container.innerHTML = await renderToString(createSSRApp(component))
  return container
}

const cellTexts = (row: Element) => [...row.children].map((cell) => cell.textContent?.replace(/\s+/g, ' ').trim())

describe('ServerQuotaTable, server-rendered', () => {
  it('renders a captioned table inside a focusable scroll region named by the caption', async () => {
    const root = await serverRender()
    const region = root.querySelector('.ServerQuotaTable')!
    const caption = root.querySelector('caption')!
    expect(caption.textContent?.trim()).toBe('Memory quota per container on roselab1 to roselab7')
    expect(region.getAttribute('role')).toBe('region')
    expect(region.getAttribute('tabindex')).toBe('0')
    expect(region.getAttribute('aria-labelledby')).toBe(caption.id)
    expect(caption.id).not.toBe('')
  })

  it('marks every column header with scope="col"', async () => {
    const headers = [...(await serverRender()).querySelectorAll('thead th')]
    expect(headers.map((th) => [th.textContent, th.getAttribute('scope')])).toEqual([
      ['Server', 'col'],
      ['Total RAM', 'col'],
      ['Quota per container', 'col'],
      ['If a container exceeds its quota', 'col'],
    ])
  })

  it('renders one row per server, in data order, headed by the server name with scope="row"', async () => {
    const rows = [...(await serverRender()).querySelectorAll('tbody tr')]
    expect(rows.map(cellTexts)).toEqual([
      ['roselab1', '512 GB', '1× standard', 'Killed at once, no grace period'],
      ['roselab2', '512 GB', '1× standard', 'Killed at once, no grace period'],
      ['roselab3', '512 GB', '1× standard', 'Killed at once, no grace period'],
      ['roselab4', '1 TB', '2× standard', 'Killed at once, no grace period'],
      ['roselab5', '2 TB', '4× standard Largest quota', 'Killed at once, no grace period'],
      ['roselab6', '384 GB', '1× standard', 'Killed at once, no grace period'],
      ['roselab7', '384 GB', '1× standard', 'Killed at once, no grace period'],
    ])
    for (const row of rows) expect(row.querySelector('th')?.getAttribute('scope')).toBe('row')
  })

  it('marks only the servers with the largest quota, with visible text', async () => {
    const badges = [...(await serverRender()).querySelectorAll('.ServerQuotaTable-badge')]
    expect(badges.map((badge) => [badge.closest('tr')?.getAttribute('data-server'), badge.textContent])).toEqual([
      ['roselab5', 'Largest quota'],
    ])
  })

  it('highlights no row in the static HTML', async () => {
    const root = await serverRender()
    expect(root.querySelector('[aria-current]')).toBeNull()
    expect(root.querySelector('.ServerQuotaTable-highlighted')).toBeNull()
  })

  it('adds a notes column only when a server has notes, and names the servers it has in the caption', async () => {
    vi.resetModules()
    vi.doMock('../../../../docs/.vitepress/data/servers', async (importOriginal) => ({
      ...(await importOriginal<object>()),
      servers: [
        { name: 'roselab1', totalRamGB: 512, quotaMultiplier: 1 },
        { name: 'cpubox', totalRamGB: 256, quotaMultiplier: 1, notes: 'CPU only' },
      ],
    }))
    const { default: WithNotes } = await import('../../../../docs/.vitepress/theme/components/ServerQuotaTable.vue')
    vi.doUnmock('../../../../docs/.vitepress/data/servers')
    const root = await serverRender(WithNotes)
    expect(root.querySelector('thead th:last-child')?.textContent).toBe('Notes')
    expect(root.querySelector('caption')?.textContent?.trim()).toBe('Memory quota per container on roselab1 and cpubox')
    expect([...root.querySelectorAll('tbody tr')].map(cellTexts)).toEqual([
      ['roselab1', '512 GB', '1× standard Largest quota', 'Killed at once, no grace period', ''],
      ['cpubox', '256 GB', '1× standard Largest quota', 'Killed at once, no grace period', 'CPU only'],
    ])
  })
})

describe('ServerQuotaTable, hydrated in the browser', () => {
  const scrollIntoView = vi.fn()

  beforeEach(() => {
    // jsdom has no layout, so no scrolling: record the call instead.
    Element.prototype.scrollIntoView = scrollIntoView
  })

  afterEach(() => {
    scrollIntoView.mockReset()
    document.body.innerHTML = ''
    history.replaceState(null, '', '/')
  })

  async function hydrateAt(url: string): Promise<HTMLElement> {
    const root = await serverRender()
    document.body.append(root)
    history.replaceState(null, '', url)
    createSSRApp(ServerQuotaTable).mount(root)
    await nextTick()
    await nextTick()
    return root
  }

  const highlightedRows = (root: HTMLElement) =>
    [...root.querySelectorAll('tr.ServerQuotaTable-highlighted')].map((row) => [
      row.getAttribute('data-server'),
      row.getAttribute('aria-current'),
    ])

  it('hydrates the static HTML without a mismatch', async () => {
    const warn = vi.spyOn(console, 'warn')
    const error = vi.spyOn(console, 'error')
    await hydrateAt('/limitations/memory-limits?server=roselab5')
    expect([...warn.mock.calls, ...error.mock.calls]).toEqual([])
    warn.mockRestore()
    error.mockRestore()
  })

  it('highlights and scrolls to the row named by ?server=, ignoring case', async () => {
    const root = await hydrateAt('/limitations/memory-limits?server=RoseLab5')
    expect(highlightedRows(root)).toEqual([['roselab5', 'true']])
    expect(scrollIntoView).toHaveBeenCalledTimes(1)
    expect(scrollIntoView.mock.contexts[0]).toBe(root.querySelector('tr[data-server="roselab5"]'))
  })

  it('leaves the scrolling to the hash when the URL has one', async () => {
    const root = await hydrateAt('/limitations/memory-limits?server=roselab4#memory-quota-by-server')
    expect(highlightedRows(root)).toEqual([['roselab4', 'true']])
    expect(scrollIntoView).not.toHaveBeenCalled()
  })

  it.each(['/limitations/memory-limits', '/limitations/memory-limits?server=roselab9'])(
    'highlights nothing at %s',
    async (url) => {
      const root = await hydrateAt(url)
      expect(highlightedRows(root)).toEqual([])
      expect(scrollIntoView).not.toHaveBeenCalled()
    },
  )
})
