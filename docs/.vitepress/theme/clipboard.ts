/** Puts text on the clipboard from a click handler, in every browser the site supports. */

/**
 * Copies `text`: with the Clipboard API where the page may use it, else through a selected, hidden text field and
 * `execCommand('copy')` (plain-HTTP intranet hosts have no Clipboard API). Rejects when the browser refuses both.
 */
export async function copyText(text: string): Promise<void> {
  if (window.isSecureContext && navigator.clipboard?.writeText) {
    try {
      await navigator.clipboard.writeText(text)
      return
    } catch {
      // Refused (no permission, or the document lost focus): the selection fallback below may still work.
    }
  }
  if (!copyThroughSelection(text)) throw new Error('the browser refused to copy')
}

function copyThroughSelection(text: string): boolean {
  const focused = document.activeElement
  const field = document.createElement('textarea')
  field.value = text
  field.readOnly = true
  Object.assign(field.style, { position: 'fixed', top: '0', left: '0', opacity: '0', pointerEvents: 'none' })
  document.body.append(field)
  field.focus({ preventScroll: true })
  field.select()
  try {
    return document.execCommand('copy')
  } catch {
    return false
  } finally {
    field.remove()
    if (focused instanceof HTMLElement) focused.focus({ preventScroll: true })
  }
}
