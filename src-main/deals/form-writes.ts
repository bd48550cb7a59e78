import type Database from 'better-sqlite3'
import type { DealFields } from '../../src-shared/domain/deal'
import type { DealNote } from '../../src-shared/domain/deal-types'
import { AppError } from '../../src-shared/ipc/app-error'
import { insertActivity } from '../activities/write'
import { writeAudit } from '../audit/audit-log'
import { requireLiveCustomer } from '../customers/customer-detail'
import { NEXT_UPDATED_AT, prepared } from '../db/sql'
import { writeTransaction } from '../db/transaction'
import { findDealRecord, requireLiveDeal } from './deal-record'
import { writeStageChangeEntry } from './stage-change-entry'
import { requireStage } from './stages'
import { createDeal, updateDeal, type DealPatch } from './write'

/**
 * The deal form's writes (create, edit) and the page's (delete, restore, note), each one
 * transaction with its audit row. The rules the board keeps hold here too: a lost stage needs
 * a reason, a stage change writes its history row and timeline entry, a deleted stage or
 * customer is refused, and an edit of a deal that changed since the form opened is `stale_edit`.
 */

/** The customer is live, the stage is live, and a deal that ends up lost has a reason. */
function checkTargets(
  db: Database.Database,
  title: string,
  fields: Partial<DealFields>,
  reason: string | null | undefined,
): void {
  if (fields.customerId != null) requireLiveCustomer(db, fields.customerId)
  if (fields.stageId === undefined) return
  const stage = requireStage(db, fields.stageId)
  if (stage.kind === 'lost' && !reason) throw new AppError('deal_lost_reason_required', { title })
}

const toPatch = (fields: Partial<DealFields>): DealPatch => ({
  title: fields.title,
  value: fields.value,
  stageId: fields.stageId,
  customerId: fields.customerId,
  expectedClose: fields.expectedClose,
  probability: fields.probability,
  lostReason: fields.lostReason,
})

export function createDealFromForm(db: Database.Database, fields: DealFields): number {
  return writeTransaction(db, () => {
    checkTargets(db, fields.title, fields, fields.lostReason)
    const id = createDeal(db, { ...toPatch(fields), title: fields.title, stageId: fields.stageId })
    writeAudit(db, { entity: 'deal', entityId: id, action: 'create', after: findDealRecord(db, id) })
    return id
  })
}

export function updateDealFromForm(db: Database.Database, id: number, updatedAt: string, patch: Partial<DealFields>): void {
  writeTransaction(db, () => {
    const before = requireLiveDeal(db, id)
    if (before.updated_at !== updatedAt) throw new AppError('stale_edit')
    const moving = patch.stageId !== undefined && patch.stageId !== before.stage_id
    const reason = patch.lostReason !== undefined ? patch.lostReason : before.lost_reason
    checkTargets(db, patch.title ?? before.title, { ...patch, stageId: patch.stageId ?? before.stage_id }, reason)
    const at = new Date().toISOString()
    updateDeal(db, id, toPatch(patch), at)
    const after = requireLiveDeal(db, id)
    if (moving) writeStageChangeEntry(db, after, before.stage_id, after.stage_id, at, patch.lostReason)
    writeAudit(db, { entity: 'deal', entityId: id, action: 'update', before, after })
  })
}

/** Soft delete (`deleted`) or restore; returns 1 when it changed the deal, 0 when it already was so. */
export function setDealDeleted(db: Database.Database, id: number, deleted: boolean): number {
  return writeTransaction(db, () => {
    const before = findDealRecord(db, id)
    if (!before) throw new AppError('deal_not_found', { id })
    if ((before.deleted_at !== null) === deleted) return 0
    prepared(
      db,
      `UPDATE deals SET deleted_at = ${deleted ? "strftime('%Y-%m-%dT%H:%M:%fZ', 'now')" : 'NULL'},
         updated_at = ${NEXT_UPDATED_AT} WHERE id = ?`,
    ).run(id)
    const after = findDealRecord(db, id)
    writeAudit(db, { entity: 'deal', entityId: id, action: deleted ? 'delete' : 'restore', before, after })
    return 1
  })
}

export function addDealNote(db: Database.Database, id: number, body: string): DealNote {
  return writeTransaction(db, () => {
    const deal = requireLiveDeal(db, id)
    const noteId = insertActivity(db, { customerId: deal.customer_id, dealId: id, kind: 'note', body })
    writeAudit(db, { entity: 'activity', entityId: noteId, action: 'create', after: { dealId: id, kind: 'note', body } })
    return prepared(db, 'SELECT id, kind, body, at FROM activities WHERE id = ?').get(noteId) as DealNote
  })
}
