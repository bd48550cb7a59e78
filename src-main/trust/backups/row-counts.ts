import type Database from 'better-sqlite3'
import { COUNTED_TABLES, type RowCounts } from '../../../src-shared/ipc/channels/backups'

/** Rows in each counted table the file has (an old backup may predate some). */
export function rowCounts(db: Database.Database): RowCounts {
  const present = new Set(db.prepare(`SELECT name FROM sqlite_schema WHERE type = 'table'`).pluck().all() as string[])
  const counts: RowCounts = {}
  for (const table of COUNTED_TABLES) {
    if (present.has(table)) counts[table] = db.prepare(`SELECT count(*) FROM "${table}"`).pluck().get() as number
  }
  return counts
}
