import Database from 'better-sqlite3'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { ResultCache } from '../../src-main/insights/result-cache'
import type { CampaignsResult, RfmResult } from '../../src-shared/domain/analytics'
import { openTestBackend, type TestBackend } from '../support/test-db'
import { daysAgo } from './support/days'
import { Shop } from './support/shop'

let backend: TestBackend
let shop: Shop
beforeEach(() => {
  backend = openTestBackend()
  shop = new Shop(backend.db)
  shop.order({ customerId: shop.customer('a'), day: daysAgo(3), total: 1_000 })
})
afterEach(() => backend.close())

async function rfm(): Promise<RfmResult> {
  const result = await backend.dispatch('analytics.rfm', {})
  if (!result.ok) throw new Error(result.error.message)
  return result.data as RfmResult
}
const customers = (r: RfmResult): number => r.segments.reduce((a, s) => a + s.customers, 0)
const progressEvents = () => backend.events.filter((e) => e.event === 'job.progress')

describe('insights cache', () => {
  it('answers a repeated request from the cache, with progress only for the computation', async () => {
    const first = await rfm()
    const events = progressEvents()
    expect(events.length).toBeGreaterThan(0)
    expect(events.at(-1)?.payload).toMatchObject({ kind: 'analytics.rfm', done: 3, total: 3 })
    const second = await rfm()
    expect(second).toBe(first)
    expect(progressEvents()).toHaveLength(events.length)
  })

  it('starts one job for concurrent identical requests', async () => {
    const [a, b] = await Promise.all([rfm(), rfm()])
    expect(a).toBe(b)
    const jobIds = new Set(progressEvents().map((e) => (e.payload as { jobId: string }).jobId))
    expect(jobIds.size).toBe(1)
  })

  it('recomputes after a write through the app connection', async () => {
    expect(customers(await rfm())).toBe(1)
    shop.order({ customerId: shop.customer('b'), day: daysAgo(1), total: 2_000 })
    expect(customers(await rfm())).toBe(2)
  })

  it('recomputes after a commit by another connection (an import, another process)', async () => {
    const campaigns = async (): Promise<CampaignsResult> => {
      const result = await backend.dispatch('analytics.campaigns', {})
      if (!result.ok) throw new Error(result.error.message)
      return result.data as CampaignsResult
    }
    expect((await campaigns()).campaigns).toHaveLength(0)
    const other = new Database(backend.ctx.dataFile)
    other.prepare("INSERT INTO campaigns (name, cost) VALUES ('外部', 100)").run()
    other.close()
    expect((await campaigns()).campaigns.map((c) => c.name)).toEqual(['外部'])
  })

  it('keeps results per input', async () => {
    const a = await backend.dispatch('analytics.rfm', {})
    const b = await backend.dispatch('analytics.rfm', { asOf: daysAgo(10) })
    expect(a.ok && b.ok && a.data !== b.data).toBe(true)
    expect(b.ok && customers(b.data as RfmResult)).toBe(0)
  })
})

describe('ResultCache', () => {
  it('does not keep a failure, drops everything when the version moves, and stays bounded', async () => {
    const cache = new ResultCache(2)
    let calls = 0
    const compute = async (): Promise<number> => ++calls
    await expect(cache.get('k', 'v1', () => Promise.reject(new Error('boom')))).rejects.toThrow('boom')
    expect(await cache.get('k', 'v1', compute)).toBe(1)
    expect(await cache.get('k', 'v1', compute)).toBe(1)
    expect(await cache.get('k', 'v2', compute)).toBe(2)
    await cache.get('x', 'v2', compute)
    await cache.get('y', 'v2', compute) // evicts the oldest, 'k'
    expect(await cache.get('k', 'v2', compute)).toBe(5)
  })
})
