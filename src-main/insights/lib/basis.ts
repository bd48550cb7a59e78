import type { AnalyticsBasis } from '../../../src-shared/domain/analytics'

/** A result's provenance, stamped with the time of computation. */
export const makeBasis = (
  unit: AnalyticsBasis['unit'],
  rows: number,
  from: string | null,
  to: string | null,
): AnalyticsBasis => ({ rows, unit, from, to, computedAt: new Date().toISOString() })
