/**
 * R's optim(method = "BFGS") — a port of vmmin from R's src/appl/optim.c, including optim's
 * parameter scaling (parscale) and its central-difference gradient (ndeps = 1e-3 in scaled
 * units). arima(method = "CSS") is defined by this exact search, so porting it (rather than using
 * another optimiser) is what lets our CSS coefficients agree with R's to many digits.
 */

export interface VmminOptions {
  parscale?: number[]
  ndeps?: number
  maxit?: number
  reltol?: number
}

export interface VmminResult {
  par: number[]
  value: number
  converged: boolean
  iterations: number
}

const STEPREDN = 0.2
const ACCTOL = 0.0001
const RELTEST = 10.0

export function vmmin(fn: (par: number[]) => number, init: number[], opts: VmminOptions = {}): VmminResult {
  const n = init.length
  const parscale = opts.parscale ?? new Array<number>(n).fill(1)
  const ndeps = opts.ndeps ?? 1e-3
  const maxit = opts.maxit ?? 100
  const reltol = opts.reltol ?? Math.sqrt(Number.EPSILON)
  // optim works on par / parscale.
  const fs = (p: number[]): number => fn(p.map((v, i) => v * parscale[i]))
  const grad = (p: number[], g: number[]): void => {
    const x = p.slice()
    for (let i = 0; i < n; i++) {
      x[i] = p[i] + ndeps
      const v1 = fs(x)
      x[i] = p[i] - ndeps
      const v2 = fs(x)
      g[i] = (v1 - v2) / (2 * ndeps)
      if (!Number.isFinite(g[i])) throw new Error(`non-finite finite-difference value [${i + 1}]`)
      x[i] = p[i]
    }
  }
  const b = init.map((v, i) => v / parscale[i])
  if (n === 0) return { par: [], value: fn([]), converged: true, iterations: 0 }
  const g = new Array<number>(n).fill(0)
  const t = new Array<number>(n).fill(0)
  const X = new Array<number>(n).fill(0)
  const c = new Array<number>(n).fill(0)
  const B: number[][] = Array.from({ length: n }, () => new Array<number>(n).fill(0))
  let f = fs(b)
  if (!Number.isFinite(f)) throw new Error("initial value in 'vmmin' is not finite")
  let Fmin = f
  let gradcount = 1
  grad(b, g)
  let iter = 1
  let ilast = gradcount
  let count = 0
  let fail = true
  do {
    if (ilast === gradcount) {
      for (let i = 0; i < n; i++) {
        for (let j = 0; j < i; j++) B[i][j] = 0
        B[i][i] = 1
      }
    }
    for (let i = 0; i < n; i++) {
      X[i] = b[i]
      c[i] = g[i]
    }
    let gradproj = 0
    for (let i = 0; i < n; i++) {
      let s = 0
      for (let j = 0; j <= i; j++) s -= B[i][j] * g[j]
      for (let j = i + 1; j < n; j++) s -= B[j][i] * g[j]
      t[i] = s
      gradproj += s * g[i]
    }
    if (gradproj < 0) {
      let steplength = 1
      let accpoint = false
      do {
        count = 0
        for (let i = 0; i < n; i++) {
          b[i] = X[i] + steplength * t[i]
          if (RELTEST + X[i] === RELTEST + b[i]) count++
        }
        if (count < n) {
          f = fs(b)
          accpoint = Number.isFinite(f) && f <= Fmin + gradproj * steplength * ACCTOL
          if (!accpoint) steplength *= STEPREDN
        }
      } while (!(count === n || accpoint))
      const enough = f > -Infinity && Math.abs(f - Fmin) > reltol * (Math.abs(Fmin) + reltol)
      if (!enough) {
        count = n
        Fmin = f
      }
      if (count < n) {
        Fmin = f
        grad(b, g)
        gradcount++
        iter++
        let D1 = 0
        for (let i = 0; i < n; i++) {
          t[i] = steplength * t[i]
          c[i] = g[i] - c[i]
          D1 += t[i] * c[i]
        }
        if (D1 > 0) {
          let D2 = 0
          for (let i = 0; i < n; i++) {
            let s = 0
            for (let j = 0; j <= i; j++) s += B[i][j] * c[j]
            for (let j = i + 1; j < n; j++) s += B[j][i] * c[j]
            X[i] = s
            D2 += s * c[i]
          }
          D2 = 1 + D2 / D1
          for (let i = 0; i < n; i++) {
            for (let j = 0; j <= i; j++) B[i][j] += (D2 * t[i] * t[j] - X[i] * t[j] - t[i] * X[j]) / D1
          }
        } else {
          ilast = gradcount
        }
      } else if (ilast < gradcount) {
        count = 0
        ilast = gradcount
      }
    } else {
      // Uphill: reset the metric unless it has just been reset.
      count = 0
      if (ilast === gradcount) count = n
      else ilast = gradcount
    }
    if (iter >= maxit) break
    if (gradcount - ilast > 2 * n) ilast = gradcount
  } while (count !== n || ilast !== gradcount)
  if (iter < maxit) fail = false
  return { par: b.map((v, i) => v * parscale[i]), value: Fmin, converged: !fail, iterations: iter }
}
