import type Database from 'better-sqlite3'
import { AppError } from '../../../src-shared/ipc/app-error'

export interface Change {
  table_name: string
  row_id: number
  action: 'created' | 'updated'
  before: string | null
  after_updated_at: string | null
}

/** The tables an import writes, rows that reference others first: an order before the product and customer it created. */
export const IMPORTED_TABLES = ['campaigns', 'survey_responses', 'tickets', 'deals', 'orders', 'products', 'customers']
const rank = (table: string): number => IMPORTED_TABLES.indexOf(table)

/** What one import did, as its undo needs it. */
export interface ImportRows {
  importId: number
  /** Every logged change, in the order the undo applies them. */
  changes: Change[]
  /** Row ids it created, per table. */
  created: Map<string, Set<number>>
  /** Row ids it created or updated, per table: its own rows, which the undo removes or restores. */
  owned: Map<string, Set<number>>
}

/** Loads a committed import's change log; refuses an unknown or already undone import. */
export function loadImportRows(db: Database.Database, importId: number): ImportRows {
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
  const created = new Map<string, Set<number>>()
  const owned = new Map<string, Set<number>>()
  const add = (map: Map<string, Set<number>>, c: Change): void => {
    map.set(c.table_name, (map.get(c.table_name) ?? new Set()).add(c.row_id))
  }
  for (const c of changes) {
    if (c.action === 'created') add(created, c)
    add(owned, c)
  }
  return { importId, changes, created, owned }
}

/** `table:id`, a record's key in the undo's sets. */
export const rowKey = (table: string, id: number): string => `${table}:${id}`
