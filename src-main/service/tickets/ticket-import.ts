import type Database from 'better-sqlite3'
import type { TicketStatus } from '../../../src-shared/domain/ticket-types'
import { prepared } from '../../db/sql'
import { readServiceSettings } from '../settings/service-settings'
import { appendEvent, clockEventsOf, impliedEvents, lastEventAt, type TicketTimes } from './ticket-log'
import { later, nowIso, statusFromLog, syncTicket } from './ticket-sync'

/**
 * Brings a ticket the CSV importer just wrote in line with its log: a new ticket gets the log its
 * times imply (opened, first response, resolved); one whose status the file changed gets that
 * change logged, at the time of the import. Then its columns are re-derived from the log — so an
 * imported due date gives way to the SLA clock's. The importer owns the transaction.
 */
export function reconcileImportedTicket(db: Database.Database, id: number): void {
  const times = prepared(db, 'SELECT opened_at, first_response_at, resolved_at, status FROM tickets WHERE id = ?').get(
    id,
  ) as TicketTimes
  const log = clockEventsOf(db, [id]).get(id)
  if (log === undefined) {
    for (const event of impliedEvents(times)) appendEvent(db, id, event)
  } else if (statusFromLog(log) !== times.status) {
    appendEvent(db, id, { kind: 'status', status: times.status as TicketStatus, at: later(nowIso(), lastEventAt(db, id)) })
  }
  syncTicket(db, id, readServiceSettings(db))
}

/** A ticket's whole log, every column, for an import to save before it changes the ticket (undo restores it). */
export const ticketEventRows = (db: Database.Database, id: number): Record<string, unknown>[] =>
  prepared(db, 'SELECT * FROM ticket_events WHERE ticket_id = ? ORDER BY id').all(id) as Record<string, unknown>[]
