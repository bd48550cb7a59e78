import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { csat, funnel, nps, roi } from '../../src-main/analytics'

describe('nps / csat / funnel / roi', () => {
  it('computes the textbook values', () => {
    // 3 promoters, 2 passives, 5 detractors of 10 → 30 − 50 = −20.
    expect(nps([10, 9, 9, 8, 7, 6, 5, 0, 3, 4])).toBeCloseTo(-20, 12)
    expect(nps([10, 10])).toBe(100)
    expect(csat([5, 4, 3, 2, 1])).toBeCloseTo(40, 12)
    const f = funnel([1000, 400, 100, 25])
    expect(f.stepConversion).toEqual([0.4, 0.25, 0.25])
    expect(f.dropOff.map((v) => Number(v.toFixed(12)))).toEqual([0.6, 0.75, 0.75])
    expect(f.overall).toBeCloseTo(0.025, 12)
    expect(roi(150, 100)).toBeCloseTo(0.5, 12)
    expect(roi(50, 100)).toBeCloseTo(-0.5, 12)
  })

  it('property: NPS stays within [−100, 100] and CSAT within [0, 100]', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 10 }), { minLength: 1, maxLength: 200 }), (s) => {
        const v = nps(s)
        expect(v).toBeGreaterThanOrEqual(-100)
        expect(v).toBeLessThanOrEqual(100)
      }),
    )
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 5 }), { minLength: 1, maxLength: 200 }), (s) => {
        const v = csat(s)
        expect(v).toBeGreaterThanOrEqual(0)
        expect(v).toBeLessThanOrEqual(100)
      }),
    )
  })

  it('rejects bad input', () => {
    expect(() => nps([])).toThrow(/scores is empty/)
    expect(() => nps([11])).toThrow(/0–10/)
    expect(() => csat([0])).toThrow(/1–5/)
    expect(() => csat([Number.NaN])).toThrow(/not a finite number/)
    expect(() => funnel([10])).toThrow(/at least 2/)
    expect(() => funnel([0, 0])).toThrow(/nobody entered/)
    expect(() => funnel([10, -1])).toThrow(/negative/)
    expect(() => roi(100, 0)).toThrow(/cost must be positive/)
  })
})
