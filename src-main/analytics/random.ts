/**
 * Seeded pseudo-random numbers. Analytics must be reproducible (the same seed gives the same
 * clusters on every machine), so nothing here touches Math.random.
 */

/** mulberry32: small, fast, well-distributed 32-bit generator; returns uniforms in [0, 1). */
export function createRng(seed: number): () => number {
  let a = (Math.floor(seed) >>> 0) ^ 0x9e3779b9
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** Standard normal deviates by Box-Muller (used for synthetic benchmark and test data). */
export function createNormal(rng: () => number): () => number {
  return () => {
    const u = 1 - rng() // (0, 1]: log(0) would be -Infinity
    const v = rng()
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v)
  }
}
