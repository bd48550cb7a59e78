import { CumulativeWeights } from './cumulative-weights'
import type { Rng } from './seed-rng'

/** A value drawn in proportion to its weight, e.g. `weighted([['open', 3], ['won', 1]])`. */
export type Weighted<T> = readonly (readonly [value: T, weight: number])[]

/** Compiles a small weight table once into a draw function. */
export function weightedPicker<T>(table: Weighted<T>): (rng: Rng) => T {
  const weights = new CumulativeWeights(table.map(([, weight]) => weight))
  return (rng) => table[weights.index(rng.next())][0]
}
