import type Database from 'better-sqlite3'
import type { TaskLink } from '../../src-shared/domain/task'
import { AppError, type ErrorCode } from '../../src-shared/ipc/app-error'
import { prepared } from '../db/sql'

/** The record columns of a task: the linked record, and the customer it belongs to. */
export interface LinkColumns {
  customerId: number | null
  dealId: number | null
  orderId: number | null
  ticketId: number | null
}

const TABLES = {
  customer: { table: 'customers', missing: 'customer_not_found' },
  deal: { table: 'deals', missing: 'deal_not_found' },
  order: { table: 'orders', missing: 'order_not_found' },
  ticket: { table: 'tickets', missing: 'ticket_not_found' },
} as const satisfies Record<TaskLink['kind'], { table: string; missing: ErrorCode }>

/**
 * Resolves what a task is on. The record must be live (not in the Trash); its customer comes
 * with it, so the customer page lists the tasks of the customer's deals, orders and tickets too.
 */
export function linkColumns(db: Database.Database, link: TaskLink | null | undefined): LinkColumns {
  const none: LinkColumns = { customerId: null, dealId: null, orderId: null, ticketId: null }
  if (!link) return none
  const { table, missing } = TABLES[link.kind]
  const customerColumn = link.kind === 'customer' ? 'id' : 'customer_id'
  const row = prepared(db, `SELECT ${customerColumn} AS customer FROM ${table} WHERE id = ? AND deleted_at IS NULL`).get(
    link.id,
  ) as { customer: number | null } | undefined
  if (!row) throw new AppError(missing, { id: link.id })
  if (link.kind === 'customer') return { ...none, customerId: link.id }
  return { ...none, customerId: row.customer, [`${link.kind}Id`]: link.id }
}
