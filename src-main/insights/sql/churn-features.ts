import type Database from 'better-sqlite3'
import { dayStartUtc, daysBetween, localDayMemo, shiftDays } from '../lib/dates'
import { COUNTED_ORDER, LIVE_CUSTOMER } from './counted-orders'

/** Features per live customer who bought before `before`, as parallel typed arrays. */
export interface ChurnFeatureRows {
  ids: Int32Array
  recencyDays: Float64Array
  frequency: Float64Array
  /** Minor units. */
  monetary: Float64Array
  tenureDays: Float64Array
  tickets: Float64Array
  /** Latest CSAT score (1–5) before `before`; NaN when the customer never answered one. */
  lastSatisfaction: Float64Array
  /** 1 when the customer made no counted purchase in [before, labelUntil]; all 0 without a label window. */
  churned: Uint8Array
  orders: number
}

export interface FeatureWindow {
  /** Features use data on local days strictly before this one. */
  before: string
  /** Recency and tenure are measured to this day (the cutoff itself, or today). */
  asOf: string
  /** Label window end (inclusive); omit when scoring. */
  labelUntil?: string
}

/**
 * The churn model's inputs in three grouped passes (orders, tickets, surveys). Only what
 * happened before `before` goes into the features, so a customer described "as of the
 * cutoff" cannot leak the answer the label is about.
 */
export function churnFeatures(db: Database.Database, w: FeatureWindow): ChurnFeatureRows {
  const before = dayStartUtc(w.before)
  // Compared as stored UTC instants (no per-row time-zone work); `first` is the earliest order
  // before the cutoff, since HAVING keeps only customers with one there.
  const rows = db
    .prepare(
      `SELECT o.customer_id,
              max(CASE WHEN o.ordered_at < :before THEN o.ordered_at END),
              min(o.ordered_at),
              sum(o.ordered_at < :before),
              sum(CASE WHEN o.ordered_at < :before THEN o.total ELSE 0 END),
              sum(o.ordered_at >= :before AND o.ordered_at < :labelEnd)
         FROM orders o JOIN customers c ON c.id = o.customer_id
        WHERE ${COUNTED_ORDER} AND ${LIVE_CUSTOMER}
        GROUP BY o.customer_id
       HAVING sum(o.ordered_at < :before) > 0`,
    )
    .raw()
    .all({ before, labelEnd: w.labelUntil ? dayStartUtc(shiftDays(w.labelUntil, 1)) : '' }) as OrderRow[]
  const tickets = perCustomer(
    db,
    `SELECT customer_id, count(*) FROM tickets
      WHERE deleted_at IS NULL AND customer_id IS NOT NULL AND opened_at < ? GROUP BY customer_id`,
    before,
  )
  // SQLite takes the bare `score` from the row holding max(at): the latest answer.
  const satisfaction = perCustomer(
    db,
    `SELECT customer_id, score, max(at) FROM survey_responses
      WHERE kind = 'csat' AND customer_id IS NOT NULL AND at < ? GROUP BY customer_id`,
    before,
  )
  return toArrays(rows, tickets, satisfaction, w)
}

type OrderRow = [id: number, last: string, first: string, frequency: number, monetary: number, inWindow: number]

function perCustomer(db: Database.Database, sql: string, before: string): Map<number, number> {
  const rows = db.prepare(sql).raw().all(before) as [number, number][]
  return new Map(rows.map(([id, value]) => [id, value]))
}

function toArrays(
  rows: OrderRow[],
  tickets: Map<number, number>,
  satisfaction: Map<number, number>,
  w: FeatureWindow,
): ChurnFeatureRows {
  const localDay = localDayMemo()
  const n = rows.length
  const out: ChurnFeatureRows = {
    ids: new Int32Array(n),
    recencyDays: new Float64Array(n),
    frequency: new Float64Array(n),
    monetary: new Float64Array(n),
    tenureDays: new Float64Array(n),
    tickets: new Float64Array(n),
    lastSatisfaction: new Float64Array(n),
    churned: new Uint8Array(n),
    orders: 0,
  }
  rows.forEach(([id, last, first, frequency, monetary, inWindow], i) => {
    out.ids[i] = id
    out.recencyDays[i] = daysBetween(localDay(last), w.asOf)
    out.frequency[i] = frequency
    out.monetary[i] = monetary
    out.tenureDays[i] = daysBetween(localDay(first), w.asOf)
    out.tickets[i] = tickets.get(id) ?? 0
    out.lastSatisfaction[i] = satisfaction.get(id) ?? Number.NaN
    out.churned[i] = w.labelUntil !== undefined && inWindow === 0 ? 1 : 0
    out.orders += frequency
  })
  return out
}
