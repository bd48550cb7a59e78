import type Database from 'better-sqlite3'
import type { OrderSummary } from '../../src-shared/domain/customer-types'
import { prepared } from '../db/sql'

/** A customer's orders, newest first (orders_customer index), with their line counts. */
export function customerOrders(
  db: Database.Database,
  customerId: number,
  offset: number,
  limit: number,
): { rows: OrderSummary[]; total: number } {
  const rows = prepared(
    db,
    `SELECT o.id, o.number, o.ordered_at AS orderedAt, o.status, o.total,
       (SELECT count(*) FROM order_lines l WHERE l.order_id = o.id) AS lineCount
     FROM orders o WHERE o.customer_id = ? AND o.deleted_at IS NULL
     ORDER BY o.ordered_at DESC, o.id DESC LIMIT ? OFFSET ?`,
  ).all(customerId, limit, offset) as OrderSummary[]
  const total = prepared(db, 'SELECT count(*) FROM orders WHERE customer_id = ? AND deleted_at IS NULL')
    .pluck()
    .get(customerId) as number
  return { rows, total }
}

/** An order's lines in order, every column (an import saves them before replacing the order, for undo). */
export function orderLineRows(db: Database.Database, orderId: number): Record<string, unknown>[] {
  return prepared(db, 'SELECT * FROM order_lines WHERE order_id = ? ORDER BY position').all(orderId) as Record<string, unknown>[]
}
