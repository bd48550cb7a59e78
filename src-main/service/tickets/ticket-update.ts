import type Database from 'better-sqlite3'
import type { ServiceSettings } from '../../../src-shared/domain/service-settings'
import type { TicketKind, TicketPriority } from '../../../src-shared/domain/ticket-types'
import { writeAudit } from '../../audit/audit-log'
import { updateTicket } from '../write'
import { ticketCustomer } from './ticket-create'
import { ticketForWrite } from './ticket-guard'
import type { TicketRecord } from './ticket-read'
import { syncTicket } from './ticket-sync'

export interface TicketPatch {
  subject?: string
  body?: string
  kind?: TicketKind
  priority?: TicketPriority
  customerId?: number | null
  orderId?: number | null
}

/**
 * Edits a ticket's fields (not its status: that is an event). A new priority means new targets,
 * so the due time is re-derived; a new customer or order is checked to belong together. A stale
 * version is refused. Caller owns the transaction.
 */
export function editTicket(
  db: Database.Database,
  id: number,
  expectedUpdatedAt: string,
  patch: TicketPatch,
  settings: ServiceSettings,
): void {
  const before = ticketForWrite(db, id, expectedUpdatedAt)
  const touchesCustomer = patch.customerId !== undefined || patch.orderId !== undefined
  const orderId = patch.orderId !== undefined ? patch.orderId : before.order_id
  const customerId = touchesCustomer
    ? ticketCustomer(db, patch.customerId !== undefined ? patch.customerId : before.customer_id, orderId)
    : undefined
  updateTicket(db, id, { ...patch, customerId, orderId: patch.orderId })
  syncTicket(db, id, settings)
  const changed = Object.fromEntries(Object.keys(patch).map((key) => [key, beforeValue(before, key)]))
  writeAudit(db, { entity: 'ticket', entityId: id, action: 'update', before: changed, after: patch })
}

const COLUMN: Record<keyof TicketPatch, keyof TicketRecord> = {
  subject: 'subject',
  body: 'body',
  kind: 'kind',
  priority: 'priority',
  customerId: 'customer_id',
  orderId: 'order_id',
}

const beforeValue = (record: TicketRecord, key: string): unknown => record[COLUMN[key as keyof TicketPatch]]
