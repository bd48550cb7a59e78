import { minimizeBounded } from './optim'
import { assertFiniteArray, assertInteger, assertNonConstant, assertUnit } from './validate'

export interface HoltWintersOptions {
  period: number
  seasonal: 'additive' | 'multiplicative'
  /** Each smoothing parameter is held fixed when given, otherwise fitted. */
  alpha?: number
  beta?: number
  gamma?: number
}

export interface HoltWintersFit {
  alpha: number
  beta: number
  gamma: number
  /** Sum of squared one-step errors from period + 1 on (R's SSE). */
  sse: number
  /** One-step-ahead predictions for observations period + 1 … n (R's fitted[, "xhat"]). */
  fitted: number[]
  forecast(h: number): number[]
}

interface Start {
  level: number
  trend: number
  season: Float64Array
}

/**
 * Triple exponential smoothing exactly as R's stats::HoltWinters: start values from a classical
 * decomposition of the first two periods, the C_HoltWinters recursion, and SSE minimised over
 * [0, 1]³ from (0.3, 0.1, 0.1).
 */
export function holtWinters(series: number[], opts: HoltWintersOptions): HoltWintersFit {
  assertFiniteArray('series', series)
  const f = opts.period
  assertInteger('period', f, 2)
  if (opts.seasonal !== 'additive' && opts.seasonal !== 'multiplicative') {
    throw new Error(`seasonal must be 'additive' or 'multiplicative', got ${String(opts.seasonal)}`)
  }
  if (series.length < 2 * f + 1) {
    throw new Error(`series needs more than two periods (${2 * f} values) for period ${f}, got ${series.length}`)
  }
  assertNonConstant('series', series)
  const mult = opts.seasonal === 'multiplicative'
  if (mult && series.some((v) => v <= 0)) throw new Error('series must be positive for multiplicative Holt-Winters')
  if (opts.alpha !== undefined) {
    assertUnit('alpha', opts.alpha)
    if (opts.alpha === 0) throw new Error("cannot fit a model without level ('alpha' must not be 0)")
  }
  if (opts.beta !== undefined) assertUnit('beta', opts.beta)
  if (opts.gamma !== undefined) assertUnit('gamma', opts.gamma)

  const x = Float64Array.from(series)
  const start = startValues(x, f, mult)
  const len = x.length - f
  const level = new Float64Array(len + 1)
  const trend = new Float64Array(len + 1)
  const season = new Float64Array(len + f)
  const sse = (a: number, b: number, g: number): number => recurse(x, f, mult, a, b, g, start, level, trend, season)

  // Fit only the parameters that were not given, from R's optim.start (0.3, 0.1, 0.1).
  const names = ['alpha', 'beta', 'gamma'] as const
  const fixed = [opts.alpha, opts.beta, opts.gamma]
  const free = names.map((_, i) => i).filter((i) => fixed[i] === undefined)
  const params = fixed.map((v, i) => v ?? [0.3, 0.1, 0.1][i])
  if (free.length > 0) {
    const objective = (p: number[]): number => {
      const full = params.slice()
      free.forEach((idx, k) => (full[idx] = p[k]))
      return sse(full[0], full[1], full[2])
    }
    const res = minimizeBounded(
      objective,
      free.map((i) => params[i]),
      {
        lower: free.map(() => 0),
        upper: free.map(() => 1),
      },
    )
    free.forEach((idx, k) => (params[idx] = res.x[k]))
  }
  const [alpha, beta, gamma] = params
  const finalSse = sse(alpha, beta, gamma)
  const fitted: number[] = []
  for (let i = 0; i < len; i++) {
    const base = level[i] + trend[i]
    fitted.push(mult ? base * season[i] : base + season[i])
  }
  const a = level[len]
  const b = trend[len]
  const s = Array.from(season.subarray(len, len + f))
  return {
    alpha,
    beta,
    gamma,
    sse: finalSse,
    fitted,
    forecast(h: number): number[] {
      assertInteger('h', h, 0)
      const out: number[] = []
      for (let k = 1; k <= h; k++) {
        const base = a + k * b
        const sk = s[(k - 1) % f]
        out.push(mult ? base * sk : base + sk)
      }
      return out
    },
  }
}

/** R: decompose(first two periods); level/trend from lm on the centred moving average. */
function startValues(x: Float64Array, f: number, mult: boolean): Start {
  const wind = 2 * f
  // Centred moving average: weights (0.5, 1, …, 1, 0.5)/f for even f, 1/f otherwise.
  const filter =
    f % 2 === 0 ? [0.5, ...new Array<number>(f - 1).fill(1), 0.5].map((w) => w / f) : new Array<number>(f).fill(1 / f)
  const nf = filter.length
  const shift = Math.floor(nf / 2)
  const trend: (number | undefined)[] = []
  for (let i = 0; i < wind; i++) {
    if (i + shift - (nf - 1) < 0 || i + shift >= wind) {
      trend.push(undefined)
      continue
    }
    let z = 0
    for (let j = 0; j < nf; j++) z += filter[j] * x[i + shift - j]
    trend.push(z)
  }
  const figure = new Float64Array(f)
  for (let i = 0; i < f; i++) {
    let sum = 0
    let count = 0
    for (let k = i; k < wind; k += f) {
      const t = trend[k]
      if (t === undefined) continue
      sum += mult ? x[k] / t : x[k] - t
      count++
    }
    figure[i] = sum / count
  }
  let mean = 0
  for (let i = 0; i < f; i++) mean += figure[i]
  mean /= f
  for (let i = 0; i < f; i++) figure[i] = mult ? figure[i] / mean : figure[i] - mean
  // lm(dat ~ seq_along(dat)): intercept is the level one step before the first trend value.
  const dat = trend.filter((v): v is number => v !== undefined)
  const m = dat.length
  const tBar = (m + 1) / 2
  const yBar = dat.reduce((s, v) => s + v, 0) / m
  let sxy = 0
  let sxx = 0
  dat.forEach((v, i) => {
    sxy += (i + 1 - tBar) * (v - yBar)
    sxx += (i + 1 - tBar) ** 2
  })
  const slope = sxy / sxx
  return { level: yBar - slope * tBar, trend: slope, season: figure }
}

/** R's C_HoltWinters recursion; fills level/trend/season and returns the SSE. */
function recurse(
  x: Float64Array,
  f: number,
  mult: boolean,
  alpha: number,
  beta: number,
  gamma: number,
  start: Start,
  level: Float64Array,
  trend: Float64Array,
  season: Float64Array,
): number {
  level[0] = start.level
  trend[0] = start.trend
  season.set(start.season)
  let sse = 0
  for (let i = f; i < x.length; i++) {
    const i0 = i - f + 1
    const s0 = i0 + f - 1
    const stmp = season[s0 - f]
    const base = level[i0 - 1] + trend[i0 - 1]
    const xhat = mult ? base * stmp : base + stmp
    const res = x[i] - xhat
    sse += res * res
    level[i0] = alpha * (mult ? x[i] / stmp : x[i] - stmp) + (1 - alpha) * base
    trend[i0] = beta * (level[i0] - level[i0 - 1]) + (1 - beta) * trend[i0 - 1]
    season[s0] = gamma * (mult ? x[i] / level[i0] : x[i] - level[i0]) + (1 - gamma) * stmp
  }
  return sse
}
