import type Database from 'better-sqlite3'
import type { CampaignsResult } from '../../../src-shared/domain/analytics'
import type { CampaignsInput } from '../../../src-shared/ipc/channels/analytics'
import { roi } from '../../analytics'
import { makeBasis } from '../lib/basis'
import { campaignRevenue } from '../sql/campaign-revenue'

/** ROI is undefined for a free campaign (division by zero), reported as null. */
const roiOrNull = (revenue: number, cost: number): number | null => (cost > 0 ? roi(revenue, cost) : null)

/** Cost, attributed revenue and ROI per campaign and for all of them together. */
export function computeCampaigns(db: Database.Database, input: CampaignsInput = {}): CampaignsResult {
  const rows = campaignRevenue(db, input)
  const cost = rows.reduce((a, r) => a + r.cost, 0)
  const revenue = rows.reduce((a, r) => a + r.revenue, 0)
  const starts = rows.flatMap((r) => (r.startsOn ? [r.startsOn] : [])).sort()
  const ends = rows.flatMap((r) => (r.endsOn ? [r.endsOn] : [])).sort()
  return {
    campaigns: rows.map((r) => ({ ...r, roi: roiOrNull(r.revenue, r.cost) })),
    totals: { cost, revenue, roi: roiOrNull(revenue, cost) },
    basis: makeBasis('campaigns', rows.length, starts[0] ?? null, ends.at(-1) ?? null),
  }
}
