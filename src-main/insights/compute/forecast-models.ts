import { AppError } from '../../../src-shared/ipc/app-error'
import type { ForecastModelName, ForecastResult } from '../../../src-shared/domain/analytics'
import { arima, holtWinters, linearRegression } from '../../analytics'

export interface ModelForecast {
  mean: number[]
  se: number[]
  model: ForecastResult['model']
}

const PERIOD = 12
/** Holt-Winters needs two full years for its start values plus one month to fit on. */
export const MIN_MONTHS: Record<ForecastModelName, number> = { holtWinters: 2 * PERIOD + 1, arima: 6, linear: 3 }
/** Below three years a seasonal ARIMA has too few seasonal differences to estimate. */
const SEASONAL_ARIMA_MONTHS = 3 * PERIOD

/** Fits the chosen model to a monthly series and forecasts `h` months with standard errors. */
export function fitAndForecast(name: ForecastModelName, series: number[], h: number): ModelForecast {
  if (series.length < MIN_MONTHS[name]) {
    throw new AppError('analytics_too_few_months', { needed: MIN_MONTHS[name], found: series.length })
  }
  if (series.every((v) => v === series[0])) throw new AppError('analytics_flat_series')
  if (name === 'holtWinters') return holtWintersForecast(series, h)
  if (name === 'arima') return arimaForecast(series, h)
  return linearForecast(series, h)
}

/**
 * Additive Holt-Winters. Standard errors as R's predict.HoltWinters: the residual variance
 * times 1 + Σ ψ_j² with ψ_j = α(1 + jβ) + γ(1 − α)·[j is a whole number of periods].
 */
function holtWintersForecast(series: number[], h: number): ModelForecast {
  const fit = holtWinters(series, { period: PERIOD, seasonal: 'additive' })
  const residuals = fit.fitted.map((f, i) => series[i + PERIOD] - f)
  const mean = residuals.reduce((a, r) => a + r, 0) / residuals.length
  const variance = residuals.reduce((a, r) => a + (r - mean) ** 2, 0) / (residuals.length - 1)
  const se: number[] = []
  let sumPsi2 = 0
  for (let step = 1; step <= h; step++) {
    se.push(Math.sqrt(variance * (1 + sumPsi2)))
    const psi = fit.alpha * (1 + step * fit.beta) + (step % PERIOD === 0 ? fit.gamma * (1 - fit.alpha) : 0)
    sumPsi2 += psi * psi
  }
  return {
    mean: fit.forecast(h),
    se,
    model: { name: 'holtWinters', params: { alpha: fit.alpha, beta: fit.beta, gamma: fit.gamma }, fit: { sse: fit.sse } },
  }
}

/** The "airline" model (0,1,1)(0,1,1)[12] given three years; a plain (0,1,1) before that. */
function arimaForecast(series: number[], h: number): ModelForecast {
  const seasonal = series.length >= SEASONAL_ARIMA_MONTHS
  const order = seasonal ? { p: 0, d: 1, q: 1, P: 0, D: 1, Q: 1, s: PERIOD } : { p: 0, d: 1, q: 1 }
  const fit = arima(series, order)
  const { mean, se } = fit.forecast(h)
  const spec = seasonal ? `(0,1,1)(0,1,1)[${PERIOD}]` : '(0,1,1)'
  return { mean, se, model: { name: 'arima', spec, params: fit.coef, fit: { sigma2: fit.sigma2 } } }
}

/**
 * Straight-line trend on the month index. Standard errors of a new observation:
 * s·√(1 + 1/n + (x₀ − x̄)² / Sxx) with s² = SSE / (n − 2).
 */
function linearForecast(series: number[], h: number): ModelForecast {
  const x = series.map((_, i) => i)
  const fit = linearRegression(x, series)
  const n = series.length
  const xBar = (n - 1) / 2
  const sxx = x.reduce((a, v) => a + (v - xBar) ** 2, 0)
  const sse = series.reduce((a, y, i) => a + (y - fit.predict(i)) ** 2, 0)
  const s2 = n > 2 ? sse / (n - 2) : 0
  const future = Array.from({ length: h }, (_, i) => n + i)
  return {
    mean: future.map((v) => fit.predict(v)),
    se: future.map((v) => Math.sqrt(s2 * (1 + 1 / n + (v - xBar) ** 2 / sxx))),
    model: { name: 'linear', params: { slope: fit.slope, intercept: fit.intercept }, fit: { r2: fit.r2, sse } },
  }
}
