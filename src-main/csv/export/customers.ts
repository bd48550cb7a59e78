import type Database from 'better-sqlite3'
import type { ColumnDef, RowIterator } from './columns'
import { selectList } from './columns'

/** Customers with every importable field, so the file re-imports (matching on uid). */
export const customerColumns: ColumnDef[] = [
  { key: 'uid', kind: 'text', sql: 'c.uid' },
  { key: 'code', kind: 'text', sql: 'c.code' },
  { key: 'name', kind: 'text', sql: 'c.name' },
  { key: 'phone', kind: 'text', sql: 'c.phone' },
  { key: 'email', kind: 'text', sql: 'c.email' },
  { key: 'gender', kind: 'text', sql: 'c.gender' },
  { key: 'birthday', kind: 'date', sql: 'c.birthday' },
  { key: 'address', kind: 'text', sql: 'c.address' },
  { key: 'city', kind: 'text', sql: 'c.city' },
  { key: 'source', kind: 'text', sql: 'c.source' },
  { key: 'notes', kind: 'text', sql: 'c.notes' },
]

/** Live customers; with a period, only those who ordered in it (the accountant's list). */
export function customerRows(db: Database.Database, period?: { from: string; to: string }): RowIterator {
  const where = period
    ? 'AND c.id IN (SELECT customer_id FROM orders WHERE deleted_at IS NULL AND ordered_at >= @from AND ordered_at < @to)'
    : ''
  const sql = `SELECT ${selectList(customerColumns)} FROM customers c WHERE c.deleted_at IS NULL ${where} ORDER BY c.sort_key, c.id`
  return db
    .prepare(sql)
    .raw()
    .iterate(period ?? {}) as RowIterator
}
