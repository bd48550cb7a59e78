import type Database from 'better-sqlite3'
import type { CustomerPatch } from '../../src-shared/domain/customer'
import type { MergeField, UndoMergeResult } from '../../src-shared/domain/customer-merge'
import { AppError } from '../../src-shared/ipc/app-error'
import { writeAudit } from '../audit/audit-log'
import { prepared, updateRow, type Values } from '../db/sql'
import { writeTransaction } from '../db/transaction'
import { requireConsent } from '../marketing/consent/read'
import { sameConsent, writeConsentState } from '../marketing/consent/write'
import type { CustomerRecord } from './customer-columns'
import { requireCustomerRecord } from './customer-detail'
import type { ConsentChange } from './merge'
import { returnMemberships, returnOwnedRows, type IdsByTable, type Memberships } from './merge-moves'
import { updateCustomer } from './write'

interface MergeRecord {
  id: number
  keep_id: number
  merged_id: number
  keep_before: string
  merged_before: string
  changes: string
  activity_id: number | null
  keep_after_updated_at: string
}

interface MergeChanges {
  keepSet: CustomerPatch
  moved: IdsByTable
  memberships: Memberships
  addedToKeep: IdsByTable
  /** Absent in merges made before consent was merged, and where the merge did not change it. */
  consent?: ConsentChange
}

// Kept current by the order triggers (moved orders recompute them); never written back.
const DERIVED = new Set(['id', 'lifetime_value', 'order_count', 'last_purchase_at', 'purge_batch'])

/**
 * Undoes the latest merge of customer `mergedId`, in one transaction: its rows and memberships
 * go back, it leaves the Trash exactly as it was, and the kept customer gets back each field
 * the merge wrote — unless that field was edited since (then the edit stays and is named in
 * the result). Refused while the kept customer is itself in the Trash.
 */
export function undoMerge(db: Database.Database, mergedId: number): UndoMergeResult {
  return writeTransaction(db, () => {
    const record = prepared(db, 'SELECT * FROM customer_merges WHERE merged_id = ? AND undone_at IS NULL ORDER BY id DESC').get(
      mergedId,
    ) as MergeRecord | undefined
    if (!record) throw new AppError('customer_merge_not_found')
    const keep = requireCustomerRecord(db, record.keep_id)
    if (keep.deleted_at !== null) throw new AppError('customer_merge_undo_keep_deleted', { name: keep.name })
    const changes = JSON.parse(record.changes) as MergeChanges
    const keepBefore = JSON.parse(record.keep_before) as CustomerRecord
    if (changes.consent) restoreConsent(db, keep.id, changes.consent)
    const editedSince = restoreKeep(db, keep, keepBefore, changes.keepSet, record.keep_after_updated_at)
    returnOwnedRows(db, changes.moved, keep.id, mergedId)
    returnMemberships(db, changes.memberships, changes.addedToKeep, keep.id, mergedId)
    const mergedBefore = JSON.parse(record.merged_before) as Record<string, unknown>
    const values = Object.fromEntries(Object.entries(mergedBefore).filter(([column]) => !DERIVED.has(column))) as Values
    assertCodeFree(db, values.code, mergedId)
    updateRow(db, 'customers', mergedId, values)
    if (record.activity_id !== null) prepared(db, 'DELETE FROM activities WHERE id = ?').run(record.activity_id)
    prepared(db, `UPDATE customer_merges SET undone_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = ?`).run(record.id)
    const after = { mergeRecordId: record.id, restoredId: mergedId, keptId: keep.id, editedSince }
    writeAudit(db, { entity: 'customer', entityId: keep.id, action: 'undo', before: { merge: record.id }, after })
    writeAudit(db, { entity: 'customer', entityId: mergedId, action: 'undo', before: { merge: record.id }, after })
    return { restoredId: mergedId, keptId: keep.id, editedSince }
  })
}

/** Keep's consent goes back to what it was, unless it was changed since the merge (that answer stays). */
function restoreConsent(db: Database.Database, keepId: number, change: ConsentChange): void {
  const { customerId: _id, ...now } = requireConsent(db, keepId)
  if (sameConsent(now, change.after)) writeConsentState(db, keepId, change.before)
}

/** Puts back keep's fields the merge wrote and nobody changed since; returns those changed since. */
function restoreKeep(
  db: Database.Database,
  keep: CustomerRecord,
  before: CustomerRecord,
  keepSet: CustomerPatch,
  afterUpdatedAt: string,
): UndoMergeResult['editedSince'] {
  const patch: CustomerPatch = {}
  const editedSince: UndoMergeResult['editedSince'] = []
  for (const [field, written] of Object.entries(keepSet) as [keyof CustomerPatch & keyof CustomerRecord, unknown][]) {
    if (keep[field] === written) Object.assign(patch, { [field]: before[field] })
    else editedSince.push(field as MergeField | 'notes')
  }
  if (Object.keys(patch).length > 0) updateCustomer(db, keep.id, patch)
  // Nothing else touched keep since the merge: it is exactly as before, to its updated_at.
  if (keep.updated_at === afterUpdatedAt && editedSince.length === 0) {
    prepared(db, 'UPDATE customers SET updated_at = ? WHERE id = ?').run(before.updated_at, keep.id)
  }
  return editedSince
}

/** The merged customer's code may have been given to someone else since: say who has it. */
function assertCodeFree(db: Database.Database, code: Values[string], id: number): void {
  if (typeof code !== 'string') return
  const owner = prepared(db, 'SELECT name FROM customers WHERE code = ? AND id <> ?').pluck().get(code, id) as string | undefined
  if (owner !== undefined) throw new AppError('customer_code_taken', { code, name: owner })
}
