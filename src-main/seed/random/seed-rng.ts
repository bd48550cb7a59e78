import { createRng } from '../../analytics/random'

/** A seeded random stream with the draws the generator needs. Never touches Math.random. */
export interface Rng {
  /** Uniform in [0, 1). */
  next(): number
  /** Integer in [min, max). */
  int(min: number, max: number): number
  chance(p: number): boolean
  pick<T>(items: readonly T[]): T
  /** Log-normal with the given median; `spread` is the sigma of the underlying normal. */
  logNormal(median: number, spread: number): number
}

/**
 * One independent stream per generator step, derived from the seed and the step's name, so
 * adding draws to one step never shifts the data of another.
 */
export function createSeedRng(seed: number, stream: string): Rng {
  const next = createRng((seed ^ fnv1a(stream)) >>> 0)
  const int = (min: number, max: number): number => min + Math.floor(next() * (max - min))
  return {
    next,
    int,
    chance: (p) => next() < p,
    pick: (items) => items[int(0, items.length)],
    logNormal: (median, spread) => {
      const u = 1 - next() // (0, 1]: log(0) would be -Infinity
      const normal = Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * next())
      return median * Math.exp(spread * normal)
    },
  }
}

/** FNV-1a 32-bit: a stable hash of a stream name. */
function fnv1a(text: string): number {
  let hash = 0x811c9dc5
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i)
    hash = Math.imul(hash, 0x01000193)
  }
  return hash >>> 0
}
