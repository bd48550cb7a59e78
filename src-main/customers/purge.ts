import { randomUUID } from 'node:crypto'
import type Database from 'better-sqlite3'
import { writeAuditMany } from '../audit/audit-log'
import { prepared } from '../db/sql'
import { writeTransaction } from '../db/transaction'
import { checkpointWal, forgetTraces, loadPeople, rewriteSearchIndex } from '../trust/privacy/forget'

/**
 * Deleting customers for good, from the Trash only. The shop's books must not change: their
 * orders stay, as sales without a customer (customer_id NULL, like a walk-in sale), and so do
 * their deals, tickets and survey answers; their timeline, tasks, tags and memberships go with
 * them, as do the records of merges they took part in. Customers merged into a deleted one
 * (shells in the Trash) go too.
 *
 * A request does not delete at once: its rows get a batch id and leave the Trash, so the Undo
 * toast can bring them back (`cancelPurge`); `confirmPurge` deletes a batch when the toast
 * expires, and `purgePending` every batch when the app closes or starts again after a crash.
 *
 * Deleted for good means no bytes left: the audit log's before/after and import undo copies
 * forget them (trust/privacy/forget.ts), the search index is rewritten without them, the
 * connection's secure_delete zeroes the freed space, and the WAL is checkpointed after.
 */

const KEEP_ROWS = ['orders', 'deals', 'tickets', 'survey_responses']
const NOW = `strftime('%Y-%m-%dT%H:%M:%fZ', 'now')`

/** Marks the given customers of the Trash (or, without ids, the whole Trash) for deletion. */
export function requestPurge(db: Database.Database, ids: readonly number[] | 'all'): { batch: string; count: number } {
  const batch = randomUUID()
  const which = ids === 'all' ? '' : 'AND id IN (SELECT value FROM json_each(?))'
  const statement = prepared(
    db,
    `UPDATE customers SET purge_batch = ? WHERE deleted_at IS NOT NULL AND purge_batch IS NULL ${which}`,
  )
  const count = ids === 'all' ? statement.run(batch).changes : statement.run(batch, JSON.stringify(ids)).changes
  return { batch, count }
}

/** Undo: the batch's customers are back in the Trash. */
export function cancelPurge(db: Database.Database, batch: string): number {
  return prepared(db, 'UPDATE customers SET purge_batch = NULL WHERE purge_batch = ?').run(batch).changes
}

/** Deletes one batch for good; 0 when it was undone (or already done). */
export function confirmPurge(db: Database.Database, batch: string): number {
  return purge(db, 'purge_batch = ?', [batch], 'trash')
}

/** Deletes every batch still pending (the app is closing, or closed without confirming). */
export function purgePending(db: Database.Database): number {
  return hasPendingPurge(db) ? purge(db, 'purge_batch IS NOT NULL', [], 'trash') : 0
}

/** A read, so a file that refuses writes (a writing job runs, or it is damaged) can still be asked. */
function hasPendingPurge(db: Database.Database): boolean {
  return prepared(db, 'SELECT 1 FROM customers WHERE purge_batch IS NOT NULL LIMIT 1').get() !== undefined
}

/** Deletes what has been in the Trash longer than `days`. */
export function purgeExpired(db: Database.Database, days: number, now: Date = new Date()): number {
  const cutoff = new Date(now.getTime() - days * 86_400_000).toISOString()
  return purge(db, 'deleted_at < ?', [cutoff], 'retention')
}

function purge(db: Database.Database, where: string, params: unknown[], reason: 'trash' | 'retention'): number {
  const count = purgeRows(db, where, params, reason)
  if (count > 0) checkpointWal(db)
  return count
}

function purgeRows(db: Database.Database, where: string, params: unknown[], reason: 'trash' | 'retention'): number {
  return writeTransaction(db, () => {
    const ids = prepared(
      db,
      `WITH RECURSIVE doomed(id) AS (
         SELECT id FROM customers WHERE deleted_at IS NOT NULL AND ${where}
         UNION SELECT c.id FROM customers c JOIN doomed d ON c.merged_into_id = d.id WHERE c.deleted_at IS NOT NULL)
       SELECT id FROM doomed`,
    )
      .pluck()
      .all(...params) as number[]
    if (ids.length === 0) return 0
    const list = JSON.stringify(ids)
    const inList = 'IN (SELECT value FROM json_each(?))'
    // Read before the orders are unlinked: they tell which log rows are about whom.
    const people = loadPeople(db, ids)
    for (const table of KEEP_ROWS) {
      prepared(db, `UPDATE ${table} SET customer_id = NULL, updated_at = ${NOW} WHERE customer_id ${inList}`).run(list)
    }
    // A customer restored by an undone merge may still name a purged one; it keeps no link.
    prepared(db, `UPDATE customers SET merged_into_id = NULL WHERE merged_into_id ${inList} AND id NOT ${inList}`).run(list, list)
    forgetTraces(db, people)
    prepared(db, `DELETE FROM customers WHERE id ${inList}`).run(list)
    rewriteSearchIndex(db)
    // No personal data in the log: the point of deleting for good is that it is gone.
    writeAuditMany(db, { entity: 'customer', entityIds: ids, action: 'delete', after: { purged: true, reason } })
    return ids.length
  })
}
