import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { EventPayload } from '../../src-shared/ipc'
import { openTestBackend, type TestBackend } from '../support/test-db'
import { daysAgo } from './support/days'
import { Shop } from './support/shop'

let backend: TestBackend
beforeEach(() => {
  backend = openTestBackend()
  const shop = new Shop(backend.db)
  shop.order({ customerId: shop.customer('a'), day: daysAgo(3), total: 1_000 })
})
afterEach(() => backend.close())

type Progress = EventPayload<'job.progress'>
const progress = (): Progress[] => backend.events.filter((e) => e.event === 'job.progress').map((e) => e.payload as Progress)

/** The analysis's first event: said as soon as it is asked, before the worker takes it. */
async function queuedJob(kind: string): Promise<string> {
  for (let i = 0; i < 1_000; i++) {
    const queued = progress().find((p) => p.kind === kind && p.phase === 'queued')
    if (queued) return queued.jobId
    await Promise.resolve()
  }
  throw new Error(`no queued event for ${kind}`)
}

describe('cancelling an analysis', () => {
  it('is said queued at once, stops on jobs.cancel before its first step, and is not cached', async () => {
    const asked = backend.dispatch('analytics.rfm', {})
    const jobId = await queuedJob('analytics.rfm')
    expect(await backend.dispatch('jobs.cancel', { jobId })).toEqual({ ok: true, data: { cancelled: true } })
    expect(await asked).toMatchObject({ ok: false, error: { code: 'cancelled' } })
    expect(
      progress()
        .filter((p) => p.jobId === jobId)
        .map((p) => p.phase),
    ).toEqual(['queued'])
    // Asked again, it computes: the cancelled answer was not kept.
    const again = await backend.dispatch('analytics.rfm', {})
    expect(again.ok).toBe(true)
    expect(progress().at(-1)).toMatchObject({ kind: 'analytics.rfm', done: 3, total: 3 })
  })

  it('answers cancelled: false for an analysis that has already ended', async () => {
    expect((await backend.dispatch('analytics.rfm', {})).ok).toBe(true)
    const jobId = progress()[0].jobId
    expect(await backend.dispatch('jobs.cancel', { jobId })).toEqual({ ok: true, data: { cancelled: false } })
  })
})
