import type Database from 'better-sqlite3'
import type { ServiceSettings } from '../../../src-shared/domain/service-settings'
import type { TicketPriority, TicketSla, TicketStatus } from '../../../src-shared/domain/ticket-types'
import { prepared } from '../../db/sql'
import type { TicketEvent } from '../sla'
import { dueAtOf, readSla } from './clock-view'
import { clockEventsOf, lastEventAt } from './ticket-log'

/** Now, as the schema stores instants. */
export const nowIso = (): string => new Date().toISOString()

/** The later of two stored instants. */
export const later = (a: string, b: string | undefined): string => (b !== undefined && b > a ? b : a)

/** The status the log says the ticket is in: its last own opening or status change. */
export function statusFromLog(events: readonly TicketEvent[]): TicketStatus | null {
  let status: TicketStatus | null = null
  let at = ''
  for (const event of events) {
    if (event.kind === 'replied' || event.at < at) continue
    at = event.at
    status = event.kind === 'opened' ? 'open' : event.status
  }
  return status
}

/**
 * A new version stamp: now, or one millisecond after the old one if that is not earlier, so two
 * writes in the same millisecond still give two versions and a stale edit is always caught.
 */
export const BUMP_UPDATED_AT = `updated_at = max(strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), strftime('%Y-%m-%dT%H:%M:%fZ', updated_at, '+0.001 seconds'))`

/** The columns a log determines (status null when the log has no lifecycle event), and the clocks read at `now`. */
export function derivedColumns(events: TicketEvent[], priority: TicketPriority, settings: ServiceSettings, now: string) {
  const status = statusFromLog(events)
  const sla = readSla(events, priority, settings, now)
  const done = status === 'resolved' || status === 'closed'
  return {
    status,
    firstResponseAt: sla.firstResponse.metAt,
    resolvedAt: done ? sla.resolution.metAt : null,
    dueAt: dueAtOf(sla),
    sla,
  }
}

/**
 * Re-derives a ticket's columns from its log: status, first_response_at, resolved_at and the
 * cached due_at, and stamps a new version. Call after every event write, in its transaction.
 * Returns the clocks it read.
 */
export function syncTicket(db: Database.Database, id: number, settings: ServiceSettings): TicketSla {
  const { priority, status: stored } = prepared(db, 'SELECT priority, status FROM tickets WHERE id = ?').get(id) as {
    priority: TicketPriority
    status: TicketStatus
  }
  const events = clockEventsOf(db, [id]).get(id) ?? []
  const derived = derivedColumns(events, priority, settings, later(nowIso(), lastEventAt(db, id)))
  prepared(
    db,
    `UPDATE tickets SET status = ?, first_response_at = ?, resolved_at = ?, due_at = ?, ${BUMP_UPDATED_AT} WHERE id = ?`,
  ).run(derived.status ?? stored, derived.firstResponseAt, derived.resolvedAt, derived.dueAt, id)
  return derived.sla
}
