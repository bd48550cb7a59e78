import type Database from 'better-sqlite3'
import type { CampaignFigures } from '../../../src-shared/domain/campaign-types'
import type { CampaignsInput } from '../../../src-shared/ipc/channels/analytics'
import { campaignFigures } from '../../marketing/campaigns/figures'

export interface CampaignRow {
  id: number
  name: string
  startsOn: string | null
  endsOn: string | null
  figures: CampaignFigures
}

/**
 * The live campaigns with their figures by the marketing page's attribution rule
 * (`marketing/campaigns/attribution.ts`: the order's own campaign, else a contacted member's
 * purchase within the window; refunds taken off). With a period: the attributed orders placed in
 * it, and the campaigns that ran in it (unknown dates count as running) or sold in it; the cost
 * stays the campaign's whole cost.
 */
export function campaignRevenue(db: Database.Database, period: CampaignsInput = {}): CampaignRow[] {
  const figures = campaignFigures(db, period)
  const rows = db
    .prepare(
      `SELECT id, name, starts_on AS startsOn, ends_on AS endsOn,
              (starts_on IS NULL OR @to IS NULL OR starts_on <= @to) AND (ends_on IS NULL OR @from IS NULL OR ends_on >= @from) AS ran
         FROM campaigns WHERE deleted_at IS NULL ORDER BY starts_on DESC, id DESC`,
    )
    .all({ from: period.from ?? null, to: period.to ?? null }) as (Omit<CampaignRow, 'figures'> & { ran: number })[]
  return rows.flatMap(({ ran, ...r }) => {
    const f = figures.get(r.id)!
    return ran || f.orders > 0 ? [{ ...r, figures: f }] : []
  })
}
