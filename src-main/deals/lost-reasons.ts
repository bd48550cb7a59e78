import type Database from 'better-sqlite3'
import type { LostReason } from '../../src-shared/domain/deal-types'
import { AppError } from '../../src-shared/ipc/app-error'
import { writeAudit } from '../audit/audit-log'
import { insertRow, prepared, updateRow } from '../db/sql'
import { writeTransaction } from '../db/transaction'
import { listsEachOnce } from './same-members'

/**
 * The lost-reason presets (Settings), offered when a deal is lost. A deal stores the reason's
 * text, not a reference, so editing or deleting a preset never rewrites what deals say.
 */

export function listLostReasons(db: Database.Database): LostReason[] {
  return prepared(db, 'SELECT id, label, position FROM lost_reasons ORDER BY position, id').all() as LostReason[]
}

export function requireLostReason(db: Database.Database, id: number): LostReason {
  const reason = prepared(db, 'SELECT id, label, position FROM lost_reasons WHERE id = ?').get(id) as LostReason | undefined
  if (!reason) throw new AppError('lost_reason_not_found', { id })
  return reason
}

export function createLostReason(db: Database.Database, label: string): number {
  return writeTransaction(db, () => {
    const last = prepared(db, 'SELECT max(position) FROM lost_reasons').pluck().get() as number | null
    const id = insertRow(db, 'lost_reasons', { label, position: (last ?? -1) + 1 })
    writeAudit(db, { entity: 'lost_reason', entityId: id, action: 'create', after: { label } })
    return id
  })
}

export function renameLostReason(db: Database.Database, id: number, label: string): void {
  writeTransaction(db, () => {
    const before = requireLostReason(db, id)
    updateRow(db, 'lost_reasons', id, { label })
    writeAudit(db, { entity: 'lost_reason', entityId: id, action: 'update', before, after: { label } })
  })
}

export function deleteLostReason(db: Database.Database, id: number): number {
  return writeTransaction(db, () => {
    const before = requireLostReason(db, id)
    prepared(db, 'DELETE FROM lost_reasons WHERE id = ?').run(id)
    writeAudit(db, { entity: 'lost_reason', entityId: id, action: 'delete', before })
    return 1
  })
}

/** `ids` lists every preset once, in the new order. */
export function reorderLostReasons(db: Database.Database, ids: readonly number[]): void {
  writeTransaction(db, () => {
    const all = prepared(db, 'SELECT id FROM lost_reasons').pluck().all() as number[]
    if (!listsEachOnce(ids, all)) {
      throw new AppError('lost_reason_order_mismatch')
    }
    ids.forEach((id, position) => updateRow(db, 'lost_reasons', id, { position }))
    writeAudit(db, { entity: 'lost_reason', entityId: null, action: 'update', before: { order: all }, after: { order: ids } })
  })
}
