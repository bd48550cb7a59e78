import type Database from 'better-sqlite3'
import type { ForecastResult } from '../../../src-shared/domain/analytics'
import type { ForecastInput } from '../../../src-shared/ipc/channels/analytics'
import { makeBasis } from '../lib/basis'
import { monthOf, monthRange, shiftMonths } from '../lib/dates'
import { monthlySales } from '../sql/monthly-sales'
import { fitAndForecast } from './forecast-models'
import { chooseModel } from './forecast-selection'
import type { AnalysisEnv } from './analysis-env'

/** 95 % two-sided normal quantile. */
const Z95 = 1.959964

/**
 * Monthly revenue from the first month with sales to the last complete month (the current,
 * unfinished month would look like a slump), gaps as zero, then `months` months ahead starting
 * with the current one. Amounts are minor units, rounded to whole units; a lower bound below
 * zero is shown as zero, since revenue cannot be negative. With `model: 'auto'` the model is the
 * one with the smallest error on the last months held out (`forecast-selection.ts`).
 */
export function computeForecast(db: Database.Database, input: ForecastInput, env: AnalysisEnv): ForecastResult {
  const currentMonth = monthOf(env.today)
  const sales = monthlySales(db, currentMonth)
  env.progress(1, 3, 'load')
  const byMonth = new Map(sales.totals.map((t) => [t.month, t.revenue]))
  const months = sales.totals.length === 0 ? [] : monthRange(sales.totals[0].month, shiftMonths(currentMonth, -1))
  const series = months.map((m) => byMonth.get(m) ?? 0)
  const chosen = input.model === 'auto' ? chooseModel(series) : { name: input.model, selection: undefined }
  const fitted = fitAndForecast(chosen.name, series, input.months)
  env.progress(2, 3, 'fit')
  const forecast = fitted.mean.map((mean, i) => ({
    month: shiftMonths(currentMonth, i),
    mean: Math.round(mean),
    lower: Math.max(0, Math.round(mean - Z95 * fitted.se[i])),
    upper: Math.round(mean + Z95 * fitted.se[i]),
  }))
  env.progress(3, 3, 'done')
  const orders = sales.totals.reduce((a, t) => a + t.orders, 0)
  return {
    history: months.map((month, i) => ({ month, revenue: series[i] })),
    forecast,
    model: fitted.model,
    ...(chosen.selection && { selection: chosen.selection }),
    basis: makeBasis('orders', orders, sales.firstDay, sales.lastDay),
  }
}
