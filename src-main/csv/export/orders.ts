import type Database from 'better-sqlite3'
import type { Cell } from '../write-csv'
import type { ColumnDef, RowIterator } from './columns'
import { selectList } from './columns'

export interface Period {
  from: string
  to: string
}

/** The order's own cells before its line's, and after (one row per line: the importer's shape). */
const orderHead: ColumnDef[] = [
  { key: 'number', kind: 'text', sql: 'o.number' },
  { key: 'orderedAt', kind: 'datetime', sql: 'o.ordered_at' },
  { key: 'status', kind: 'text', sql: 'o.status' },
  { key: 'channel', kind: 'text', sql: 'o.channel' },
  { key: 'paymentMethod', kind: 'text', sql: 'o.payment_method' },
  { key: 'customer.code', kind: 'text', sql: 'c.code' },
  { key: 'customer.name', kind: 'text', sql: 'c.name' },
  { key: 'customer.phone', kind: 'text', sql: 'c.phone' },
]
const lineCells: ColumnDef[] = [
  { key: 'sku', kind: 'text', sql: 'p.sku' },
  { key: 'description', kind: 'text', sql: 'l.description' },
  { key: 'quantity', kind: 'number', sql: 'l.quantity' },
  { key: 'unitPrice', kind: 'money', sql: 'l.unit_price' },
  { key: 'lineTotal', kind: 'money', sql: 'l.line_total', labels: 'exporter' },
]
const orderTail: ColumnDef[] = [
  { key: 'discount', kind: 'money', sql: 'o.discount' },
  { key: 'tax', kind: 'money', sql: 'o.tax' },
  { key: 'notes', kind: 'text', sql: 'o.notes' },
]

/** One row per order line, the order's header repeated — the shape the importer reads. */
export const orderLineColumns: ColumnDef[] = [...orderHead, ...lineCells, ...orderTail]

const periodWhere = (period?: Period): string => (period ? 'AND o.ordered_at >= @from AND o.ordered_at < @to' : '')

/**
 * Orders in date order, each followed by its lines in position order. The order's cells are
 * read from SQLite once per order and shared by its lines: turning cells into JS values was
 * most of a million-line export when one joined query repeated them on every line.
 */
export function* orderLineRows(db: Database.Database, period?: Period): Generator<Cell[]> {
  const orders = db
    .prepare(
      `SELECT o.id, ${selectList(orderHead)}, ${selectList(orderTail)}
     FROM orders o LEFT JOIN customers c ON c.id = o.customer_id
     WHERE o.deleted_at IS NULL ${periodWhere(period)} ORDER BY o.ordered_at, o.id`,
    )
    .raw()
  const lines = db
    .prepare(
      `SELECT ${selectList(lineCells)} FROM order_lines l LEFT JOIN products p ON p.id = l.product_id
     WHERE l.order_id = ? ORDER BY l.position`,
    )
    .raw()
  const tailStart = 1 + orderHead.length
  for (const order of orders.iterate(period ?? {}) as Iterable<Cell[]>) {
    const head = order.slice(1, tailStart)
    const tail = order.slice(tailStart)
    for (const line of lines.all(order[0]) as Cell[][]) yield head.concat(line, tail)
  }
}

/** The sales journal: one row per order. */
export const journalColumns: ColumnDef[] = [
  { key: 'date', kind: 'date', sql: 'o.ordered_at', labels: 'exporter' },
  { key: 'number', kind: 'text', sql: 'o.number' },
  { key: 'customer', kind: 'text', sql: "coalesce(c.name, '')", labels: 'exporter' },
  { key: 'net', kind: 'money', sql: 'o.subtotal - o.discount', labels: 'exporter' },
  { key: 'tax', kind: 'money', sql: 'o.tax' },
  { key: 'total', kind: 'money', sql: 'o.total', labels: 'exporter' },
  { key: 'paymentMethod', kind: 'text', sql: 'o.payment_method' },
  { key: 'status', kind: 'text', sql: 'o.status' },
]

export function journalRows(db: Database.Database, period: Period | undefined): RowIterator {
  const sql = `SELECT ${selectList(journalColumns)} FROM orders o LEFT JOIN customers c ON c.id = o.customer_id
    WHERE o.deleted_at IS NULL ${periodWhere(period)} ORDER BY o.ordered_at, o.id`
  return db
    .prepare(sql)
    .raw()
    .iterate(period ?? {}) as RowIterator
}
