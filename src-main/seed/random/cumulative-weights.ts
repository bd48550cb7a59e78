/**
 * Draws indices in proportion to fixed weights by binary search over prefix sums: O(log n)
 * per draw, which matters when a million order lines each draw a product or a day.
 */
export class CumulativeWeights {
  private readonly prefix: Float64Array

  constructor(weights: ArrayLike<number>) {
    this.prefix = new Float64Array(weights.length + 1)
    for (let i = 0; i < weights.length; i++) this.prefix[i + 1] = this.prefix[i] + Math.max(0, weights[i])
  }

  get size(): number {
    return this.prefix.length - 1
  }

  /** An index in [0, size) for a uniform `u` in [0, 1). */
  index(u: number): number {
    return this.indexIn(0, this.size, u)
  }

  /** An index in [from, to) by the weights restricted to that range. */
  indexIn(from: number, to: number, u: number): number {
    const low = this.prefix[from]
    const target = low + u * (this.prefix[to] - low)
    let lo = from
    let hi = to - 1
    while (lo < hi) {
      const mid = (lo + hi) >>> 1
      if (this.prefix[mid + 1] > target) hi = mid
      else lo = mid + 1
    }
    return lo
  }
}
