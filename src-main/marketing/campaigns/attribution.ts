import type Database from 'better-sqlite3'
import { dayStartUtc, localDayMemo, shiftDays } from '../../insights/lib/dates'
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
 * customers open a window. Local days are the laptop's zone, like every insight: a window's end
 * is computed here per campaign and contact minute (few distinct values) and handed to SQL.
 */

/** `[campaign id, contact minute 'YYYY-MM-DDTHH:MM', window end instant]` for every contacted member's minute. */
export function contactWindows(db: Database.Database): string {
  const rows = prepared(
    db,
    `SELECT DISTINCT m.campaign_id AS campaignId, substr(m.contacted_at, 1, 16) AS minute, c.attribution_days AS days
       FROM campaign_members m JOIN campaigns c ON c.id = m.campaign_id
      WHERE m.contacted_at IS NOT NULL AND c.deleted_at IS NULL`,
  ).all() as { campaignId: number; minute: string; days: number }[]
  const localDay = localDayMemo()
  return JSON.stringify(
    rows.map((r) => [r.campaignId, r.minute, dayStartUtc(shiftDays(localDay(`${r.minute}:00.000Z`), r.days + 1))]),
  )
}

/**
 * SQL common table expressions ending in `attributed(order_id, campaign_id)`, to be followed by a
 * SELECT; bind `@windows` to `contactWindows(db)`.
 */
export const ATTRIBUTED_ORDERS = `
  windows AS MATERIALIZED (
    SELECT value ->> 0 AS campaign_id, value ->> 1 AS minute, value ->> 2 AS ends_at FROM json_each(@windows)
  ),
  contacts AS MATERIALIZED (
    SELECT m.campaign_id, m.customer_id, m.contacted_at, w.ends_at
      FROM campaign_members m
      JOIN windows w ON w.campaign_id = m.campaign_id AND w.minute = substr(m.contacted_at, 1, 16)
      JOIN customers c ON c.id = m.customer_id AND c.deleted_at IS NULL
  ),
  candidates AS (
    SELECT o.id AS order_id, ct.campaign_id,
           row_number() OVER (PARTITION BY o.id ORDER BY ct.contacted_at DESC, ct.campaign_id DESC) AS rank
      FROM contacts ct
      JOIN orders o ON o.customer_id = ct.customer_id AND o.ordered_at >= ct.contacted_at AND o.ordered_at < ct.ends_at
     WHERE o.campaign_id IS NULL AND ${COUNTED_ORDER}
  ),
  attributed AS (
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
