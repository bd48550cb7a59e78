import { COUNTED_ORDER } from '../../insights/sql/counted-orders'
import type { CompiledSegment } from './compile-env'

/**
 * Each customer's counted orders in one grouped pass (`orders_counted_by_customer`, migration
 * `marketing_segments`, covers it): number, spend, first and last purchase.
 */
const STATS = `WITH s AS MATERIALIZED (
  SELECT o.customer_id, count(*) AS orders, sum(o.total) AS spend, min(o.ordered_at) AS first_at, max(o.ordered_at) AS last_at
    FROM orders o WHERE ${COUNTED_ORDER} AND o.customer_id IS NOT NULL GROUP BY o.customer_id)`

/**
 * `SELECT <columns> FROM` the segment's live customers (never trashed, never merged away: a
 * merged customer is soft-deleted into the survivor), with `s` joined when the rules or the
 * columns use it.
 */
export function segmentQuery(compiled: CompiledSegment, columns: string, tail = ''): string {
  const stats = compiled.stats
  return `${stats ? STATS : ''}
    SELECT ${columns} FROM customers c ${stats ? 'LEFT JOIN s ON s.customer_id = c.id' : ''}
     WHERE c.deleted_at IS NULL AND (${compiled.where}) ${tail}`
}
