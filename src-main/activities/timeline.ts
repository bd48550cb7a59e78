import type Database from 'better-sqlite3'
import type { Activity } from '../../src-shared/domain/customer-types'
import type { OrderStatus } from '../../src-shared/domain/order'
import { prepared } from '../db/sql'
import { toUtc } from './write'

interface TimelineRecord {
  src: 'a' | 'o'
  id: number
  kind: Activity['kind']
  body: string
  at: string
  deal_id: number | null
  ticket_id: number | null
  number: string | null
  total: number | null
  /** Set on order rows (`orders.status` is NOT NULL). */
  status: OrderStatus | null
}

const ACTIVITY_COLUMNS = `'a' AS src, id, kind, body, at, deal_id, ticket_id, NULL AS number, NULL AS total, NULL AS status`

/**
 * A customer's history, newest first: logged activities plus one `purchase` entry per order,
 * derived from `orders` at read time rather than copied into `activities`, so an edited or
 * deleted order never leaves a stale entry behind. `before` pages by time (exclusive).
 */
export function timeline(db: Database.Database, customerId: number, before: string | undefined, limit: number): Activity[] {
  const records = prepared(
    db,
    `SELECT * FROM (
       SELECT ${ACTIVITY_COLUMNS}
       FROM activities WHERE customer_id = @customer AND deleted_at IS NULL AND (@before IS NULL OR at < @before)
       UNION ALL
       SELECT 'o', id, 'purchase', '', ordered_at, NULL, NULL, number, total, status
       FROM orders WHERE customer_id = @customer AND deleted_at IS NULL AND (@before IS NULL OR ordered_at < @before)
     ) ORDER BY at DESC, src, id DESC LIMIT @limit`,
  ).all({ customer: customerId, before: before === undefined ? null : toUtc(before), limit }) as TimelineRecord[]
  return records.map((r) => toActivity(customerId, r))
}

/** One logged activity as a timeline entry. */
export function activityEntry(db: Database.Database, id: number): Activity {
  const record = prepared(db, `SELECT customer_id AS customerId, ${ACTIVITY_COLUMNS} FROM activities WHERE id = ?`).get(
    id,
  ) as TimelineRecord & { customerId: number }
  return toActivity(record.customerId, record)
}

function toActivity(customerId: number, r: TimelineRecord): Activity {
  return {
    key: `${r.src}:${r.id}`,
    id: r.id,
    customerId,
    kind: r.kind,
    body: r.body,
    at: r.at,
    dealId: r.deal_id,
    ticketId: r.ticket_id,
    order: r.src === 'o' ? { id: r.id, number: r.number ?? '', total: r.total ?? 0, status: r.status ?? 'completed' } : null,
  }
}
