import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { ClustersResult } from '../../src-shared/domain/analytics'
import { openTestBackend, type TestBackend } from '../support/test-db'
import { daysAgo } from './support/days'
import { Shop } from './support/shop'

let backend: TestBackend
beforeEach(() => (backend = openTestBackend()))
afterEach(() => backend.close())

describe('analytics.clusters', () => {
  it('separates two obvious groups and reports member means in original units', async () => {
    const shop = new Shop(backend.db)
    // 12 frequent big spenders who bought this week; 20 one-off small buyers from a year ago.
    const big = Array.from({ length: 12 }, (_, i) => {
      const c = shop.customer(`big${i}`)
      for (let k = 0; k < 8; k++) shop.order({ customerId: c, day: daysAgo(i % 5), total: 100_000 + i * 1_000 })
      return { recency: i % 5, frequency: 8, monetary: 8 * (100_000 + i * 1_000) }
    })
    const small = Array.from({ length: 20 }, (_, i) => {
      const c = shop.customer(`small${i}`)
      shop.order({ customerId: c, day: daysAgo(360 + i), total: 1_000 + i * 10 })
      return { recency: 360 + i, frequency: 1, monetary: 1_000 + i * 10 }
    })
    const result = await backend.dispatch('analytics.clusters', { k: 2 })
    if (!result.ok) throw new Error(result.error.message)
    const { clusters, basis, inertia } = result.data as ClustersResult
    const mean = (rows: { recency: number; frequency: number; monetary: number }[]) => ({
      recencyDays: rows.reduce((a, r) => a + r.recency, 0) / rows.length,
      frequency: rows.reduce((a, r) => a + r.frequency, 0) / rows.length,
      monetary: Math.round(rows.reduce((a, r) => a + r.monetary, 0) / rows.length),
    })
    const bySize = [...clusters].sort((a, b) => a.size - b.size)
    expect(bySize.map((c) => c.size)).toEqual([12, 20])
    expect(bySize[0].centroid).toEqual(mean(big))
    expect(bySize[1].centroid).toEqual(mean(small))
    expect(inertia).toBeGreaterThan(0)
    expect(basis).toMatchObject({ rows: 32, unit: 'customers', from: daysAgo(379), to: daysAgo(0) })
  })

  it('needs at least k customers', async () => {
    const shop = new Shop(backend.db)
    shop.order({ customerId: shop.customer('a'), day: daysAgo(1), total: 1 })
    const result = await backend.dispatch('analytics.clusters', { k: 2 })
    expect(result).toMatchObject({ ok: false, error: { code: 'analytics_too_few_customers', params: { needed: 2, found: 1 } } })
  })

  it.each([{ k: 1 }, { k: 9 }, { k: '3' }, {}])('rejects %j', async (input) => {
    expect(await backend.dispatch('analytics.clusters', input)).toMatchObject({ ok: false, error: { code: 'validation' } })
  })
})
