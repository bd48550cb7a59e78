import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { ChurnResult } from '../../src-shared/domain/analytics'
import { openTestBackend, type TestBackend } from '../support/test-db'
import { dayDiff, daysAgo } from './support/days'
import { Shop } from './support/shop'

let backend: TestBackend
beforeEach(() => (backend = openTestBackend()))
afterEach(() => backend.close())

interface Seeded {
  id: number
  days: string[]
  totals: number[]
}

/**
 * 40 regulars who buy every 20–29 days up to now, and 40 who stopped 150–189 days ago.
 * With a 90-day window both groups have a history before the cutoff, and only the
 * regulars bought again after it.
 */
function seed(shop: Shop): { regulars: Seeded[]; lapsed: Seeded[] } {
  const make = (name: string, stopAgo: number, gap: number, count: number): Seeded => {
    const id = shop.customer(name)
    const s: Seeded = { id, days: [], totals: [] }
    for (let k = 0; k < count; k++) {
      const day = daysAgo(stopAgo + k * gap)
      const total = 5_000 + (id % 7) * 1_000
      shop.order({ customerId: id, day, total })
      s.days.push(day)
      s.totals.push(total)
    }
    return s
  }
  const regulars = Array.from({ length: 40 }, (_, i) => make(`regular${i}`, i % 10, 20 + (i % 10), 12))
  const lapsed = Array.from({ length: 40 }, (_, i) => make(`lapsed${i}`, 150 + i, 25, 3 + (i % 4)))
  return { regulars, lapsed }
}

async function churn(input: unknown): Promise<ChurnResult> {
  const result = await backend.dispatch('analytics.churn', input)
  if (!result.ok) throw new Error(result.error.message)
  return result.data as ChurnResult
}

describe('analytics.churn', () => {
  it('learns from the window before today and ranks the lapsed customers first', async () => {
    const shop = new Shop(backend.db)
    const { regulars, lapsed } = seed(shop)
    const cutoff = daysAgo(90)
    const all = [...regulars, ...lapsed]
    const trained = all.filter((c) => c.days.some((d) => d < cutoff))
    const churned = trained.filter((c) => !c.days.some((d) => d >= cutoff))

    const result = await churn({ windowDays: 90, limit: 40 })
    expect(result.model).toMatchObject({
      cutoff,
      windowDays: 90,
      trainingCustomers: trained.length,
      churnedInWindow: churned.length,
      converged: true,
    })
    expect(result.model.coefficients.map((c) => c.name)).toEqual([
      'intercept',
      'recencyDays',
      'frequency',
      'monetary',
      'tenureDays',
      'tickets',
      'lastSatisfaction',
    ])
    expect(result.model.auc).toBeGreaterThan(0.9)
    const lapsedIds = new Set(lapsed.map((c) => c.id))
    expect(result.customers.filter((c) => lapsedIds.has(c.id)).length).toBeGreaterThanOrEqual(38)
    for (let i = 1; i < result.customers.length; i++) {
      expect(result.customers[i].probability).toBeLessThanOrEqual(result.customers[i - 1].probability)
    }
    expect(result.basis).toMatchObject({ unit: 'customers', rows: 80, to: daysAgo(0) })
  })

  it('reports each customer’s features as of today', async () => {
    const shop = new Shop(backend.db)
    const { lapsed } = seed(shop)
    const c = lapsed[0]
    shop.ticket({ customerId: c.id, openedAt: Shop.at(daysAgo(200)) })
    shop.ticket({ customerId: c.id, openedAt: Shop.at(daysAgo(160)) })
    shop.survey({ customerId: c.id, kind: 'csat', score: 5, at: Shop.at(daysAgo(300)) })
    shop.survey({ customerId: c.id, kind: 'csat', score: 2, at: Shop.at(daysAgo(155)) })
    shop.order({ customerId: c.id, day: daysAgo(140), total: 1, status: 'cancelled' })

    const result = await churn({ windowDays: 90, limit: 500 })
    const row = result.customers.find((r) => r.id === c.id)
    const sorted = [...c.days].sort()
    expect(row?.name).toBe('lapsed0')
    expect(row?.features).toEqual({
      recencyDays: dayDiff(sorted.at(-1) as string, daysAgo(0)),
      frequency: c.days.length,
      monetary: c.totals.reduce((a, v) => a + v, 0),
      tenureDays: dayDiff(sorted[0], daysAgo(0)),
      tickets: 2,
      lastSatisfaction: 2,
    })
    expect(result.customers.find((r) => r.id !== c.id)?.features.lastSatisfaction).toBeNull()
  })

  it('cannot learn when nobody churned in the window, and says why', async () => {
    const shop = new Shop(backend.db)
    for (let i = 0; i < 12; i++) {
      const id = shop.customer(`c${i}`)
      shop.order({ customerId: id, day: daysAgo(100 + i), total: 100 })
      shop.order({ customerId: id, day: daysAgo(i), total: 100 })
    }
    const result = await backend.dispatch('analytics.churn', { windowDays: 60 })
    expect(result).toMatchObject({ ok: false, error: { code: 'analytics_churn_one_class', params: { windowDays: 60 } } })
  })

  it('needs enough customers with history', async () => {
    const shop = new Shop(backend.db)
    shop.order({ customerId: shop.customer('only'), day: daysAgo(200), total: 100 })
    const result = await backend.dispatch('analytics.churn', { windowDays: 90 })
    expect(result).toMatchObject({ ok: false, error: { code: 'analytics_too_few_customers', params: { needed: 10, found: 1 } } })
  })

  it.each([{ windowDays: 29 }, { windowDays: 366 }, { windowDays: 90, limit: 0 }, { windowDays: 90, limit: 501 }, {}])(
    'rejects %j',
    async (input) => {
      expect(await backend.dispatch('analytics.churn', input)).toMatchObject({ ok: false, error: { code: 'validation' } })
    },
  )
})
