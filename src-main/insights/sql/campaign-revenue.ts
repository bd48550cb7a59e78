import type Database from 'better-sqlite3'
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
 * its `campaign_id` (set at the till or by import), counted by the usual sales rule.
 */
export function campaignRevenue(db: Database.Database): CampaignRow[] {
  return db
    .prepare(
      `SELECT c.id, c.name, c.starts_on AS startsOn, c.ends_on AS endsOn, c.cost,
              count(o.id) AS orders, coalesce(sum(o.total), 0) AS revenue
         FROM campaigns c
         LEFT JOIN orders o ON o.campaign_id = c.id AND ${COUNTED_ORDER}
        WHERE c.deleted_at IS NULL
        GROUP BY c.id
        ORDER BY c.starts_on DESC, c.id DESC`,
    )
    .all() as CampaignRow[]
}
