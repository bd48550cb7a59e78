import type Database from 'better-sqlite3'
import { writeAudit } from '../audit/audit-log'
import { assertNotStale } from '../db/stale-edit'
import { writeTransaction } from '../db/transaction'
import { cancelOrder, undoCancel, type ReversalWrite } from './cancel'
import { requireOrder } from './detail'
import { refundOrder, type RefundRequest } from './refund'

/**
 * Cancel, undo and refund as the order page asks for them: one transaction each, on the
 * version of the order the user saw (a stale one is refused), with the record's and the
 * order's audit rows.
 */

export function cancelEdit(db: Database.Database, id: number, seenUpdatedAt: string, reason: string): void {
  audited(db, id, seenUpdatedAt, 'create', (at) => cancelOrder(db, id, reason, at))
}

export function undoCancelEdit(db: Database.Database, id: number): void {
  audited(db, id, null, 'undo', (at) => undoCancel(db, id, at))
}

export function refundEdit(db: Database.Database, id: number, seenUpdatedAt: string, request: RefundRequest): void {
  audited(db, id, seenUpdatedAt, 'create', (at) => refundOrder(db, id, request, at))
}

function audited(
  db: Database.Database,
  id: number,
  seenUpdatedAt: string | null,
  recordAction: 'create' | 'undo',
  write: (at: string) => ReversalWrite,
): void {
  writeTransaction(db, () => {
    requireOrder(db, id)
    if (seenUpdatedAt !== null) assertNotStale(db, 'orders', id, seenUpdatedAt)
    const { recordId, record, before, after } = write(new Date().toISOString())
    writeAudit(db, { entity: 'order_refund', entityId: recordId, action: recordAction, after: record })
    writeAudit(db, { entity: 'order', entityId: id, action: 'update', before, after })
  })
}
