import type Database from 'better-sqlite3'
import type { CampaignsResult } from '../../../src-shared/domain/analytics'
import type { CampaignsInput } from '../../../src-shared/ipc/channels/analytics'
import { makeBasis } from '../lib/basis'
import { campaignRevenue } from '../sql/campaign-revenue'

/** ROI = (gross profit − cost) / cost, undefined (null) for a free campaign — the campaign page's figure. */
const roiOrNull = (grossProfit: number, cost: number): number | null => (cost > 0 ? (grossProfit - cost) / cost : null)

/** Cost, attributed revenue, gross profit and ROI per campaign and for all of them together. */
export function computeCampaigns(db: Database.Database, input: CampaignsInput = {}): CampaignsResult {
  const rows = campaignRevenue(db, input)
  const cost = rows.reduce((a, r) => a + r.figures.cost, 0)
  const revenue = rows.reduce((a, r) => a + r.figures.revenue, 0)
  const grossProfit = rows.reduce((a, r) => a + r.figures.grossProfit, 0)
  const starts = rows.flatMap((r) => (r.startsOn ? [r.startsOn] : [])).sort()
  const ends = rows.flatMap((r) => (r.endsOn ? [r.endsOn] : [])).sort()
  return {
    campaigns: rows.map(({ figures: f, ...r }) => ({
      ...r,
      cost: f.cost,
      orders: f.orders,
      revenue: f.revenue,
      grossProfit: f.grossProfit,
      roi: f.roi,
    })),
    totals: { cost, revenue, grossProfit, roi: roiOrNull(grossProfit, cost) },
    basis: makeBasis('campaigns', rows.length, starts[0] ?? null, ends.at(-1) ?? null),
  }
}
