import { describe, expect, it } from 'vitest'
import { logisticRegression } from '../../src-main/analytics'
import glm from '../reference/glm-mtcars.json'
import sk from '../reference/logistic-sklearn.json'
import { maxRelErr, relErr } from './support'

describe('logisticRegression vs R glm(am ~ hp + wt, binomial) on mtcars', () => {
  const fit = logisticRegression(glm.X, glm.y)

  it('matches coefficients, standard errors, deviance and AIC to 1e-6 relative', () => {
    expect(fit.converged).toBe(true)
    expect(maxRelErr([fit.intercept, ...fit.coefficients], glm.coefficients)).toBeLessThan(1e-6)
    expect(maxRelErr(fit.standardErrors, glm.standardErrors)).toBeLessThan(1e-6)
    expect(relErr(fit.deviance, glm.deviance)).toBeLessThan(1e-6)
    expect(relErr(fit.aic, glm.aic)).toBeLessThan(1e-6)
    expect(maxRelErr(fit.predict(glm.X), glm.fitted)).toBeLessThan(1e-6)
  })

  it('with l2 matches scikit-learn LogisticRegression(C = 1/l2) (intercept unpenalised)', () => {
    for (const ref of sk.fits) {
      const ridge = logisticRegression(glm.X, glm.y, { l2: ref.l2 })
      expect(ridge.converged).toBe(true)
      expect(maxRelErr([ridge.intercept, ...ridge.coefficients], [ref.intercept, ...ref.coefficients])).toBeLessThan(1e-6)
    }
  })

  it('reports perfect and quasi-complete separation instead of returning NaN', () => {
    expect(() => logisticRegression([[1], [2], [3], [4]], [0, 0, 1, 1])).toThrow(/perfect separation/)
    expect(() => logisticRegression([[1], [2], [2], [3], [4]], [0, 0, 1, 1, 1])).toThrow(/quasi-complete separation/)
  })

  it('reports non-convergence as converged: false with finite numbers', () => {
    const capped = logisticRegression(glm.X, glm.y, { maxIter: 2 })
    expect(capped.converged).toBe(false)
    for (const v of [capped.intercept, ...capped.coefficients, ...capped.standardErrors, capped.deviance]) {
      expect(Number.isFinite(v)).toBe(true)
    }
  })

  it('rejects bad input', () => {
    expect(() => logisticRegression([], [])).toThrow(/X is empty/)
    expect(() => logisticRegression([[1, 2], [3]], [0, 1])).toThrow(/ragged/)
    expect(() => logisticRegression([[1], [2], [3]], [0, 1])).toThrow(/mismatched lengths/)
    expect(() => logisticRegression([[1], [2], [3], [4]], [0, 1, 2, 1])).toThrow(/y\[2\] must be 0 or 1/)
    expect(() => logisticRegression([[1], [Number.NaN], [3]], [0, 1, 1])).toThrow(/not a finite number/)
  })
})
