/**
 * Bounded quasi-Newton minimisation in the spirit of L-BFGS-B (as used by R's optim for
 * HoltWinters): a projected BFGS with an active set, a projected Armijo backtracking line search
 * and central-difference gradients that become one-sided at a bound. It is not a line-by-line port
 * of L-BFGS-B: it converges tighter than R's defaults (factr = 1e7), so it lands on the true box
 * minimum, which R's answer approaches to ~1e-5 in the parameters for the Holt-Winters SSE.
 */

export interface BoundedOptions {
  lower: number[]
  upper: number[]
  /** Finite-difference step. */
  step?: number
  maxIter?: number
  /** Stop when the projected gradient's largest component falls below this. */
  gradTol?: number
  /** Stop when a step improves f by less than relTol·|f|. */
  relTol?: number
}

export interface BoundedResult {
  x: number[]
  value: number
  iterations: number
  converged: boolean
}

export function minimizeBounded(f: (x: number[]) => number, x0: number[], opts: BoundedOptions): BoundedResult {
  const n = x0.length
  const { lower, upper } = opts
  const h = opts.step ?? 1e-6
  const maxIter = opts.maxIter ?? 200
  const gradTol = opts.gradTol ?? 1e-10
  const relTol = opts.relTol ?? 1e-15
  const clamp = (v: number, i: number): number => Math.min(upper[i], Math.max(lower[i], v))
  const project = (x: number[]): number[] => x.map(clamp)

  const gradient = (x: number[], fx: number): number[] => {
    const g = new Array<number>(n)
    for (let i = 0; i < n; i++) {
      const xp = x.slice()
      const xm = x.slice()
      xp[i] = clamp(x[i] + h, i)
      xm[i] = clamp(x[i] - h, i)
      const fp = xp[i] === x[i] ? fx : f(xp)
      const fm = xm[i] === x[i] ? fx : f(xm)
      g[i] = (fp - fm) / (xp[i] - xm[i])
    }
    return g
  }
  // A variable is held at a bound when the gradient pushes it outward.
  const activeSet = (x: number[], g: number[]): boolean[] =>
    x.map((v, i) => (v <= lower[i] && g[i] > 0) || (v >= upper[i] && g[i] < 0))

  let x = project(x0)
  let fx = f(x)
  if (!Number.isFinite(fx)) throw new Error('objective is not finite at the starting point')
  let g = gradient(x, fx)
  // Hessian approximation over all variables; directions solve it on the free ones, so a change
  // of active set does not throw away the curvature learnt so far.
  let B = identity(n)
  let scaled = false
  let active = activeSet(x, g)
  let converged = false
  let iter = 0
  for (; iter < maxIter; iter++) {
    const pg = g.map((gi, i) => (active[i] ? 0 : gi))
    if (pg.every((v) => Math.abs(v) < gradTol)) {
      converged = true
      break
    }
    const freeIdx = active.map((a, i) => (a ? -1 : i)).filter((i) => i >= 0)
    const sub = solve(
      freeIdx.map((i) => freeIdx.map((j) => B[i][j])),
      freeIdx.map((i) => -g[i]),
    )
    const d = new Array<number>(n).fill(0)
    freeIdx.forEach((i, k) => (d[i] = sub ? sub[k] : -g[i]))
    let slope = d.reduce((acc, di, i) => acc + di * g[i], 0)
    if (!(slope < 0)) {
      // Not a descent direction: restart from steepest descent.
      B = identity(n)
      scaled = false
      for (let i = 0; i < n; i++) d[i] = -pg[i]
      slope = d.reduce((acc, di, i) => acc + di * g[i], 0)
    }
    let t = 1
    let xNew = x
    let fNew = fx
    let accepted = false
    for (let k = 0; k < 80; k++) {
      xNew = project(x.map((v, i) => v + t * d[i]))
      fNew = f(xNew)
      const decrease = xNew.reduce((acc, v, i) => acc + g[i] * (v - x[i]), 0)
      if (Number.isFinite(fNew) && fNew <= fx + 1e-4 * Math.min(decrease, 0)) {
        accepted = true
        break
      }
      t *= 0.5
    }
    if (!accepted || fx - fNew <= relTol * Math.abs(fx)) {
      if (accepted && fNew < fx) {
        x = xNew
        fx = fNew
      }
      converged = true
      break
    }
    const gNew = gradient(xNew, fNew)
    const s = xNew.map((v, i) => v - x[i])
    const y = gNew.map((v, i) => v - g[i])
    const sy = dot(s, y)
    if (sy > 1e-12 * Math.sqrt(dot(s, s) * dot(y, y))) {
      if (!scaled) {
        // Nocedal & Wright (6.20): size the first approximation from the observed curvature.
        const gamma0 = dot(y, y) / sy
        B = identity(n).map((row) => row.map((v) => v * gamma0))
        scaled = true
      }
      const Bs = B.map((row) => dot(row, s))
      const sBs = dot(s, Bs)
      for (let i = 0; i < n; i++) {
        for (let j = 0; j < n; j++) B[i][j] += (y[i] * y[j]) / sy - (Bs[i] * Bs[j]) / sBs
      }
    }
    x = xNew
    fx = fNew
    g = gNew
    active = activeSet(x, g)
  }
  return { x, value: fx, iterations: iter, converged }
}

function dot(a: number[], b: number[]): number {
  let s = 0
  for (let i = 0; i < a.length; i++) s += a[i] * b[i]
  return s
}

/** Gaussian elimination with partial pivoting; undefined when singular. */
function solve(A: number[][], b: number[]): number[] | undefined {
  const n = b.length
  const M = A.map((row, i) => [...row, b[i]])
  for (let c = 0; c < n; c++) {
    let p = c
    for (let r = c + 1; r < n; r++) if (Math.abs(M[r][c]) > Math.abs(M[p][c])) p = r
    if (!(Math.abs(M[p][c]) > 0)) return undefined
    ;[M[c], M[p]] = [M[p], M[c]]
    for (let r = c + 1; r < n; r++) {
      const k = M[r][c] / M[c][c]
      for (let j = c; j <= n; j++) M[r][j] -= k * M[c][j]
    }
  }
  const out = new Array<number>(n).fill(0)
  for (let r = n - 1; r >= 0; r--) {
    let s = M[r][n]
    for (let j = r + 1; j < n; j++) s -= M[r][j] * out[j]
    out[r] = s / M[r][r]
  }
  return out
}

function identity(n: number): number[][] {
  return Array.from({ length: n }, (_, i) => Array.from({ length: n }, (_, j) => (i === j ? 1 : 0)))
}
