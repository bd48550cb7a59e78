import type { ChurnFeature, ChurnResult } from '../../../../../src-shared/domain/analytics'

/**
 * The features that move the model most: coefficients are per standard deviation, so their
 * sizes compare directly. The list shows these with each customer's own figures, beside that
 * customer's own reasons (`churn-reasons.ts`, from the per-customer contributions).
 */
export function churnDrivers(coefficients: ChurnResult['model']['coefficients'], count = 3): ChurnFeature[] {
  return coefficients
    .filter((c): c is typeof c & { name: ChurnFeature } => c.name !== 'intercept')
    .toSorted((a, b) => Math.abs(b.value) - Math.abs(a.value))
    .slice(0, count)
    .map((c) => c.name)
}
