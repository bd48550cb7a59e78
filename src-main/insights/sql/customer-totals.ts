import type Database from 'better-sqlite3'
import { dayStartUtc, daysBetween, localDayMemo, shiftDays } from '../lib/dates'
import { COUNTED_ORDER, LIVE_CUSTOMER } from './counted-orders'

/** Per live customer with counted orders on or before a day, as parallel typed arrays. */
export interface CustomerTotals {
  ids: Int32Array
  /** Whole days from the last purchase to `asOf`. */
  recencyDays: Float64Array
  /** Distinct counted orders. */
  frequency: Float64Array
  /** Sum of order totals, minor units. */
  monetary: Float64Array
  orders: number
  firstDay: string | null
  lastDay: string | null
}

/**
 * Recency, frequency and spend of every live customer in one grouped pass over the orders
 * (the engine's `rfm()` wants one row per order; this is what k-means needs instead).
 */
export function customerTotals(db: Database.Database, asOf: string): CustomerTotals {
  const rows = db
    .prepare(
      `SELECT o.customer_id, count(*), sum(o.total), min(o.ordered_at), max(o.ordered_at)
         FROM orders o JOIN customers c ON c.id = o.customer_id
        WHERE ${COUNTED_ORDER} AND ${LIVE_CUSTOMER} AND o.ordered_at < ?
        GROUP BY o.customer_id`,
    )
    .raw()
    .all(dayStartUtc(shiftDays(asOf, 1))) as [number, number, number, string, string][]
  const localDay = localDayMemo()
  const out: CustomerTotals = {
    ids: new Int32Array(rows.length),
    recencyDays: new Float64Array(rows.length),
    frequency: new Float64Array(rows.length),
    monetary: new Float64Array(rows.length),
    orders: 0,
    firstDay: null,
    lastDay: null,
  }
  let first = ''
  let last = ''
  rows.forEach(([id, count, total, firstAt, lastAt], i) => {
    out.ids[i] = id
    out.recencyDays[i] = daysBetween(localDay(lastAt), asOf)
    out.frequency[i] = count
    out.monetary[i] = total
    out.orders += count
    if (first === '' || firstAt < first) first = firstAt
    if (lastAt > last) last = lastAt
  })
  out.firstDay = first ? localDay(first) : null
  out.lastDay = last ? localDay(last) : null
  return out
}
