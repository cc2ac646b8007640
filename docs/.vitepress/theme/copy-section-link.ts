/**
 * The copy-link buttons that markdown/copy-link-button.ts puts into section headings, as plain HTML: one click
 * listener for the whole document copies the section's absolute URL and says so in the button's status region.
 */
import { pageUrl } from '../shared/page-urls'
import { copyText } from './clipboard'

/** Set on the root element once the buttons work; the style sheet shows them only then. */
export const enabledClass = 'has-copy-link-buttons'

/** Where the reader is: the site's base and the current page's source path (VitePress's `siteData` and route). */
export interface CurrentPage {
  base(): string
  relativePath(): string
}

const copiedFor = 2000
const failureShownFor = 15000
const resetTimers = new WeakMap<Element, ReturnType<typeof setTimeout>>()

/** Makes every copy-link button, on this page and the pages the router shows later, copy its section's URL. */
export function enableCopySectionLinks(current: CurrentPage): void {
  if (typeof document === 'undefined') return
  document.addEventListener('click', (event) => {
    const button = event.target instanceof Element ? event.target.closest('.CopyLinkButton-button') : null
    const sectionId = button instanceof HTMLElement ? button.dataset.sectionId : undefined
    const wrapper = button?.closest('.CopyLinkButton')
    if (!sectionId || !wrapper) return
    const url = pageUrl(import.meta.env.DOCS_SITE_ORIGIN + current.base(), current.relativePath(), sectionId)
    void copyLink(wrapper, url)
  })
  document.documentElement.classList.add(enabledClass)
}

async function copyLink(wrapper: Element, url: string): Promise<void> {
  const status = wrapper.querySelector('.CopyLinkButton-status')
  if (!status) return
  clearTimeout(resetTimers.get(wrapper))
  try {
    await copyText(url)
    showState(wrapper, 'copied')
    status.textContent = 'Copied'
    resetTimers.set(
      wrapper,
      setTimeout(() => reset(wrapper, status), copiedFor),
    )
  } catch {
    showState(wrapper, 'failed')
    const shownUrl = document.createElement('span')
    shownUrl.className = 'CopyLinkButton-url'
    shownUrl.textContent = url
    status.replaceChildren('Could not copy. Select and copy the link: ', shownUrl)
    selectContents(shownUrl)
    resetTimers.set(
      wrapper,
      setTimeout(() => reset(wrapper, status), failureShownFor),
    )
  }
}

function showState(wrapper: Element, state: 'copied' | 'failed'): void {
  wrapper.classList.remove('is-copied', 'is-failed')
  wrapper.classList.add(`is-${state}`)
}

function reset(wrapper: Element, status: Element): void {
  wrapper.classList.remove('is-copied', 'is-failed')
  status.replaceChildren()
}

/** Selects the shown URL so that the reader can copy it by hand. */
function selectContents(element: Element): void {
  const selection = window.getSelection()
  if (!selection) return
  const range = document.createRange()
  range.selectNodeContents(element)
  selection.removeAllRanges()
  selection.addRange(range)
}
