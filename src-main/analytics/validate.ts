/**
 * Input checks shared by every analytics function. Each throws an Error whose message names the
 * argument and the problem, so a bad export or a UI bug surfaces as a readable message rather
 * than as NaN flowing into a chart.
 */

export function assertFiniteArray(name: string, values: readonly number[], minLength = 1): void {
  if (!Array.isArray(values)) throw new Error(`${name} must be an array of numbers`)
  if (values.length < minLength) {
    throw new Error(values.length === 0 ? `${name} is empty` : `${name} needs at least ${minLength} values, got ${values.length}`)
  }
  for (let i = 0; i < values.length; i++) {
    const v = values[i]
    if (typeof v !== 'number' || !Number.isFinite(v)) {
      throw new Error(`${name}[${i}] is not a finite number (${String(v)})`)
    }
  }
}

export function assertSameLength(a: string, an: number, b: string, bn: number): void {
  if (an !== bn) throw new Error(`${a} and ${b} have mismatched lengths (${an} vs ${bn})`)
}

/** Checks a rectangular matrix of finite numbers and returns its column count. */
export function assertMatrix(name: string, rows: readonly (readonly number[])[], minRows = 1): number {
  if (!Array.isArray(rows)) throw new Error(`${name} must be an array of rows`)
  if (rows.length < minRows) {
    throw new Error(rows.length === 0 ? `${name} is empty` : `${name} needs at least ${minRows} rows`)
  }
  const first = rows[0]
  if (!Array.isArray(first) || first.length === 0) throw new Error(`${name}[0] is empty`)
  const width = first.length
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i]
    if (!Array.isArray(row) || row.length !== width) {
      throw new Error(`${name} is ragged: row ${i} has ${Array.isArray(row) ? row.length : 'no'} columns, expected ${width}`)
    }
    for (let j = 0; j < width; j++) {
      const v = row[j]
      if (typeof v !== 'number' || !Number.isFinite(v)) {
        throw new Error(`${name}[${i}][${j}] is not a finite number (${String(v)})`)
      }
    }
  }
  return width
}

export function assertNonConstant(name: string, values: ArrayLike<number>): void {
  for (let i = 1; i < values.length; i++) if (values[i] !== values[0]) return
  throw new Error(`${name} is constant`)
}

export function assertInteger(name: string, v: number, min: number, max = Number.MAX_SAFE_INTEGER): void {
  if (!Number.isInteger(v) || v < min || v > max) {
    throw new Error(`${name} must be an integer in [${min}, ${max}], got ${String(v)}`)
  }
}

export function assertUnit(name: string, v: number): void {
  if (typeof v !== 'number' || !Number.isFinite(v) || v < 0 || v > 1) {
    throw new Error(`${name} must be within [0, 1], got ${String(v)}`)
  }
}
