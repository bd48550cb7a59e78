import type Database from 'better-sqlite3'
import type { ServiceSettings } from '../../../src-shared/domain/service-settings'
import type { QueueRow } from '../../../src-shared/domain/ticket-types'
import type { QueueInput } from '../../../src-shared/ipc/channels/ticket-schemas'
import { TICKET_STATUSES } from '../../../src-shared/domain/ticket'
import { ticketDrillSql } from '../../insights/drill/ticket-drill'
import { planSearch } from '../../customers/search-plan'
import { prepared } from '../../db/sql'
import { queueRows, ticketRecords } from './ticket-read'

const WORK = ['open', 'pending']
const escapeLike = (text: string): string => text.replace(/[\\%_]/g, (c) => `\\${c}`)

/** WHERE over `tickets t` and its parameters for the queue's filters. */
function queueFilter(input: QueueInput): { where: string; params: Record<string, string | number | null> } {
  const clauses = ['t.deleted_at IS NULL', 't.merged_into_id IS NULL', 't.status IN (SELECT value FROM json_each(@statuses))']
  const params: Record<string, string | number | null> = {
    statuses: JSON.stringify(input.statuses ?? (input.drill ? TICKET_STATUSES : WORK)),
  }
  if (input.drill) {
    const drill = ticketDrillSql(input.drill)
    clauses.push(...drill.clauses)
    Object.assign(params, drill.params)
  }
  if (input.kinds) {
    clauses.push('t.kind IN (SELECT value FROM json_each(@kinds))')
    params.kinds = JSON.stringify(input.kinds)
  }
  if (input.priorities) {
    clauses.push('t.priority IN (SELECT value FROM json_each(@priorities))')
    params.priorities = JSON.stringify(input.priorities)
  }
  if (input.customerId !== undefined) {
    clauses.push('t.customer_id = @customerId')
    params.customerId = input.customerId
  }
  if (input.orderId !== undefined) {
    clauses.push('t.order_id = @orderId')
    params.orderId = input.orderId
  }
  const text = input.query?.trim()
  if (text) {
    // The ticket's own number and subject, or its customer found as the customer search finds them.
    const customer = planSearch(text)
    params.like = `%${escapeLike(text)}%`
    const byCustomer = customer ? ` OR t.customer_id IN (SELECT c.id FROM customers c WHERE ${customer.where})` : ''
    clauses.push(`(t.number LIKE @like ESCAPE '\\' OR t.subject LIKE @like ESCAPE '\\'${byCustomer})`)
    if (customer) Object.assign(params, customer.params)
  }
  return { where: clauses.join(' AND '), params }
}

/**
 * Time left before a breach, in SQL: running clocks by their cached due time (the most overdue
 * first, since an overdue clock's due time is when it went over), then the paused (pending) ones,
 * then resolved and closed; within those, urgent before low, then oldest first.
 */
const ORDER = `t.due_at IS NULL, t.due_at,
  CASE t.status WHEN 'open' THEN 0 WHEN 'pending' THEN 1 WHEN 'resolved' THEN 2 ELSE 3 END,
  CASE t.priority WHEN 'urgent' THEN 0 WHEN 'high' THEN 1 WHEN 'normal' THEN 2 ELSE 3 END, t.opened_at, t.id`

/** One page of the queue, with each row's clocks read now, and how many tickets match. */
export function queryQueue(
  db: Database.Database,
  input: QueueInput,
  settings: ServiceSettings,
): { rows: QueueRow[]; total: number } {
  const { where, params } = queueFilter(input)
  const ids = prepared(db, `SELECT t.id FROM tickets t WHERE ${where} ORDER BY ${ORDER} LIMIT @limit OFFSET @offset`)
    .pluck()
    .all({ ...params, limit: input.limit, offset: input.offset }) as number[]
  const total = prepared(db, `SELECT count(*) FROM tickets t WHERE ${where}`).pluck().get(params) as number
  return { rows: queueRows(db, ticketRecords(db, ids), settings), total }
}
