import { describe, expect, it } from 'vitest'
import { linearRegression } from '../../src-main/analytics'
import ref from '../reference/lm.json'

describe('linearRegression vs R lm()', () => {
  it('matches slope, intercept, r² and predict(6)', () => {
    const fit = linearRegression(ref.x, ref.y)
    expect(fit.slope).toBeCloseTo(ref.slope, 12)
    expect(fit.intercept).toBeCloseTo(ref.intercept, 10)
    expect(fit.r2).toBeCloseTo(ref.r2, 12)
    expect(fit.predict(6)).toBeCloseTo(ref.predict6, 10)
    expect(fit.predict(6)).toBeCloseTo(164, 10)
  })

  it('rejects bad input with a message naming the problem', () => {
    expect(() => linearRegression([], [])).toThrow(/x is empty/)
    expect(() => linearRegression([1, 2, 3], [1, 2])).toThrow(/mismatched lengths/)
    expect(() => linearRegression([2, 2, 2], [1, 2, 3])).toThrow(/x is constant/)
    expect(() => linearRegression([1, Number.NaN, 3], [1, 2, 3])).toThrow(/x\[1\] is not a finite number/)
  })
})
