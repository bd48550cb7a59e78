import type Database from 'better-sqlite3'
import type { ServiceSettings } from '../../../src-shared/domain/service-settings'
import type { TicketRef } from '../../../src-shared/domain/ticket-refs'
import type { QueueRow, TicketKind, TicketPriority, TicketStatus } from '../../../src-shared/domain/ticket-types'
import { AppError } from '../../../src-shared/ipc/app-error'
import { prepared } from '../../db/sql'
import { readSla } from './clock-view'
import { clockEventsOf } from './ticket-log'
import { later, nowIso } from './ticket-sync'

/** A ticket row with its customer, order and merge target, as the queue and the page read it. */
export interface TicketRecord {
  id: number
  number: string
  subject: string
  body: string
  kind: TicketKind
  priority: TicketPriority
  status: TicketStatus
  opened_at: string
  updated_at: string
  deleted_at: string | null
  customer_id: number | null
  customer_name: string | null
  customer_phone: string | null
  order_id: number | null
  order_number: string | null
  merged_into_id: number | null
  merged_into_number: string | null
}

const RECORD_SQL = `SELECT t.id, t.number, t.subject, t.body, t.kind, t.priority, t.status, t.opened_at, t.updated_at,
    t.deleted_at, t.customer_id, c.name AS customer_name, c.phone AS customer_phone, t.order_id,
    o.number AS order_number, t.merged_into_id, m.number AS merged_into_number
  FROM tickets t
  LEFT JOIN customers c ON c.id = t.customer_id
  LEFT JOIN orders o ON o.id = t.order_id
  LEFT JOIN tickets m ON m.id = t.merged_into_id`

/** The ticket's record, or `ticket_not_found` (also for a deleted one). */
export function requireTicket(db: Database.Database, id: number): TicketRecord {
  const record = prepared(db, `${RECORD_SQL} WHERE t.id = ?`).get(id) as TicketRecord | undefined
  if (!record || record.deleted_at !== null) throw new AppError('ticket_not_found', { id })
  return record
}

/** Records of `ids`, in that order. */
export function ticketRecords(db: Database.Database, ids: readonly number[]): TicketRecord[] {
  if (ids.length === 0) return []
  const rows = prepared(db, `${RECORD_SQL} WHERE t.id IN (SELECT value FROM json_each(?))`).all(
    JSON.stringify(ids),
  ) as TicketRecord[]
  const byId = new Map(rows.map((r) => [r.id, r]))
  return ids.flatMap((id) => byId.get(id) ?? [])
}

export const refOf = (id: number | null, number: string | null): TicketRef | null =>
  id === null || number === null ? null : { id, number }

/** Queue rows for records, each with its clocks read now from its log. */
export function queueRows(db: Database.Database, records: TicketRecord[], settings: ServiceSettings): QueueRow[] {
  const events = clockEventsOf(
    db,
    records.map((r) => r.id),
  )
  const now = nowIso()
  return records.map((r) => {
    const log = events.get(r.id) ?? []
    return {
      id: r.id,
      number: r.number,
      subject: r.subject,
      kind: r.kind,
      priority: r.priority,
      status: r.status,
      customer: r.customer_id === null ? null : { id: r.customer_id, name: r.customer_name ?? '', phone: r.customer_phone },
      order: refOf(r.order_id, r.order_number),
      openedAt: r.opened_at,
      updatedAt: r.updated_at,
      sla: readSla(log, r.priority, settings, later(now, log.at(-1)?.at)),
    }
  })
}
