import { describe, expect, it } from 'vitest'
import { arima, type ArimaOptions } from '../../src-main/analytics'
import ref from '../reference/arima-airpassengers.json'
import { maxRelErr, relErr } from './support'

const logAir = ref.airPassengers.map(Math.log)
const cases: [keyof typeof ref & string, number[], ArimaOptions][] = [
  ['arima111', ref.airPassengers, { p: 1, d: 1, q: 1 }],
  ['airline', logAir, { p: 0, d: 1, q: 1, P: 0, D: 1, Q: 1, s: 12 }],
  ['ar2', ref.lakeHuron, { p: 2, d: 0, q: 0 }],
  ['sarima', logAir, { p: 1, d: 1, q: 0, P: 1, D: 1, Q: 0, s: 12 }],
]

describe('arima vs R arima(method = "CSS") and predict()', () => {
  for (const [key, series, opts] of cases) {
    it(`${key}: coefficients, sigma2, forecast means and standard errors`, () => {
      const r = ref[key] as { coef: Record<string, number>; sigma2: number; mean: number[]; se: number[] }
      const fit = arima(series, opts)
      expect(Object.keys(fit.coef).sort()).toEqual(Object.keys(r.coef).sort())
      for (const [name, value] of Object.entries(r.coef)) expect(relErr(fit.coef[name], value)).toBeLessThan(1e-8)
      expect(relErr(fit.sigma2, r.sigma2)).toBeLessThan(1e-8)
      const fc = fit.forecast(24)
      expect(maxRelErr(fc.mean, r.mean)).toBeLessThan(1e-8)
      expect(maxRelErr(fc.se, r.se)).toBeLessThan(1e-8)
    })
  }

  it('rejects bad input', () => {
    expect(() => arima([], { p: 1, d: 0, q: 0 })).toThrow(/series is empty/)
    expect(() => arima(new Array(50).fill(3), { p: 1, d: 0, q: 0 })).toThrow(/constant/)
    expect(() => arima([1, 2, 4, 3], { p: 2, d: 1, q: 1 })).toThrow(/too short/)
    expect(() => arima(logAir, { p: 0, d: 1, q: 1, Q: 1 })).toThrow(/\bs\b/)
    expect(() => arima(logAir, { p: -1, d: 0, q: 0 })).toThrow(/p must be an integer/)
  })
})
