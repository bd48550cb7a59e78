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
  // Each campaign's first and last contact: two seeks in the (campaign_id, contacted_at) index.
  const rows = prepared(
    db,
    `SELECT * FROM (
       SELECT c.id AS campaignId, c.attribution_days AS days,
              (SELECT min(contacted_at) FROM campaign_members WHERE campaign_id = c.id AND contacted_at IS NOT NULL) AS first,
              (SELECT max(contacted_at) FROM campaign_members WHERE campaign_id = c.id AND contacted_at IS NOT NULL) AS last
         FROM campaigns c WHERE c.deleted_at IS NULL)
      WHERE first IS NOT NULL ORDER BY campaignId`,
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
 * SQL common table expressions ending in `attributed(order_id, campaign_id, customer_id,
 * ordered_at, revenue)`, to be followed by a SELECT; bind `@windows` to `contactWindows(db)`.
 * Contacts are matched to orders through `campaign_member_orders` (migration
 * `marketing_attribution`: each contacted member's orders up to attribution days + 2 after the
 * contact, kept by triggers), and the rule above is applied to the members and orders themselves;
 * the orders carrying a campaign are read whole from their index.
 */
export const ATTRIBUTED_ORDERS = `
  windows AS MATERIALIZED (
    SELECT value ->> 0 AS campaign_id, value ->> 1 AS day_start, value ->> 2 AS next_day, value ->> 3 AS ends_at
      FROM json_each(@windows)
  ),
  candidates AS (
    SELECT o.id AS order_id, m.campaign_id, o.customer_id, o.ordered_at, o.total - o.refunded AS revenue,
           row_number() OVER (PARTITION BY o.id ORDER BY m.contacted_at DESC, m.campaign_id DESC) AS rank
      FROM windows w
      CROSS JOIN campaign_member_orders x ON x.campaign_id = w.campaign_id AND x.contacted_at >= w.day_start AND x.contacted_at < w.next_day
      CROSS JOIN campaign_members m ON m.campaign_id = x.campaign_id AND m.customer_id = x.customer_id
      CROSS JOIN orders o ON o.id = x.order_id
      CROSS JOIN customers c ON c.id = o.customer_id AND c.deleted_at IS NULL
     WHERE m.contacted_at >= w.day_start AND m.contacted_at < w.next_day
       AND o.customer_id = m.customer_id AND o.ordered_at >= m.contacted_at AND o.ordered_at < w.ends_at
       AND o.campaign_id IS NULL AND ${COUNTED_ORDER}
  ),
  attributed AS MATERIALIZED (
    SELECT order_id, campaign_id, customer_id, ordered_at, revenue FROM candidates WHERE rank = 1
    UNION ALL
    SELECT o.id, o.campaign_id, o.customer_id, o.ordered_at, o.total - o.refunded
      FROM orders o INDEXED BY orders_campaign_counted WHERE o.campaign_id IS NOT NULL AND ${COUNTED_ORDER}
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
      `WITH ${ATTRIBUTED_ORDERS} SELECT DISTINCT customer_id FROM attributed
        WHERE campaign_id = @campaignId AND customer_id IS NOT NULL ORDER BY 1`,
    )
    .pluck()
    .all({ windows: contactWindows(db), campaignId }) as number[]
}
