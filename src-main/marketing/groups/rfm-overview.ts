import type { RfmResult } from '../../../src-shared/domain/analytics'
import type { RfmOverview, RfmRule } from '../../../src-shared/domain/customer-groups'
import { RFM_RULES } from '../../insights/compute/rfm-segment-rule'

const share = (part: number, whole: number): number => (whole > 0 ? part / whole : 0)

/**
 * The RFM analysis (the dashboard's, same cache) with each segment's rule from the one table
 * that assigned it. Revenue is the segment's counted orders (`sql/counted-orders.ts`), which is
 * what the analysis sums as `monetary`.
 */
export function rfmOverview(result: RfmResult): RfmOverview {
  const customers = result.segments.reduce((sum, s) => sum + s.customers, 0)
  const revenue = result.segments.reduce((sum, s) => sum + s.monetary, 0)
  return {
    asOf: result.asOf,
    segments: result.segments.map((s) => ({
      key: s.key,
      rule: RFM_RULES.find((rule) => rule.key === s.key) as RfmRule,
      customers: s.customers,
      revenue: s.monetary,
      customerShare: share(s.customers, customers),
      revenueShare: share(s.monetary, revenue),
    })),
    customers,
    revenue,
    basis: result.basis,
  }
}
