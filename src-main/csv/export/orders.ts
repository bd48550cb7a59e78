import type Database from 'better-sqlite3'
import type { ColumnDef, RowIterator } from './columns'
import { selectList } from './columns'

export interface Period {
  from: string
  to: string
}

/** One row per order line, the order's header repeated — the shape the importer reads. */
export const orderLineColumns: ColumnDef[] = [
  { key: 'number', kind: 'text', sql: 'o.number' },
  { key: 'orderedAt', kind: 'text', sql: 'o.ordered_at' },
  { key: 'status', kind: 'text', sql: 'o.status' },
  { key: 'channel', kind: 'text', sql: 'o.channel' },
  { key: 'paymentMethod', kind: 'text', sql: 'o.payment_method' },
  { key: 'customer.code', kind: 'text', sql: 'c.code' },
  { key: 'customer.name', kind: 'text', sql: 'c.name' },
  { key: 'customer.phone', kind: 'text', sql: 'c.phone' },
  { key: 'sku', kind: 'text', sql: 'p.sku' },
  { key: 'description', kind: 'text', sql: 'l.description' },
  { key: 'quantity', kind: 'number', sql: 'l.quantity' },
  { key: 'unitPrice', kind: 'money', sql: 'l.unit_price' },
  { key: 'lineTotal', kind: 'money', sql: 'l.line_total', labels: 'exporter' },
  { key: 'discount', kind: 'money', sql: 'o.discount' },
  { key: 'tax', kind: 'money', sql: 'o.tax' },
  { key: 'notes', kind: 'text', sql: 'o.notes' },
]

const periodWhere = (period?: Period): string => (period ? 'AND o.ordered_at >= @from AND o.ordered_at < @to' : '')

export function orderLineRows(db: Database.Database, period?: Period): RowIterator {
  const sql = `SELECT ${selectList(orderLineColumns)}
    FROM order_lines l JOIN orders o ON o.id = l.order_id
    LEFT JOIN customers c ON c.id = o.customer_id LEFT JOIN products p ON p.id = l.product_id
    WHERE o.deleted_at IS NULL ${periodWhere(period)} ORDER BY o.ordered_at, o.id, l.position`
  return db.prepare(sql).raw().iterate(period ?? {}) as RowIterator
}

/** The sales journal: one row per order. */
export const journalColumns: ColumnDef[] = [
  { key: 'date', kind: 'text', sql: 'o.ordered_at', labels: 'exporter' },
  { key: 'number', kind: 'text', sql: 'o.number' },
  { key: 'customer', kind: 'text', sql: "coalesce(c.name, '')", labels: 'exporter' },
  { key: 'net', kind: 'money', sql: 'o.subtotal - o.discount', labels: 'exporter' },
  { key: 'tax', kind: 'money', sql: 'o.tax' },
  { key: 'total', kind: 'money', sql: 'o.total', labels: 'exporter' },
  { key: 'paymentMethod', kind: 'text', sql: 'o.payment_method' },
  { key: 'status', kind: 'text', sql: 'o.status' },
]

export function journalRows(db: Database.Database, period: Period | undefined, onlyReversals: boolean): RowIterator {
  const reversal = onlyReversals ? "AND o.status IN ('cancelled', 'refunded')" : ''
  const sql = `SELECT ${selectList(journalColumns)} FROM orders o LEFT JOIN customers c ON c.id = o.customer_id
    WHERE o.deleted_at IS NULL ${periodWhere(period)} ${reversal} ORDER BY o.ordered_at, o.id`
  return db.prepare(sql).raw().iterate(period ?? {}) as RowIterator
}
