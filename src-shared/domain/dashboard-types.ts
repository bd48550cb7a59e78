/**
 * Results of the `dashboard.*` channels. Money is integer minor units, days are local calendar
 * days `YYYY-MM-DD`, shares are fractions 0–1, CSAT a percentage 0–100, NPS −100–100.
 */

export const DASHBOARD_KPIS = [
  'revenue',
  'orders',
  'averageOrderValue',
  'newCustomers',
  'returningShare',
  'pipelineOpen',
  'pipelineWeighted',
  'openTickets',
  'slaBreaches',
  'csat',
  'nps',
] as const
export type DashboardKpiKey = (typeof DASHBOARD_KPIS)[number]

/**
 * Why a figure is missing: no counted orders (average order value), no customer bought
 * (returning share), no survey answers (CSAT, NPS), or the figure is a snapshot of now that
 * has no value for a past period (open pipeline, open tickets).
 */
export type KpiMissingReason = 'noOrders' | 'noBuyers' | 'noResponses' | 'currentOnly'

export type KpiValue =
  | {
      value: number
      /** What the figure was computed from: orders, buyers, responses or tickets; null for a plain count. */
      basis: number | null
      reason: null
    }
  | { value: null; basis: number | null; reason: KpiMissingReason }

export interface DayRange {
  from: string
  to: string
}

export interface DashboardKpis {
  period: DayRange
  /** The period of the same length just before `period`. */
  previous: DayRange
  kpis: Record<DashboardKpiKey, { current: KpiValue; previous: KpiValue }>
}

export const TREND_BUCKETS = ['day', 'week', 'month'] as const
export type TrendBucket = (typeof TREND_BUCKETS)[number]

export interface TrendPoint {
  /** The bucket's first day (a week starts on Monday, a month on the 1st), clipped to the period. */
  from: string
  /** The bucket's last day, clipped to the period. */
  to: string
  /** Σ total of the counted orders (the insights' revenue), minor units. */
  revenue: number
  orders: number
}

export interface DashboardTrend {
  period: DayRange
  bucket: TrendBucket
  /** Every bucket of the period in order, empty ones as zero. */
  points: TrendPoint[]
}
