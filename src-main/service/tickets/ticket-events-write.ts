import type Database from 'better-sqlite3'
import type { ServiceSettings } from '../../../src-shared/domain/service-settings'
import type { TicketStatus } from '../../../src-shared/domain/ticket-types'
import type { MessageInput, StatusInput } from '../../../src-shared/ipc/channels/ticket-schemas'
import { AppError } from '../../../src-shared/ipc/app-error'
import { writeAudit } from '../../audit/audit-log'
import { ensureSurveyRequest } from '../surveys/survey-requests'
import { appendEvent, type NewTicketEvent } from './ticket-log'
import { eventTime, ticketForWrite } from './ticket-guard'
import { canMove, isDone } from './ticket-status'
import { syncTicket } from './ticket-sync'

/**
 * The writes that add to a ticket's log. Each appends its events, re-derives the ticket's
 * columns from the log and writes an audit row; the caller owns the transaction.
 */

function append(db: Database.Database, ticketId: number, events: NewTicketEvent[], settings: ServiceSettings): void {
  for (const event of events) appendEvent(db, ticketId, event)
  syncTicket(db, ticketId, settings)
  writeAudit(db, { entity: 'ticket', entityId: ticketId, action: 'update', after: { events } })
}

/** What the shop told the customer: stops the first-response clock at its first time. */
export function addReply(db: Database.Database, input: MessageInput, settings: ServiceSettings): void {
  const ticket = ticketForWrite(db, input.id, input.expectedUpdatedAt)
  const at = eventTime(db, ticket, input.at)
  append(db, ticket.id, [{ kind: 'replied', at, channel: input.channel, body: input.body }], settings)
}

/** What the customer told the shop; a pending ticket is open again, so its clock resumes. */
export function addReceived(db: Database.Database, input: MessageInput, settings: ServiceSettings): void {
  const ticket = ticketForWrite(db, input.id, input.expectedUpdatedAt)
  const at = eventTime(db, ticket, input.at)
  const events: NewTicketEvent[] = [{ kind: 'received', at, channel: input.channel, body: input.body }]
  if (ticket.status === 'pending') events.push({ kind: 'status', status: 'open', at })
  append(db, ticket.id, events, settings)
}

export function addNote(
  db: Database.Database,
  input: { id: number; body: string; at?: string; expectedUpdatedAt?: string },
  settings: ServiceSettings,
): void {
  const ticket = ticketForWrite(db, input.id, input.expectedUpdatedAt)
  append(db, ticket.id, [{ kind: 'note', at: eventTime(db, ticket, input.at), body: input.body }], settings)
}

/**
 * Moves a ticket to another status (the same status is no change and writes nothing). Done for
 * the first time → its one survey request, if surveys are on and it has a customer.
 */
export function setStatus(db: Database.Database, input: StatusInput, settings: ServiceSettings): void {
  const ticket = ticketForWrite(db, input.id, input.expectedUpdatedAt)
  if (ticket.status === input.status) return
  if (!canMove(ticket.status, input.status)) {
    throw new AppError('ticket_bad_transition', { number: ticket.number, from: ticket.status, to: input.status })
  }
  const at = eventTime(db, ticket, input.at)
  append(db, ticket.id, [{ kind: 'status', status: input.status, at }], settings)
  if (isDone(input.status as TicketStatus)) ensureSurveyRequest(db, ticket.id, settings, at)
}
