import type Database from 'better-sqlite3'
import type { CampaignMemberRow } from '../../../src-shared/domain/campaign-types'
import { ATTRIBUTED_ORDERS, contactWindows } from './attribution'

export type MemberFilter = 'contacted' | 'responded' | 'notContacted' | 'notResponded' | 'bought'

const FILTERS: Record<MemberFilter, string> = {
  contacted: 'm.contacted_at IS NOT NULL',
  responded: 'm.responded_at IS NOT NULL',
  notContacted: 'm.contacted_at IS NULL',
  notResponded: 'm.responded_at IS NULL',
  bought: 'b.orders > 0',
}

/** A page of a campaign's members (live customers) by name, with what each bought by the attribution rule. */
export function campaignMembers(
  db: Database.Database,
  input: { id: number; offset: number; limit: number; filter?: MemberFilter },
): { rows: CampaignMemberRow[]; total: number } {
  const where = `m.campaign_id = @id${input.filter ? ` AND ${FILTERS[input.filter]}` : ''}`
  const from = `WITH ${ATTRIBUTED_ORDERS},
    bought AS (
      SELECT o.customer_id, count(*) AS orders, sum(o.total - o.refunded) AS revenue
        FROM attributed a JOIN orders o ON o.id = a.order_id WHERE a.campaign_id = @id GROUP BY o.customer_id
    )
    SELECT %COLUMNS% FROM campaign_members m
      JOIN customers c ON c.id = m.customer_id AND c.deleted_at IS NULL
      LEFT JOIN bought b ON b.customer_id = m.customer_id
     WHERE ${where}`
  const params = { id: input.id, windows: contactWindows(db) }
  const total = db.prepare(from.replace('%COLUMNS%', 'count(*)')).pluck().get(params) as number
  const rows = db
    .prepare(
      `${from.replace(
        '%COLUMNS%',
        `m.customer_id AS customerId, c.name, c.phone, m.contacted_at AS contactedAt, m.responded_at AS respondedAt,
         coalesce(b.orders, 0) AS orders, coalesce(b.revenue, 0) AS revenue`,
      )} ORDER BY c.name, c.id LIMIT @limit OFFSET @offset`,
    )
    .all({ ...params, limit: input.limit, offset: input.offset }) as CampaignMemberRow[]
  return { rows, total }
}
