import type Database from 'better-sqlite3'
import { prepared } from '../../customers/statements'

export type Values = Record<string, string | number | null | undefined>

const NOW = `strftime('%Y-%m-%dT%H:%M:%fZ', 'now')`

/** INSERT of the given columns (undefined values left to SQL defaults); returns the id. */
export function insertRow(db: Database.Database, table: string, values: Values): number {
  const columns = Object.keys(values).filter((k) => values[k] !== undefined)
  const sql = `INSERT INTO ${table} (${columns.join(', ')}) VALUES (${columns.map((c) => `@${c}`).join(', ')})`
  return Number(prepared(db, sql).run(pick(values, columns)).lastInsertRowid)
}

/** UPDATE of the given columns plus updated_at. */
export function updateRow(db: Database.Database, table: string, id: number, values: Values): void {
  const columns = Object.keys(values).filter((k) => values[k] !== undefined)
  const sets = [...columns.map((c) => `${c} = @${c}`), `updated_at = ${NOW}`]
  prepared(db, `UPDATE ${table} SET ${sets.join(', ')} WHERE id = @id`).run({ ...pick(values, columns), id })
}

/** The id of the live row whose `column` equals `value`. */
export function findId(db: Database.Database, table: string, column: string, value: string): number | undefined {
  return idFinder(db, table, column)(value)
}

/**
 * `findId` with its statement looked up once, for lookups made per row or per order: building
 * the SQL text and finding it in the statement cache each time cost more than the query.
 */
export function idFinder(db: Database.Database, table: string, column: string): (value: string) => number | undefined {
  const live = table === 'survey_responses' ? '' : ' AND deleted_at IS NULL'
  const statement = prepared(db, `SELECT id FROM ${table} WHERE ${column} = ?${live}`).pluck()
  return (value) => statement.get(value) as number | undefined
}

function pick(values: Values, columns: string[]): Values {
  return Object.fromEntries(columns.map((c) => [c, values[c]]))
}
