import type Database from 'better-sqlite3'
import { AppError } from '../../src-shared/ipc/app-error'
import { writeTransaction } from '../db'
import { insertRow, prepared, updateRow, type Values } from '../db/sql'

interface Change {
  table_name: string
  row_id: number
  action: 'created' | 'updated'
  before: string | null
  after_updated_at: string | null
}

// Rows that reference others go first: an order before the product and customer it created.
const DELETE_ORDER = ['survey_responses', 'tickets', 'deals', 'orders', 'products', 'customers']
const rank = (table: string): number => DELETE_ORDER.indexOf(table)

const NAME_COLUMN: Record<string, string> = {
  customers: 'name',
  products: 'sku',
  orders: 'number',
  deals: 'title',
  tickets: 'number',
}

/**
 * Undoes an import in one transaction: rows it created are removed, rows it updated get their
 * old values back (an order its old lines too). If any of those rows changed since the import,
 * nothing is done and the error names them.
 */
export function undoImport(db: Database.Database, importId: number): { removed: number; restored: number } {
  return writeTransaction(db, () => {
    const entry = db.prepare('SELECT status FROM imports WHERE id = ?').get(importId) as { status: string } | undefined
    if (!entry) throw new AppError('import_not_found')
    if (entry.status === 'undone') throw new AppError('import_already_undone')
    const changes = (
      db
        .prepare(
          'SELECT table_name, row_id, action, before, after_updated_at FROM import_changes WHERE import_id = ? ORDER BY id DESC',
        )
        .all(importId) as Change[]
    ).sort((a, b) => rank(a.table_name) - rank(b.table_name))
    assertUnchanged(db, changes)
    let removed = 0
    let restored = 0
    for (const change of changes) {
      if (change.action === 'created') {
        removed += prepared(db, `DELETE FROM ${change.table_name} WHERE id = ?`).run(change.row_id).changes
      } else {
        restoreRow(db, change.table_name, JSON.parse(change.before ?? '{}') as Record<string, unknown>)
        restored++
      }
    }
    db.prepare(`UPDATE imports SET status = 'undone', undone_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = ?`).run(
      importId,
    )
    return { removed, restored }
  })
}

function assertUnchanged(db: Database.Database, changes: Change[]): void {
  const changed: string[] = []
  for (const c of changes) {
    const row = prepared(db, `SELECT * FROM ${c.table_name} WHERE id = ?`).get(c.row_id) as Record<string, unknown> | undefined
    if (row && row.updated_at === c.after_updated_at) continue
    changed.push(String(row?.[NAME_COLUMN[c.table_name] ?? 'id'] ?? `#${c.row_id}`))
  }
  if (changed.length > 0) {
    throw new AppError('import_undo_conflict', { count: changed.length, list: changed.slice(0, 10).join(', ') })
  }
}

/** Rows saved with their parent when it was updated (an order's lines, a deal's stage history). */
const SAVED_WITH: Record<string, { key: string; table: string; parent: string }> = {
  orders: { key: 'lines', table: 'order_lines', parent: 'order_id' },
  deals: { key: 'history', table: 'deal_stage_history', parent: 'deal_id' },
  tickets: { key: 'events', table: 'ticket_events', parent: 'ticket_id' },
}

/** Writes back every column of the saved row, and the rows saved with it. */
function restoreRow(db: Database.Database, table: string, before: Record<string, unknown>): void {
  const children = SAVED_WITH[table]
  const { id, ...values } = before
  const saved = children ? values[children.key] : undefined
  if (children) delete values[children.key]
  updateRow(db, table, id as number, values as Values)
  if (!children || !Array.isArray(saved)) return
  db.prepare(`DELETE FROM ${children.table} WHERE ${children.parent} = ?`).run(id)
  for (const row of saved as Values[]) insertRow(db, children.table, row)
}
