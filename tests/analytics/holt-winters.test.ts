import { describe, expect, it } from 'vitest'
import { holtWinters } from '../../src-main/analytics'
import ref from '../reference/holtwinters-airpassengers.json'
import { maxRelErr, relErr } from './support'

const series = ref.series

describe('holtWinters vs R HoltWinters() on AirPassengers', () => {
  for (const seasonal of ['additive', 'multiplicative'] as const) {
    it(`${seasonal}: fitted parameters, SSE, one-step fits and forecasts`, () => {
      const r = ref[seasonal]
      const fit = holtWinters(series, { period: 12, seasonal })
      // R stops L-BFGS-B at factr = 1e7; we converge tighter, so parameters agree to ~3e-5.
      expect(Math.abs(fit.alpha - r.alpha)).toBeLessThan(1e-4)
      expect(Math.abs(fit.beta - r.beta)).toBeLessThan(1e-4)
      expect(Math.abs(fit.gamma - r.gamma)).toBeLessThan(1e-4)
      // Our SSE may only be lower than R's (a tighter optimum), and by a hair.
      expect(fit.sse).toBeLessThanOrEqual(r.sse * (1 + 1e-12))
      expect(relErr(fit.sse, r.sse)).toBeLessThan(1e-7)
      expect(fit.fitted).toHaveLength(r.fitted.length)
      expect(maxRelErr(fit.fitted, r.fitted)).toBeLessThan(1e-4)
      expect(maxRelErr(fit.forecast(24), r.forecast)).toBeLessThan(1e-4)
    })

    it(`${seasonal}: agrees more tightly with R run to convergence (factr = 1)`, () => {
      const r = ref[`${seasonal}Tight`]
      const fit = holtWinters(series, { period: 12, seasonal })
      expect(Math.abs(fit.alpha - r.alpha)).toBeLessThan(1e-7)
      expect(Math.abs(fit.beta - r.beta)).toBeLessThan(1e-7)
      expect(Math.abs(fit.gamma - r.gamma)).toBeLessThan(1e-7)
      expect(relErr(fit.sse, r.sse)).toBeLessThan(1e-9)
      expect(maxRelErr(fit.forecast(24), r.forecast)).toBeLessThan(1e-8)
    })
  }

  for (const [key, seasonal] of [
    ['fixedAdditive', 'additive'],
    ['fixedMultiplicative', 'multiplicative'],
  ] as const) {
    it(`${seasonal} with fixed alpha/beta/gamma reproduces R's recursion exactly`, () => {
      const r = ref[key]
      const fit = holtWinters(series, { period: 12, seasonal, alpha: 0.5, beta: 0.2, gamma: 0.3 })
      expect([fit.alpha, fit.beta, fit.gamma]).toEqual([0.5, 0.2, 0.3])
      expect(relErr(fit.sse, r.sse)).toBeLessThan(1e-12)
      expect(maxRelErr(fit.fitted, r.fitted)).toBeLessThan(1e-12)
      expect(maxRelErr(fit.forecast(24), r.forecast)).toBeLessThan(1e-12)
    })
  }

  it('fits only the parameters not given (gamma fixed at 0.5)', () => {
    const r = ref.partialMultiplicative
    const fit = holtWinters(series, { period: 12, seasonal: 'multiplicative', gamma: 0.5 })
    expect(fit.gamma).toBe(0.5)
    expect(Math.abs(fit.alpha - r.alpha)).toBeLessThan(1e-6)
    expect(Math.abs(fit.beta - r.beta)).toBeLessThan(1e-6)
    expect(relErr(fit.sse, r.sse)).toBeLessThan(1e-9)
    expect(maxRelErr(fit.forecast(24), r.forecast)).toBeLessThan(1e-6)
  })

  it('rejects bad input', () => {
    expect(() => holtWinters([], { period: 12, seasonal: 'additive' })).toThrow(/series is empty/)
    expect(() => holtWinters(series.slice(0, 20), { period: 12, seasonal: 'additive' })).toThrow(/more than two periods/)
    expect(() => holtWinters(new Array(40).fill(5), { period: 12, seasonal: 'additive' })).toThrow(/constant/)
    expect(() => holtWinters([0, ...series.slice(1)], { period: 12, seasonal: 'multiplicative' })).toThrow(/positive/)
    expect(() => holtWinters(series, { period: 12, seasonal: 'additive', alpha: 1.5 })).toThrow(/alpha/)
    expect(() => holtWinters([...series.slice(0, 30), Number.NaN], { period: 12, seasonal: 'additive' })).toThrow(/not a finite/)
  })
})
