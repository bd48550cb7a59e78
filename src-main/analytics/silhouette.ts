import { assertMatrix } from './validate'
import { createRng } from './random'

/**
 * Silhouette of each point (Rousseeuw 1987, as scikit-learn's `silhouette_samples`, Euclidean):
 * a = mean distance to the other members of its cluster, b = smallest mean distance to the
 * members of another cluster, s = (b − a) / max(a, b); a point alone in its cluster scores 0.
 * O(n²) distances: callers sample large sets (`silhouetteSample`).
 */
export function silhouetteSamples(points: number[][], labels: ArrayLike<number>): number[] {
  const d = assertMatrix('points', points)
  const n = points.length
  if (labels.length !== n) throw new Error(`labels has ${labels.length} entries for ${n} points`)
  const k = Math.max(...Array.from(labels)) + 1
  const sizes = new Array<number>(k).fill(0)
  for (let i = 0; i < n; i++) sizes[labels[i]]++
  if (sizes.filter((s) => s > 0).length < 2) throw new Error('silhouette needs at least two non-empty clusters')
  const sums = new Float64Array(k)
  return points.map((p, i) => {
    sums.fill(0)
    for (let j = 0; j < n; j++) {
      if (j === i) continue
      let ss = 0
      for (let t = 0; t < d; t++) ss += (p[t] - points[j][t]) ** 2
      sums[labels[j]] += Math.sqrt(ss)
    }
    const own = labels[i]
    if (sizes[own] === 1) return 0
    const a = sums[own] / (sizes[own] - 1)
    let b = Infinity
    for (let c = 0; c < k; c++) if (c !== own && sizes[c] > 0) b = Math.min(b, sums[c] / sizes[c])
    return (b - a) / Math.max(a, b)
  })
}

/** Mean silhouette over all points (scikit-learn's `silhouette_score`). */
export function silhouetteScore(points: number[][], labels: ArrayLike<number>): number {
  const s = silhouetteSamples(points, labels)
  return s.reduce((a, v) => a + v, 0) / s.length
}

/**
 * `size` distinct indices of 0..n−1 drawn without replacement by a seeded partial
 * Fisher–Yates shuffle, ascending: the same seed always picks the same customers.
 */
export function sampleIndices(n: number, size: number, seed: number): number[] {
  if (size >= n) return Array.from({ length: n }, (_, i) => i)
  const rng = createRng(seed)
  const pool = Int32Array.from({ length: n }, (_, i) => i)
  for (let i = 0; i < size; i++) {
    const j = i + Math.floor(rng() * (n - i))
    ;[pool[i], pool[j]] = [pool[j], pool[i]]
  }
  return Array.from(pool.subarray(0, size)).sort((a, b) => a - b)
}
