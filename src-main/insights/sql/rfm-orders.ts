import type Database from 'better-sqlite3'
import type { RfmOrderLine } from '../../analytics'
import { COUNTED_ORDER, LIVE_CUSTOMER } from './counted-orders'
import { localDay } from './local-date'

/**
 * One engine row per counted order of a live customer up to `asOf` (inclusive), amounts in
 * minor units: integers, so the per-customer sums are exact and results stay in minor units.
 */
export function rfmOrders(db: Database.Database, asOf: string): RfmOrderLine[] {
  const rows = db
    .prepare(
      `SELECT o.customer_id, o.id, ${localDay('o.ordered_at')}, o.total
         FROM orders o JOIN customers c ON c.id = o.customer_id
        WHERE ${COUNTED_ORDER} AND ${LIVE_CUSTOMER} AND ${localDay('o.ordered_at')} <= ?`,
    )
    .raw()
    .all(asOf) as [number, number, string, number][]
  return rows.map(([customerId, orderId, at, amount]) => ({
    customerId: String(customerId),
    orderId: String(orderId),
    at,
    amount,
  }))
}
