/**
 * Initial state covariance of a stationary ARMA process: a port of R's getQ0 (Gardner, Harvey &
 * Phillips 1980, AS 154), which arima() uses by default (SSinit = "Gardner1980").
 * Returns an r×r column-major matrix, r = max(p, q + 1).
 */
export function getQ0(phi: ArrayLike<number>, theta: ArrayLike<number>): Float64Array {
  const p = phi.length
  const q = theta.length
  const r = Math.max(p, q + 1)
  const np = (r * (r + 1)) / 2
  const nrbar = (np * (np - 1)) / 2
  const xnext = new Float64Array(np)
  const xrow = new Float64Array(np)
  const rbar = new Float64Array(Math.max(nrbar, 1))
  const thetab = new Float64Array(np)
  const V = new Float64Array(np)
  const th = (i: number): number => (i === 0 ? 1 : i - 1 < q ? theta[i - 1] : 0)
  let ind = 0
  for (let j = 0; j < r; j++) for (let i = j; i < r; i++) V[ind++] = th(i) * th(j)
  const P = new Float64Array(Math.max(r * r, np))
  if (r === 1) {
    P[0] = p === 0 ? 1 : 1 / (1 - phi[0] * phi[0])
    return P.subarray(0, 1)
  }
  if (p > 0) {
    const npr = np - r
    const npr1 = npr + 1
    let ind1 = -1
    let indj = npr
    let ind2 = npr - 1
    ind = 0
    for (let j = 0; j < r; j++) {
      const phij = j < p ? phi[j] : 0
      xnext[indj++] = 0
      let indi = npr1 + j
      for (let i = j; i < r; i++) {
        const ynext = V[ind++]
        const phii = i < p ? phi[i] : 0
        if (j !== r - 1) {
          xnext[indj] = -phii
          if (i !== r - 1) {
            xnext[indi] -= phij
            xnext[++ind1] = -1
          }
        }
        xnext[npr] = -phii * phij
        if (++ind2 >= np) ind2 = 0
        xnext[ind2] += 1
        inclu2(np, xnext, xrow, ynext, P, rbar, thetab)
        xnext[ind2] = 0
        if (i !== r - 1) {
          xnext[indi++] = 0
          xnext[ind1] = 0
        }
      }
    }
    let ithisr = nrbar - 1
    let im = np - 1
    for (let i = 0; i < np; i++) {
      let bi = thetab[im]
      let jm = np - 1
      for (let j = 0; j < i; j++) bi -= rbar[ithisr--] * P[jm--]
      P[im--] = bi
    }
    // Re-order P.
    ind = npr
    for (let i = 0; i < r; i++) xnext[i] = P[ind++]
    ind = np - 1
    let ind1b = npr - 1
    for (let i = 0; i < npr; i++) P[ind--] = P[ind1b--]
    for (let i = 0; i < r; i++) P[i] = xnext[i]
  } else {
    // Pure moving average: back-substitution.
    let indn = np
    ind = np
    for (let i = 0; i < r; i++) {
      for (let j = 0; j <= i; j++) {
        --ind
        P[ind] = V[ind]
        if (j !== 0) P[ind] += P[--indn]
      }
    }
  }
  // Unpack the packed upper triangle to a full symmetric matrix.
  ind = np
  for (let i = r - 1; i > 0; i--) for (let j = r - 1; j >= i; j--) P[r * i + j] = P[--ind]
  for (let i = 0; i < r - 1; i++) for (let j = i + 1; j < r; j++) P[i + r * j] = P[j + r * i]
  return P.subarray(0, r * r)
}

function inclu2(
  np: number,
  xnext: Float64Array,
  xrow: Float64Array,
  ynextIn: number,
  d: Float64Array,
  rbar: Float64Array,
  thetab: Float64Array,
): void {
  let ynext = ynextIn
  for (let i = 0; i < np; i++) xrow[i] = xnext[i]
  let ithisr = 0
  for (let i = 0; i < np; i++) {
    if (xrow[i] !== 0) {
      const xi = xrow[i]
      const di = d[i]
      const dpi = di + xi * xi
      d[i] = dpi
      const cbar = di / dpi
      const sbar = xi / dpi
      for (let k = i + 1; k < np; k++) {
        const xk = xrow[k]
        const rbthis = rbar[ithisr]
        xrow[k] = xk - xi * rbthis
        rbar[ithisr++] = cbar * rbthis + sbar * xk
      }
      const xk = ynext
      ynext = xk - xi * thetab[i]
      thetab[i] = cbar * thetab[i] + sbar * xk
      if (di === 0) return
    } else {
      ithisr = ithisr + np - i - 1
    }
  }
}
