import type { ErrorCode } from '../../../../src-shared/ipc/app-error'
import { IpcCallError } from '../../lib/ipc'

/** Analyses' refusals for want of data: a reason to read, not a failure (errors.ts `analytics_*`). */
const DATA_REASONS: ReadonlySet<string> = new Set<ErrorCode>([
  'analytics_too_few_months',
  'analytics_flat_series',
  'analytics_too_few_customers',
  'analytics_churn_one_class',
])

/** True when an analysis could not answer because the shop's data cannot support it yet. */
export const isDataReason = (error: unknown): boolean => error instanceof IpcCallError && DATA_REASONS.has(error.error.code)
