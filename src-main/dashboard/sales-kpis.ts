import type Database from 'better-sqlite3'
import type { DashboardKpiKey, DayRange, KpiValue } from '../../src-shared/domain/dashboard-types'
import { prepared } from '../db/sql'
import { COUNTED_ORDER, LIVE_CUSTOMER } from '../insights/sql/counted-orders'
import { salesInSpans } from './hour-buckets'
import { figure, missing } from './kpi-value'
import { periodEdges } from './periods'

export type SalesKpiKey = Extract<DashboardKpiKey, 'revenue' | 'orders' | 'averageOrderValue' | 'newCustomers' | 'returningShare'>

/**
 * Revenue and orders are the counted orders (the insights' definition), from `order_hour_totals`.
 * A new customer is a live customer whose first counted order falls in the period
 * (`customer_first_orders`); the returning share is, of the live customers who bought in the
 * period, those who had bought before it — every buyer is either new or returning. The new
 * customers are read from the period's first orders (CROSS JOIN: SQLite would otherwise walk
 * every live customer); the buyers from the period's orders on `orders_page_time`, checked
 * against the live customers' covering index (measured faster than looking each buyer up).
 */
export function salesKpis(db: Database.Database, period: DayRange): Record<SalesKpiKey, KpiValue> {
  const [start, end] = periodEdges(period)
  const [{ revenue, orders }] = salesInSpans(db, [start, end])
  const newCustomers = prepared(
    db,
    `SELECT count(*) FROM customer_first_orders f CROSS JOIN customers c ON c.id = f.customer_id
     WHERE ${LIVE_CUSTOMER} AND f.first_at >= ? AND f.first_at < ?`,
  )
    .pluck()
    .get(start, end) as number
  const buyers = prepared(
    db,
    `SELECT count(*) FROM customers c WHERE ${LIVE_CUSTOMER} AND c.id IN
       (SELECT o.customer_id FROM orders o WHERE ${COUNTED_ORDER} AND o.ordered_at >= ? AND o.ordered_at < ?)`,
  )
    .pluck()
    .get(start, end) as number
  return {
    revenue: figure(revenue, orders),
    orders: figure(orders),
    averageOrderValue: orders === 0 ? missing('noOrders', 0) : figure(Math.round(revenue / orders), orders),
    newCustomers: figure(newCustomers),
    returningShare: buyers === 0 ? missing('noBuyers', 0) : figure((buyers - newCustomers) / buyers, buyers),
  }
}
