import { cholesky, choleskyInverseDiagonal, choleskySolve } from './linalg'
import { assertMatrix, assertSameLength } from './validate'

export interface LogisticOptions {
  /**
   * Ridge penalty λ: minimises −loglik + (λ/2)·Σ coefficients² (intercept not penalised), the
   * same objective as scikit-learn's LogisticRegression(C = 1/λ). Absent: plain maximum likelihood.
   */
  l2?: number
  maxIter?: number
  /** Convergence on the relative change of the (penalised) deviance, like glm's epsilon. */
  tol?: number
}

export interface LogisticFit {
  intercept: number
  coefficients: number[]
  /** [intercept, ...coefficients]; from the inverse (penalised) Hessian at the optimum. */
  standardErrors: number[]
  deviance: number
  aic: number
  iterations: number
  converged: boolean
  predict(X: number[][]): number[]
}

/** Binary logistic regression by Newton–Raphson (IRLS), as R's glm(family = binomial). */
export function logisticRegression(X: number[][], y: number[], opts: LogisticOptions = {}): LogisticFit {
  const k = assertMatrix('X', X)
  assertSameLength('X', X.length, 'y', y.length)
  y.forEach((v, i) => {
    if (v !== 0 && v !== 1) throw new Error(`y[${i}] must be 0 or 1, got ${String(v)}`)
  })
  const l2 = opts.l2 ?? 0
  if (!Number.isFinite(l2) || l2 < 0) throw new Error(`l2 must be a non-negative number, got ${l2}`)
  const maxIter = opts.maxIter ?? 50
  const tol = opts.tol ?? 1e-10
  const n = X.length
  const m = k + 1
  if (n <= m && l2 === 0) throw new Error(`need more rows (${n}) than parameters (${m})`)
  const Z = new Float64Array(n * m)
  const yy = Float64Array.from(y)
  for (let i = 0; i < n; i++) {
    Z[i * m] = 1
    for (let j = 0; j < k; j++) Z[i * m + j + 1] = X[i][j]
  }
  let beta = new Float64Array(m)
  const eta = new Float64Array(n)
  const H = new Float64Array(m * m)
  const g = new Float64Array(m)
  const penalised = (b: Float64Array): number => {
    linearPredictor(Z, n, m, b, eta)
    let pen = 0
    for (let j = 1; j < m; j++) pen += b[j] * b[j]
    return deviance(eta, yy) + l2 * pen
  }
  let dev = penalised(beta)
  let converged = false
  let iterations = 0
  while (iterations < maxIter) {
    iterations++
    hessianAndGradient(Z, n, m, yy, eta, l2, beta, H, g)
    if (!cholesky(H, m)) break
    const step = choleskySolve(H, m, g)
    // Step halving keeps the deviance falling (R's glm does the same on divergence).
    let t = 1
    let next = beta
    let devNew = Infinity
    for (let h = 0; h < 30; h++) {
      next = beta.map((b, j) => b + t * step[j])
      devNew = penalised(next)
      if (Number.isFinite(devNew) && devNew <= dev * (1 + 1e-12)) break
      t /= 2
    }
    if (!Number.isFinite(devNew)) break
    beta = next
    const change = Math.abs(devNew - dev) / (Math.abs(devNew) + 0.1)
    dev = devNew
    if (change < tol) {
      converged = true
      break
    }
  }
  linearPredictor(Z, n, m, beta, eta)
  checkSeparation(eta, yy)
  hessianAndGradient(Z, n, m, yy, eta, l2, beta, H, g)
  const se = cholesky(H, m) ? Array.from(choleskyInverseDiagonal(H, m), Math.sqrt) : new Array<number>(m).fill(Infinity)
  const plainDeviance = deviance(eta, yy)
  const coefficients = Array.from(beta.subarray(1))
  const intercept = beta[0]
  return {
    intercept,
    coefficients,
    standardErrors: se,
    deviance: plainDeviance,
    aic: plainDeviance + 2 * m,
    iterations,
    converged,
    predict(Xnew: number[][]): number[] {
      const w = assertMatrix('X', Xnew)
      if (w !== k) throw new Error(`X has ${w} columns, the model was fitted on ${k}`)
      return Xnew.map((row) => sigmoid(row.reduce((s, v, j) => s + v * coefficients[j], intercept)))
    },
  }
}

function linearPredictor(Z: Float64Array, n: number, m: number, b: ArrayLike<number>, eta: Float64Array): void {
  for (let i = 0; i < n; i++) {
    let s = 0
    const o = i * m
    for (let j = 0; j < m; j++) s += Z[o + j] * b[j]
    eta[i] = s
  }
}

/** −2·loglik, with log(1 + e^x) evaluated without overflow. */
function deviance(eta: Float64Array, y: Float64Array): number {
  let d = 0
  for (let i = 0; i < eta.length; i++) d += softplus(y[i] === 1 ? -eta[i] : eta[i])
  return 2 * d
}

const softplus = (x: number): number => (x > 0 ? x + Math.log1p(Math.exp(-x)) : Math.log1p(Math.exp(x)))
const sigmoid = (x: number): number => (x >= 0 ? 1 / (1 + Math.exp(-x)) : Math.exp(x) / (1 + Math.exp(x)))

/** H = ZᵀWZ + λI (intercept unpenalised), g = Zᵀ(y − μ) − λβ: the Newton system. */
function hessianAndGradient(
  Z: Float64Array,
  n: number,
  m: number,
  y: Float64Array,
  eta: Float64Array,
  l2: number,
  beta: Float64Array,
  H: Float64Array,
  g: Float64Array,
): void {
  H.fill(0)
  g.fill(0)
  for (let i = 0; i < n; i++) {
    const mu = sigmoid(eta[i])
    const w = mu * (1 - mu)
    const r = y[i] - mu
    const o = i * m
    for (let a = 0; a < m; a++) {
      const za = Z[o + a]
      g[a] += za * r
      const wza = w * za
      for (let b = 0; b <= a; b++) H[a * m + b] += wza * Z[o + b]
    }
  }
  for (let a = 0; a < m; a++) for (let b = 0; b < a; b++) H[b * m + a] = H[a * m + b]
  for (let j = 1; j < m; j++) {
    H[j * m + j] += l2
    g[j] -= l2 * beta[j]
  }
}

/** Throws when the maximum-likelihood estimate does not exist (fitted probabilities hit 0 or 1). */
function checkSeparation(eta: Float64Array, y: Float64Array): void {
  let extreme = 0
  let allCorrect = true
  for (let i = 0; i < eta.length; i++) {
    const margin = y[i] === 1 ? eta[i] : -eta[i]
    if (margin > 30) extreme++
    if (!(margin > 0)) allCorrect = false
  }
  if (allCorrect && deviance(eta, y) < 1e-6) {
    throw new Error('perfect separation: the predictors classify every row exactly, so the coefficients diverge')
  }
  if (extreme > 0) {
    throw new Error(`quasi-complete separation: ${extreme} rows have fitted probabilities of 0 or 1, so the coefficients diverge`)
  }
}
