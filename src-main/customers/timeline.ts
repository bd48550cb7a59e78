import type Database from 'better-sqlite3'
import type { Activity, LoggableActivityKind } from '../../src-shared/domain/customer-types'
import { writeAudit } from '../audit/audit-log'
import { writeTransaction } from '../db/transaction'
import { prepared } from './statements'

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
  status: string | null
}

/**
 * A customer's history, newest first: logged activities plus one `purchase` entry per order,
 * derived from `orders` at read time rather than copied into `activities`, so an edited or
 * deleted order never leaves a stale entry behind. `before` pages by time (exclusive).
 */
export function timeline(db: Database.Database, customerId: number, before: string | undefined, limit: number): Activity[] {
  const records = prepared(
    db,
    `SELECT * FROM (
       SELECT 'a' AS src, id, kind, body, at, deal_id, ticket_id, NULL AS number, NULL AS total, NULL AS status
       FROM activities WHERE customer_id = @customer AND deleted_at IS NULL AND (@before IS NULL OR at < @before)
       UNION ALL
       SELECT 'o', id, 'purchase', '', ordered_at, NULL, NULL, number, total, status
       FROM orders WHERE customer_id = @customer AND deleted_at IS NULL AND (@before IS NULL OR ordered_at < @before)
     ) ORDER BY at DESC, src, id DESC LIMIT @limit`,
  ).all({ customer: customerId, before: before === undefined ? null : toUtc(before), limit }) as TimelineRecord[]
  return records.map((r) => toActivity(customerId, r))
}

export interface NewActivity {
  customerId: number
  kind: LoggableActivityKind
  body: string
  at?: string
}

export function addActivity(db: Database.Database, input: NewActivity): Activity {
  return writeTransaction(db, () => {
    const record = prepared(
      db,
      `INSERT INTO activities (customer_id, kind, body, at)
       VALUES (@customer, @kind, @body, coalesce(@at, strftime('%Y-%m-%dT%H:%M:%fZ', 'now')))
       RETURNING 'a' AS src, id, kind, body, at, deal_id, ticket_id, NULL AS number, NULL AS total, NULL AS status`,
    ).get({
      customer: input.customerId,
      kind: input.kind,
      body: input.body,
      at: input.at === undefined ? null : toUtc(input.at),
    }) as TimelineRecord
    writeAudit(db, { entity: 'activity', entityId: record.id, action: 'create', after: input })
    return toActivity(input.customerId, record)
  })
}

/** Stored times are UTC `…Z` text, compared as strings: `+08:00` input is converted first. */
function toUtc(iso: string): string {
  return new Date(iso).toISOString()
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
    order: r.src === 'o' ? { id: r.id, number: r.number ?? '', total: r.total ?? 0, status: r.status ?? '' } : null,
  }
}
