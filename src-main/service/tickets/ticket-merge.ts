import type Database from 'better-sqlite3'
import type { ServiceSettings } from '../../../src-shared/domain/service-settings'
import { AppError } from '../../../src-shared/ipc/app-error'
import { writeAudit } from '../../audit/audit-log'
import { insertRow, prepared } from '../../db/sql'
import { appendEvent } from './ticket-log'
import { eventTime, ticketForWrite } from './ticket-guard'
import { requireTicket } from './ticket-read'
import { BUMP_UPDATED_AT, syncTicket } from './ticket-sync'

/** What a merge moved, so its undo moves exactly that back. */
interface Moved {
  events: number[]
  activities: number[]
  /** The two `merged` events the merge wrote (one on each ticket). */
  markers: number[]
  /** The kept ticket had no customer and took the merged one's. */
  adoptedCustomer?: boolean
}

const ids = (db: Database.Database, sql: string, id: number): number[] => prepared(db, sql).pluck().all(id) as number[]

const moveTo = (db: Database.Database, table: string, to: number, from: number, rows: number[]): void =>
  void prepared(db, `UPDATE ${table} SET ticket_id = ? WHERE ticket_id = ? AND id IN (SELECT value FROM json_each(?))`).run(
    to,
    from,
    JSON.stringify(rows),
  )

/**
 * Merges `mergeId` into `keepId`, losing nothing: its whole log (replies, notes, status changes,
 * each still marked with the ticket it was written on) and its activities move to the kept
 * ticket; it stays as a row marked `merged_into_id` and leaves the queue. The kept ticket's clocks
 * take the moved replies (the same customer was answered) but not the other's opening or status
 * changes. Tickets of two different customers are refused. Returns the merge's id for the undo.
 */
export function mergeTickets(db: Database.Database, keepId: number, mergeId: number, settings: ServiceSettings): number {
  const keep = ticketForWrite(db, keepId)
  const merge = ticketForWrite(db, mergeId)
  if (keep.customer_id !== null && merge.customer_id !== null && keep.customer_id !== merge.customer_id) {
    throw new AppError('ticket_merge_other_customer', { kept: keep.number, merged: merge.number })
  }
  const moved: Moved = {
    events: ids(db, 'SELECT id FROM ticket_events WHERE ticket_id = ?', mergeId),
    activities: ids(db, 'SELECT id FROM activities WHERE ticket_id = ?', mergeId),
    markers: [],
  }
  const at = eventTime(db, keep)
  moveTo(db, 'ticket_events', keepId, mergeId, moved.events)
  moveTo(db, 'activities', keepId, mergeId, moved.activities)
  moved.markers.push(appendEvent(db, keepId, { kind: 'merged', at, refTicketId: mergeId }))
  moved.markers.push(appendEvent(db, mergeId, { kind: 'merged', at, refTicketId: keepId }))
  prepared(db, `UPDATE tickets SET merged_into_id = ?, due_at = NULL, ${BUMP_UPDATED_AT} WHERE id = ?`).run(keepId, mergeId)
  if (keep.customer_id === null && merge.customer_id !== null) {
    prepared(db, 'UPDATE tickets SET customer_id = ? WHERE id = ?').run(merge.customer_id, keepId)
    moved.adoptedCustomer = true
  }
  syncTicket(db, keepId, settings)
  const mergeRow = insertRow(db, 'ticket_merges', { kept_id: keepId, merged_id: mergeId, moved: JSON.stringify(moved), at })
  writeAudit(db, { entity: 'ticket', entityId: keepId, action: 'merge', after: { mergeId: mergeRow, merged: mergeId, moved } })
  return mergeRow
}

/**
 * Undoes a merge: the moved events and activities go back, the two `merged` markers go, the
 * merged ticket is back in the queue, both tickets' columns are re-derived. Refused once undone,
 * or while the kept ticket is itself merged into a third one (undo that merge first).
 * Returns the kept ticket's id.
 */
export function unmergeTickets(db: Database.Database, mergeRowId: number, settings: ServiceSettings): number {
  const row = prepared(db, 'SELECT kept_id, merged_id, moved, undone_at FROM ticket_merges WHERE id = ?').get(mergeRowId) as
    { kept_id: number; merged_id: number; moved: string; undone_at: string | null } | undefined
  if (!row) throw new AppError('ticket_merge_not_found', { id: mergeRowId })
  if (row.undone_at !== null) throw new AppError('ticket_merge_undone')
  const kept = requireTicket(db, row.kept_id)
  if (kept.merged_into_id !== null) {
    throw new AppError('ticket_merged', { number: kept.number, into: kept.merged_into_number ?? '' })
  }
  const moved = JSON.parse(row.moved) as Moved
  moveTo(db, 'ticket_events', row.merged_id, row.kept_id, moved.events)
  moveTo(db, 'activities', row.merged_id, row.kept_id, moved.activities)
  prepared(db, 'DELETE FROM ticket_events WHERE id IN (SELECT value FROM json_each(?))').run(JSON.stringify(moved.markers))
  prepared(db, `UPDATE tickets SET merged_into_id = NULL, ${BUMP_UPDATED_AT} WHERE id = ?`).run(row.merged_id)
  if (moved.adoptedCustomer) prepared(db, 'UPDATE tickets SET customer_id = NULL WHERE id = ?').run(row.kept_id)
  prepared(db, `UPDATE ticket_merges SET undone_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = ?`).run(mergeRowId)
  syncTicket(db, row.merged_id, settings)
  syncTicket(db, row.kept_id, settings)
  writeAudit(db, { entity: 'ticket', entityId: row.kept_id, action: 'undo', after: { unmerged: row.merged_id, moved } })
  return row.kept_id
}
