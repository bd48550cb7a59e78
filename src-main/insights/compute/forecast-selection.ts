import { FORECAST_MODELS, type ForecastModelName, type ForecastSelection } from '../../../src-shared/domain/analytics'
import { AppError } from '../../../src-shared/ipc/app-error'
import { fitAndForecast, MIN_MONTHS } from './forecast-models'

/** Months held out: half a year, long enough to see a model miss a turn, short enough to leave history to fit on. */
export const HOLDOUT_MONTHS = 6

/**
 * Chooses the forecast model by holdout error: each model is fitted on the series without its
 * last `HOLDOUT_MONTHS` months, forecasts them, and is scored by the root-mean-square error of
 * those forecasts; the smallest wins (earlier in FORECAST_MODELS on a tie). A model the shortened
 * series is too short for (or too flat) takes no part. Throws `analytics_too_few_months` when none can.
 */
export function chooseModel(series: number[]): { name: ForecastModelName; selection: ForecastSelection } {
  const cut = series.length - HOLDOUT_MONTHS
  const train = series.slice(0, Math.max(0, cut))
  const test = series.slice(Math.max(0, cut))
  const candidates = FORECAST_MODELS.map((name) => ({
    name,
    rmse: cut >= MIN_MONTHS[name] ? holdoutRmse(name, train, test) : null,
    neededMonths: MIN_MONTHS[name] + HOLDOUT_MONTHS,
  }))
  const scored = candidates.filter((c): c is typeof c & { rmse: number } => c.rmse !== null)
  if (scored.length === 0) {
    const needed = Math.min(...candidates.map((c) => c.neededMonths))
    throw new AppError('analytics_too_few_months', { needed, found: series.length })
  }
  const best = scored.reduce((a, b) => (b.rmse < a.rmse ? b : a))
  return { name: best.name, selection: { holdoutMonths: HOLDOUT_MONTHS, candidates } }
}

function holdoutRmse(name: ForecastModelName, train: number[], test: number[]): number | null {
  try {
    const { mean } = fitAndForecast(name, train, test.length)
    return Math.sqrt(test.reduce((a, actual, i) => a + (actual - mean[i]) ** 2, 0) / test.length)
  } catch (error) {
    if (error instanceof AppError) return null // a flat training stretch: nothing to fit
    throw error
  }
}
