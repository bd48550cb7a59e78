import type { KpiMissingReason, KpiValue } from '../../src-shared/domain/dashboard-types'

/** A figure, with what it was computed from when that is not the figure itself. */
export const figure = (value: number, basis: number | null = null): KpiValue => ({ value, basis, reason: null })

export const missing = (reason: KpiMissingReason, basis: number | null = null): KpiValue => ({ value: null, basis, reason })

/** A figure of now (open deals, open tickets): a past period has none. */
export const snapshot = (value: number): { current: KpiValue; previous: KpiValue } => ({
  current: figure(value),
  previous: missing('currentOnly'),
})
