import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { CHURN_FEATURES, type ChurnResult } from '../../src-shared/domain/analytics'
import { openTestBackend, type TestBackend } from '../support/test-db'
import { dayDiff, daysAgo } from './support/days'
import { Shop } from './support/shop'

let backend: TestBackend
beforeEach(() => (backend = openTestBackend()))
afterEach(() => backend.close())

/** Twelve customers, each with orders at known days ago and amounts: six keep buying, six stopped. */
const PLAN: { ago: number[]; total: number }[] = Array.from({ length: 12 }, (_, i) =>
  i < 6
    ? { ago: [5 + i * 7, 40 + i * 3, 100 + i * 11, 160 + i * 5, 230 + i], total: 4_000 + i * 900 }
    : { ago: [120 + i * 9, 170 + i * 4, 260 + i * 6].slice(0, 1 + (i % 3)), total: 2_500 + i * 700 },
)

const mean = (v: number[]): number => v.reduce((a, b) => a + b, 0) / v.length
const sd = (v: number[]): number => Math.sqrt(v.reduce((a, b) => a + (b - mean(v)) ** 2, 0) / (v.length - 1))

describe('analytics.churn per-customer contributions', () => {
  it('are coefficient × standardised value with the training means and sds, and add up to the log-odds', async () => {
    const shop = new Shop(backend.db)
    const ids = PLAN.map((p, i) => {
      const id = shop.customer(`c${i}`)
      for (const ago of p.ago) shop.order({ customerId: id, day: daysAgo(ago), total: p.total })
      return id
    })
    const result = await backend.dispatch('analytics.churn', { windowDays: 90, limit: 50 })
    if (!result.ok) throw new Error(result.error.message)
    const data = result.data as ChurnResult

    // Training, by hand: what was known on the cutoff day (90 days ago) about those who had bought by then.
    const cutoff = 90
    const trained = PLAN.map((p) => ({ ...p, before: p.ago.filter((a) => a > cutoff) })).filter((p) => p.before.length > 0)
    const train = {
      recencyDays: trained.map((p) => Math.min(...p.before) - cutoff),
      frequency: trained.map((p) => p.before.length),
      monetary: trained.map((p) => p.before.length * p.total),
      tenureDays: trained.map((p) => Math.max(...p.ago) - cutoff),
    }
    for (const [name, column] of Object.entries(train) as [keyof typeof train, number[]][]) {
      expect(data.model.means[name], name).toBeCloseTo(mean(column), 9)
      expect(data.model.sds[name], name).toBeCloseTo(sd(column), 9)
    }
    // No tickets and no surveys: constant columns standardise to 0 (sd 1), contributing nothing.
    expect(data.model.sds.tickets).toBe(1)

    const coefficient = Object.fromEntries(data.model.coefficients.map((c) => [c.name, c.value]))
    expect(data.customers).toHaveLength(12)
    for (const c of data.customers) {
      const plan = PLAN[ids.indexOf(c.id)]
      // Today's values, by hand, then each contribution from the printed formula.
      const now = {
        recencyDays: dayDiff(daysAgo(Math.min(...plan.ago)), daysAgo(0)),
        frequency: plan.ago.length,
        monetary: plan.ago.length * plan.total,
        tenureDays: dayDiff(daysAgo(Math.max(...plan.ago)), daysAgo(0)),
      }
      for (const [name, value] of Object.entries(now) as [keyof typeof now, number][]) {
        const expected = (coefficient[name] * (value - mean(train[name]))) / sd(train[name])
        expect(c.contributions[name], `${c.name} ${name}`).toBeCloseTo(expected, 9)
      }
      expect(c.contributions.tickets).toBe(0)
      expect(c.contributions.lastSatisfaction).toBe(0)
      const logit = coefficient.intercept + CHURN_FEATURES.reduce((a, f) => a + c.contributions[f], 0)
      expect(1 / (1 + Math.exp(-logit))).toBeCloseTo(c.probability, 12)
    }
  })
})
