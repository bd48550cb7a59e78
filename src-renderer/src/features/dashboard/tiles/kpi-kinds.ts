import type { DashboardKpiKey } from '../../../../../src-shared/domain/dashboard-types'

/**
 * How a tile's figure reads: money (minor units), a count, a share (0–1), CSAT (0–100) or
 * NPS (−100–100). Amounts and counts change by percent, shares and scores by points.
 */
export type KpiKind = 'money' | 'count' | 'share' | 'csat' | 'nps'

/** What a figure's `basis` counts (dashboard-types `KpiValue.basis`); null: the figure is the count. */
export type KpiBasisUnit = 'orders' | 'buyers' | 'responses' | 'tickets' | null

export const KPI_TILES: Record<DashboardKpiKey, { kind: KpiKind; unit: KpiBasisUnit; nowOnly?: true }> = {
  revenue: { kind: 'money', unit: 'orders' },
  orders: { kind: 'count', unit: null },
  averageOrderValue: { kind: 'money', unit: 'orders' },
  newCustomers: { kind: 'count', unit: null },
  returningShare: { kind: 'share', unit: 'buyers' },
  pipelineOpen: { kind: 'money', unit: null, nowOnly: true },
  pipelineWeighted: { kind: 'money', unit: null, nowOnly: true },
  openTickets: { kind: 'count', unit: null, nowOnly: true },
  slaBreaches: { kind: 'count', unit: 'tickets' },
  csat: { kind: 'csat', unit: 'responses' },
  nps: { kind: 'nps', unit: 'responses' },
}
