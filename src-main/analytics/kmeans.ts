import { createRng } from './random'
import { assertInteger, assertMatrix } from './validate'

export interface KMeansOptions {
  seed?: number
  /** Independent k-means++ starts; the lowest inertia wins. */
  nInit?: number
  maxIter?: number
  /** Called after each assignment step with the inertia for the current centroids (testing hook). */
  onIteration?: (iteration: number, inertia: number) => void
}

export interface KMeansResult {
  centroids: number[][]
  labels: number[]
  /** Sum of squared distances from each point to its centroid. */
  inertia: number
}

/** Lloyd's k-means with greedy k-means++ seeding (as scikit-learn), best of nInit runs. */
export function kmeans(points: number[][], k: number, opts: KMeansOptions = {}): KMeansResult {
  const d = assertMatrix('points', points)
  const n = points.length
  assertInteger('k', k, 1)
  if (k > n) throw new Error(`k (${k}) is larger than the number of points (${n})`)
  const nInit = opts.nInit ?? 10
  assertInteger('nInit', nInit, 1)
  const maxIter = opts.maxIter ?? 300
  assertInteger('maxIter', maxIter, 1)
  const X = new Float64Array(n * d)
  for (let i = 0; i < n; i++) for (let j = 0; j < d; j++) X[i * d + j] = points[i][j]
  const rng = createRng(opts.seed ?? 0)
  let best: { centroids: Float64Array; labels: Int32Array; inertia: number } | undefined
  for (let run = 0; run < nInit; run++) {
    const init = kmeansPlusPlus(X, n, d, k, rng)
    const res = lloyd(X, n, d, init, k, maxIter, opts.onIteration)
    if (!best || res.inertia < best.inertia) best = res
  }
  const b = best as NonNullable<typeof best>
  return {
    centroids: Array.from({ length: k }, (_, c) => Array.from(b.centroids.subarray(c * d, c * d + d))),
    labels: Array.from(b.labels),
    inertia: b.inertia,
  }
}

/**
 * Greedy k-means++: each new centre is the best (lowest resulting potential) of 2 + ⌊ln k⌋
 * candidates drawn with probability ∝ D², which is what scikit-learn does.
 */
export function kmeansPlusPlus(X: Float64Array, n: number, d: number, k: number, rng: () => number): Float64Array {
  const centers = new Float64Array(k * d)
  const trials = 2 + Math.floor(Math.log(k))
  const first = Math.min(n - 1, Math.floor(rng() * n))
  centers.set(X.subarray(first * d, first * d + d), 0)
  const closest = new Float64Array(n)
  for (let i = 0; i < n; i++) closest[i] = sqDist(X, i * d, X, first * d, d)
  const cumsum = new Float64Array(n)
  const candDist = new Float64Array(n)
  const bestDist = new Float64Array(n)
  for (let c = 1; c < k; c++) {
    let acc = 0
    for (let i = 0; i < n; i++) cumsum[i] = acc += closest[i]
    let bestPot = Infinity
    let bestId = 0
    for (let t = 0; t < trials; t++) {
      const id = Math.min(n - 1, searchSorted(cumsum, rng() * acc))
      let candPot = 0
      for (let i = 0; i < n; i++) {
        const v = Math.min(closest[i], sqDist(X, i * d, X, id * d, d))
        candDist[i] = v
        candPot += v
      }
      if (candPot < bestPot) {
        bestPot = candPot
        bestId = id
        bestDist.set(candDist)
      }
    }
    closest.set(bestDist)
    centers.set(X.subarray(bestId * d, bestId * d + d), c * d)
  }
  return centers
}

/**
 * Lloyd iterations from given centroids until no label changes (or maxIter). An empty cluster is
 * moved to the point farthest from its centroid, which can only lower the inertia.
 */
export function lloyd(
  X: Float64Array,
  n: number,
  d: number,
  init: Float64Array,
  k: number,
  maxIter: number,
  onIteration?: (iteration: number, inertia: number) => void,
): { centroids: Float64Array; labels: Int32Array; inertia: number } {
  const centroids = Float64Array.from(init)
  const labels = new Int32Array(n).fill(-1)
  const dist = new Float64Array(n)
  const sums = new Float64Array(k * d)
  const counts = new Int32Array(k)
  let inertia = Infinity
  for (let iter = 0; iter < maxIter; iter++) {
    let changed = 0
    inertia = 0
    for (let i = 0; i < n; i++) {
      const o = i * d
      let bestC = 0
      let bestD = Infinity
      for (let c = 0; c < k; c++) {
        const dd = sqDist(X, o, centroids, c * d, d)
        if (dd < bestD) {
          bestD = dd
          bestC = c
        }
      }
      if (labels[i] !== bestC) {
        labels[i] = bestC
        changed++
      }
      dist[i] = bestD
      inertia += bestD
    }
    onIteration?.(iter, inertia)
    if (changed === 0) break
    sums.fill(0)
    counts.fill(0)
    for (let i = 0; i < n; i++) {
      const c = labels[i]
      counts[c]++
      for (let j = 0; j < d; j++) sums[c * d + j] += X[i * d + j]
    }
    for (let c = 0; c < k; c++) {
      if (counts[c] === 0) {
        let far = 0
        for (let i = 1; i < n; i++) if (dist[i] > dist[far]) far = i
        dist[far] = 0
        centroids.set(X.subarray(far * d, far * d + d), c * d)
        continue
      }
      for (let j = 0; j < d; j++) centroids[c * d + j] = sums[c * d + j] / counts[c]
    }
  }
  return { centroids, labels, inertia }
}

function sqDist(A: Float64Array, ao: number, B: Float64Array, bo: number, d: number): number {
  let s = 0
  for (let j = 0; j < d; j++) {
    const t = A[ao + j] - B[bo + j]
    s += t * t
  }
  return s
}

/** First index whose cumulative value is ≥ v (numpy searchsorted, side = 'left'). */
function searchSorted(cumsum: Float64Array, v: number): number {
  let lo = 0
  let hi = cumsum.length
  while (lo < hi) {
    const mid = (lo + hi) >>> 1
    if (cumsum[mid] < v) lo = mid + 1
    else hi = mid
  }
  return lo
}
