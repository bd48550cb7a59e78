import type Database from 'better-sqlite3'
import { AppError } from '../../../src-shared/ipc/app-error'
import { toUtc } from '../../activities/write'
import { lastEventAt } from './ticket-log'
import { requireTicket, type TicketRecord } from './ticket-read'
import { later, nowIso } from './ticket-sync'

/** How far ahead of this computer's clock a logged time may be (another device's clock drifts). */
const FUTURE_SLACK_MS = 60_000

/**
 * The ticket a write is about: live, not merged away, and — when the caller says which version it
 * saw — still that version, else `stale_edit` ("changed since you opened it").
 */
export function ticketForWrite(db: Database.Database, id: number, expectedUpdatedAt?: string): TicketRecord {
  const record = requireTicket(db, id)
  if (record.merged_into_id !== null) {
    throw new AppError('ticket_merged', { number: record.number, into: record.merged_into_number ?? '' })
  }
  if (expectedUpdatedAt !== undefined && record.updated_at !== expectedUpdatedAt) {
    throw new AppError('stale_edit', { what: record.number })
  }
  return record
}

/**
 * When a new event happened: the given time (a call logged afterwards) or now. Never in the
 * future, never before the ticket's latest event — the log stays in order, so the clocks read
 * from it mean what the timeline shows.
 */
export function eventTime(db: Database.Database, ticket: TicketRecord, at?: string): string {
  const last = lastEventAt(db, ticket.id)
  if (at === undefined) return later(nowIso(), last)
  const time = toUtc(at)
  if (Date.parse(time) > Date.now() + FUTURE_SLACK_MS) throw new AppError('ticket_event_future', { at: time })
  if (last !== undefined && time < last) throw new AppError('ticket_event_too_early', { number: ticket.number, last })
  return time
}
