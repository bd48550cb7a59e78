import type Database from 'better-sqlite3'
import { dayStartUtc, localDayOf, shiftDays } from '../../insights/lib/dates'
import { COUNTED_ORDER } from '../../insights/sql/counted-orders'
import { prepared } from '../../db/sql'

/**
 * Which campaign each order belongs to — the one rule behind the campaign page, the dashboard's
 * ROI chart and its drill-down:
 *
 * 1. An order carrying a campaign (chosen at the till or imported: `orders.campaign_id`) is that
 *    campaign's, even if a member was contacted by another one.
 * 2. Otherwise it belongs to a campaign that contacted its customer "within the window": the order
 *    is placed at or after the contact and on the contact's local calendar day or one of the
 *    campaign's `attribution_days` days after it (14: contacted on 1 March at 10:00, orders from
 *    then until 15 March 23:59:59 local time count; an order earlier on 1 March does not).
 * 3. One order goes to at most one campaign: with several contacts in their windows, the most
 *    recent contact before the order wins (at the same instant, the newer campaign).
 *
 * Only counted orders (`COUNTED_ORDER`) are attributed; only live campaigns' contacts of live
 * customers open a window. Local days are the laptop's zone, like every insight: the windows are
 * computed here per campaign and local contact day (few values) and handed to SQL.
 */

/**
 * `[campaign id, local day start, next day start, window end]` for every local day from a live
 * campaign's first contact to its last, as stored UTC instants: a contact in [start, next) may
 * attribute orders until the window end. Few rows (days), each matched to its contacts by the
 * (campaign_id, contacted_at) index, so every contact is read once.
 */
export function contactWindows(db: Database.Database): string {
  const rows = prepared(
    db,
    `SELECT m.campaign_id AS campaignId, min(m.contacted_at) AS first, max(m.contacted_at) AS last, c.attribution_days AS days
       FROM campaign_members m JOIN campaigns c ON c.id = m.campaign_id
      WHERE m.contacted_at IS NOT NULL AND c.deleted_at IS NULL GROUP BY m.campaign_id`,
  ).all() as { campaignId: number; first: string; last: string; days: number }[]
  const windows: [number, string, string, string][] = []
  for (const r of rows) {
    const last = localDayOf(r.last)
    for (let day = localDayOf(r.first); day <= last; day = shiftDays(day, 1)) {
      windows.push([r.campaignId, dayStartUtc(day), dayStartUtc(shiftDays(day, 1)), dayStartUtc(shiftDays(day, r.days + 1))])
    }
  }
  return JSON.stringify(windows)
}

/**
 * SQL common table expressions ending in `attributed(order_id, campaign_id)`, to be followed by a
 * SELECT; bind `@windows` to `contactWindows(db)`.
 */
export const ATTRIBUTED_ORDERS = `
  windows AS MATERIALIZED (
    SELECT value ->> 0 AS campaign_id, value ->> 1 AS day_start, value ->> 2 AS next_day, value ->> 3 AS ends_at
      FROM json_each(@windows)
  ),
  candidates AS (
    SELECT o.id AS order_id, m.campaign_id,
           row_number() OVER (PARTITION BY o.id ORDER BY m.contacted_at DESC, m.campaign_id DESC) AS rank
      FROM windows w
      CROSS JOIN campaign_members m ON m.campaign_id = w.campaign_id AND m.contacted_at >= w.day_start AND m.contacted_at < w.next_day
      CROSS JOIN orders o ON o.customer_id = m.customer_id AND o.ordered_at >= m.contacted_at AND o.ordered_at < w.ends_at
      CROSS JOIN customers c ON c.id = o.customer_id AND c.deleted_at IS NULL
     WHERE o.campaign_id IS NULL AND ${COUNTED_ORDER}
  ),
  attributed AS MATERIALIZED (
    SELECT order_id, campaign_id FROM candidates WHERE rank = 1
    UNION ALL
    SELECT o.id, o.campaign_id FROM orders o WHERE o.campaign_id IS NOT NULL AND ${COUNTED_ORDER}
  )`

/** The ids of the orders attributed to one campaign (the drill-down behind its figures). */
export function attributedOrderIds(db: Database.Database, campaignId: number): number[] {
  return db
    .prepare(`WITH ${ATTRIBUTED_ORDERS} SELECT order_id FROM attributed WHERE campaign_id = @campaignId ORDER BY order_id`)
    .pluck()
    .all({ windows: contactWindows(db), campaignId }) as number[]
}

/** The customers with at least one order attributed to a campaign, ids ascending. */
export function attributedBuyerIds(db: Database.Database, campaignId: number): number[] {
  return db
    .prepare(
      `WITH ${ATTRIBUTED_ORDERS} SELECT DISTINCT o.customer_id FROM attributed a JOIN orders o ON o.id = a.order_id
        WHERE a.campaign_id = @campaignId AND o.customer_id IS NOT NULL ORDER BY 1`,
    )
    .pluck()
    .all({ windows: contactWindows(db), campaignId }) as number[]
}
