import type Database from 'better-sqlite3'
import type { MessageChannel, TicketEventKind, TicketStatus } from '../../../src-shared/domain/ticket-types'
import { insertRow, prepared } from '../../db/sql'
import type { TicketEvent } from '../sla'

/** One entry of a ticket's log, as written. */
export interface NewTicketEvent {
  kind: TicketEventKind
  at: string
  status?: TicketStatus
  channel?: MessageChannel
  body?: string
  refTicketId?: number
  /** The ticket it was first written on; defaults to the ticket itself. */
  originTicketId?: number
}

/** Appends one event to a ticket's log; returns its id. Callers own the transaction and the sync. */
export function appendEvent(db: Database.Database, ticketId: number, event: NewTicketEvent, uid?: string): number {
  return insertRow(db, 'ticket_events', {
    uid,
    ticket_id: ticketId,
    origin_ticket_id: event.originTicketId ?? ticketId,
    kind: event.kind,
    status: event.status ?? null,
    channel: event.channel ?? null,
    body: event.body ?? '',
    ref_ticket_id: event.refTicketId ?? null,
    at: event.at,
    created_at: uid === undefined ? undefined : event.at,
    updated_at: uid === undefined ? undefined : event.at,
  })
}

/**
 * The events that drive a ticket's clocks, oldest first: its own lifecycle (opened, status) and
 * every reply in its log — replies written on a ticket merged into it answered the same customer,
 * so they count; the merged ticket's own opening and status changes do not.
 */
const CLOCK_EVENTS = `kind = 'replied' OR (kind IN ('opened', 'status') AND origin_ticket_id = ticket_id)`

type EventRow = [ticketId: number, kind: 'opened' | 'replied' | 'status', status: TicketStatus | null, at: string]

function group(rows: EventRow[]): Map<number, TicketEvent[]> {
  const out = new Map<number, TicketEvent[]>()
  for (const [ticketId, kind, status, at] of rows) {
    let list = out.get(ticketId)
    if (!list) out.set(ticketId, (list = []))
    list.push(kind === 'status' ? { at, kind, status: status as TicketStatus } : { at, kind })
  }
  return out
}

/** Clock events of the given tickets, by ticket. */
export function clockEventsOf(db: Database.Database, ticketIds: readonly number[]): Map<number, TicketEvent[]> {
  if (ticketIds.length === 0) return new Map()
  const rows = prepared(
    db,
    `SELECT ticket_id, kind, status, at FROM ticket_events
     WHERE ticket_id IN (SELECT value FROM json_each(?)) AND (${CLOCK_EVENTS})
     ORDER BY ticket_id, at, id`,
  )
    .raw()
    .all(JSON.stringify(ticketIds)) as EventRow[]
  return group(rows)
}

/** Clock events of every live, unmerged ticket matching `where` (a condition on tickets `t`). */
export function clockEventsWhere(
  db: Database.Database,
  where: string,
  params: Record<string, unknown> = {},
): Map<number, TicketEvent[]> {
  const rows = prepared(
    db,
    `SELECT e.ticket_id, e.kind, e.status, e.at FROM tickets t JOIN ticket_events e ON e.ticket_id = t.id
     WHERE t.deleted_at IS NULL AND t.merged_into_id IS NULL AND (${where})
       AND (e.kind = 'replied' OR (e.kind IN ('opened', 'status') AND e.origin_ticket_id = e.ticket_id))
     ORDER BY e.ticket_id, e.at, e.id`,
  )
    .raw()
    .all(params) as EventRow[]
  return group(rows)
}

/**
 * A column for a query over tickets `t`: the ticket's clock events, oldest first, as one text
 * (`at status-or-kind`, comma-separated; null when it has no log) — one row per ticket instead of
 * one per event, which is what makes reading every log of a shop cheap. Read it with `parseClockLog`.
 */
export const CLOCK_LOG_COLUMN = `(SELECT group_concat(e.at || ' ' || coalesce(e.status, e.kind), ',' ORDER BY e.at, e.id)
  FROM ticket_events e WHERE e.ticket_id = t.id
    AND (e.kind = 'replied' OR (e.kind IN ('opened', 'status') AND e.origin_ticket_id = e.ticket_id)))`

/** The events of a `CLOCK_LOG_COLUMN` value (undefined for null: the ticket has no log). */
export function parseClockLog(text: string | null): TicketEvent[] | undefined {
  if (text === null) return undefined
  return text.split(',').map((item): TicketEvent => {
    const space = item.indexOf(' ')
    const at = item.slice(0, space)
    const word = item.slice(space + 1)
    return word === 'opened' || word === 'replied' ? { at, kind: word } : { at, kind: 'status', status: word as TicketStatus }
  })
}

/** The time of the ticket's latest event (a new event may not be earlier). */
export const lastEventAt = (db: Database.Database, ticketId: number): string | undefined =>
  prepared(db, 'SELECT max(at) FROM ticket_events WHERE ticket_id = ?').pluck().get(ticketId) as string | undefined

/** A ticket's own times, for one written without a log (by the importer, or raw SQL). */
export interface TicketTimes {
  opened_at: string
  first_response_at: string | null
  resolved_at: string | null
  status: TicketStatus
}

/**
 * The log a ticket without one implies from its own times — the rule migration 0004 used to give
 * older tickets their logs: opened; the first response; resolved (or closed) at its resolution
 * time, even if its status column still says open; another status at the first response, else
 * the opening.
 */
export function impliedEvents(t: TicketTimes): TicketEvent[] {
  const events: TicketEvent[] = [{ at: t.opened_at, kind: 'opened' }]
  if (t.first_response_at !== null) events.push({ at: t.first_response_at, kind: 'replied' })
  const status = t.resolved_at !== null && (t.status === 'open' || t.status === 'pending') ? 'resolved' : t.status
  if (status !== 'open') {
    const at = t.resolved_at ?? t.first_response_at ?? t.opened_at
    events.push({ at: at < t.opened_at ? t.opened_at : at, kind: 'status', status })
  }
  return events
}
