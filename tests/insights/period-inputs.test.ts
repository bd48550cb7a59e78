import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { generateShop } from '../../src-main/seed/generate-shop'
import type { BundlesResult, CampaignsResult, ClustersResult } from '../../src-shared/domain/analytics'
import { referenceAttribution } from '../marketing/campaigns/support/reference-attribution'
import { openTestBackend, type TestBackend } from '../support/test-db'

/**
 * The dashboard's period reaches campaigns, clusters and bundles: each honours `{from, to}`
 * (orders placed in those local days), checked against SQL written here, on a seeded shop.
 */
let backend: TestBackend
beforeAll(() => {
  backend = openTestBackend()
  generateShop(backend.db, { customers: 400, orders: 4000, seed: 21, locale: 'en', asOf: '2026-10-15' })
})
afterAll(() => backend.close())

async function ask<T>(channel: string, input: object): Promise<T> {
  const result = await backend.dispatch(channel, input)
  if (!result.ok) throw new Error(result.error.message)
  return result.data as T
}

const period = { from: '2026-05-01', to: '2026-07-31' }
// Local midnight of May 1 and of August 1, as the stored UTC text compares.
const start = new Date(2026, 4, 1).toISOString()
const end = new Date(2026, 7, 1).toISOString()
const COUNTED = `o.deleted_at IS NULL AND o.status IN ('paid', 'shipped', 'completed')`

describe('analytics inputs for a period', () => {
  it('campaigns: revenue of the period’s attributed orders, for the campaigns that ran or sold in it', async () => {
    // Issue 14 made an order belong to its own campaign or, failing that, to the campaign whose
    // contact of a member came last within its window (the marketing page's rule), and revenue
    // the total less what was refunded: checked against that rule written again in plain code.
    const got = await ask<CampaignsResult>('analytics.campaigns', period)
    const owner = referenceAttribution(backend.db)
    const orders = backend.db
      .prepare(`SELECT o.id, o.total - o.refunded AS kept, o.ordered_at AS at FROM orders o WHERE ${COUNTED}`)
      .all() as { id: number; kept: number; at: string }[]
    const rows = (
      backend.db.prepare('SELECT id, starts_on AS startsOn, ends_on AS endsOn FROM campaigns WHERE deleted_at IS NULL').all() as {
        id: number
        startsOn: string | null
        endsOn: string | null
      }[]
    ).map((c) => {
      const mine = orders.filter((o) => owner.get(o.id) === c.id && o.at >= start && o.at < end)
      return { ...c, orders: mine.length, revenue: mine.reduce((sum, o) => sum + o.kept, 0) }
    })
    const expected = rows.filter(
      (r) => r.orders > 0 || ((r.startsOn ?? '') <= period.to && (r.endsOn === null || r.endsOn >= period.from)),
    )
    expect(expected.some((r) => r.orders > 0)).toBe(true)
    const byId = (a: { id: number }, b: { id: number }): number => a.id - b.id
    expect(got.campaigns.map(({ id, orders, revenue }) => ({ id, orders, revenue })).toSorted(byId)).toEqual(
      expected.map(({ id, orders, revenue }) => ({ id, orders, revenue })).toSorted(byId),
    )
    expect(got.totals.revenue).toBe(expected.reduce((sum, r) => sum + r.revenue, 0))
    // Without a period, every campaign and all its orders, as before.
    const all = await ask<CampaignsResult>('analytics.campaigns', {})
    expect(all.campaigns.length).toBe(rows.length)
    expect(all.totals.revenue).toBeGreaterThan(got.totals.revenue)
  })

  it('clusters: the customers who bought in the period, their orders and spend in it', async () => {
    const got = await ask<ClustersResult>('analytics.clusters', { k: 4, ...period })
    const [buyers, orders, spend] = backend.db
      .prepare(
        `SELECT count(DISTINCT o.customer_id), count(*), sum(o.total)
           FROM orders o JOIN customers c ON c.id = o.customer_id
          WHERE ${COUNTED} AND c.deleted_at IS NULL AND o.ordered_at >= ? AND o.ordered_at < ?`,
      )
      .raw()
      .get(start, end) as [number, number, number]
    expect(got.basis.rows).toBe(buyers)
    expect(got.clusters.reduce((sum, c) => sum + c.size, 0)).toBe(buyers)
    expect(got.clusters.reduce((sum, c) => sum + c.size * c.centroid.frequency, 0)).toBeCloseTo(orders, 6)
    // Each cluster's mean spend is rounded to a minor unit: at most half a unit per member off.
    expect(Math.abs(got.clusters.reduce((sum, c) => sum + c.size * c.centroid.monetary, 0) - spend)).toBeLessThanOrEqual(
      buyers / 2,
    )
    const all = await ask<ClustersResult>('analytics.clusters', { k: 4 })
    expect(all.basis.rows).toBeGreaterThan(buyers)
  })

  it('bundles: the baskets of the period’s orders, each rule counted in them', async () => {
    const input = { minSupport: 0.005, minConfidence: 0.05, limit: 10, ...period }
    const got = await ask<BundlesResult>('analytics.bundles', input)
    const baskets = backend.db
      .prepare(
        `SELECT count(DISTINCT o.id) FROM orders o JOIN order_lines ol ON ol.order_id = o.id
          WHERE ${COUNTED} AND ol.product_id IS NOT NULL AND o.ordered_at >= ? AND o.ordered_at < ?`,
      )
      .pluck()
      .get(start, end) as number
    expect(got.basis.rows).toBe(baskets)
    expect(got.rules.length).toBeGreaterThan(0)
    for (const rule of got.rules) {
      const products = [...rule.antecedent, ...rule.consequent].map((p) => p.productId)
      const holding = backend.db
        .prepare(
          `SELECT count(*) FROM orders o
            WHERE ${COUNTED} AND o.ordered_at >= ? AND o.ordered_at < ?
              AND (SELECT count(DISTINCT ol.product_id) FROM order_lines ol
                    WHERE ol.order_id = o.id AND ol.product_id IN (${products.map(() => '?').join(',')})) = ?`,
        )
        .pluck()
        .get(start, end, ...products, products.length) as number
      expect(rule.count).toBe(holding)
      expect(rule.support).toBeCloseTo(holding / baskets, 12)
    }
    const all = await ask<BundlesResult>('analytics.bundles', { ...input, from: undefined, to: undefined })
    expect(all.basis.rows).toBeGreaterThan(baskets)
  })

  it('a period ending before it starts is refused, in words', async () => {
    for (const [channel, input] of [
      ['analytics.campaigns', {}],
      ['analytics.clusters', { k: 3 }],
      ['analytics.bundles', {}],
    ] as const) {
      const result = await backend.dispatch(channel, { ...input, from: '2026-07-01', to: '2026-06-01' })
      expect(result.ok, channel).toBe(false)
      if (!result.ok) expect(result.error.issues?.[0]?.path).toBe('to')
    }
  })
})
