import type Database from 'better-sqlite3'
import type { CampaignsInput } from '../../../src-shared/ipc/channels/analytics'
import { periodInstants } from '../lib/dates'
import { COUNTED_ORDER } from './counted-orders'

export interface CampaignRow {
  id: number
  name: string
  startsOn: string | null
  endsOn: string | null
  cost: number
  orders: number
  revenue: number
}

/**
 * Cost and attributed revenue per live campaign: an order is attributed to the campaign in
 * its `campaign_id` (set at the till or by import), counted by the usual sales rule. With a
 * period: the orders placed in it, and the campaigns that ran in it (unknown dates count as
 * running) or sold in it; the cost stays the campaign's whole cost.
 */
export function campaignRevenue(db: Database.Database, period: CampaignsInput = {}): CampaignRow[] {
  const [start, end] = periodInstants(period)
  return db
    .prepare(
      `SELECT c.id, c.name, c.starts_on AS startsOn, c.ends_on AS endsOn, c.cost,
              count(o.id) AS orders, coalesce(sum(o.total), 0) AS revenue
         FROM campaigns c
         LEFT JOIN orders o ON o.campaign_id = c.id AND ${COUNTED_ORDER} AND o.ordered_at >= @start AND o.ordered_at < @end
        WHERE c.deleted_at IS NULL
        GROUP BY c.id
       HAVING count(o.id) > 0
           OR ((c.starts_on IS NULL OR @to IS NULL OR c.starts_on <= @to) AND (c.ends_on IS NULL OR @from IS NULL OR c.ends_on >= @from))
        ORDER BY c.starts_on DESC, c.id DESC`,
    )
    .all({ start, end, from: period.from ?? null, to: period.to ?? null }) as CampaignRow[]
}
