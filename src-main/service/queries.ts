import type Database from 'better-sqlite3'
import type { TicketSummary } from '../../src-shared/domain/customer-types'
import { prepared } from '../db/sql'

/** A customer's open and pending tickets, soonest due first (the customer page's panel). */
export function openTicketsOf(db: Database.Database, customerId: number): TicketSummary[] {
  return prepared(
    db,
    `SELECT id, number, subject, status, priority, opened_at AS openedAt, due_at AS dueAt
     FROM tickets WHERE customer_id = ? AND status IN ('open', 'pending') AND deleted_at IS NULL
     ORDER BY due_at IS NULL, due_at, id`,
  ).all(customerId) as TicketSummary[]
}

/** Tickets in the queue's default view: open or pending, neither deleted nor merged into another. */
export function openTicketCount(db: Database.Database): number {
  return prepared(
    db,
    `SELECT count(*) FROM tickets WHERE status IN ('open', 'pending') AND deleted_at IS NULL AND merged_into_id IS NULL`,
  )
    .pluck()
    .get() as number
}
