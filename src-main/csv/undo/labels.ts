import type Database from 'better-sqlite3'
import { prepared } from '../../db/sql'

/** The column a person knows each imported record by. */
const NAME_COLUMN: ReadonlyMap<string, string> = new Map([
  ['customers', 'name'],
  ['products', 'sku'],
  ['orders', 'number'],
  ['deals', 'title'],
  ['tickets', 'number'],
  ['campaigns', 'name'],
])

/** How a message names a record: 张三, SKU-1, order number …, or `#id` (a survey answer, a deleted row). */
export function recordName(db: Database.Database, table: string, id: number): string {
  const column = NAME_COLUMN.get(table)
  const name = column
    ? (prepared(db, `SELECT ${column} FROM ${table} WHERE id = ?`).pluck().get(id) as string | undefined)
    : undefined
  return name ?? `#${id}`
}

/** The first ten names of a list, for a message; the count says how many there are in all. */
export const firstNames = (names: readonly string[]): string => names.slice(0, 10).join(', ') + (names.length > 10 ? ' …' : '')
