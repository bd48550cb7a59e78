import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { computeChosenClusters, SAMPLE_LIMITS } from '../../../src-main/insights/compute/clusters-chosen'
import { localToday } from '../../../src-main/insights/lib/dates'
import { generateShop } from '../../../src-main/seed/generate-shop'
import type { ClustersResult } from '../../../src-shared/domain/analytics'
import type { ClusterOverview } from '../../../src-shared/domain/customer-groups'
import { daysAgo } from '../../insights/support/days'
import { Shop } from '../../insights/support/shop'
import { openTestBackend, type TestBackend } from '../../support/test-db'

let backend: TestBackend
beforeEach(() => (backend = openTestBackend()))
afterEach(() => backend.close())

async function call<T>(channel: 'groups.clusters' | 'analytics.clusters', input: unknown): Promise<T> {
  const result = await backend.dispatch(channel, input)
  if (!result.ok) throw new Error(result.error.message)
  return result.data as T
}

/** Three plain groups: recent frequent big spenders, lapsed one-off small buyers, and in between. */
function threeGroups(shop: Shop): void {
  for (let i = 0; i < 15; i++) {
    const c = shop.customer(`vip${i}`)
    for (let k = 0; k < 10; k++) shop.order({ customerId: c, day: daysAgo(1 + (i % 4) + k), total: 200_000 + i * 500 })
  }
  for (let i = 0; i < 30; i++) {
    shop.order({ customerId: shop.customer(`gone${i}`), day: daysAgo(400 + i * 3), total: 3_000 + i * 20 })
  }
  for (let i = 0; i < 20; i++) {
    const c = shop.customer(`mid${i}`)
    for (let k = 0; k < 3; k++) shop.order({ customerId: c, day: daysAgo(120 + i + k * 5), total: 30_000 + i * 100 })
  }
}

describe('groups.clusters', () => {
  it('chooses k by silhouette and describes each centre against the average customer', async () => {
    threeGroups(new Shop(backend.db))
    const result = await call<ClusterOverview>('groups.clusters', {})
    expect(result.chosenBy).toBe('silhouette')
    expect(result.silhouettes.map((s) => s.k)).toEqual([2, 3, 4, 5, 6, 7, 8])
    const best = Math.max(...result.silhouettes.map((s) => s.score))
    expect(result.silhouettes.find((s) => s.k === result.k)?.score).toBe(best)
    expect(result.k).toBe(3)
    expect([result.fitted, result.sampled]).toEqual([65, 65])
    expect(result.thresholds).toEqual({ low: 0.75, high: 1.25 })

    const bySize = [...result.clusters].sort((a, b) => a.size - b.size)
    expect(bySize.map((c) => c.size)).toEqual([15, 20, 30])
    const [vip, mid, gone] = bySize
    // Hand-worked: 15 × 10 orders of 200,000 + 500·i; averages over all 65 buyers.
    const vipRevenue = 10 * (15 * 200_000 + 500 * 105)
    expect(vip.revenue).toBe(vipRevenue)
    expect(vip.centre.frequency).toBe(10)
    expect(vip.traits).toEqual({ recencyDays: 'low', frequency: 'high', monetary: 'high', basket: 'high' })
    expect(gone.traits).toEqual({ recencyDays: 'high', frequency: 'low', monetary: 'low', basket: 'low' })
    expect(mid.centre.frequency).toBe(3)
    const revenue = backend.db.prepare('SELECT sum(total) FROM orders').pluck().get() as number
    expect(result.clusters.reduce((a, c) => a + c.revenue, 0)).toBe(revenue)
    expect(result.average.frequency).toBeCloseTo((150 + 30 + 60) / 65, 12)
    expect(result.average.basket).toBeCloseTo(revenue / 240, 9)
  })

  it('the owner may set k; its clusters are numbered as analytics.clusters numbers them', async () => {
    generateShop(backend.db, { customers: 400, orders: 1200, seed: 3 })
    for (const k of [2, 4, 6]) {
      const mine = await call<ClusterOverview>('groups.clusters', { k })
      const theirs = await call<ClustersResult>('analytics.clusters', { k })
      expect(mine).toMatchObject({ k, chosenBy: 'owner' })
      expect(mine.silhouettes.map((s) => s.k)).toEqual([k])
      expect(mine.clusters.map((c) => c.size)).toEqual(theirs.clusters.map((c) => c.size))
      mine.clusters.forEach((c, i) => expect(c.centre.recencyDays).toBeCloseTo(theirs.clusters[i].centroid.recencyDays, 9))
    }
  })

  it('on a large shop chooses k on fixed samples, the same every run, then fits the chosen k on everyone', async () => {
    generateShop(backend.db, { customers: 1500, orders: 3000, seed: 9 })
    const env = { today: localToday(), progress: () => undefined }
    // The limits scaled down to this shop (the app's are 10,000 and 2,000: SAMPLE_LIMITS).
    const limits = { fit: 400, silhouette: 150 }
    const [a, b] = [computeChosenClusters(backend.db, {}, env, limits), computeChosenClusters(backend.db, {}, env, limits)]
    expect(SAMPLE_LIMITS).toEqual({ fit: 10_000, silhouette: 2_000 })
    expect([a.fitted, a.sampled]).toEqual([400, 150])
    expect(a.basis.rows).toBeGreaterThan(400)
    expect(b.silhouettes).toEqual(a.silhouettes)
    expect(b.clusters).toEqual(a.clusters)
    expect(a.silhouettes).not.toEqual(computeChosenClusters(backend.db, {}, env, { fit: 401, silhouette: 150 }).silhouettes)
    const everyone = await call<ClustersResult>('analytics.clusters', { k: a.k })
    expect(a.clusters.map((c) => c.size)).toEqual(everyone.clusters.map((c) => c.size))
    expect(a.clusters.reduce((sum, c) => sum + c.size, 0)).toBe(a.basis.rows)
  })

  it('needs three buyers to choose k, and rejects a k outside 2–8', async () => {
    const shop = new Shop(backend.db)
    shop.order({ customerId: shop.customer('a'), day: daysAgo(1), total: 1 })
    shop.order({ customerId: shop.customer('b'), day: daysAgo(2), total: 2 })
    expect(await backend.dispatch('groups.clusters', {})).toMatchObject({
      ok: false,
      error: { code: 'analytics_too_few_customers', params: { needed: 3, found: 2 } },
    })
    expect(await backend.dispatch('groups.clusters', { k: 2 })).toMatchObject({ ok: true })
    for (const k of [1, 9, 2.5, '3']) {
      expect(await backend.dispatch('groups.clusters', { k })).toMatchObject({ ok: false, error: { code: 'validation' } })
    }
  })
})
