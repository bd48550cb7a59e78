import { COUNTED_ORDER } from '../../insights/sql/counted-orders'
import type { CompiledSegment } from './compile-env'

/**
 * Each customer's counted orders in one grouped pass (`orders_counted_by_customer`, migration
 * `marketing_segments`, covers it): number, spend, first and last purchase.
 */
const stats = (only: string): string => `WITH s AS MATERIALIZED (
  SELECT o.customer_id, count(*) AS orders, sum(o.total) AS spend, min(o.ordered_at) AS first_at, max(o.ordered_at) AS last_at
    FROM orders o WHERE ${COUNTED_ORDER} AND o.customer_id IS NOT NULL ${only} GROUP BY o.customer_id)`

/**
 * `SELECT <columns> FROM` the segment's live customers (never trashed, never merged away: a
 * merged customer is soft-deleted into the survivor), with `s` joined when the rules or the
 * columns use it.
 */
export function segmentQuery(
  compiled: CompiledSegment,
  columns: string,
  tail = '',
  /** A parameter naming one customer: only their orders are grouped (a record page's panel). */
  onlyCustomer?: string,
): string {
  const only = onlyCustomer ? `AND o.customer_id = ${onlyCustomer}` : ''
  return `${compiled.stats ? stats(only) : ''}
    SELECT ${columns} FROM customers c ${compiled.stats ? 'LEFT JOIN s ON s.customer_id = c.id' : ''}
     WHERE c.deleted_at IS NULL AND (${compiled.where}) ${tail}`
}
