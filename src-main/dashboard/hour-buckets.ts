import type Database from 'better-sqlite3'
import { prepared } from '../db/sql'
import { COUNTED_ORDER, COUNTED_STATUSES } from '../insights/sql/counted-orders'

/** Counted orders' Σ total and count. */
export interface SalesSums {
  revenue: number
  orders: number
}

const WHOLE_HOUR = ':00:00.000Z'
const hourOf = (instant: string): string => instant.slice(0, 13)

/**
 * The counted orders (the insights' revenue) in each span `[edges[i], edges[i + 1])` of stored
 * UTC instants, from `order_hour_totals`: an hour belongs to the span holding its start. An edge
 * inside an hour (a half-hour time zone's midnight) cuts that hour, whose orders are read from
 * the orders themselves on the `orders_page_time` index.
 */
export function salesInSpans(db: Database.Database, edges: readonly string[]): SalesSums[] {
  const sums = edges.slice(1).map(() => ({ revenue: 0, orders: 0 }))
  if (sums.length === 0) return sums
  const cutHours = new Set(edges.filter((edge) => !edge.endsWith(WHOLE_HOUR)).map(hourOf))
  const hours = prepared(
    db,
    `SELECT hour, sum(total), sum(orders) FROM order_hour_totals
     WHERE hour >= ? AND hour < ? AND status IN ${COUNTED_STATUSES} GROUP BY hour ORDER BY hour`,
  )
    .raw()
    .all(hourOf(edges[0]), hourOf(edges[edges.length - 1])) as [string, number, number][]
  let span = 0
  for (const [hour, revenue, orders] of hours) {
    if (cutHours.has(hour)) continue
    const start = hour + WHOLE_HOUR
    while (start >= edges[span + 1]) span++
    sums[span].revenue += revenue
    sums[span].orders += orders
  }
  for (const hour of cutHours) addCutHour(db, hour, edges, sums)
  return sums
}

/** The counted orders of one cut hour, each placed in its span by its own instant. */
function addCutHour(db: Database.Database, hour: string, edges: readonly string[], sums: SalesSums[]): void {
  const from = edges[0] > hour + WHOLE_HOUR ? edges[0] : hour + WHOLE_HOUR
  const end = new Date(Date.parse(hour + WHOLE_HOUR) + 3_600_000).toISOString()
  const to = edges[edges.length - 1] < end ? edges[edges.length - 1] : end
  const orders = prepared(
    db,
    `SELECT o.ordered_at, o.total FROM orders o WHERE ${COUNTED_ORDER} AND o.ordered_at >= ? AND o.ordered_at < ?`,
  )
    .raw()
    .all(from, to) as [string, number][]
  for (const [at, total] of orders) {
    const span = spanOf(edges, at)
    sums[span].revenue += total
    sums[span].orders += 1
  }
}

/** The index i with edges[i] <= at < edges[i + 1], for an instant inside the spans. */
function spanOf(edges: readonly string[], at: string): number {
  let low = 0
  let high = edges.length - 2
  while (low < high) {
    const mid = (low + high + 1) >> 1
    if (edges[mid] <= at) low = mid
    else high = mid - 1
  }
  return low
}
