import type Database from 'better-sqlite3'
import type { RfmOrderLine } from '../../analytics'
import { dayStartUtc, localDayMemo, shiftDays } from '../lib/dates'
import { COUNTED_ORDER, LIVE_CUSTOMER } from './counted-orders'

/**
 * One engine row per counted order of a live customer up to `asOf` (inclusive), amounts in
 * minor units: integers, so the per-customer sums are exact and results stay in minor units.
 * `at` is the local day (the engine only reads the date).
 */
export function rfmOrders(db: Database.Database, asOf: string): RfmOrderLine[] {
  const rows = db
    .prepare(
      `SELECT o.customer_id, o.id, o.ordered_at, o.total
         FROM orders o JOIN customers c ON c.id = o.customer_id
        WHERE ${COUNTED_ORDER} AND ${LIVE_CUSTOMER} AND o.ordered_at < ?`,
    )
    .raw()
    .all(dayStartUtc(shiftDays(asOf, 1))) as [number, number, string, number][]
  const localDay = localDayMemo()
  return rows.map(([customerId, orderId, orderedAt, amount]) => ({
    customerId: String(customerId),
    orderId: String(orderId),
    at: localDay(orderedAt),
    amount,
  }))
}
