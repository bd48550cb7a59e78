/** Column means and standard deviations learnt on training rows, applied to any rows. */
export interface Scaler {
  means: number[]
  sds: number[]
}

/** Fits a z-score scaler; a constant column gets sd 1 so it maps to 0 instead of NaN. */
export function fitScaler(columns: ArrayLike<number>[]): Scaler {
  const means: number[] = []
  const sds: number[] = []
  for (const col of columns) {
    const n = col.length
    let sum = 0
    for (let i = 0; i < n; i++) sum += col[i]
    const mean = n > 0 ? sum / n : 0
    let ss = 0
    for (let i = 0; i < n; i++) ss += (col[i] - mean) ** 2
    const sd = n > 1 ? Math.sqrt(ss / (n - 1)) : 0
    means.push(mean)
    sds.push(sd > 0 ? sd : 1)
  }
  return { means, sds }
}

/** Row-major standardised matrix from column arrays. */
export function toRows(columns: ArrayLike<number>[], scaler: Scaler): number[][] {
  const n = columns[0]?.length ?? 0
  const rows: number[][] = new Array(n)
  for (let i = 0; i < n; i++) rows[i] = columns.map((col, j) => (col[i] - scaler.means[j]) / scaler.sds[j])
  return rows
}
