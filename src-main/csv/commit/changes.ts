import type Database from 'better-sqlite3'
import { prepared } from '../../db/sql'
import type { UpdatedRecord } from '../preview/update-preview'

/** Created rows are logged in groups of this many: one statement instead of one per row. */
const CREATED_BATCH = 1000
/** Updated records kept with their old values for the preview of what an import changes. */
const UPDATE_SAMPLES = 100

/**
 * What an import did, row by row, in `import_changes`, so undo can remove what it created and
 * restore what it updated. A row is logged once: its state before the import's first touch.
 */
export class ChangeLog {
  /** Row ids this import has logged, per table. */
  private readonly seen = new Map<string, Set<number>>()
  private readonly tally: Record<string, { created: number; updated: number }> = {}
  /** Created rows not yet written, as [table, id] pairs in the order they were created. */
  private pendingCreated: [string, number][] = []
  /** The file row being written (set by the importer), for the update preview. */
  row = 0
  /** The first records of `previewTable` this import updated, with their old values. */
  readonly updatedSamples: UpdatedRecord[] = []

  constructor(
    private readonly db: Database.Database,
    readonly importId: number,
    private readonly previewTable = '',
  ) {}

  created(table: string, id: number): void {
    this.ids(table).add(id)
    this.count(table).created++
    this.pendingCreated.push([table, id])
    if (this.pendingCreated.length === CREATED_BATCH) this.flushCreated()
  }

  /** Call before changing the row; `extra` adds dependent rows (an order's lines). */
  updated(table: string, id: number, extra?: (before: Record<string, unknown>) => void): void {
    const ids = this.ids(table)
    if (ids.has(id)) return
    ids.add(id)
    this.count(table).updated++
    // Keeps the log in the order things happened, so undo reads it as before.
    this.flushCreated()
    const before = prepared(this.db, `SELECT * FROM ${table} WHERE id = ?`).get(id) as Record<string, unknown>
    extra?.(before)
    if (table === this.previewTable && this.updatedSamples.length < UPDATE_SAMPLES) {
      this.updatedSamples.push({ table, id, row: this.row, before })
    }
    prepared(
      this.db,
      `INSERT INTO import_changes (import_id, table_name, row_id, action, before) VALUES (?, ?, ?, 'updated', ?)`,
    ).run(this.importId, table, id, JSON.stringify(before))
  }

  /** Counts rows written without their own log entry (order lines go with their order). */
  countCreated(table: string, n = 1): void {
    this.count(table).created += n
  }

  counts(): Record<string, { created: number; updated: number }> {
    return this.tally
  }

  /** Writes what is pending and stamps each logged row's updated_at, so undo can tell a row edited since. */
  finish(): void {
    this.flushCreated()
    for (const table of Object.keys(this.tally).filter((t) => t !== 'order_lines')) {
      prepared(
        this.db,
        `UPDATE import_changes SET after_updated_at = (SELECT updated_at FROM ${table} WHERE id = row_id)
         WHERE import_id = ? AND table_name = ?`,
      ).run(this.importId, table)
    }
  }

  private flushCreated(): void {
    if (this.pendingCreated.length === 0) return
    // json_each hands SQLite the whole group in one bound value; rows keep the array's order.
    prepared(
      this.db,
      `INSERT INTO import_changes (import_id, table_name, row_id, action)
       SELECT ?, value ->> 0, value ->> 1, 'created' FROM json_each(?) ORDER BY key`,
    ).run(this.importId, JSON.stringify(this.pendingCreated))
    this.pendingCreated = []
  }

  private ids(table: string): Set<number> {
    let ids = this.seen.get(table)
    if (!ids) this.seen.set(table, (ids = new Set()))
    return ids
  }

  private count(table: string): { created: number; updated: number } {
    return (this.tally[table] ??= { created: 0, updated: 0 })
  }
}
