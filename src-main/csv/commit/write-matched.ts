import type Database from 'better-sqlite3'
import type { DuplicateAction } from '../../../src-shared/ipc/channels/csv-import'
import type { ChangeLog } from './changes'
import { insertRow, updateRow, type Values } from './sql'
import type { Outcome } from './types'

/**
 * Writes a record where its duplicate rule sent it: over the matched row (logged for undo
 * first), or as a new row. A new row keeps the file's uid only when nothing matched — a
 * "create anyway" duplicate must not take the uid of the row it duplicates.
 */
export function writeMatched(
  db: Database.Database,
  changes: ChangeLog,
  table: string,
  match: { id: number; action: DuplicateAction } | null,
  values: Values,
  uid: string | undefined,
): Outcome {
  if (match?.action === 'update') {
    changes.updated(table, match.id)
    updateRow(db, table, match.id, values)
    return 'updated'
  }
  changes.created(table, insertRow(db, table, { ...values, uid: match ? undefined : uid }))
  return 'created'
}
