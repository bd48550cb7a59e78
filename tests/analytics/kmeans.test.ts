import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { kmeans } from '../../src-main/analytics'
import { kmeansPlusPlus, lloyd } from '../../src-main/analytics/kmeans'
import { createRng } from '../../src-main/analytics/random'
import ref from '../reference/kmeans-iris.json'

describe('kmeans vs scikit-learn KMeans(n_init=50) on iris', () => {
  for (const run of ref.runs) {
    it(`k = ${run.k}: best inertia is not worse than scikit-learn's`, () => {
      const fit = kmeans(ref.points, run.k, { nInit: 50, seed: 7 })
      expect(fit.inertia).toBeLessThanOrEqual(run.inertia * (1 + 1e-6))
      expect(fit.labels).toHaveLength(ref.points.length)
      // The inertia reported is the one the labels and centroids give.
      let check = 0
      ref.points.forEach((p, i) => {
        const c = fit.centroids[fit.labels[i]]
        check += p.reduce((s, v, j) => s + (v - c[j]) ** 2, 0)
      })
      expect(check).toBeCloseTo(fit.inertia, 9)
      // Same clusters as scikit-learn: each of its centroids has one of ours within 1e-6.
      for (const c of run.centroids) {
        const nearest = Math.min(...fit.centroids.map((o) => Math.hypot(...o.map((v, j) => v - c[j]))))
        expect(nearest).toBeLessThan(1e-6)
      }
    })
  }

  it('is deterministic for a seed', () => {
    const a = kmeans(ref.points, 4, { seed: 42, nInit: 3 })
    const b = kmeans(ref.points, 4, { seed: 42, nInit: 3 })
    expect(a).toEqual(b)
  })

  it('property: inertia never increases across Lloyd iterations', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.double({ min: -100, max: 100, noNaN: true }), fc.double({ min: -100, max: 100, noNaN: true })), {
          minLength: 3,
          maxLength: 60,
        }),
        fc.integer({ min: 1, max: 5 }),
        fc.integer(),
        (pts, kRaw, seed) => {
          const k = Math.min(kRaw, pts.length)
          const X = Float64Array.from(pts.flat())
          const init = kmeansPlusPlus(X, pts.length, 2, k, createRng(seed))
          const seen: number[] = []
          lloyd(X, pts.length, 2, init, k, 100, (_, inertia) => seen.push(inertia))
          for (let i = 1; i < seen.length; i++) {
            // Only floating-point rounding of the re-computed means may add anything.
            expect(seen[i]).toBeLessThanOrEqual(seen[i - 1] * (1 + 1e-12) + 1e-9)
          }
        },
      ),
      { numRuns: 200 },
    )
  })

  it('rejects bad input', () => {
    expect(() => kmeans([], 2)).toThrow(/points is empty/)
    expect(() => kmeans([[1, 2], [3]], 1)).toThrow(/ragged/)
    expect(() => kmeans([[1], [2]], 3)).toThrow(/k \(3\) is larger than the number of points \(2\)/)
    expect(() => kmeans([[1], [Number.NaN]], 1)).toThrow(/not a finite number/)
    expect(() => kmeans([[1], [2]], 0)).toThrow(/k must be an integer/)
  })
})
