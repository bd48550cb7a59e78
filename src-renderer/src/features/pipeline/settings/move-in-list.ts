/** The ids in their new order after the item at `index` moves one step up (-1) or down (1). */
export function swapped(ids: readonly number[], index: number, step: -1 | 1): number[] {
  const next = [...ids]
  const other = index + step
  if (other < 0 || other >= next.length) return next
  ;[next[index], next[other]] = [next[other], next[index]]
  return next
}
