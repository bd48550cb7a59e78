import type Database from 'better-sqlite3'
import type { ColumnDef, RowIterator } from './columns'
import { selectList } from './columns'
import type { Period } from './orders'

/**
 * The refunds and cancellations file: one row per record, on the day it happened (not the day
 * of the sale), the money given back positive with its tax part. An undone cancellation is not
 * in the books. Orders imported as cancelled or refunded came without records: they are listed
 * from the order itself, on its own date, as before records existed.
 */
export const reversalColumns: ColumnDef[] = [
  { key: 'date', kind: 'text', sql: 'x.at', labels: 'exporter' },
  { key: 'number', kind: 'text', sql: 'x.number' },
  { key: 'kind', kind: 'text', sql: 'x.kind', labels: 'exporter' },
  { key: 'customer', kind: 'text', sql: "coalesce(x.customer, '')", labels: 'exporter' },
  { key: 'net', kind: 'money', sql: 'x.amount - x.tax', labels: 'exporter' },
  { key: 'tax', kind: 'money', sql: 'x.tax' },
  { key: 'total', kind: 'money', sql: 'x.amount', labels: 'exporter' },
  { key: 'paymentMethod', kind: 'text', sql: 'x.payment_method' },
  { key: 'reason', kind: 'text', sql: 'x.reason', labels: 'exporter' },
]

export function reversalRows(db: Database.Database, period: Period | undefined): RowIterator {
  const within = (column: string): string => (period ? `AND ${column} >= @from AND ${column} < @to` : '')
  const sql = `SELECT ${selectList(reversalColumns)} FROM (
      SELECT r.at, o.number, r.kind, c.name AS customer, r.amount, r.tax, o.payment_method, r.reason, o.id AS order_id, r.id AS record_id
      FROM order_refunds r JOIN orders o ON o.id = r.order_id LEFT JOIN customers c ON c.id = o.customer_id
      WHERE r.undone_at IS NULL AND o.deleted_at IS NULL ${within('r.at')}
      UNION ALL
      SELECT o.ordered_at, o.number, CASE o.status WHEN 'cancelled' THEN 'cancel' ELSE 'refund' END, c.name,
        o.total, o.tax, o.payment_method, '', o.id, 0
      FROM orders o LEFT JOIN customers c ON c.id = o.customer_id
      WHERE o.deleted_at IS NULL AND o.status IN ('cancelled', 'refunded') ${within('o.ordered_at')}
        AND NOT EXISTS (SELECT 1 FROM order_refunds r WHERE r.order_id = o.id AND r.undone_at IS NULL)
    ) x ORDER BY x.at, x.order_id, x.record_id`
  return db
    .prepare(sql)
    .raw()
    .iterate(period ?? {}) as RowIterator
}
