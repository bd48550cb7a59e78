/**
 * Quantile by linear interpolation between order statistics (R's default type 7, numpy's
 * default), so a median of 1, 2, 3, 4 is 2.5. Null for no values.
 */
export function quantile(values: Float64Array, q: number): number | null {
  if (values.length === 0) return null
  const sorted = Float64Array.from(values).sort()
  const h = (sorted.length - 1) * q
  const lo = Math.floor(h)
  const hi = Math.min(lo + 1, sorted.length - 1)
  return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo])
}
