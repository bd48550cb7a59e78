import type { CompiledSegment } from './compile-env'

/**
 * `SELECT <columns> FROM` the segment's live customers (never trashed, never merged away: a
 * merged customer is soft-deleted into the survivor), with `s` — their counted orders as the
 * `customer_sales` table keeps them (migration `marketing_segments`) — joined when the rules
 * or the columns use it.
 */
export function segmentQuery(compiled: CompiledSegment, columns: string, tail = ''): string {
  return `SELECT ${columns} FROM customers c ${compiled.stats ? 'LEFT JOIN customer_sales s ON s.customer_id = c.id' : ''}
     WHERE c.deleted_at IS NULL AND (${compiled.where}) ${tail}`
}
