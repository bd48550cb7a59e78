import type Database from 'better-sqlite3'
import type { ServiceSettings } from '../../../src-shared/domain/service-settings'
import type { NewTicketInput } from '../../../src-shared/ipc/channels/ticket-schemas'
import { AppError } from '../../../src-shared/ipc/app-error'
import { toUtc } from '../../activities/write'
import { writeAudit } from '../../audit/audit-log'
import { requireLiveCustomer } from '../../customers/customer-detail'
import { insertCustomer } from '../../customers/write'
import { prepared } from '../../db/sql'
import { insertTicket } from '../write'
import { appendEvent } from './ticket-log'
import { nowIso, syncTicket } from './ticket-sync'

/** The next number in Kehu's own series: TK0000001, TK0000002 … (imported numbers are left alone). */
export function nextTicketNumber(db: Database.Database): string {
  const last = prepared(db, `SELECT max(CAST(substr(number, 3) AS INTEGER)) FROM tickets WHERE number GLOB 'TK[0-9]*'`)
    .pluck()
    .get() as number | null
  return `TK${String((last ?? 0) + 1).padStart(7, '0')}`
}

/** A live order, and whose it is (`order_not_found` otherwise). */
export function requireOrder(db: Database.Database, id: number): { id: number; customerId: number | null; number: string } {
  const order = prepared(db, 'SELECT id, customer_id AS customerId, number FROM orders WHERE id = ? AND deleted_at IS NULL').get(
    id,
  ) as { id: number; customerId: number | null; number: string } | undefined
  if (!order) throw new AppError('order_not_found', { id })
  return order
}

/**
 * The customer a ticket is about: the one named, a new one made on the spot, or the order's
 * buyer. An order of another customer is refused: the ticket would be filed under the wrong person.
 */
export function ticketCustomer(
  db: Database.Database,
  customerId: number | null | undefined,
  orderId: number | null | undefined,
): number | null {
  const order = orderId == null ? null : requireOrder(db, orderId)
  if (customerId != null) requireLiveCustomer(db, customerId)
  const chosen = customerId ?? order?.customerId ?? null
  if (order && order.customerId !== null && chosen !== order.customerId) {
    throw new AppError('ticket_order_customer_mismatch', { order: order.number })
  }
  return chosen
}

/** Opens a ticket (its `opened` event first, then the derived columns); returns its id. Caller owns the transaction. */
export function createTicket(db: Database.Database, input: NewTicketInput, settings: ServiceSettings): number {
  const openedAt = input.openedAt === undefined ? nowIso() : toUtc(input.openedAt)
  if (Date.parse(openedAt) > Date.now() + 60_000) throw new AppError('ticket_event_future', { at: openedAt })
  const newCustomer = input.newCustomer ? insertCustomer(db, input.newCustomer) : undefined
  const customerId = ticketCustomer(db, newCustomer ?? input.customerId, input.orderId)
  const id = insertTicket(db, {
    number: nextTicketNumber(db),
    subject: input.subject,
    body: input.body,
    kind: input.kind,
    priority: input.priority,
    status: 'open',
    openedAt,
    customerId,
    orderId: input.orderId ?? null,
  })
  appendEvent(db, id, { kind: 'opened', at: openedAt })
  syncTicket(db, id, settings)
  if (newCustomer !== undefined)
    writeAudit(db, { entity: 'customer', entityId: newCustomer, action: 'create', after: input.newCustomer })
  writeAudit(db, { entity: 'ticket', entityId: id, action: 'create', after: input })
  return id
}
