import type Database from 'better-sqlite3'
import { writeAuditMany } from '../audit/audit-log'
import { writeTransaction } from '../db/transaction'
import { NEXT_UPDATED_AT, prepared } from '../db/sql'

/**
 * Soft delete to the Trash and back. Ids already in the wanted state (or unknown) are skipped,
 * so an Undo clicked twice does nothing the second time; `count` is what actually changed.
 * Merged customers stay out of reach: restoring one would duplicate the kept customer.
 */
export function deleteCustomers(db: Database.Database, ids: readonly number[]): number {
  return setDeleted(db, ids, true)
}

export function restoreCustomers(db: Database.Database, ids: readonly number[]): number {
  return setDeleted(db, ids, false)
}

function setDeleted(db: Database.Database, ids: readonly number[], deleted: boolean): number {
  return writeTransaction(db, () => {
    const changed = prepared(
      db,
      `UPDATE customers SET
         deleted_at = ${deleted ? "strftime('%Y-%m-%dT%H:%M:%fZ', 'now')" : 'NULL'},
         updated_at = ${NEXT_UPDATED_AT}
       WHERE id IN (SELECT value FROM json_each(?))
         AND deleted_at IS ${deleted ? 'NULL' : 'NOT NULL AND merged_into_id IS NULL'}
       RETURNING id, deleted_at`,
    ).all(JSON.stringify(ids)) as { id: number; deleted_at: string | null }[]
    if (changed.length > 0) {
      const at = changed[0].deleted_at
      writeAuditMany(db, {
        entity: 'customer',
        entityIds: changed.map((row) => row.id),
        action: deleted ? 'delete' : 'restore',
        before: { deletedAt: deleted ? null : 'set' },
        after: { deletedAt: at },
      })
    }
    return changed.length
  })
}
