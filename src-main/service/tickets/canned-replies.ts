import type Database from 'better-sqlite3'
import type { CannedReply } from '../../../src-shared/domain/ticket-types'
import type { CannedReplyInput } from '../../../src-shared/ipc/channels/ticket-schemas'
import { AppError } from '../../../src-shared/ipc/app-error'
import { writeAudit } from '../../audit/audit-log'
import { insertRow, prepared } from '../../db/sql'
import { BUMP_UPDATED_AT } from './ticket-sync'

const SELECT = 'SELECT id, title, body, updated_at AS updatedAt FROM canned_replies'

/** The live canned replies, by title. */
export const listCannedReplies = (db: Database.Database): CannedReply[] =>
  prepared(db, `${SELECT} WHERE deleted_at IS NULL ORDER BY title, id`).all() as CannedReply[]

function requireReply(db: Database.Database, id: number, live = true): CannedReply {
  const row = prepared(db, `${SELECT} WHERE id = ?${live ? ' AND deleted_at IS NULL' : ''}`).get(id) as CannedReply | undefined
  if (!row) throw new AppError('canned_reply_not_found', { id })
  return row
}

/** Creates a reply, or edits one (refused when it changed since the form loaded it). Caller owns the transaction. */
export function saveCannedReply(db: Database.Database, input: CannedReplyInput): CannedReply {
  if (input.id === undefined) {
    const id = insertRow(db, 'canned_replies', { title: input.title, body: input.body })
    writeAudit(db, { entity: 'canned_reply', entityId: id, action: 'create', after: input })
    return requireReply(db, id)
  }
  const before = requireReply(db, input.id)
  if (before.updatedAt !== input.expectedUpdatedAt) throw new AppError('stale_edit', { what: before.title })
  prepared(db, `UPDATE canned_replies SET title = ?, body = ?, ${BUMP_UPDATED_AT} WHERE id = ?`).run(
    input.title,
    input.body,
    input.id,
  )
  writeAudit(db, { entity: 'canned_reply', entityId: input.id, action: 'update', before, after: input })
  return requireReply(db, input.id)
}

/** Soft delete (undone by `restoreCannedReply`). */
export function deleteCannedReply(db: Database.Database, id: number): number {
  const before = requireReply(db, id)
  prepared(db, `UPDATE canned_replies SET deleted_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = ?`).run(id)
  writeAudit(db, { entity: 'canned_reply', entityId: id, action: 'delete', before })
  return 1
}

export function restoreCannedReply(db: Database.Database, id: number): CannedReply {
  requireReply(db, id, false)
  prepared(db, `UPDATE canned_replies SET deleted_at = NULL, ${BUMP_UPDATED_AT} WHERE id = ?`).run(id)
  writeAudit(db, { entity: 'canned_reply', entityId: id, action: 'restore' })
  return requireReply(db, id)
}
