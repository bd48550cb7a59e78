import { describe, expect, it } from 'vitest'
import { sampleIndices, silhouetteSamples, silhouetteScore } from '../../src-main/analytics'
import iris from '../reference/kmeans-iris.json'
import ref from '../reference/silhouette-iris.json'

describe('silhouette vs scikit-learn (tests/reference/silhouette-iris.py)', () => {
  it('iris under its species labels: every point and the mean', () => {
    const samples = silhouetteSamples(iris.points, ref.species.labels)
    samples.forEach((s, i) => expect(s, `point ${i}`).toBeCloseTo(ref.species.samples[i], 12))
    expect(silhouetteScore(iris.points, ref.species.labels)).toBeCloseTo(ref.species.score, 12)
  })

  it.each(ref.kmeans)('iris under scikit-learn k-means labels, k = $k', ({ labels, score }) => {
    expect(silhouetteScore(iris.points, labels)).toBeCloseTo(score, 12)
  })

  it('a point alone in its cluster scores 0, the others as scikit-learn says', () => {
    const samples = silhouetteSamples(ref.singleton.points, ref.singleton.labels)
    samples.forEach((s, i) => expect(s, `point ${i}`).toBeCloseTo(ref.singleton.samples[i], 12))
    expect(samples[5]).toBe(0)
  })

  it('refuses one cluster and mismatched labels', () => {
    expect(() => silhouetteScore([[0], [1]], [0, 0])).toThrow(/two non-empty clusters/)
    expect(() => silhouetteScore([[0], [1]], [0])).toThrow(/labels has 1/)
  })
})

describe('sampleIndices', () => {
  it('is the same for the same seed, distinct, ascending and in range', () => {
    const a = sampleIndices(10_000, 500, 42)
    expect(sampleIndices(10_000, 500, 42)).toEqual(a)
    expect(new Set(a).size).toBe(500)
    expect(a.every((v, i) => v >= 0 && v < 10_000 && (i === 0 || v > a[i - 1]))).toBe(true)
    expect(sampleIndices(10_000, 500, 43)).not.toEqual(a)
  })

  it('takes everyone when the sample is not smaller than the set', () => {
    expect(sampleIndices(4, 10, 1)).toEqual([0, 1, 2, 3])
  })
})
