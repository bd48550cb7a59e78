/**
 * Analytics engine timings on seeded synthetic data (and the real Groceries baskets when
 * ../shared/data is present). Each figure is the median of 5 timed runs after 1 warm-up run.
 */
import { readFileSync } from 'node:fs'
import { apriori, arima, holtWinters, kmeans, logisticRegression } from '../../../src-main/analytics'
import { createNormal, createRng } from '../../../src-main/analytics/random'
import type { BenchContext } from '../context'
import { median, round, sample } from '../measure'

const RUNS = 5

export default async function run(ctx: BenchContext): Promise<Record<string, number>> {
  const out: Record<string, number> = {}
  const time = (name: string, fn: () => unknown): void => {
    out[name] = round(median(sample(fn, RUNS, 1)))
    ctx.log(`${name} ${out[name]} ms`)
  }

  // k-means: 100,000 points in 3-D around 5 centres.
  const rng = createRng(1)
  const normal = createNormal(rng)
  const centres = Array.from({ length: 5 }, () => [rng() * 20, rng() * 20, rng() * 20])
  const points = Array.from({ length: 100_000 }, (_, i) => centres[i % 5].map((c) => c + normal()))
  time('analytics.kmeans100k.ms', () => kmeans(points, 5, { nInit: 10, seed: 3 }))

  // Logistic regression: 100,000 × 8 with known coefficients.
  const beta = [0.8, -0.5, 0.3, 0, 1.2, -0.9, 0.1, 0.4]
  const X = Array.from({ length: 100_000 }, () => beta.map(() => normal()))
  const y = X.map((row) => {
    const eta = -0.2 + row.reduce((s, v, j) => s + v * beta[j], 0)
    return rng() < 1 / (1 + Math.exp(-eta)) ? 1 : 0
  })
  time('analytics.logistic100k.ms', () => logisticRegression(X, y))

  const groceries = ctx.sharedDataFile('groceries_basket.csv')
  if (groceries) {
    const tx = readFileSync(groceries, 'utf8')
      .split('\n')
      .filter((l) => l.length > 0)
      .map((l) => l.split(','))
    time('analytics.aprioriGroceries.ms', () => apriori(tx, { minSupport: 0.001, minConfidence: 0.5 }))
  } else {
    ctx.log('groceries_basket.csv absent: analytics.aprioriGroceries.ms skipped')
  }

  // 1,000,000 order lines: 200,000 baskets of 5 products drawn from 3,000 with Zipf(1) popularity.
  const products = 3000
  const cdf = new Float64Array(products)
  let acc = 0
  for (let i = 0; i < products; i++) cdf[i] = acc += 1 / (i + 1)
  const draw = (): string => {
    const u = rng() * acc
    let lo = 0
    let hi = products - 1
    while (lo < hi) {
      const mid = (lo + hi) >>> 1
      if (cdf[mid] < u) lo = mid + 1
      else hi = mid
    }
    return `P${lo}`
  }
  const baskets = Array.from({ length: 200_000 }, () => Array.from({ length: 5 }, draw))
  time('analytics.apriori1M.ms', () => apriori(baskets, { minSupport: 0.001, minConfidence: 0.5 }))

  // Ten years of monthly data: trend + seasonality + noise.
  const monthly = Array.from({ length: 120 }, (_, t) => 200 + 2 * t + 30 * Math.sin((2 * Math.PI * t) / 12) + 5 * normal())
  time('analytics.arima.ms', () => arima(monthly.map(Math.log), { p: 0, d: 1, q: 1, P: 0, D: 1, Q: 1, s: 12 }).forecast(12))
  time('analytics.holtWinters.ms', () => holtWinters(monthly, { period: 12, seasonal: 'multiplicative' }).forecast(12))
  return out
}
