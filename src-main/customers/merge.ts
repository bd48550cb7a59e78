import type Database from 'better-sqlite3'
import type { CustomerPatch } from '../../src-shared/domain/customer'
import { AppError } from '../../src-shared/ipc/app-error'
import { writeAudit } from '../audit/audit-log'
import { writeTransaction } from '../db/transaction'
import type { CustomerRecord } from './customer-columns'
import { requireCustomerRecord } from './customer-detail'
import { tagsOf } from './tags'
import { updateCustomer } from './write'

/** Tables whose rows simply change owner. */
const OWNED = ['orders', 'deals', 'tickets', 'activities', 'tasks', 'survey_responses'] as const
/** Membership tables keyed by (x, customer_id): move, dropping what keep already has. */
const MEMBERSHIPS = [
  { table: 'customer_tags', columns: 'tag_id, created_at' },
  { table: 'campaign_members', columns: 'campaign_id, contacted_at, responded_at' },
  { table: 'segment_members', columns: 'segment_id' },
] as const
const FILLABLE = ['phone', 'email', 'code', 'gender', 'birthday', 'address', 'city', 'source'] as const

/**
 * Folds `mergeId` into `keepId` in one transaction: its orders, deals, tickets, activities,
 * tasks, survey responses, tags and campaign/segment memberships move to keep; keep's empty
 * fields are filled from it (notes are appended, so nothing typed is lost); the merged row goes
 * to the Trash with merged_into_id. The audit row lists every moved row id, which is what an
 * "unmerge" needs.
 */
export function mergeCustomers(db: Database.Database, keepId: number, mergeId: number): void {
  writeTransaction(db, () => {
    const keep = requireCustomerRecord(db, keepId)
    const merged = requireCustomerRecord(db, mergeId)
    if (keep.deleted_at !== null || merged.deleted_at !== null) throw new AppError('customer_merge_deleted')
    const mergedTags = tagsOf(db, mergeId)
    const moved: Record<string, number[]> = {}
    for (const table of OWNED) {
      moved[table] = db
        .prepare(`UPDATE ${table} SET customer_id = ? WHERE customer_id = ? RETURNING id`)
        .pluck()
        .all(keepId, mergeId) as number[]
    }
    for (const { table, columns } of MEMBERSHIPS) {
      db.prepare(
        `INSERT OR IGNORE INTO ${table} (customer_id, ${columns}) SELECT ?, ${columns} FROM ${table} WHERE customer_id = ?`,
      ).run(keepId, mergeId)
      db.prepare(`DELETE FROM ${table} WHERE customer_id = ?`).run(mergeId)
    }
    // The code is unique: it leaves the merged row before keep may take it.
    db.prepare(
      `UPDATE customers SET deleted_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), merged_into_id = ?, code = NULL,
         updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = ?`,
    ).run(keepId, mergeId)
    const patch = fillPatch(keep, merged)
    if (Object.keys(patch).length > 0) updateCustomer(db, keepId, patch)
    const mergedBefore = { ...merged, tags: mergedTags.map((t) => t.id) }
    writeAudit(db, {
      entity: 'customer',
      entityId: keepId,
      action: 'merge',
      before: { keep, merged: mergedBefore, moved },
      after: { mergedId: mergeId, filled: patch },
    })
    writeAudit(db, {
      entity: 'customer',
      entityId: mergeId,
      action: 'merge',
      before: mergedBefore,
      after: { mergedIntoId: keepId },
    })
  })
}

function fillPatch(keep: CustomerRecord, merged: CustomerRecord): CustomerPatch {
  const patch: CustomerPatch = {}
  for (const field of FILLABLE) {
    if (keep[field] === null && merged[field] !== null) Object.assign(patch, { [field]: merged[field] })
  }
  if (merged.notes.trim() !== '') {
    patch.notes = keep.notes.trim() === '' ? merged.notes : `${keep.notes}\n\n${merged.notes}`
  }
  return patch
}
