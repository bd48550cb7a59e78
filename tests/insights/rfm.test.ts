import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { rfmSegment } from '../../src-main/insights/compute/rfm-segment-rule'
import { RFM_SEGMENTS, type RfmResult } from '../../src-shared/domain/analytics'
import { translate } from '../../src-shared/i18n'
import { openTestBackend, type TestBackend } from '../support/test-db'
import { daysAgo } from './support/days'
import { Shop } from './support/shop'

let backend: TestBackend
beforeEach(() => (backend = openTestBackend()))
afterEach(() => backend.close())

async function rfm(input: unknown): Promise<RfmResult> {
  const result = await backend.dispatch('analytics.rfm', input)
  if (!result.ok) throw new Error(result.error.message)
  return result.data as RfmResult
}

const count = (r: RfmResult, key: string): number => r.segments.find((s) => s.key === key)?.customers ?? -1

describe('analytics.rfm', () => {
  it('five customers, one per quintile: the best is a champion, the worst is lost', async () => {
    const shop = new Shop(backend.db)
    // Customer i (0 best … 4 worst): last bought i·60 days ago, 5 − i orders of (5 − i)·10 000.
    for (let i = 0; i < 5; i++) {
      const c = shop.customer(`c${i}`)
      for (let k = 0; k < 5 - i; k++) shop.order({ customerId: c, day: daysAgo(i * 60 + k * 3), total: (5 - i) * 10_000 })
    }
    const gone = shop.customer('deleted')
    shop.order({ customerId: gone, day: daysAgo(1), total: 1 })
    backend.db.prepare('UPDATE customers SET deleted_at = ? WHERE id = ?').run(new Date().toISOString(), gone)

    const result = await rfm({})
    // Scores: c0 (5,5,5) and c1 (4,4,4) champions; c2 (3,3,3, three orders) needs attention;
    // c3 (2,2,2, two orders) hibernating; c4 (1,1,1, one order) lost.
    expect(count(result, 'champions')).toBe(2)
    expect(count(result, 'needAttention')).toBe(1)
    expect(count(result, 'hibernating')).toBe(1)
    expect(count(result, 'lost')).toBe(1)
    expect(result.segments.map((s) => s.key)).toEqual([...RFM_SEGMENTS])
    const champions = result.segments[0]
    expect(champions.monetary).toBe(5 * 50_000 + 4 * 40_000)
    expect(champions.avgFrequency).toBe(4.5)
    expect(champions.share).toBeCloseTo(0.4, 12)
    expect(translate('zh-CN', champions.nameKey)).toBe('重要价值客户')
    expect(translate('en', champions.explanationKey)).toBe('Bought recently, buy often and spend the most.')
    expect(result.basis).toMatchObject({ rows: 15, unit: 'orders', from: daysAgo(4 * 60), to: daysAgo(0) })
  })

  it('asOf looks back in time: later orders do not exist yet', async () => {
    const shop = new Shop(backend.db)
    const c = shop.customer('a')
    shop.order({ customerId: c, day: daysAgo(100), total: 500 })
    shop.order({ customerId: c, day: daysAgo(10), total: 700 })
    const past = await rfm({ asOf: daysAgo(50) })
    expect(past.asOf).toBe(daysAgo(50))
    expect(past.segments.reduce((a, s) => a + s.monetary, 0)).toBe(500)
    expect(past.segments.find((s) => s.customers === 1)?.avgRecencyDays).toBe(50)
  })

  it('an empty shop has every segment at zero', async () => {
    const result = await rfm({})
    expect(result.segments.every((s) => s.customers === 0 && s.avgRecencyDays === null)).toBe(true)
    expect(result.basis).toMatchObject({ rows: 0, from: null, to: null })
  })

  it('rejects a malformed date', async () => {
    const result = await backend.dispatch('analytics.rfm', { asOf: '2026-13-01' })
    expect(result).toMatchObject({ ok: false, error: { code: 'validation', issues: [{ path: 'asOf' }] } })
  })
})

describe('rfmSegment', () => {
  it('puts each of the 125 score combinations in exactly the segment its rule describes', () => {
    for (let r = 1; r <= 5; r++) {
      for (let f = 1; f <= 5; f++) {
        for (let m = 1; m <= 5; m++) {
          const segment = rfmSegment({ r, f, m, frequency: f })
          const recent = r >= 4
          if (segment === 'champions') expect(recent && f >= 4 && m >= 4).toBe(true)
          if (segment === 'cantLose' || segment === 'atRisk' || segment === 'hibernating') expect(r <= 2).toBe(true)
          if (segment === 'new' || segment === 'promising') expect(recent && f === 1).toBe(true)
          if (segment === 'potentialLoyalist') expect(recent && f <= 3 && f > 1).toBe(true)
          if (segment === 'needAttention' || segment === 'aboutToSleep') expect(r === 3 && f <= 3).toBe(true)
          if (segment === 'loyal' || segment === 'champions') expect(f).toBeGreaterThan(1)
        }
      }
    }
    expect(rfmSegment({ r: 5, f: 1, m: 1, frequency: 1 })).toBe('new')
    expect(rfmSegment({ r: 5, f: 2, m: 1, frequency: 2 })).toBe('potentialLoyalist')
    expect(rfmSegment({ r: 4, f: 1, m: 3, frequency: 1 })).toBe('promising')
    // A one-order customer whose tied rank gave f = 3 is not loyal.
    expect(rfmSegment({ r: 4, f: 3, m: 3, frequency: 1 })).toBe('promising')
    expect(rfmSegment({ r: 3, f: 3, m: 2, frequency: 1 })).toBe('aboutToSleep')
    expect(rfmSegment({ r: 1, f: 5, m: 5, frequency: 9 })).toBe('cantLose')
    expect(rfmSegment({ r: 2, f: 3, m: 1, frequency: 3 })).toBe('atRisk')
    expect(rfmSegment({ r: 2, f: 1, m: 5, frequency: 1 })).toBe('hibernating')
    expect(rfmSegment({ r: 1, f: 1, m: 5, frequency: 1 })).toBe('lost')
  })
})
