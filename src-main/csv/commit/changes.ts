import type Database from 'better-sqlite3'
import { prepared } from '../../customers/statements'

/**
 * What an import did, row by row, in `import_changes`, so undo can remove what it created and
 * restore what it updated. A row is logged once: its state before the import's first touch.
 */
export class ChangeLog {
  private readonly seen = new Set<string>()
  private readonly tally: Record<string, { created: number; updated: number }> = {}

  constructor(
    private readonly db: Database.Database,
    readonly importId: number,
  ) {}

  created(table: string, id: number): void {
    this.seen.add(`${table}:${id}`)
    this.count(table).created++
    prepared(this.db, `INSERT INTO import_changes (import_id, table_name, row_id, action) VALUES (?, ?, ?, 'created')`).run(this.importId, table, id)
  }

  /** Call before changing the row; `extra` adds dependent rows (an order's lines). */
  updated(table: string, id: number, extra?: (before: Record<string, unknown>) => void): void {
    const key = `${table}:${id}`
    if (this.seen.has(key)) return
    this.seen.add(key)
    this.count(table).updated++
    const before = prepared(this.db, `SELECT * FROM ${table} WHERE id = ?`).get(id) as Record<string, unknown>
    extra?.(before)
    prepared(this.db, `INSERT INTO import_changes (import_id, table_name, row_id, action, before) VALUES (?, ?, ?, 'updated', ?)`).run(
      this.importId, table, id, JSON.stringify(before),
    )
  }

  /** Counts rows written without their own log entry (order lines go with their order). */
  countCreated(table: string, n = 1): void {
    this.count(table).created += n
  }

  counts(): Record<string, { created: number; updated: number }> {
    return this.tally
  }

  /** Stamps each logged row's updated_at, so undo can tell a row edited since. */
  finish(): void {
    for (const table of Object.keys(this.tally).filter((t) => t !== 'order_lines')) {
      prepared(
        this.db,
        `UPDATE import_changes SET after_updated_at = (SELECT updated_at FROM ${table} WHERE id = row_id)
         WHERE import_id = ? AND table_name = ?`,
      ).run(this.importId, table)
    }
  }

  private count(table: string): { created: number; updated: number } {
    return (this.tally[table] ??= { created: 0, updated: 0 })
  }
}
