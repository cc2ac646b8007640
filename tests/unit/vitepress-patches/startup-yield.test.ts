import { afterEach, describe, expect, it, vi } from 'vitest'
import { yieldToMainThread } from '../../../docs/.vitepress/vitepress-patches/startup-yield'

type WithScheduler = typeof globalThis & { scheduler?: { yield?: () => Promise<void> } }

describe('yieldToMainThread', () => {
  afterEach(() => {
    delete (globalThis as WithScheduler).scheduler
  })

  it("uses the browser's scheduler.yield() where there is one", async () => {
    const schedulerYield = vi.fn(() => Promise.resolve())
    ;(globalThis as WithScheduler).scheduler = { yield: schedulerYield }
    await yieldToMainThread()
    expect(schedulerYield).toHaveBeenCalledOnce()
  })

  it('elsewhere resolves in a new task: after microtasks and after tasks queued before it', async () => {
    const order: string[] = []
    setTimeout(() => order.push('task queued before'), 0)
    const yielded = yieldToMainThread().then(() => order.push('after the yield'))
    queueMicrotask(() => order.push('microtask'))
    await yielded
    expect(order).toEqual(['microtask', 'task queued before', 'after the yield'])
  })
})
