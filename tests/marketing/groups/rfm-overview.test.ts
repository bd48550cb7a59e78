import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { RFM_RULES, rfmSegment } from '../../../src-main/insights/compute/rfm-segment-rule'
import { generateShop } from '../../../src-main/seed/generate-shop'
import { RFM_SEGMENTS } from '../../../src-shared/domain/analytics'
import type { RfmOverview } from '../../../src-shared/domain/customer-groups'
import { daysAgo } from '../../insights/support/days'
import { openTestBackend, type TestBackend } from '../../support/test-db'
import { independentRfm } from './independent-rfm'

let backend: TestBackend
beforeEach(() => (backend = openTestBackend()))
afterEach(() => backend.close())

async function overview(input: unknown): Promise<RfmOverview> {
  const result = await backend.dispatch('groups.rfm', input)
  if (!result.ok) throw new Error(result.error.message)
  return result.data as RfmOverview
}

describe('groups.rfm', () => {
  it('counts and revenue per segment equal an independent SQL query on a seeded shop', async () => {
    generateShop(backend.db, { customers: 900, orders: 3000, seed: 5 })
    // Rows the counted-order rule must leave out: a refund, a deleted order, a customer in the Trash.
    const { db } = backend
    db.prepare(`UPDATE orders SET status = 'refunded' WHERE id IN (SELECT id FROM orders ORDER BY id LIMIT 40)`).run()
    db.prepare(
      `UPDATE orders SET deleted_at = '2026-01-01T00:00:00Z' WHERE id IN (SELECT id FROM orders ORDER BY id DESC LIMIT 30)`,
    ).run()
    db.prepare(
      `UPDATE customers SET deleted_at = '2026-01-01T00:00:00Z' WHERE id IN (SELECT id FROM customers ORDER BY id LIMIT 25)`,
    ).run()

    for (const asOf of [daysAgo(0), daysAgo(120)]) {
      const result = await overview({ asOf })
      const expected = independentRfm(db, asOf)
      expect(result.segments.map((s) => s.key)).toEqual([...RFM_SEGMENTS])
      for (const s of result.segments) {
        expect({ key: s.key, customers: s.customers, revenue: s.revenue }).toEqual({
          key: s.key,
          customers: expected.get(s.key)?.customers ?? 0,
          revenue: expected.get(s.key)?.revenue ?? 0,
        })
      }
      const plain = db
        .prepare(
          `SELECT count(DISTINCT o.customer_id) AS customers, sum(o.total) AS revenue FROM orders o JOIN customers c ON c.id = o.customer_id
            WHERE o.deleted_at IS NULL AND c.deleted_at IS NULL AND o.status IN ('paid', 'shipped', 'completed')`,
        )
        .get() as { customers: number; revenue: number }
      if (asOf === daysAgo(0)) expect({ customers: result.customers, revenue: result.revenue }).toEqual(plain)
      expect(result.segments.filter((s) => s.customers > 0).length).toBeGreaterThan(4)
      expect(result.segments.reduce((a, s) => a + s.customerShare, 0)).toBeCloseTo(1, 12)
      expect(result.segments.reduce((a, s) => a + s.revenueShare, 0)).toBeCloseTo(1, 12)
    }
  })

  it('gives each segment the rule that assigned it', async () => {
    const result = await overview({})
    expect(result.segments.map((s) => s.rule)).toEqual(RFM_SEGMENTS.map((key) => RFM_RULES.find((r) => r.key === key)))
    expect(result.segments.every((s) => s.customers === 0 && s.customerShare === 0 && s.revenueShare === 0)).toBe(true)
  })

  it('rejects a malformed date', async () => {
    expect(await backend.dispatch('groups.rfm', { asOf: '2026-02-30' })).toMatchObject({
      ok: false,
      error: { code: 'validation' },
    })
    expect(await backend.dispatch('groups.rfm', { asOf: '2026-02-01', k: 3 })).toMatchObject({
      ok: false,
      error: { code: 'validation' },
    })
  })
})

describe('RFM_RULES', () => {
  // The rule written as a first-match chain, independently of the table: the table must put
  // every score combination, with one order or several, where the chain does.
  const chain = (r: number, f: number, m: number, orders: number): string => {
    const once = orders === 1
    if (r >= 4 && f >= 4 && m >= 4 && !once) return 'champions'
    if (r >= 3 && f >= 4 && !once) return 'loyal'
    if (r >= 4 && !once) return 'potentialLoyalist'
    if (r === 5) return 'new'
    if (r === 4) return 'promising'
    if (r === 3 && !once) return 'needAttention'
    if (r === 3) return 'aboutToSleep'
    if (f >= 4 && m >= 4 && !once) return 'cantLose'
    if (f >= 3 && !once) return 'atRisk'
    if (r === 2) return 'hibernating'
    return 'lost'
  }

  it('meets exactly one rule for each of the 250 cases, the one the first-match chain chose', () => {
    for (let r = 1; r <= 5; r++)
      for (let f = 1; f <= 5; f++)
        for (let m = 1; m <= 5; m++)
          for (const orders of [1, 4]) {
            expect(rfmSegment({ r, f, m, frequency: orders }), `${r}${f}${m} × ${orders}`).toBe(chain(r, f, m, orders))
          }
  })

  it('has one rule per segment, in the segments order', () => {
    expect(RFM_RULES.map((r) => r.key)).toEqual([...RFM_SEGMENTS])
  })
})
