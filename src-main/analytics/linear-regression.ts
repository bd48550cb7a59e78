import { assertFiniteArray, assertNonConstant, assertSameLength } from './validate'

export interface LinearFit {
  slope: number
  intercept: number
  /** Coefficient of determination; 1 when y is constant and fitted exactly. */
  r2: number
  predict(x: number): number
}

/** Ordinary least squares y = intercept + slope·x (as R's lm(y ~ x)). */
export function linearRegression(x: number[], y: number[]): LinearFit {
  assertFiniteArray('x', x, 2)
  assertFiniteArray('y', y, 2)
  assertSameLength('x', x.length, 'y', y.length)
  assertNonConstant('x', x)
  const n = x.length
  let mx = 0
  let my = 0
  for (let i = 0; i < n; i++) {
    mx += x[i]
    my += y[i]
  }
  mx /= n
  my /= n
  // Centred sums avoid the cancellation of the textbook Σxy − n·x̄·ȳ formula on large values.
  let sxx = 0
  let sxy = 0
  let syy = 0
  for (let i = 0; i < n; i++) {
    const dx = x[i] - mx
    const dy = y[i] - my
    sxx += dx * dx
    sxy += dx * dy
    syy += dy * dy
  }
  const slope = sxy / sxx
  const intercept = my - slope * mx
  const r2 = syy === 0 ? 1 : (sxy * sxy) / (sxx * syy)
  return { slope, intercept, r2, predict: (v: number) => intercept + slope * v }
}
