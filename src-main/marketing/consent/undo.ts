import type Database from 'better-sqlite3'
import { AppError } from '../../../src-shared/ipc/app-error'
import { writeAudit } from '../../audit/audit-log'
import { prepared } from '../../db/sql'
import { findConsent } from './read'
import { CONSENT_AUDIT_ENTITY, sameConsent, writeConsentState, type ConsentState } from './write'

interface BatchRow {
  entity_id: number
  before: string
  after: string
}

/**
 * Puts back what one consent write changed. A customer changed again since (or deleted for
 * good) keeps its newer settings: undo never overwrites a later decision. Returns how many were
 * put back; a batch with no rows (never written, or already undone) is `consent_undo_gone`.
 * The caller owns the transaction.
 */
export function undoConsent(db: Database.Database, batch: string): number {
  const rows = prepared(
    db,
    `SELECT entity_id, before, after FROM audit_log
     WHERE entity = ? AND action = 'update' AND json_extract(after, '$.batch') = ?
       AND NOT EXISTS (SELECT 1 FROM audit_log u WHERE u.entity = audit_log.entity AND u.action = 'undo'
                       AND json_extract(u.after, '$.undoes') = ?)`,
  ).all(CONSENT_AUDIT_ENTITY, batch, batch) as BatchRow[]
  if (rows.length === 0) throw new AppError('consent_undo_gone')
  let count = 0
  for (const row of rows) {
    const current = findConsent(db, row.entity_id)
    const { batch: _batch, ...after } = JSON.parse(row.after) as ConsentState & { batch: string }
    const before = JSON.parse(row.before) as ConsentState
    if (!current || !sameConsent(current, after)) continue
    writeConsentState(db, row.entity_id, before)
    writeAudit(db, {
      entity: CONSENT_AUDIT_ENTITY,
      entityId: row.entity_id,
      action: 'undo',
      before: after,
      after: { ...before, undoes: batch },
    })
    count++
  }
  return count
}
