import { getQ0 } from './arima-q0'

/**
 * The state-space form R's arima() keeps for forecasting (makeARIMA, getQ0 = Gardner et al.
 * 1980, ARIMA_Like's Kalman filter, KalmanForecast), ported from R's src/library/stats/src/arima.c.
 * predict() on an arima(method = "CSS") fit runs this filter once over the data with a diffuse
 * prior (kappa = 1e6) on the differencing states, then projects forward; matching R's forecast
 * means and standard errors needs the same filter, not just psi weights.
 */

export interface StateSpace {
  phi: Float64Array
  theta: Float64Array
  delta: Float64Array
  r: number
  rd: number
  a: Float64Array
  P: Float64Array
  Pn: Float64Array
}

export function makeArima(phi: Float64Array, thetaIn: Float64Array, delta: Float64Array, kappa = 1e6): StateSpace {
  const p = phi.length
  const q = thetaIn.length
  const r = Math.max(p, q + 1)
  const d = delta.length
  const rd = r + d
  const theta = new Float64Array(Math.max(q, r - 1))
  theta.set(thetaIn)
  const Pn = new Float64Array(rd * rd)
  if (r > 1) {
    const Q0 = getQ0(phi, theta.subarray(0, q))
    for (let i = 0; i < r; i++) for (let j = 0; j < r; j++) Pn[i + rd * j] = Q0[i + r * j]
  } else {
    Pn[0] = p > 0 ? 1 / (1 - phi[0] * phi[0]) : 1
  }
  for (let i = r; i < rd; i++) Pn[i + rd * i] = kappa
  return { phi, theta, delta, r, rd, a: new Float64Array(rd), P: new Float64Array(rd * rd), Pn }
}

/** R's ARIMA_Like with sUP = 0: filters y, leaving the final state in mod.a / mod.P. */
export function kalmanFilter(y: ArrayLike<number>, mod: StateSpace): void {
  const { phi, theta, delta, r, rd, a, P } = mod
  const Pnew = mod.Pn
  const p = phi.length
  const q = theta.length
  const d = delta.length
  const anew = new Float64Array(rd)
  const M = new Float64Array(rd)
  const mm = new Float64Array(rd * rd)
  for (let l = 0; l < y.length; l++) {
    for (let i = 0; i < r; i++) {
      let tmp = i < r - 1 ? a[i + 1] : 0
      if (i < p) tmp += phi[i] * a[0]
      anew[i] = tmp
    }
    if (d > 0) {
      for (let i = r + 1; i < rd; i++) anew[i] = a[i - 1]
      let tmp = a[0]
      for (let i = 0; i < d; i++) tmp += delta[i] * a[r + i]
      anew[r] = tmp
    }
    if (l > 0) predictCovariance(mod, P, Pnew, mm, p, q, d)
    let resid = y[l] - anew[0]
    for (let i = 0; i < d; i++) resid -= delta[i] * anew[r + i]
    for (let i = 0; i < rd; i++) {
      let tmp = Pnew[i]
      for (let j = 0; j < d; j++) tmp += Pnew[i + (r + j) * rd] * delta[j]
      M[i] = tmp
    }
    let gain = M[0]
    for (let j = 0; j < d; j++) gain += delta[j] * M[r + j]
    for (let i = 0; i < rd; i++) a[i] = anew[i] + (M[i] * resid) / gain
    for (let i = 0; i < rd; i++) for (let j = 0; j < rd; j++) P[i + j * rd] = Pnew[i + j * rd] - (M[i] * M[j]) / gain
  }
}

