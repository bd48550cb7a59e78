/** Small dense linear algebra on row-major Float64Arrays (m×m with m ≲ 50). */

/** In-place Cholesky A = L·Lᵀ (lower triangle kept); false when A is not positive definite. */
export function cholesky(A: Float64Array, m: number): boolean {
  for (let j = 0; j < m; j++) {
    let s = A[j * m + j]
    for (let k = 0; k < j; k++) s -= A[j * m + k] * A[j * m + k]
    if (!(s > 0) || !Number.isFinite(s)) return false
    const ljj = Math.sqrt(s)
    A[j * m + j] = ljj
    for (let i = j + 1; i < m; i++) {
      let t = A[i * m + j]
      for (let k = 0; k < j; k++) t -= A[i * m + k] * A[j * m + k]
      A[i * m + j] = t / ljj
    }
  }
  return true
}

/** Solves L·Lᵀ x = b with a factor from cholesky(). */
export function choleskySolve(L: Float64Array, m: number, b: Float64Array): Float64Array {
  const x = Float64Array.from(b)
  for (let i = 0; i < m; i++) {
    let s = x[i]
    for (let k = 0; k < i; k++) s -= L[i * m + k] * x[k]
    x[i] = s / L[i * m + i]
  }
  for (let i = m - 1; i >= 0; i--) {
    let s = x[i]
    for (let k = i + 1; k < m; k++) s -= L[k * m + i] * x[k]
    x[i] = s / L[i * m + i]
  }
  return x
}

/** Diagonal of A⁻¹ from its Cholesky factor (for standard errors). */
export function choleskyInverseDiagonal(L: Float64Array, m: number): Float64Array {
  const diag = new Float64Array(m)
  const e = new Float64Array(m)
  for (let j = 0; j < m; j++) {
    e.fill(0)
    e[j] = 1
    diag[j] = choleskySolve(L, m, e)[j]
  }
  return diag
}
