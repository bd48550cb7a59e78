import type Database from 'better-sqlite3'
import { daysBetween, localDayMemo, periodInstants } from '../lib/dates'
import { float64Column, int32Column } from '../lib/typed-column'
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
 * Recency, frequency and spend of every live customer in one grouped pass over the orders —
 * what RFM scores and k-means clusters are made of — read row by row into typed columns.
 * With `since`, only the orders from that local day on (the customers who bought in a period).
 */
export function customerTotals(db: Database.Database, asOf: string, since?: string): CustomerTotals {
  const rows = db
    .prepare(
      `SELECT o.customer_id, count(*), sum(o.total), min(o.ordered_at), max(o.ordered_at)
         FROM orders o JOIN customers c ON c.id = o.customer_id
        WHERE ${COUNTED_ORDER} AND ${LIVE_CUSTOMER} AND o.ordered_at >= ? AND o.ordered_at < ?
        GROUP BY o.customer_id`,
    )
    .raw()
    .iterate(...periodInstants({ from: since, to: asOf })) as IterableIterator<[number, number, number, string, string]>
  const localDay = localDayMemo()
  const [ids, recencyDays, frequency, monetary] = [int32Column(), float64Column(), float64Column(), float64Column()]
  let orders = 0
  let first = ''
  let last = ''
  for (const [id, count, total, firstAt, lastAt] of rows) {
    ids.push(id)
    recencyDays.push(daysBetween(localDay(lastAt), asOf))
    frequency.push(count)
    monetary.push(total)
    orders += count
    if (first === '' || firstAt < first) first = firstAt
    if (lastAt > last) last = lastAt
  }
  return {
    ids: ids.done(),
    recencyDays: recencyDays.done(),
    frequency: frequency.done(),
    monetary: monetary.done(),
    orders,
    firstDay: first ? localDay(first) : null,
    lastDay: last ? localDay(last) : null,
  }
}
