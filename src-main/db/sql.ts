import type Database from 'better-sqlite3'

/**
 * The SQL helpers every domain writes and reads through: the importer, the seed, the handlers
 * and the workers' connections all use these, so there is one way to insert, update and look up.
 */

/** Column values by column name; `undefined` leaves a column to its SQL default (insert) or as it is (update). */
export type Values = Record<string, string | number | null | undefined>

/** One row's values in the column order given to `rowInserter`. */
export type RowValues = readonly (string | number | null)[]

/**
 * Who a row is and when it was made, where the SQL defaults must not decide: an export's uid
 * kept on re-import, or the seed's deterministic uids and historical times.
 */
export interface RowMeta {
  uid?: string
  createdAt?: string
  updatedAt?: string
}

// Keyed on the connection, not held per backend: a statement belongs to the connection that
// compiled it, and the main connection, the jobs worker's and the insights worker's each need
// their own. The WeakMap lets a closed connection's statements go with it, so this is a
// property of the connection (like its page cache), not a service to hang on the handler context.
const caches = new WeakMap<Database.Database, Map<string, Database.Statement>>()

/**
 * A prepared statement, compiled once per connection and SQL text. Preparing costs more than
 * running a small statement, and the SQL is built from a handful of variants, so the cache
 * stays small.
 */
export function prepared(db: Database.Database, sql: string): Database.Statement {
  let cache = caches.get(db)
  if (!cache) caches.set(db, (cache = new Map()))
  let statement = cache.get(sql)
  if (!statement) cache.set(sql, (statement = db.prepare(sql)))
  return statement
}

/**
 * `INSERT INTO table (columns) VALUES (?, …)` bound once, returning the new rowid. Positional
 * parameters skip better-sqlite3's per-row named-parameter lookup, which matters for a million
 * order lines: bulk writers hold on to the returned function.
 */
export function rowInserter(db: Database.Database, table: string, columns: readonly string[]): (values: RowValues) => number {
  const statement = prepared(db, `INSERT INTO ${table} (${columns.join(', ')}) VALUES (${'?, '.repeat(columns.length - 1)}?)`)
  return (values) => Number(statement.run(values).lastInsertRowid)
}

/** INSERT of the given columns (undefined ones left to SQL defaults); returns the id. */
export function insertRow(db: Database.Database, table: string, values: Values): number {
  // One pass, no intermediate objects: the seed inserts a hundred thousand rows this way.
  const columns: string[] = []
  const params: (string | number | null)[] = []
  for (const column in values) {
    const value = values[column]
    if (value === undefined) continue
    columns.push(column)
    params.push(value)
  }
  return rowInserter(db, table, columns)(params)
}

const NOW = `strftime('%Y-%m-%dT%H:%M:%fZ', 'now')`

/**
 * `updated_at` for an UPDATE: now, but always at least 1 ms past the row's previous stamp. Edits
 * are refused when the stamp an editor saw is no longer the row's (./stale-edit.ts); two writes in
 * one millisecond would otherwise leave the same stamp, and the stale copy would pass.
 */
export const NEXT_UPDATED_AT = `max(${NOW}, strftime('%Y-%m-%dT%H:%M:%fZ', updated_at, '+0.001 seconds'))`

/**
 * UPDATE of the given columns, and `updated_at`: the value given (the seed replays history, an undo puts a row back),
 * else now. Returns false when there is no such row.
 */
export function updateRow(db: Database.Database, table: string, id: number, values: Values): boolean {
  const columns = definedColumns(values).filter((c) => c !== 'updated_at')
  const stamped = values.updated_at !== undefined
  const sets = [...columns.map((c) => `${c} = ?`), `updated_at = ${stamped ? '?' : NEXT_UPDATED_AT}`]
  const params = columns.map((c) => values[c] as string | number | null)
  if (stamped) params.push(values.updated_at as string)
  return prepared(db, `UPDATE ${table} SET ${sets.join(', ')} WHERE id = ?`).run([...params, id]).changes > 0
}

/** `RowMeta` as column values, for `insertRow`. */
export function metaValues(meta: RowMeta): Values {
  return { uid: meta.uid, created_at: meta.createdAt, updated_at: meta.updatedAt }
}

/**
 * Insert and update of one table, given how a domain's fields map to its columns (an absent
 * field is undefined, so it is left to the SQL default on insert and kept on update).
 */
export function tableWriter<T>(table: string, toColumns: (fields: Partial<T>) => Values) {
  return {
    /** Inserts a row; `meta` keeps a given uid and times. Returns the id. */
    insert: (db: Database.Database, fields: T, meta: RowMeta = {}): number => {
      const values = toColumns(fields)
      values.uid = meta.uid
      values.created_at = meta.createdAt
      values.updated_at = meta.updatedAt
      return insertRow(db, table, values)
    },
    /** Applies the given fields; absent ones stay. Returns false when there is no such row. */
    update: (db: Database.Database, id: number, patch: Partial<T>): boolean => updateRow(db, table, id, toColumns(patch)),
  }
}

// Tables without soft delete: every row is live.
const ALWAYS_LIVE = new Set(['survey_responses', 'tags', 'pipeline_stages'])

/** The id of the live row whose `column` equals `value`. */
export function findId(db: Database.Database, table: string, column: string, value: string): number | undefined {
  return idFinder(db, table, column)(value)
}

/**
 * `findId` with its statement looked up once, for lookups made per row or per order: building
 * the SQL text and finding it in the statement cache each time cost more than the query.
 */
export function idFinder(db: Database.Database, table: string, column: string): (value: string) => number | undefined {
  const live = ALWAYS_LIVE.has(table) ? '' : ' AND deleted_at IS NULL'
  const statement = prepared(db, `SELECT id FROM ${table} WHERE ${column} = ?${live}`).pluck()
  return (value) => statement.get(value) as number | undefined
}

function definedColumns(values: Values): string[] {
  return Object.keys(values).filter((k) => values[k] !== undefined)
}
