import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { holtWinters, linearRegression } from '../../src-main/analytics'
import type { ForecastResult } from '../../src-shared/domain/analytics'
import { openTestBackend, type TestBackend } from '../support/test-db'
import { midMonthAgo } from './support/days'
import { Shop } from './support/shop'

let backend: TestBackend
beforeEach(() => (backend = openTestBackend()))
afterEach(() => backend.close())

/** Inserts `months` months of seasonal sales ending last month; returns the counted orders. */
function seedSales(months: number): { day: string; total: number }[] {
  const shop = new Shop(backend.db)
  const c = shop.customer('张三')
  const counted: { day: string; total: number }[] = []
  for (let ago = months; ago >= 1; ago--) {
    const day = midMonthAgo(ago)
    const season = [3, 1, 0, 0, 1, 2, 2, 1, 0, 1, 4, 6][Number(day.slice(5, 7)) - 1]
    const total = 100_000 + (months - ago) * 1_000 + season * 20_000 + ((ago * 7919) % 13) * 500
    for (const status of ['completed', 'paid'] as const) {
      shop.order({ customerId: c, day, total: total / 2, status })
      counted.push({ day, total: total / 2 })
    }
    // Never revenue: cancelled, refunded, pending and deleted orders.
    shop.order({ customerId: c, day, total: 999_999, status: 'cancelled' })
    shop.order({ customerId: c, day, total: 999_999, status: 'refunded' })
    shop.order({ customerId: c, day, total: 999_999, status: 'pending' })
    shop.order({ customerId: c, day, total: 999_999, deleted: true })
  }
  // The unfinished current month stays out of the history.
  shop.order({ customerId: c, day: midMonthAgo(0), total: 5 })
  return counted
}

function monthlyTotals(orders: { day: string; total: number }[]): Map<string, number> {
  const totals = new Map<string, number>()
  for (const o of orders) totals.set(o.day.slice(0, 7), (totals.get(o.day.slice(0, 7)) ?? 0) + o.total)
  return totals
}

async function forecast(input: unknown): Promise<ForecastResult> {
  const result = await backend.dispatch('analytics.forecast', input)
  if (!result.ok) throw new Error(result.error.message)
  return result.data as ForecastResult
}

describe('analytics.forecast', () => {
  it('builds the monthly history from counted orders only and forecasts from the current month', async () => {
    const counted = seedSales(30)
    const result = await forecast({ months: 6, model: 'holtWinters' })
    const expected = monthlyTotals(counted)
    expect(result.history.map((h) => h.month)).toEqual([...expected.keys()])
    expect(result.history.map((h) => h.revenue)).toEqual([...expected.values()])
    expect(result.forecast.map((f) => f.month)).toEqual([0, -1, -2, -3, -4, -5].map((n) => midMonthAgo(n).slice(0, 7)))
    expect(result.basis).toMatchObject({ rows: counted.length, unit: 'orders', from: counted[0].day, to: counted.at(-1)?.day })

    // The wiring feeds the engine exactly the series above.
    const reference = holtWinters([...expected.values()], { period: 12, seasonal: 'additive' })
    expect(result.model.name).toBe('holtWinters')
    expect(result.model.params.alpha).toBeCloseTo(reference.alpha, 10)
    expect(result.model.fit.sse).toBeCloseTo(reference.sse, 3)
    expect(result.forecast.map((f) => f.mean)).toEqual(reference.forecast(6).map(Math.round))
    for (const f of result.forecast) {
      expect(f.lower).toBeLessThanOrEqual(f.mean)
      expect(f.upper).toBeGreaterThan(f.mean)
    }
    // Uncertainty grows with the horizon.
    const width = result.forecast.map((f) => f.upper - f.mean)
    expect(width[5]).toBeGreaterThan(width[0])
  })

  it('linear: slope, r² and a t-free prediction interval from independent least squares', async () => {
    const counted = seedSales(12)
    const y = [...monthlyTotals(counted).values()]
    const x = y.map((_, i) => i)
    const n = y.length
    const xBar = x.reduce((a, v) => a + v, 0) / n
    const yBar = y.reduce((a, v) => a + v, 0) / n
    const sxx = x.reduce((a, v) => a + (v - xBar) ** 2, 0)
    const slope = x.reduce((a, v, i) => a + (v - xBar) * (y[i] - yBar), 0) / sxx
    const intercept = yBar - slope * xBar
    const sse = y.reduce((a, v, i) => a + (v - intercept - slope * i) ** 2, 0)

    const result = await forecast({ months: 2, model: 'linear' })
    expect(result.model.params.slope).toBeCloseTo(slope, 6)
    expect(result.model.fit.r2).toBeCloseTo(linearRegression(x, y).r2, 10)
    const se = Math.sqrt((sse / (n - 2)) * (1 + 1 / n + (n - xBar) ** 2 / sxx))
    expect(result.forecast[0].mean).toBe(Math.round(intercept + slope * n))
    expect(result.forecast[0].upper).toBe(Math.round(intercept + slope * n + 1.959964 * se))
  })

  it('arima: a plain (0,1,1) under three years, with the coefficients named', async () => {
    seedSales(20)
    const result = await forecast({ months: 3, model: 'arima' })
    expect(result.model.spec).toBe('(0,1,1)')
    expect(Object.keys(result.model.params)).toEqual(['ma1'])
    expect(result.model.fit.sigma2).toBeGreaterThan(0)
    expect(result.forecast).toHaveLength(3)
  })

  it('refuses too short a history with a translated reason', async () => {
    seedSales(10)
    const result = await backend.dispatch('analytics.forecast', { months: 3, model: 'holtWinters' })
    expect(result).toMatchObject({ ok: false, error: { code: 'analytics_too_few_months', params: { needed: 25, found: 10 } } })
    if (!result.ok) expect(result.error.message).toBe('This forecast needs at least 25 complete months of sales; there are 10.')
    backend.db.prepare("INSERT INTO settings (key, value) VALUES ('locale', '\"zh-CN\"')").run()
    const zh = await backend.dispatch('analytics.forecast', { months: 3, model: 'holtWinters' })
    if (!zh.ok) expect(zh.error.message).toBe('此预测至少需要 25 个完整月份的销售数据，目前只有 10 个。')
    expect(zh.ok).toBe(false)
  })

  it.each([
    [{ months: 0, model: 'linear' }, 'months'],
    [{ months: 25, model: 'linear' }, 'months'],
    [{ months: 2.5, model: 'linear' }, 'months'],
    [{ months: 3, model: 'prophet' }, 'model'],
    [{ months: 3, model: 'linear', extra: 1 }, ''],
  ])('rejects %j', async (input, path) => {
    const result = await backend.dispatch('analytics.forecast', input)
    expect(result).toMatchObject({ ok: false, error: { code: 'validation' } })
    if (!result.ok) expect(result.error.issues?.[0].path).toBe(path)
  })
})
