import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { chooseModel, HOLDOUT_MONTHS } from '../../src-main/insights/compute/forecast-selection'
import type { ForecastResult } from '../../src-shared/domain/analytics'
import ref from '../reference/forecast-holdout.json'
import { relErr } from '../analytics/support'
import { openTestBackend, type TestBackend } from '../support/test-db'
import { midMonthAgo } from './support/days'
import { Shop } from './support/shop'

interface Case {
  series: number[]
  holtWinters: number | null
  arima: number | null
  linear: number
  chosen: string
}
const CASES: Record<string, Case> = { airPassengers: ref.airPassengers, trend30: ref.trend30, shop48: ref.shop48 }

describe('forecast model chosen by holdout error, against R', () => {
  it('holds out the same months R does', () => expect(HOLDOUT_MONTHS).toBe(ref.holdout))

  for (const [name, r] of Object.entries(CASES)) {
    it(`${name}: each model's held-out RMSE matches R, and the same model wins (${r.chosen})`, () => {
      const { name: chosen, selection } = chooseModel(r.series)
      const rmse = Object.fromEntries(selection.candidates.map((c) => [c.name, c.rmse]))
      // R's L-BFGS-B, run to convergence, reaches the same Holt-Winters optimum to ~1e-8 in the forecasts.
      if (r.holtWinters === null) expect(rmse.holtWinters).toBeNull()
      else expect(relErr(rmse.holtWinters!, r.holtWinters)).toBeLessThan(1e-5)
      expect(relErr(rmse.arima!, r.arima!)).toBeLessThan(1e-9)
      expect(relErr(rmse.linear!, r.linear)).toBeLessThan(1e-9)
      expect(chosen).toBe(r.chosen)
    })
  }

  it('a series too short for any holdout is refused with the months it needs', () => {
    expect(() => chooseModel([1, 2, 3, 4, 5, 6, 7, 8])).toThrow(
      expect.objectContaining({ code: 'analytics_too_few_months', params: { needed: 9, found: 8 } }),
    )
  })
})

describe('analytics.forecast with model auto', () => {
  let backend: TestBackend
  beforeEach(() => (backend = openTestBackend()))
  afterEach(() => backend.close())

  it('names the chosen model, its fit and every candidate’s holdout error', async () => {
    const shop = new Shop(backend.db)
    const c = shop.customer('张三')
    const series = ref.shop48.series
    series.forEach((total, i) => shop.order({ customerId: c, day: midMonthAgo(series.length - i), total }))
    const result = await backend.dispatch('analytics.forecast', { months: 12, model: 'auto' })
    if (!result.ok) throw new Error(result.error.message)
    const data = result.data as ForecastResult
    expect(data.history.map((h) => h.revenue)).toEqual(series)
    expect(data.model.name).toBe(ref.shop48.chosen)
    expect(data.model.spec).toBe('(0,1,1)(0,1,1)[12]')
    expect(data.forecast).toHaveLength(12)
    expect(data.selection?.holdoutMonths).toBe(6)
    expect(data.selection?.candidates.map((s) => [s.name, s.neededMonths])).toEqual([
      ['holtWinters', 31],
      ['arima', 12],
      ['linear', 9],
    ])
    expect(relErr(data.selection!.candidates[1].rmse!, ref.shop48.arima!)).toBeLessThan(1e-9)
  })

  it('a named model carries no selection', async () => {
    const shop = new Shop(backend.db)
    const c = shop.customer('张三')
    ref.trend30.series.forEach((total, i) => shop.order({ customerId: c, day: midMonthAgo(30 - i), total }))
    const result = await backend.dispatch('analytics.forecast', { months: 3, model: 'linear' })
    expect(result).toMatchObject({ ok: true, data: { model: { name: 'linear' } } })
    expect((result as { data: ForecastResult }).data.selection).toBeUndefined()
  })
})