/** Pnew = T P T' + R R' (the two branches of ARIMA_Like, d = 0 and d > 0). */
function predictCovariance(
  mod: StateSpace,
  P: Float64Array,
  Pnew: Float64Array,
  mm: Float64Array,
  p: number,
  q: number,
  d: number,
): void {
  const { phi, theta, delta, r, rd } = mod
  if (d === 0) {
    for (let i = 0; i < r; i++) {
      const vi = i === 0 ? 1 : i - 1 < q ? theta[i - 1] : 0
      for (let j = 0; j < r; j++) {
        let tmp = j === 0 ? vi : j - 1 < q ? vi * theta[j - 1] : 0
        if (i < p && j < p) tmp += phi[i] * phi[j] * P[0]
        if (i < r - 1 && j < r - 1) tmp += P[i + 1 + r * (j + 1)]
        if (i < p && j < r - 1) tmp += phi[i] * P[j + 1]
        if (j < p && i < r - 1) tmp += phi[j] * P[i + 1]
        Pnew[i + r * j] = tmp
      }
    }
    return
  }
  for (let i = 0; i < r; i++) {
    for (let j = 0; j < rd; j++) {
      let tmp = 0
      if (i < p) tmp += phi[i] * P[rd * j]
      if (i < r - 1) tmp += P[i + 1 + rd * j]
      mm[i + rd * j] = tmp
    }
  }
  for (let j = 0; j < rd; j++) {
    let tmp = P[rd * j]
    for (let k = 0; k < d; k++) tmp += delta[k] * P[r + k + rd * j]
    mm[r + rd * j] = tmp
  }
  for (let i = 1; i < d; i++) for (let j = 0; j < rd; j++) mm[r + i + rd * j] = P[r + i - 1 + rd * j]
  for (let i = 0; i < r; i++) {
    for (let j = 0; j < rd; j++) {
      let tmp = 0
      if (i < p) tmp += phi[i] * mm[j]
      if (i < r - 1) tmp += mm[rd * (i + 1) + j]
      Pnew[j + rd * i] = tmp
    }
  }
  for (let j = 0; j < rd; j++) {
    let tmp = mm[j]
    for (let k = 0; k < d; k++) tmp += delta[k] * mm[rd * (r + k) + j]
    Pnew[rd * r + j] = tmp
  }
  for (let i = 1; i < d; i++) for (let j = 0; j < rd; j++) Pnew[rd * (r + i) + j] = mm[rd * (r + i - 1) + j]
  for (let i = 0; i <= q; i++) {
    const vi = i === 0 ? 1 : theta[i - 1]
    for (let j = 0; j <= q; j++) Pnew[i + rd * j] += vi * (j === 0 ? 1 : theta[j - 1])
  }
}

/** R's KalmanForecast: means and (unscaled) variances h steps past the filtered state. */
export function kalmanForecast(h: number, mod: StateSpace): { mean: number[]; variance: number[] } {
  const { phi, theta, delta, r, rd } = mod
  const n = rd
  const T = new Float64Array(n * n)
  for (let i = 0; i < phi.length; i++) T[i] = phi[i]
  for (let i = 1; i < r; i++) T[i - 1 + n * i] = 1
  const Z = new Float64Array(n)
  Z[0] = 1
  for (let i = 0; i < delta.length; i++) Z[r + i] = delta[i]
  if (delta.length > 0) {
    for (let j = 0; j < n; j++) T[r + n * j] = Z[j]
    for (let i = 1; i < delta.length; i++) T[r + i + n * (r + i - 1)] = 1
  }
  const R = new Float64Array(n)
  R[0] = 1
  for (let i = 0; i < r - 1; i++) R[i + 1] = theta[i] ?? 0
  const a = Float64Array.from(mod.a)
  const P = Float64Array.from(mod.P)
  const anew = new Float64Array(n)
  const mm = new Float64Array(n * n)
  const mean: number[] = []
  const variance: number[] = []
  for (let l = 0; l < h; l++) {
    let fc = 0
    for (let i = 0; i < n; i++) {
      let tmp = 0
      for (let k = 0; k < n; k++) tmp += T[i + n * k] * a[k]
      anew[i] = tmp
      fc += tmp * Z[i]
    }
    a.set(anew)
    mean.push(fc)
    for (let i = 0; i < n; i++) {
      for (let j = 0; j < n; j++) {
        let tmp = 0
        for (let k = 0; k < n; k++) tmp += T[i + n * k] * P[k + n * j]
        mm[i + n * j] = tmp
      }
    }
    let v = 0
    for (let i = 0; i < n; i++) {
      for (let j = 0; j < n; j++) {
        let tmp = R[i] * R[j]
        for (let k = 0; k < n; k++) tmp += mm[i + n * k] * T[j + n * k]
        P[i + n * j] = tmp
      }
    }
    for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) v += Z[i] * Z[j] * P[i + j * n]
    variance.push(v)
  }
  return { mean, variance }
}
