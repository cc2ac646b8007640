/**
 * Ends the current task: resolves in a new one, so the work before and after the call run as two tasks, between
 * which the browser can paint and answer input. `scheduler.yield()` where the browser has it (its continuation runs
 * ahead of other queued tasks), a zero-delay timer elsewhere.
 */
export function yieldToMainThread(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler
  if (typeof scheduler?.yield === 'function') return scheduler.yield()
  return new Promise((resolve) => setTimeout(resolve, 0))
}
