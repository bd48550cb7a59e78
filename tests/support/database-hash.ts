import { createHash } from 'node:crypto'
import type Database from 'better-sqlite3'

/**
 * Every row of every table of the file (schema included), hashed: equal hashes mean the data
 * is exactly the same, whichever table a call might have touched.
 */
export function databaseHash(db: Database.Database): string {
  const hash = createHash('sha256')
  const tables = db
    .prepare(`SELECT name, sql FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name`)
    .all() as { name: string; sql: string }[]
  for (const { name, sql } of tables) {
    if (sql.startsWith('CREATE VIRTUAL TABLE')) continue // its shadow tables hold its rows
    const width = (db.pragma(`table_info("${name}")`) as unknown[]).length
    const order = Array.from({ length: width }, (_, i) => i + 1).join(', ')
    hash.update(name).update(sql)
    for (const row of db.prepare(`SELECT * FROM "${name}" ORDER BY ${order}`).raw().iterate()) hash.update(JSON.stringify(row))
  }
  return hash.digest('hex')
}
