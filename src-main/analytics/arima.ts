import { vmmin } from './bfgs'
import { kalmanFilter, kalmanForecast, makeArima } from './arima-state-space'
import { assertFiniteArray, assertInteger, assertNonConstant } from './validate'

export interface ArimaOptions {
  p: number
  d: number
  q: number
  P?: number
  D?: number
  Q?: number
  /** Seasonal period; required when P, D or Q is non-zero. */
  s?: number
}

export interface ArimaFit {
  /** R's names: ar1.., ma1.., sar1.., sma1.., and intercept when d = D = 0. */
  coef: Record<string, number>
  /** Residual sum of squares over the number of residuals used (R's sigma2 for CSS). */
  sigma2: number
  forecast(h: number): { mean: number[]; se: number[] }
}

/**
 * Seasonal ARIMA by conditional sum of squares, reproducing R's arima(method = "CSS"): the same
 * conditioning (n.cond = d + D·s + p + P·s), objective 0.5·log(ssq/nu), start values and BFGS
 * search, and predict()'s Kalman-filter forecasts.
 */
export function arima(series: number[], opts: ArimaOptions): ArimaFit {
  assertFiniteArray('series', series)
  const { p, d, q } = opts
  const P = opts.P ?? 0
  const D = opts.D ?? 0
  const Q = opts.Q ?? 0
  for (const [k, v] of Object.entries({ p, d, q, P, D, Q })) assertInteger(k, v, 0, 50)
  const seasonalUsed = P + D + Q > 0
  const s = seasonalUsed ? (opts.s ?? 0) : 1
  if (seasonalUsed) assertInteger('s', s, 2, 1000)
  assertNonConstant('series', series)
  const n = series.length
  const ncond = d + D * s + p + s * P
  const x = Float64Array.from(series)
  const delta = differencingPolynomial(d, D, s)
  const narma = p + q + P + Q
  if (n - ncond <= narma + 1) {
    throw new Error(`series is too short (${n} values) for ARIMA(${p},${d},${q})(${P},${D},${Q})`)
  }
  const includeMean = d === 0 && D === 0
  const init = new Array<number>(narma).fill(0)
  const parscale = new Array<number>(narma).fill(1)
  if (includeMean) {
    // R: init from lm(x ~ 1), parscale 10 × its standard error.
    const mean = series.reduce((a, v) => a + v, 0) / n
    const ss = series.reduce((a, v) => a + (v - mean) ** 2, 0)
    init.push(mean)
    parscale.push(10 * Math.sqrt(ss / (n - 1) / n))
  }
  const spec = { p, q, P, Q, s }
  const work = new Float64Array(n)
  const resid = new Float64Array(n)
  const objective = (par: number[]): number => {
    const { phi, theta } = expandParams(par, spec)
    const mu = includeMean ? par[narma] : 0
    for (let i = 0; i < n; i++) work[i] = x[i] - mu
    const { ssq, nu } = css(work, d, D, s, phi, theta, ncond, resid)
    return 0.5 * Math.log(ssq / nu)
  }
  const res = vmmin(objective, init, { parscale })
  const par = res.par
  const { phi, theta } = expandParams(par, spec)
  const mu = includeMean ? par[narma] : 0
  for (let i = 0; i < n; i++) work[i] = x[i] - mu
  const { ssq, nu } = css(work, d, D, s, phi, theta, ncond, resid)
  if (!Number.isFinite(ssq)) throw new Error('ARIMA fit failed: the residuals are not finite')
  const sigma2 = ssq / nu
  const coef: Record<string, number> = {}
  const names = [
    ...Array.from({ length: p }, (_, i) => `ar${i + 1}`),
    ...Array.from({ length: q }, (_, i) => `ma${i + 1}`),
    ...Array.from({ length: P }, (_, i) => `sar${i + 1}`),
    ...Array.from({ length: Q }, (_, i) => `sma${i + 1}`),
    ...(includeMean ? ['intercept'] : []),
  ]
  names.forEach((name, i) => (coef[name] = par[i]))
  // As R does after a CSS fit: run the Kalman filter once to get the state to forecast from.
  const mod = makeArima(phi, theta, delta)
  kalmanFilter(work, mod)
  return {
    coef,
    sigma2,
    forecast(h: number) {
      assertInteger('h', h, 0)
      const { mean, variance } = kalmanForecast(h, mod)
      return { mean: mean.map((m) => m + mu), se: variance.map((v) => Math.sqrt(v * sigma2)) }
    },
  }
}

/** R's ARIMA_transPars (trans = FALSE): multiplies out the seasonal AR and MA polynomials. */
function expandParams(
  par: number[],
  spec: { p: number; q: number; P: number; Q: number; s: number },
): { phi: Float64Array; theta: Float64Array } {
  const { p: mp, q: mq, P: msp, Q: msq, s: ns } = spec
  const phi = new Float64Array(mp + ns * msp)
  const theta = new Float64Array(mq + ns * msq)
  for (let i = 0; i < mp; i++) phi[i] = par[i]
  for (let i = 0; i < mq; i++) theta[i] = par[i + mp]
  for (let j = 0; j < msp; j++) {
    const sar = par[j + mp + mq]
    phi[(j + 1) * ns - 1] += sar
    for (let i = 0; i < mp; i++) phi[(j + 1) * ns + i] -= par[i] * sar
  }
  for (let j = 0; j < msq; j++) {
    const sma = par[j + mp + mq + msp]
    theta[(j + 1) * ns - 1] += sma
    for (let i = 0; i < mq; i++) theta[(j + 1) * ns + i] += par[i + mp] * sma
  }
  return { phi, theta }
}

/** R's ARIMA_CSS: difference in place, then filter the ARMA residuals after ncond values. */
function css(
  y: Float64Array,
  d: number,
  D: number,
  s: number,
  phi: Float64Array,
  theta: Float64Array,
  ncond: number,
  resid: Float64Array,
): { ssq: number; nu: number } {
  const n = y.length
  const w = Float64Array.from(y)
  for (let i = 0; i < d; i++) for (let l = n - 1; l > 0; l--) w[l] -= w[l - 1]
  for (let i = 0; i < D; i++) for (let l = n - 1; l >= s; l--) w[l] -= w[l - s]
  const p = phi.length
  const q = theta.length
  let ssq = 0
  let nu = 0
  for (let l = 0; l < ncond; l++) resid[l] = 0
  for (let l = ncond; l < n; l++) {
    let tmp = w[l]
    for (let j = 0; j < p; j++) tmp -= phi[j] * w[l - j - 1]
    const jmax = Math.min(l - ncond, q)
    for (let j = 0; j < jmax; j++) tmp -= theta[j] * resid[l - j - 1]
    resid[l] = tmp
    if (!Number.isNaN(tmp)) {
      nu++
      ssq += tmp * tmp
    }
  }
  return { ssq, nu }
}

/** Coefficients of −[(1 − B)^d (1 − B^s)^D − 1], R's Delta. */
function differencingPolynomial(d: number, D: number, s: number): Float64Array {
  let poly = [1]
  const mul = (b: number[]): void => {
    const out = new Array<number>(poly.length + b.length - 1).fill(0)
    poly.forEach((a, i) => b.forEach((c, j) => (out[i + j] += a * c)))
    poly = out
  }
  for (let i = 0; i < d; i++) mul([1, -1])
  for (let i = 0; i < D; i++) mul([1, ...new Array<number>(s - 1).fill(0), -1])
  return Float64Array.from(poly.slice(1).map((v) => -v))
}
